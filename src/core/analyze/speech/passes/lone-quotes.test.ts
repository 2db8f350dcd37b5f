import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

test('a quote taken up by a demonstrative frame right after it is that frame’s speaker’s', () => {
  const { ctx, run } = speechBefore(analyze('„Wir haben Fehler gemacht.“ Das musste Anna Berg am Montag einräumen.'), getPack('de')!, 'lone-quotes');
  const quote = ctx.quotes.find((q) => q.kind === 'direct')!;
  assert.equal(quote.speakerName, null);
  run();
  assert.equal(quote.speakerName, 'Anna Berg');
});

test('a frameless Konjunktiv quote with nobody speaking before falls back to its clause’s subject', () => {
  const { ctx, run } = speechBefore(analyze('Es regnete am Morgen. Die Ministerin habe die Lage „völlig im Griff“ gehabt.'), getPack('de')!, 'lone-quotes');
  const quote = ctx.quotes.find((q) => q.kind === 'direct')!;
  assert.equal(quote.speakerName, null);
  assert.ok(ctx.frameless.has(quote));
  run();
  assert.match(quote.speakerName ?? '', /Ministerin/);
});

test('a colon frame without a verb names its own speaker; a sentence naming someone else takes no one else\'s words', () => {
  const de = getPack('de')!;
  const framed = speechBefore(analyze('Der Student hatte gefragt: „Was ist passiert?“ Die Kanzlerin Angela Merkel zum Gipfel: „Wir sind zufrieden.“'), de, 'lone-quotes');
  framed.run();
  assert.equal(framed.ctx.quotes.find((q) => q.text.includes('zufrieden'))?.speakerName, 'Angela Merkel');
  // "Punklady Nina Hagen" is no person the recogniser is sure of: unknown, not the student.
  const other = speechBefore(analyze('Der Student hatte gefragt: „Was ist passiert?“ Punklady Nina Hagen zur neuen Heimat: „Die meisten Sachen sind schon umgezogen.“'), de, 'lone-quotes');
  other.run();
  assert.equal(other.ctx.quotes.find((q) => q.text.includes('Sachen'))?.speakerName ?? null, null);
  // With a verb the clause is no such frame, and the sentence naming only the speaker before keeps his words.
  const same = speechBefore(analyze('Der Minister Karl Berg sagte: „Wir helfen.“ Berg ergänzte nach einer Pause: „Und zwar sofort.“'), de, 'lone-quotes');
  same.run();
  assert.match(same.ctx.quotes.find((q) => q.text.includes('sofort'))?.speakerName ?? '', /Berg/);
});
