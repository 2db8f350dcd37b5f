import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incompatible, valueRange } from './conflicts.js';
import { interval } from '../analyze/numbers.js';

const exact = (value: number) => ({ value });
const bounded = (value: number, kind: Parameters<typeof interval>[1], scaled = false) => ({ value, ...interval(value, kind, scaled)! });

test('estimates and bounds are compatible with the figures they allow', () => {
  assert.equal(incompatible(bounded(70, 'moreThan'), exact(92)), false);
  assert.equal(incompatible(bounded(30, 'moreThan'), exact(30)), false);
  assert.equal(incompatible(bounded(1500, 'about'), exact(1500)), false);
  // A round figure is only as precise as its zeros: 86.000 and 86.212 agree.
  assert.equal(incompatible(exact(86000), exact(86212)), false);
});

test('figures no value fits contradict', () => {
  assert.equal(incompatible(bounded(95, 'atLeast'), exact(72)), true);
  assert.equal(incompatible(exact(30.9), { value: 31, low: 31, high: 32 }), true);
  assert.equal(incompatible(exact(1500), bounded(100, 'several', true)), true);
  assert.equal(incompatible(bounded(13000, 'almost'), exact(27000)), true);
  assert.equal(incompatible(exact(2), exact(5)), true);
});

test('value ranges', () => {
  assert.deepEqual(valueRange(exact(95)), [95, 95]);
  assert.deepEqual(valueRange(exact(27000)), [26500, 27500]);
  assert.deepEqual(valueRange(bounded(95, 'atLeast')), [95, Number.POSITIVE_INFINITY]);
});
