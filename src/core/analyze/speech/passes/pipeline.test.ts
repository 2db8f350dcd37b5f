import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../../../../lang/index.js';
import { SPEECH_PASSES, speechPipeline } from '../attribute.js';

test('the core passes run in order, each pack pass right after the core pass it names', () => {
  const core = SPEECH_PASSES.map(([name]) => name);
  assert.deepEqual(core, ['quote-spans', 'cues', 'direct-quotes', 'indirect', 'reported-hosts', 'contested-claims', 'signatures', 'block-quotes', 'lone-quotes', 'issuers', 'terms', 'hedges', 'attributions']);
  const de = speechPipeline(getPack('de')!).map(([name]) => name);
  assert.deepEqual(de.slice(3, 6), ['indirect', 'reported-clause-quotes', 'reported-hosts']);
  const en = speechPipeline(getPack('en')!).map(([name]) => name);
  assert.deepEqual(en.slice(en.indexOf('issuers'), en.indexOf('terms') + 1), ['issuers', 'source-check', 'terms']);
});

test('a pack without speech rules runs the core passes only; a pack pass after no core pass is refused', () => {
  const pack = getPack('de')!;
  assert.equal(speechPipeline({ ...pack, speechRules: undefined }).length, SPEECH_PASSES.length);
  const bad = { ...pack, speechRules: { passes: [{ name: 'x', after: 'nowhere', run: () => undefined }] } };
  assert.throws(() => speechPipeline(bad), /follows no core pass/);
});
