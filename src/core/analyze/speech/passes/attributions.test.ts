import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

const attributionsOf = (text: string) => {
  const { ctx, run } = speechBefore(analyze(text), getPack('de')!, 'attributions');
  assert.equal(ctx.attributions.length, 0);
  run();
  return ctx;
};

test('one attribution per cue, pointing at the quote it frames', () => {
  const ctx = attributionsOf('Karl Hein sagte, die Preise würden im Herbst steigen.');
  assert.equal(ctx.attributions.length, 1);
  const a = ctx.attributions[0]!;
  assert.equal(a.actorName, 'Karl Hein');
  assert.equal(a.cueLemma, 'sagen');
  assert.equal(a.quote, ctx.quotes[0]!.id);
  assert.equal(a.stance, 'neutral');
});

test('a hedge without a cue attributes the claim to the sentence’s subject, distancing', () => {
  const ctx = attributionsOf('Die Firma Nordwerk ist angeblich pleite.');
  assert.equal(ctx.attributions.length, 1);
  assert.equal(ctx.attributions[0]!.stance, 'distancing');
  assert.equal(ctx.attributions[0]!.cue, 'angeblich');
});

test('a verb inside someone’s reported words is content, not a frame', () => {
  const ctx = attributionsOf('Anna Berg sagte, der Besuch unterstreiche die enge Partnerschaft.');
  assert.deepEqual(ctx.attributions.map((a) => a.cueLemma), ['sagen']);
});
