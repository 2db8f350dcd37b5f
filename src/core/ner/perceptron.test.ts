import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NerSentence } from './germeval.js';
import { scoreSpans } from './germeval.js';
import { AveragedPerceptron, mulberry32, shuffle, trainNerModel } from './perceptron.js';
import type { SparseWeights } from './perceptron.js';
import { fnv1a, wordShape } from './features.js';

/**
 * A synthetic task: invented names after "Frau"/"Herr" are persons, invented words
 * ending in -burg/-stadt after "in"/"nach" are places, "Firma X" an organisation.
 * Test sentences use names the model never saw, so it must generalise from context
 * and word form.
 */
function syntheticCorpus(seed: number, count: number): NerSentence[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const syl = ['ka', 'lo', 'mi', 'ter', 'bran', 'dor', 'vel', 'sun', 'ri', 'gan', 'pe', 'wol'];
  const name = (): string => {
    const s = pick(syl) + pick(syl) + (rnd() < 0.5 ? pick(syl) : '');
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const verbs = ['sagte', 'reiste', 'schrieb', 'lachte', 'kam'];
  const nouns = ['Zeitung', 'Regierung', 'Woche', 'Bahn', 'Schule'];
  const out: NerSentence[] = [];
  for (let i = 0; i < count; i++) {
    const tokens: string[] = [];
    const labels: string[] = [];
    const push = (t: string, l: string): void => {
      tokens.push(t);
      labels.push(l);
    };
    push(pick(['Frau', 'Herr']), 'O');
    push(name(), 'B-PER');
    if (rnd() < 0.5) push(name(), 'I-PER');
    push(pick(verbs), 'O');
    push(pick(['in', 'nach']), 'O');
    push(name() + pick(['burg', 'stadt']), 'B-LOC');
    if (rnd() < 0.5) {
      push('zur', 'O');
      push('Firma', 'O');
      push(name().toUpperCase(), 'B-ORG');
    }
    push('die', 'O');
    push(pick(nouns), 'O');
    push('.', 'O');
    out.push({ tokens, labels });
  }
  return out;
}

for (const decoder of ['viterbi', 'greedy'] as const) {
  test(`the ${decoder} perceptron learns a small synthetic task`, () => {
    const train = syntheticCorpus(1, 300);
    const test = syntheticCorpus(2, 100);
    const model = trainNerModel(train, {
      epochs: 5,
      numBuckets: 1 << 16,
      decoder,
      jackknife: 3,
      minWeight: 0,
      outsideBias: 0,
    });
    const predicted = test.map((s) => model.tag(s.tokens));
    const score = scoreSpans(
      test.map((s) => s.labels),
      predicted,
    );
    assert.ok(score.f1 > 0.95, `F1 ${score.f1}`);
    assert.equal(model.tag([]).length, 0);
  });
}

test('training is deterministic', () => {
  const train = syntheticCorpus(3, 80);
  const a = trainNerModel(train, { epochs: 3, numBuckets: 1 << 14 });
  const b = trainNerModel(train, { epochs: 3, numBuckets: 1 << 14 });
  const sa = a.weights as unknown as { values: Int16Array };
  const sb = b.weights as unknown as { values: Int16Array };
  assert.deepEqual(sa.values, sb.values);
});

test('averaged perceptron: averaging and sparse export', () => {
  const p = new AveragedPerceptron(8, 3);
  const feats = Int32Array.of(1, 5);
  p.update(feats, 0, 2, 2, 1);
  p.tick();
  p.tick();
  const scores = new Float64Array(3);
  p.addScores(feats, 0, 2, scores);
  assert.deepEqual([...scores], [0, 0, 2]);
  const avg = p.averaged();
  assert.equal(avg.entries, 2);
  const s = new Float64Array(3);
  avg.addScores(feats, 0, 2, s);
  // Weight 1 present for 2 of 3 clock ticks: average 2/3 on each feature.
  assert.ok(Math.abs((s[2] as number) * avg.scale - 4 / 3) < 1e-3);
  assert.equal(s[0], 0);
});

test('shuffle is a deterministic permutation', () => {
  const a = shuffle([1, 2, 3, 4, 5, 6], mulberry32(9));
  const b = shuffle([1, 2, 3, 4, 5, 6], mulberry32(9));
  assert.deepEqual(a, b);
  assert.deepEqual([...a].sort(), [1, 2, 3, 4, 5, 6]);
});

test('feature helpers', () => {
  assert.equal(wordShape('Scholz'), 'Xx');
  assert.equal(wordShape('SPD'), 'X');
  assert.equal(wordShape('US-Bürger'), 'X-Xx');
  assert.equal(wordShape('2024'), 'd');
  assert.equal(wordShape('Ölpreis'), 'Xx');
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
});

test('several runs average the weights of runs with consecutive seeds', () => {
  const train = syntheticCorpus(4, 60);
  const options = { epochs: 2, numBuckets: 1 << 12, minWeight: 0 } as const;
  const weightsOf = (m: ReturnType<typeof trainNerModel>) => {
    const w = m.weights as SparseWeights;
    const dense = new Float64Array(w.numBuckets * w.numLabels);
    for (let b = 0; b < w.numBuckets; b++) {
      for (let e = w.rowStart[b]!; e < w.rowStart[b + 1]!; e++) dense[b * w.numLabels + w.labels[e]!] = w.values[e]! * w.scale;
    }
    return dense;
  };
  const one = weightsOf(trainNerModel(train, { ...options, runs: 1, seed: 5 }));
  const two = weightsOf(trainNerModel(train, { ...options, runs: 1, seed: 6 }));
  const both = weightsOf(trainNerModel(train, { ...options, runs: 2, seed: 5 }));
  let maxAbs = 0;
  for (const v of both) maxAbs = Math.max(maxAbs, Math.abs(v));
  // Equal up to 16-bit quantisation of each model.
  for (let k = 0; k < both.length; k++) assert.ok(Math.abs(both[k]! - (one[k]! + two[k]!) / 2) <= maxAbs / 8000, `weight ${k}`);
});
