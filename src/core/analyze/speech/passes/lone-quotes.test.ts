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
