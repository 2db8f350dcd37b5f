import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../core/model/analysis.js';
import { attributionPredictions } from './attribution.js';

const quote = (start: number, end: number, kind: Quote['kind'], cue: string | null, speaker: [number, number] | null): Quote => ({
  id: `q${start}`,
  sentence: 0,
  start,
  end,
  kind,
  form: kind === 'direct' ? 'marks' : 'clause',
  text: '',
  speaker: null,
  speakerName: speaker ? 'X' : null,
  speakerSpan: speaker ? { start: speaker[0], end: speaker[1] } : null,
  cue,
  cueLemma: cue,
  stance: 'neutral',
});

test('a direct quote inside a reported clause is part of that attribution', () => {
  const p = attributionPredictions([quote(10, 80, 'indirect', 'said', [0, 5]), quote(40, 50, 'direct', 'said', [0, 5])]);
  assert.deepEqual(p, [{ content: [{ start: 10, end: 80 }], source: { start: 0, end: 5 } }]);
});

test('cue-less quotes carrying the same speaker join the quote before them', () => {
  const p = attributionPredictions([
    quote(0, 20, 'direct', 'said', [22, 27]),
    quote(40, 60, 'direct', null, [22, 27]),
    quote(70, 90, 'direct', null, [100, 105]),
  ]);
  assert.equal(p.length, 2);
  assert.deepEqual(p[0]!.content, [
    { start: 0, end: 20 },
    { start: 40, end: 60 },
  ]);
});
