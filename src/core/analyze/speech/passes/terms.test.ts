import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

const afterTerms = (text: string) => {
  const { ctx, run } = speechBefore(analyze(text), getPack('de')!, 'terms');
  const before = ctx.quotes.map((q) => q.text);
  run();
  return { before, after: ctx.quotes.map((q) => q.text), ctx };
};

test('a short quote with neither frame nor speaker is a scare quote, not speech', () => {
  const { before, after } = afterTerms('Am Montag begann der „heiße Herbst“.');
  assert.deepEqual(before, ['heiße Herbst']);
  assert.deepEqual(after, []);
});

test('a short exclamation after a colon stays', () => {
  const { after } = afterTerms('Der Mann sprang auf und rief: „Lasst mich raus!“');
  assert.ok(after.includes('Lasst mich raus!'));
});

test('a speech act a later sentence took up as its content goes; quotes end in text order', () => {
  const { before, after, ctx } = afterTerms('Die Liberalen schließen eine Koalition mit den Grünen aus. Dies bestätigte der Parteichef Otto Lenz am Abend.');
  assert.ok(before.includes('Die Liberalen schließen eine Koalition mit den Grünen aus'));
  assert.ok(!after.includes('Die Liberalen schließen eine Koalition mit den Grünen aus'));
  assert.deepEqual(ctx.quotes.map((q) => q.start), [...ctx.quotes.map((q) => q.start)].sort((a, b) => a - b));
  // Attributions later point only at kept quotes.
  const kept = new Set(ctx.quotes.map((q) => q.id));
  for (const id of ctx.cueQuote.values()) assert.ok(kept.has(id));
});
