import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuoteSpans } from './quote-marks.js';

const EN = new Map([
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
]);
const inner = (text: string) => findQuoteSpans(text, 0, text.length, EN).map((q) => text.slice(q.inner.start, q.inner.end));

test('a quote nested with the same marks closes at the outer mark', () => {
  assert.deepEqual(inner('She said “I would rather live in what he calls “hell” than here” and left.'), ['I would rather live in what he calls “hell” than here']);
});

test('a closing mark opening a paragraph opens its quote; right after a word it opens nothing', () => {
  assert.deepEqual(inner('Readers wrote in.\n\n”Fear. I am afraid he will win.” ― Ann Lee'), ['Fear. I am afraid he will win.']);
  assert.deepEqual(inner('He left early” and then ”came back”.'), ['came back']);
});

test('quotes found never overlap and lie inside their marks', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', ' ', '“', '”', '"', '\n', 'b.'), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const spans = findQuoteSpans(text, 0, text.length, EN);
      for (let i = 0; i < spans.length; i++) {
        const q = spans[i]!;
        assert.ok(q.open < q.inner.start && q.inner.end <= q.close);
        if (i > 0) assert.ok(spans[i - 1]!.close < q.open);
      }
    }),
  );
});

test('an apostrophe inside a word closes no nested quote, so an unclosed quote does not swallow the next ones', () => {
  assert.deepEqual(inner('“If you’re a child, how can you feel good.\n“I have been thinking,” added Tom Ray. “One thing I’m used to is whistles.”'), [
    'I have been thinking,',
    'One thing I’m used to is whistles.',
  ]);
});

test('a closing mark after a space, before words or an ellipsis, opens a quote (it can close nothing there)', () => {
  assert.deepEqual(inner('“It is fair,” Lee said. ” … what I learned is that the way it is heard matters,” he said.'), [
    'It is fair,',
    '… what I learned is that the way it is heard matters,',
  ]);
  // A closing mark right after a word still closes.
  assert.deepEqual(inner('He said “yes.” Then he left.'), ['yes.']);
});
