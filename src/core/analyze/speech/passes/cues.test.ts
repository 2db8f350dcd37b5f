import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

// What the cues pass contributes: the cues of each sentence, outside quote marks.
const cuesOf = (text: string, language = 'de') => {
  const { ctx, run } = speechBefore(analyze(text, { language }), getPack(language)!, 'cues');
  assert.equal(ctx.cuesBySentence.length, 0);
  run();
  return ctx.cuesBySentence.map((list) => list.map((c) => `${c.lemma}:${c.kind}`));
};

test('reporting verbs and source markers, sentence by sentence', () => {
  assert.deepEqual(cuesOf('Laut Polizei wurden drei Menschen verletzt. Karl Hein sagte, die Preise würden steigen.'), [['laut:marker'], ['sagen:verb']]);
  assert.deepEqual(cuesOf('The mayor said the bridge was safe.', 'en'), [['say:verb']]);
});

test('no cue inside quote marks; a capitalised form inside a German sentence is a noun', () => {
  assert.deepEqual(cuesOf('„Ich sagte nichts“, erklärte Anna Berg.'), [['erklären:verb']]);
  assert.deepEqual(cuesOf('Die Beschuldigte schwieg am Montag.').flat(), []);
});

test('the pack adds its own cues: German "so" closing the sentence and "soll … haben"', () => {
  assert.deepEqual(cuesOf('Die Lage sei ernst, so der Sprecher.'), [['so:verb']]);
  assert.deepEqual(cuesOf('Der Händler soll die Ware falsch deklariert haben.'), [['sollen:reportative']]);
});
