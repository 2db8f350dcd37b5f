import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

// What the quote-spans pass contributes: the spans in quote marks that hold words quoted.
const spansOf = (text: string, language = 'de') => {
  const { ctx, run } = speechBefore(analyze(text, { language }), getPack(language)!, 'quote-spans');
  run();
  return ctx.quoteSpans.map((q) => text.slice(q.inner.start, q.inner.end));
};

test('words quoted count; names in quote marks do not, unless a reporting verb takes them as its predicate', () => {
  const spans = spansOf('Der Landrat Udo Fels nannte den Entwurf einen „Schildbürgerstreich“. Die Stiftung „Grüne Wiese“ half. „Wir sind bereit“, sagte er.');
  assert.deepEqual(spans, ['Schildbürgerstreich', 'Wir sind bereit']);
});

test('a name its bearer gives itself is no quote (German rule of the pack)', () => {
  assert.deepEqual(spansOf('Die Gruppe, die sich selbst „Freie Bürger Nord“ nennt, lud ein.'), []);
});

test('doubled apostrophes are quote marks where the pack says so (English archives)', () => {
  const text = "''We are ready for the vote,'' she said.";
  assert.deepEqual(spansOf(text, 'en'), ['We are ready for the vote,']);
  assert.deepEqual(spansOf(text, 'de'), []);
});
