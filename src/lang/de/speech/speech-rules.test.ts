import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import { getPack } from '../../index.js';
import { speechBefore } from '../../../core/analyze/speech/passes/harness.js';

// The German pack's speech rules, each on its own invented sentence.
const de = getPack('de')!;

test('the pack declares verb-second word order and its own passes', () => {
  assert.equal(de.speechRules?.wordOrder, 'verb-second');
  assert.deepEqual(de.speechRules?.passes?.map((p) => p.name), ['reported-clause-quotes', 'listed-titles', 'quoted-subjects', 'speaker-evidence']);
});

test('"…, so X" and "soll … haben" are cues', () => {
  const s = analyze('Die Lage sei ernst, so der Sprecher.').sentences[0]!;
  assert.deepEqual(de.speechRules?.cues?.(s, de, () => false, new Set()).map((c) => c.lemma), ['so']);
  const t = analyze('Der Händler soll die Ware falsch deklariert haben.').sentences[0]!;
  const used = new Set<number>();
  assert.deepEqual(de.speechRules?.cues?.(t, de, () => false, used).map((c) => c.kind), ['reportative']);
  assert.equal(used.size, 1);
});

test('a quote inside a reported clause belongs to that clause’s speaker', () => {
  const a = analyze('Der Minister bestritt dies, indem er sagte, eine Achse würde „keinen Vertrag“ ersetzen.');
  const { ctx, run } = speechBefore(a, de, 'reported-clause-quotes');
  const quote = ctx.quotes.find((q) => q.kind === 'direct')!;
  const host = ctx.quotes.find((q) => q.form === 'clause' && q.start <= quote.start && q.end >= quote.end);
  run();
  assert.ok(host);
  assert.equal(quote.speakerName, host.speakerName);
});

test('a list of quoted titles and a quoted name as subject are marked to drop', () => {
  const list = speechBefore(analyze('Auf den Schildern am Rathaus standen Sätze wie „mehr Geld für alle“, „weniger Lärm in der Nacht“ oder „bessere Busse am Abend“.'), de, 'listed-titles');
  list.run();
  assert.equal(list.ctx.dropped.size, 3);
  const subject = speechBefore(analyze('Wie „nordblick online“ berichtet, ist die Brücke gesperrt.'), de, 'quoted-subjects');
  subject.run();
  assert.deepEqual([...subject.ctx.dropped].map((q) => q.text), ['nordblick online']);
});
