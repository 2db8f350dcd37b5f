import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

// The carry-over step of the indirect pass: free indirect speech continues the last speaker.
const continued = (text: string) => {
  const { ctx, run } = speechBefore(analyze(text), getPack('de')!, 'indirect');
  run();
  return ctx.quotes.filter((q) => q.form === 'continued').map((q) => ({ text: q.text, speaker: q.speakerName }));
};

test('a Konjunktiv sentence after a quote continues its speaker; an indicative one ends the stretch', () => {
  assert.deepEqual(continued('„Wir geben nicht auf“, sagte Karl Hein. Man werde weiter verhandeln. Danach regnete es.'), [
    { text: 'Man werde weiter verhandeln.', speaker: 'Karl Hein' },
  ]);
});

test('consecutive Konjunktiv sentences make one quote', () => {
  const [q] = continued('Anna Berg sagte, die Lage sei ernst. Die Stadt habe zu spät gehandelt. Man müsse jetzt sparen.');
  assert.equal(q?.text, 'Die Stadt habe zu spät gehandelt. Man müsse jetzt sparen.');
  assert.equal(q?.speaker, 'Anna Berg');
});

test('without anyone speaking before, a Konjunktiv sentence is nobody’s words', () => {
  assert.deepEqual(continued('Es regnete. Die Lage sei ernst.'), []);
});
