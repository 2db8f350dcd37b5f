import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Draft } from './context.js';
import { testContext, testUnit } from '../../../test-support/fact-units.js';
import { mergeSharing } from './merge-sharing.js';

const unit = (article: string, index: number) => testUnit(article, index);
const context = testContext;

function fact(ctx: ReturnType<typeof context>, members: number[], status: Draft['status'] = 'shared', confidence = 0.8): Draft {
  const units = members.map((m) => ctx.vectors[m]!);
  return {
    status,
    articles: [...new Set(units.map((u) => u.article))],
    outlets: [...new Set(units.map((u) => u.article.toUpperCase()))],
    statements: units.map(ctx.statement),
    conflicts: [],
    confidence,
    firm: true,
    possiblyAlso: [],
    order: members[0]!,
  };
}

const outletsOf = (drafts: Draft[]) => drafts.map((d) => d.outlets.slice().sort().join(''));

test('two facts holding the same sentence, whose other sentences are linked well enough, are one fact', () => {
  // a0–b0 and a0–c0 are facts; b0–c0 is linked at 0.4: one fact of three outlets.
  const vectors = [unit('a', 0), unit('b', 0), unit('c', 0)];
  const ctx = context(vectors, [
    { i: 0, j: 1, p: 0.8 },
    { i: 0, j: 2, p: 0.7 },
    { i: 1, j: 2, p: 0.4 },
  ]);
  const drafts = [fact(ctx, [0, 1], 'shared', 0.8), fact(ctx, [0, 2], 'shared', 0.7)];
  mergeSharing(drafts, ctx);
  assert.deepEqual(outletsOf(drafts), ['ABC']);
  assert.equal(drafts[0]!.confidence, 0.7, 'the lower confidence of the two');
});

test('facts sharing a sentence stay apart when their other sentences are unrelated, and conflicts never merge', () => {
  // A long sentence a0 states two things: b0 says one, c0 the other, and b0–c0 are not linked.
  const vectors = [unit('a', 0), unit('b', 0), unit('c', 0)];
  const ctx = context(vectors, [
    { i: 0, j: 1, p: 0.8 },
    { i: 0, j: 2, p: 0.7 },
  ]);
  const apart = [fact(ctx, [0, 1]), fact(ctx, [0, 2])];
  mergeSharing(apart, ctx);
  assert.deepEqual(outletsOf(apart), ['AB', 'AC']);
  const linked = context(vectors, [
    { i: 0, j: 1, p: 0.8 },
    { i: 0, j: 2, p: 0.7 },
    { i: 1, j: 2, p: 0.9 },
  ]);
  const conflict = [fact(linked, [0, 1], 'conflict'), fact(linked, [0, 2])];
  mergeSharing(conflict, linked);
  assert.deepEqual(outletsOf(conflict), ['AB', 'AC']);
});

test('merging keeps every statement exactly once and never adds one no fact had', () => {
  fc.assert(
    fc.property(
      fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 15 }),
      (groups, raw) => {
        const vectors = [unit('a', 0), unit('a', 1), unit('b', 0), unit('b', 1), unit('c', 0), unit('d', 0)];
        const links = raw.filter(([i, j]) => i < j).map(([i, j, p]) => ({ i, j, p }));
        const ctx = context(vectors, links);
        const drafts = groups.map((g) => fact(ctx, g));
        const before = new Set(drafts.flatMap((d) => d.statements.map((s) => `${s.article}:${s.start}`)));
        mergeSharing(drafts, ctx);
        const after = drafts.flatMap((d) => d.statements.map((s) => `${s.article}:${s.start}`));
        for (const d of drafts) assert.equal(new Set(d.statements.map((s) => `${s.article}:${s.start}`)).size, d.statements.length);
        assert.deepEqual(new Set(after), before);
      },
    ),
  );
});
