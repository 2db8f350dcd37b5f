import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

// What the indirect pass contributes: content clauses, marked statements and reportative claims.
const added = (text: string, language = 'de') => {
  const { ctx, run } = speechBefore(analyze(text, { language }), getPack(language)!, 'indirect');
  const before = ctx.quotes.length;
  run();
  return ctx.quotes.slice(before).map((q) => ({ form: q.form, text: q.text, speaker: q.speakerName }));
};

test('a verb with its content clause', () => {
  assert.deepEqual(added('Karl Hein sagte, die Preise würden im Herbst steigen.'), [{ form: 'clause', text: 'die Preise würden im Herbst steigen', speaker: 'Karl Hein' }]);
  assert.deepEqual(added('Tom Ray said the bridge would open in May.', 'en'), [{ form: 'clause', text: 'the bridge would open in May', speaker: 'Tom Ray' }]);
});

test('a source marker and the statement it goes with', () => {
  const [q] = added('Laut Polizei wurden bei dem Unfall drei Menschen verletzt.');
  assert.equal(q?.form, 'marker');
  assert.match(q?.speaker ?? '', /Polizei/);
});

test('a reportative claim without a source takes none when nobody spoke before', () => {
  const [q] = added('Der Händler soll die Ware falsch deklariert haben.');
  assert.equal(q?.form, 'reportative');
  assert.equal(q?.speaker, null);
});

test('the frame of a direct quote is no second statement', () => {
  assert.deepEqual(added('„Wir sind bereit“, sagte Bürgermeisterin Anna Berg.'), []);
});
