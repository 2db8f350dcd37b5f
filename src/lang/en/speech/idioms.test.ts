import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';

const lemmas = (text: string) => analyze(text, { language: 'en' }).quotes.map((q) => q.cueLemma);

test('the writer’s set phrases with "say" report nothing, and leave the report after them whole', () => {
  const a = analyze('Most firms should pay some tax. (Having said that, there are economists who argue that taxes should be low.)', { language: 'en' });
  assert.deepEqual(a.quotes.map((q) => q.cueLemma), ['argue']);
  assert.deepEqual(lemmas('That said, the plan is still alive.'), []);
  assert.deepEqual(lemmas('Needless to say, the plan is still alive.'), []);
  assert.deepEqual(lemmas('Let’s say a degree will cost $160,000 in 18 years.'), []);
  // The same verbs in a report are cues.
  assert.deepEqual(lemmas('Ann Lee said that the plan is still alive.'), ['say']);
});
