import { test } from 'node:test';
import assert from 'node:assert/strict';
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
