import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bySentence, lastAtOrBefore, maxOf, minOf, pushAll, spanCover } from './collections.js';

/** More elements than a call's arguments can take: spreading them throws RangeError. */
const HUGE = 1_000_000;

test('pushAll, minOf and maxOf take arrays a spread call cannot', () => {
  const big = Array.from({ length: HUGE }, (_, i) => (i * 7919) % HUGE);
  assert.throws(() => [].push(...(big as never[])), RangeError, 'the spread this replaces overflows');
  const target = [1];
  pushAll(target, big);
  assert.equal(target.length, HUGE + 1);
  assert.equal(target[HUGE], big[HUGE - 1]);
  assert.equal(minOf(big), 0);
  assert.equal(maxOf(big), HUGE - 1);
});

test('minOf and maxOf answer as Math.min and Math.max do, empty and NaN included (property)', () => {
  const value = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN));
  fc.assert(
    fc.property(fc.array(value, { maxLength: 40 }), (xs) => {
      assert.ok(Object.is(minOf(xs), Math.min(...xs)));
      assert.ok(Object.is(maxOf(xs), Math.max(...xs)));
    }),
  );
  assert.equal(minOf([], 0), 0);
  assert.equal(maxOf(new Set([3, 9, 4])), 9);
});

test('bySentence keeps each sentence\'s items in their order and sees items added later', () => {
  const items = [{ sentence: 2, n: 'a' }, { sentence: 0, n: 'b' }, { sentence: 2, n: 'c' }];
  const at = bySentence(items);
  assert.deepEqual(at(2).map((x) => x.n), ['a', 'c']);
  assert.deepEqual(at(1), []);
  items.push({ sentence: 1, n: 'd' });
  assert.deepEqual(bySentence(items)(1).map((x) => x.n), ['d']);
});

test('spanCover and lastAtOrBefore agree with a scan (property)', () => {
  const span = fc.tuple(fc.nat(200), fc.nat(30)).map(([start, len]) => ({ start, end: start + len }));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), fc.array(fc.nat(240), { maxLength: 30 }), (spans, offsets) => {
      const inside = spanCover(spans);
      for (const o of offsets) assert.equal(inside(o), spans.some((s) => o >= s.start && o < s.end));
    }),
  );
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 30 }), fc.integer({ min: -60, max: 60 }), (xs, x) => {
      const sorted = [...xs].sort((a, b) => a - b);
      let expected = -1;
      sorted.forEach((v, i) => {
        if (v <= x) expected = i;
      });
      assert.equal(lastAtOrBefore(sorted, x), expected);
    }),
  );
});
