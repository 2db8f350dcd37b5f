import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

// The speech-acts step of the indirect pass: acts reported without a content clause.
const acts = (text: string, language = 'de') => {
  const { ctx, run } = speechBefore(analyze(text, { language }), getPack(language)!, 'indirect');
  run();
  return ctx.quotes.filter((q) => q.form === 'speech-act').map((q) => ({ lemma: q.cueLemma, text: q.text, speaker: q.speakerName }));
};

test('German: the whole sentence is the act; an agent speaks, an agentless passive does not', () => {
  assert.deepEqual(acts('Es regnete. Die Pläne wurden von der Ministerin als unrealistisch bezeichnet. Der Mann wurde zu drei Jahren Haft verurteilt.'), [
    { lemma: 'bezeichnen', text: 'Die Pläne wurden von der Ministerin als unrealistisch bezeichnet', speaker: 'der Ministerin' },
  ]);
});

test('English: the verb’s object or infinitive is the act’s content', () => {
  assert.deepEqual(acts('Tom Ray declined to comment on the lawsuit.', 'en'), [{ lemma: 'decline', text: 'to comment on the lawsuit', speaker: 'Tom Ray' }]);
});

test('a verb of knowing without a clause is no act; an action in court is none either', () => {
  assert.deepEqual(acts('The police knew the area well.', 'en'), []);
  assert.deepEqual(acts('Tom Ray pleaded guilty on Monday.', 'en'), []);
});
