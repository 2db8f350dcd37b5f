import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordDiff, wordOverlap } from './word-diff.js';

const side = (ops: ReturnType<typeof wordDiff>, keep: 'removed' | 'added') =>
  ops.filter((o) => o.op === 'same' || o.op === keep).map((o) => o.text).join(' ').replace(/\s+/g, ' ').replace(/ ([^\p{L}\p{N}])/gu, '$1');

test('diff marks the changed words', () => {
  const ops = wordDiff('Wir sind sehr froh', 'Wir sind froh');
  assert.deepEqual(ops, [
    { op: 'same', text: 'Wir sind' },
    { op: 'removed', text: 'sehr' },
    { op: 'same', text: 'froh' },
  ]);
});

test('each side of a diff reassembles its own words (property)', () => {
  const word = fc.stringMatching(/^[a-z]{1,6}$/);
  fc.assert(
    fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 12 }), (xs, ys) => {
      const ops = wordDiff(xs.join(' '), ys.join(' '));
      return side(ops, 'removed') === xs.join(' ') && side(ops, 'added') === ys.join(' ');
    }),
  );
});

test('overlap is 1 for identical and 0 for disjoint wording', () => {
  assert.equal(wordOverlap('a b c', 'c b a'), 1);
  assert.equal(wordOverlap('a b', 'c d'), 0);
});
