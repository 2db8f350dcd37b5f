import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

test('a statement speaks for whoever issued it', () => {
  const text = 'Senator Ann Lee said in a statement that the bill would pass. “We have the votes,” the statement said.';
  const { ctx, run } = speechBefore(analyze(text, { language: 'en' }), getPack('en')!, 'issuers');
  const quote = ctx.quotes.find((q) => q.kind === 'direct')!;
  assert.equal(quote.speakerName, 'the statement');
  assert.equal(quote.speaker, null);
  run();
  assert.equal(quote.speakerName, 'Ann Lee');
  assert.notEqual(quote.speaker, null);
});

test('without speaker evidence in the pack the pass does nothing', () => {
  const pack = getPack('en')!;
  const text = 'Senator Ann Lee said in a statement that the bill would pass. “We have the votes,” the statement said.';
  const { ctx, run } = speechBefore(analyze(text, { language: 'en' }), { ...pack, speakerEvidence: undefined }, 'issuers');
  run();
  assert.equal(ctx.quotes.find((q) => q.kind === 'direct')!.speakerName, 'the statement');
});
