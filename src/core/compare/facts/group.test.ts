import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { testUnit } from '../../../test-support/fact-units.js';
import { groupFacts } from './group.js';
import type { Link } from './links.js';

/** Only the article and sentence index matter to the grouping. */
const vec = (article: string, index: number) => testUnit(article, index);

const OPTIONS = { found: 0.5, join: 0.4, floor: 0.4, perArticle: 2 };
const sorted = (links: Link[]) => [...links].sort((a, b) => b.p - a.p || a.i - b.i || a.j - b.j);

test('a sentence may state two facts, and a fact may hold two sentences of one article', () => {
  // A0 and A1 are one article's headline and lead; B0 states what both say; C0 only what A1 says.
  const v = [vec('A', 0), vec('A', 1), vec('B', 0), vec('C', 0)];
  const links = sorted([
    { i: 0, j: 2, p: 0.9 },
    { i: 1, j: 2, p: 0.8 },
    { i: 1, j: 3, p: 0.7 },
  ]);
  const groups = groupFacts(v, links, OPTIONS);
  assert.deepEqual(
    groups.map((g) => g.members),
    [
      [0, 1, 2],
      [1, 3],
    ],
  );
});

test('a sentence joins a fact only when it is linked to every member of other articles', () => {
  const v = [vec('A', 0), vec('B', 0), vec('C', 0)];
  // C is linked to A but not to B: no chain A–B–C.
  const groups = groupFacts(v, sorted([{ i: 0, j: 1, p: 0.9 }, { i: 0, j: 2, p: 0.6 }]), OPTIONS);
  assert.deepEqual(
    groups.map((g) => g.members),
    [
      [0, 1],
      [0, 2],
    ],
  );
  // Weak links found nothing.
  assert.deepEqual(groupFacts(v, sorted([{ i: 0, j: 1, p: 0.45 }]), OPTIONS), []);
});

test('property: every pair of a fact from different articles is a link at the join level, and every founding link is covered', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ i: fc.nat(9), j: fc.nat(9), p: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 30 }),
      (raw) => {
        const v = Array.from({ length: 10 }, (_, k) => vec(`a${k % 4}`, k));
        const seen = new Set<string>();
        const links = sorted(
          raw
            .filter((l) => l.i !== l.j && v[l.i]!.article !== v[l.j]!.article)
            .map((l) => ({ i: Math.min(l.i, l.j), j: Math.max(l.i, l.j), p: l.p }))
            .filter((l) => !seen.has(`${l.i}|${l.j}`) && seen.add(`${l.i}|${l.j}`)),
        );
        const p = new Map(links.map((l) => [`${l.i}|${l.j}`, l.p]));
        const groups = groupFacts(v, links, OPTIONS);
        for (const g of groups) {
          for (const a of g.members)
            for (const b of g.members) {
              if (a >= b || v[a]!.article === v[b]!.article) continue;
              assert.ok((p.get(`${a}|${b}`) ?? 0) >= OPTIONS.join);
            }
          const perArticle = new Map<string, number>();
          for (const m of g.members) perArticle.set(v[m]!.article, (perArticle.get(v[m]!.article) ?? 0) + 1);
          assert.ok(Math.max(...perArticle.values()) <= OPTIONS.perArticle);
        }
        for (const l of links) {
          if (l.p < OPTIONS.found) continue;
          assert.ok(groups.some((g) => g.members.includes(l.i) && g.members.includes(l.j)));
        }
      },
    ),
  );
});
