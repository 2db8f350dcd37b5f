import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Statement } from '../../model/report.js';
import type { Draft } from './context.js';
import { absorbIntoConflicts, dropContained } from './tidy.js';

const st = (article: string, start: number): Statement => ({ article, sentence: 0, text: `${article}${start}`, start, end: start + 10, clause: false });
function draft(status: Draft['status'], statements: Statement[], order = 0): Draft {
  return {
    status,
    articles: [...new Set(statements.map((s) => s.article))],
    outlets: [...new Set(statements.map((s) => s.article.toUpperCase()))],
    statements,
    conflicts: status === 'conflict' ? [{ kind: 'number', about: 'Tote', values: [], update: false }] : [],
    confidence: 0.9,
    firm: true,
    possiblyAlso: [],
    order,
  };
}
const order = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2],
]);

test('a shared fact that is one side of a conflict about the same articles joins it', () => {
  const drafts = [draft('shared', [st('a', 0), st('b', 0), st('b', 50)]), draft('conflict', [st('a', 0), st('b', 0), st('c', 0)], 1)];
  absorbIntoConflicts(drafts, order);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]!.status, 'conflict');
  assert.deepEqual(
    drafts[0]!.statements.map((s) => `${s.article}${s.start}`),
    ['a0', 'b0', 'b50', 'c0'],
  );
  assert.equal(drafts[0]!.order, 0);
});

test('a shared fact about an article the conflict does not hold, or sharing no statement, stays', () => {
  const drafts = [draft('shared', [st('a', 0), st('c', 9)]), draft('shared', [st('a', 20), st('b', 20)]), draft('conflict', [st('a', 0), st('b', 0)])];
  absorbIntoConflicts(drafts, order);
  assert.equal(drafts.length, 3);
});

test('a shared fact contained in a larger fact is dropped; equal ones keep the first', () => {
  const drafts = [draft('shared', [st('a', 0), st('b', 0)]), draft('shared', [st('a', 0), st('b', 0), st('c', 0)]), draft('shared', [st('a', 5), st('c', 5)]), draft('shared', [st('a', 5), st('c', 5)])];
  dropContained(drafts);
  assert.deepEqual(
    drafts.map((d) => d.statements.map((s) => `${s.article}${s.start}`).join(' ')),
    ['a0 b0 c0', 'a5 c5'],
  );
});

/** The absorption as it read every fact for every conflict: the oracle for the indexed one. */
function absorbByScan(drafts: Draft[], articleOrder: ReadonlyMap<string, number>): void {
  const key = (s: { article: string; start: number; end: number }) => `${s.article}|${s.start}|${s.end}`;
  for (let n = 0; n < drafts.length; n++) {
    const c = drafts[n]!;
    if (c.status !== 'conflict') continue;
    const mine = new Set(c.statements.map(key));
    const articles = new Set(c.articles);
    for (let k = drafts.length - 1; k >= 0; k--) {
      const f = drafts[k]!;
      if (k === n || f.status === 'exclusive' || f.status === 'uncertain') continue;
      if (!f.articles.every((a) => articles.has(a)) || !f.statements.some((s) => mine.has(key(s)))) continue;
      for (const s of f.statements) {
        if (mine.has(key(s))) continue;
        mine.add(key(s));
        c.statements.push(s);
      }
      for (const other of f.conflicts) {
        const same = c.conflicts.find((x) => x.kind === other.kind && x.about === other.about);
        if (!same) {
          c.conflicts.push(other);
          continue;
        }
        const values = new Set(same.values.map(key));
        for (const v of other.values) if (!values.has(key(v))) same.values.push(v);
        same.update &&= other.update;
      }
      c.order = Math.min(c.order, f.order);
      c.confidence = Math.min(c.confidence, f.confidence);
      c.firm &&= f.firm;
      drafts.splice(k, 1);
      if (k < n) n--;
    }
    c.statements.sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.start - b.start);
  }
}

test('absorbing through the statement index gives what reading every fact gave (property)', () => {
  const statement = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 5 })).map(([a, k]) => st(a, k * 10));
  const oneDraft = fc
    .tuple(fc.constantFrom<Draft['status']>('shared', 'conflict', 'exclusive', 'uncertain'), fc.uniqueArray(statement, { minLength: 1, maxLength: 4, selector: (s) => `${s.article}${s.start}` }), fc.integer({ min: 0, max: 9 }))
    .map(([status, statements, o]) => draft(status, statements, o));
  fc.assert(
    fc.property(fc.array(oneDraft, { maxLength: 12 }), (list) => {
      const copy = () => list.map((d) => structuredClone(d));
      const indexed = copy();
      const scanned = copy();
      absorbIntoConflicts(indexed, order);
      absorbByScan(scanned, order);
      assert.deepEqual(indexed, scanned);
    }),
    { numRuns: 300 },
  );
});
