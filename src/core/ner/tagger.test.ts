import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { extractSpans } from './germeval.js';
import { germanTagger as loadGermanTagger } from '../../models/taggers.js';

/** Entity strings with their (coarse) type, e.g. "PER Olaf Scholz". */
function entities(tokens: string[], labels: string[]): string[] {
  return extractSpans(labels).map((s) => `${s.type} ${tokens.slice(s.start, s.end).join(' ')}`);
}

// Our own sentences, tokenised the GermEval way (punctuation split off).
const split = (s: string): string[] => s.split(' ');

test('the shipped model loads fast and is cached', () => {
  const t0 = performance.now();
  const tagger = loadGermanTagger();
  const ms = performance.now() - t0;
  assert.ok(ms < 1000, `load took ${ms.toFixed(0)} ms`);
  assert.equal(loadGermanTagger(), tagger);
  assert.equal(tagger.header?.language, 'de');
});

test('the shipped model tags our own German sentences sensibly', () => {
  const tagger = loadGermanTagger();
  const check = (sentence: string, expected: string[]): void => {
    const tokens = split(sentence);
    const labels = tagger.tag(tokens);
    assert.equal(labels.length, tokens.length);
    const found = entities(tokens, labels);
    for (const e of expected) assert.ok(found.includes(e), `${sentence}\n  expected ${e}, got ${JSON.stringify(found)}`);
  };
  check('Bundeskanzler Olaf Scholz reiste am Montag nach Paris .', ['PER Olaf Scholz', 'LOC Paris']);
  check('In Berlin traf sich Angela Merkel mit Emmanuel Macron .', ['LOC Berlin', 'PER Angela Merkel']);
  check('Die Europäische Union und die Vereinten Nationen forderten eine Waffenruhe .', ['ORG Europäische Union']);
  check('Der Vorstand von Siemens tagte gestern in München .', ['ORG Siemens', 'LOC München']);
});

test('common words and an empty sentence get no entities', () => {
  const tagger = loadGermanTagger();
  assert.deepEqual(tagger.tag([]), []);
  const tokens = split('Die Regierung erhöhte am Dienstag die Steuern für kleine Unternehmen .');
  assert.deepEqual(entities(tokens, tagger.tag(tokens)), []);
});

test('tag collapses to four types, tagFine keeps the GermEval types', () => {
  const tagger = loadGermanTagger();
  const tokens = split('Die deutsche Regierung sprach mit der französischen Botschafterin .');
  const fine = tagger.tagFine(tokens);
  const coarse = tagger.tag(tokens);
  assert.equal(fine[1], 'B-LOCderiv');
  assert.equal(coarse[1], 'B-LOC');
  for (const l of coarse) assert.match(l, /^(O|[BI]-(PER|LOC|ORG|OTH))$/);
});

test('cached per-word scores give the same labels as full feature scoring', async () => {
  const { loadModel } = await import('./model-io.js');
  const { GERMAN_MODEL_URL } = await import('./tagger.js');
  const { model } = loadModel(GERMAN_MODEL_URL);
  const { germanWordClasses } = await import('../../lang/de/word-classes.js');
  model.classOf = germanWordClasses();
  const sentences = [
    'Kreml-Sprecher Dmitri Peskow sagte am Montag in Moskau , Putin werde Kim empfangen .',
    'Die Bundesregierung in Berlin und die SPD-Fraktion streiten über den Haushalt .',
    'Putin Putin Putin traf Kim in Wladiwostok , sagte Peskow .',
    'Der Deutsche Wetterdienst warnt vor Hochwasser an der Donau bei Passau .',
  ].map((s) => s.split(' '));
  // Twice, so the second pass reads the cached scores.
  for (let pass = 0; pass < 2; pass++) {
    for (const tokens of sentences) {
      const slow = Array.from(model.decode(model.features(tokens)), (i) => model.labels[i]);
      assert.deepEqual(model.tag(tokens), slow, tokens.join(' '));
    }
  }
});

test('words the training data only knows as common nouns are flagged', () => {
  const tagger = loadGermanTagger();
  assert.equal(tagger.mayBeName?.('Regierung'), false);
  assert.equal(tagger.mayBeName?.('Merkel'), true);
  assert.equal(tagger.mayBeName?.('Xyzzelbrück'), true);
});

test('scores added in place equal scores summed through the accumulator, bit for bit', async () => {
  const { loadModel } = await import('./model-io.js');
  const { GERMAN_MODEL_URL } = await import('./tagger.js');
  const { emissionScores, WordScoreCache } = await import('./features.js');
  const { model } = loadModel(GERMAN_MODEL_URL);
  const weights = model.weights;
  const { SparseWeights } = await import('./perceptron.js');
  assert.ok(weights instanceof SparseWeights, 'the shipped model has integer (sparse) weights');
  // The same table seen without `addScoresAt`: the accumulator path.
  const plain = { numLabels: weights.numLabels, addScores: weights.addScores.bind(weights) };
  const inPlace = new WordScoreCache(weights.numLabels);
  const summed = new WordScoreCache(weights.numLabels);
  const tokens = 'Laut Kreml-Sprecher Peskow reist Putin am 3. Mai nach Pjöngjang , wo Kim Jong Un ihn empfängt .'.split(' ');
  for (let pass = 0; pass < 2; pass++) {
    const a = emissionScores(tokens, model.lexicon, model.mask, weights, inPlace, null, model.classOf);
    const b = emissionScores(tokens, model.lexicon, model.mask, plain, summed, null, model.classOf);
    assert.ok(a.some((x) => x !== 0));
    assert.deepEqual(Array.from(a), Array.from(b));
  }
});
