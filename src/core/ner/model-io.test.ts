import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NerSentence } from './germeval.js';
import { AveragedPerceptron, NER_LABELS, NerModel, trainNerModel } from './perceptron.js';
import type { SparseWeights } from './perceptron.js';
import { Lexicon } from './features.js';
import { deserializeModel, loadModel, saveModel, serializeModel } from './model-io.js';

// A few hand-written training sentences; enough for a model with many non-zero weights.
const TRAIN: NerSentence[] = [
  { tokens: ['Olaf', 'Scholz', 'besuchte', 'Paris', '.'], labels: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
  { tokens: ['Die', 'SPD', 'tagte', 'in', 'Berlin', '.'], labels: ['O', 'B-ORG', 'O', 'O', 'B-LOC', 'O'] },
  { tokens: ['Der', 'deutsche', 'Minister', 'lobte', 'Siemens', '.'], labels: ['O', 'B-LOCderiv', 'O', 'O', 'B-ORG', 'O'] },
  { tokens: ['Anna', 'Weber', 'las', 'den', 'Spiegel', '.'], labels: ['B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'O'] },
  { tokens: ['Der', 'SPD-Chef', 'flog', 'nach', 'Rom', '.'], labels: ['O', 'B-ORGpart', 'O', 'O', 'B-LOC', 'O'] },
];

const PROBES = [
  ['Olaf', 'Scholz', 'flog', 'nach', 'Berlin', '.'],
  ['Anna', 'las', 'über', 'die', 'deutsche', 'SPD', '.'],
  ['Ein', 'Satz', 'ohne', 'Namen', '.'],
  [],
];

for (const decoder of ['viterbi', 'greedy'] as const) {
  test(`save/load round trip gives identical predictions (${decoder})`, () => {
    const model = trainNerModel(TRAIN, { epochs: 4, numBuckets: 1 << 12, decoder, jackknife: 0, outsideBias: -1, minWeight: 0 });
    assert.ok((model.weights as SparseWeights).entries > 100);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-ner-'));
    try {
      const file = join(dir, 'sub', 'model.bin');
      const bytes = saveModel(file, model, { note: 'test' });
      assert.ok(bytes > 0);
      const { model: loaded, header } = loadModel(file);
      assert.equal(header.decoder, decoder);
      assert.equal(header.outsideBias, -1);
      assert.equal(header.training.note, 'test');
      assert.deepEqual(loaded.labels, model.labels);
      for (const tokens of [...PROBES, ...TRAIN.map((s) => s.tokens)]) {
        assert.deepEqual(loaded.tag(tokens), model.tag(tokens), tokens.join(' '));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('deserialize works from an unaligned copy and re-serialises identically', () => {
  const model = trainNerModel(TRAIN, { epochs: 2, numBuckets: 1 << 10, jackknife: 0, minWeight: 0 });
  const bytes = serializeModel(model);
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  const { model: loaded } = deserializeModel(shifted.subarray(1));
  assert.deepEqual(serializeModel(loaded), bytes);
});

test('deserialize rejects other files', () => {
  assert.throws(() => deserializeModel(new TextEncoder().encode('not a model at all')), /not a Parallax NER model/);
});

test('an untrained (dense) model cannot be saved', () => {
  const dense = new NerModel(
    { numBuckets: 1 << 10, decoder: 'viterbi', outsideBias: 0 },
    Lexicon.empty(),
    new AveragedPerceptron(1 << 10, NER_LABELS.length),
  );
  assert.throws(() => serializeModel(dense), /only a trained/);
});
