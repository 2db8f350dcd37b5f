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

test('people counted by what happened to them meet the noun that counts them so ("95 Menschen kamen ums Leben" / "72 Tote"), not another state', async () => {
  const { compareInputs } = await import('../../pipeline.js');
  const de = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-10-31', language: 'de', provenance: {} });
  const r = compareInputs([
    de('Nordkurier', 'Nach den Unwettern im Süden des Landes sind mindestens 95 Menschen ums Leben gekommen. Die Regierung rief eine Staatstrauer aus.'),
    de('Südbote', 'Nach den Unwettern im Süden des Landes gibt es eine erste Bilanz mit 72 Toten. Die Regierung rief eine Staatstrauer aus.'),
  ]);
  const found = r.facts.flatMap((f) => f.conflicts).map((c) => c.values.map((v) => v.value).sort());
  assert.deepEqual(found, [['72', '≥95']]);
  const s = compareInputs([
    de('Nordkurier', 'Nach den Unwettern im Süden des Landes sind mindestens zwei Menschen ums Leben gekommen. Die Regierung rief eine Staatstrauer aus.'),
    de('Südbote', 'Nach den Unwettern im Süden des Landes gibt es eine erste Bilanz mit 40 Verletzten. Die Regierung rief eine Staatstrauer aus.'),
  ]);
  assert.deepEqual(s.facts.flatMap((f) => f.conflicts), []);
});
