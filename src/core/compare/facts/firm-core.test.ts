import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SentenceVector } from '../sentence-features.js';
import { firmCore } from './firm-core.js';

const vec = (article: string) => ({ article }) as unknown as SentenceVector;

test('members with a weak link are dropped, weakest first, and the rest stays the firm core', () => {
  // 0, 1, 2 of three articles link firmly; 3 links firmly to 0 but weakly to 1 and 2.
  const v = [vec('a'), vec('b'), vec('c'), vec('d')];
  const table: Record<string, number> = { '0|1': 0.9, '0|2': 0.8, '1|2': 0.85, '0|3': 0.7, '1|3': 0.3, '2|3': 0.4 };
  const p = (i: number, j: number) => table[i < j ? `${i}|${j}` : `${j}|${i}`] ?? 0;
  assert.deepEqual(firmCore([0, 1, 2, 3], v, p, 0.6, 0.5), { core: [0, 1, 2], weak: [3] });
  // With a lower floor and a mean that is firm enough, 3 may stay.
  assert.deepEqual(firmCore([0, 1, 2], v, p, 0.6, 0.5), { core: [0, 1, 2], weak: [] });
});

test('two sentences of one article need no link between them', () => {
  const v = [vec('a'), vec('a'), vec('b')];
  const table: Record<string, number> = { '0|2': 0.9, '1|2': 0.8 };
  const p = (i: number, j: number) => table[i < j ? `${i}|${j}` : `${j}|${i}`] ?? 0;
  assert.deepEqual(firmCore([0, 1, 2], v, p, 0.6, 0.5), { core: [0, 1, 2], weak: [] });
});
