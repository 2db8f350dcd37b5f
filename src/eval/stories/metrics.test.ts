import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bcubed, pairwise } from './metrics.js';

const labels = fc.array(fc.integer({ min: 0, max: 5 }).map(String), { minLength: 1, maxLength: 40 });

test('gold against itself scores 1', () => {
  fc.assert(
    fc.property(labels, (gold) => {
      assert.equal(bcubed(gold, gold).f1, 1);
      assert.equal(pairwise(gold, gold).f1, 1);
    }),
  );
});

test('scores do not depend on item order or label names', () => {
  fc.assert(
    fc.property(labels, labels, fc.integer(), (a, b, seed) => {
      const n = Math.min(a.length, b.length);
      const pred = a.slice(0, n);
      const gold = b.slice(0, n);
      const order = [...Array(n).keys()].sort((x, y) => ((x * 7919 + seed) % 101) - ((y * 7919 + seed) % 101) || x - y);
      const p2 = order.map((i) => `renamed-${pred[i]}`);
      const g2 = order.map((i) => gold[i]!);
      const close = (x: number, y: number) => Math.abs(x - y) < 1e-12;
      assert.ok(close(bcubed(pred, gold).f1, bcubed(p2, g2).f1));
      assert.ok(close(pairwise(pred, gold).f1, pairwise(p2, g2).f1));
    }),
  );
});

test('known values: one big cluster and all singletons', () => {
  const gold = ['a', 'a', 'b', 'b'];
  const one = bcubed(['x', 'x', 'x', 'x'], gold);
  assert.equal(one.precision, 0.5);
  assert.equal(one.recall, 1);
  const singletons = bcubed(['1', '2', '3', '4'], gold);
  assert.equal(singletons.precision, 1);
  assert.equal(singletons.recall, 0.5);
  assert.deepEqual(pairwise(['x', 'x', 'x', 'x'], gold), { precision: 2 / 6, recall: 1, f1: 0.5 });
});
