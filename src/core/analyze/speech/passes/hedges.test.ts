import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

const run = (text: string, language = 'de') => {
  const s = speechBefore(analyze(text, { language }), getPack(language)!, 'hedges');
  s.run();
  return { hedges: s.ctx.hedges.map((h) => h.lemma), loaded: s.ctx.loaded.map((l) => l.text) };
};

test('hedges and loaded words in the writer’s words', () => {
  assert.deepEqual(run('Der Minister soll angeblich zurücktreten. Das Regime schweigt.'), { hedges: ['angeblich'], loaded: ['Regime'] });
});

test('none inside quote marks: those are the speaker’s words', () => {
  assert.deepEqual(run('„Das Regime lügt angeblich nie“, sagte Anna Berg.'), { hedges: [], loaded: [] });
});
