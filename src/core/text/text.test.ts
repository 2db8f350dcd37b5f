import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { paragraphSpans } from './paragraphs.js';
import { sentenceSpans } from './sentences.js';
import { tokenize } from './tokenize.js';

const ABBREV = new Set(['z', 'b', 'dr', 'bzw', 'ca']);
const sentencesOf = (text: string, lang = 'de') => sentenceSpans(text, 0, text.length, lang, ABBREV).map((s) => text.slice(s.start, s.end));

test('paragraphs are blank-line separated blocks, trimmed', () => {
  const text = '  Erster Absatz.\n\n\n Zweiter\nAbsatz.  \n \nDritter.';
  assert.deepEqual(
    paragraphSpans(text).map((s) => text.slice(s.start, s.end)),
    ['Erster Absatz.', 'Zweiter\nAbsatz.', 'Dritter.'],
  );
});

test('German ordinals and abbreviations do not end sentences', () => {
  assert.deepEqual(sentencesOf('Am 13. September kam er an. Dr. Müller sagte z. B. nichts. Das war alles.'), [
    'Am 13. September kam er an.',
    'Dr. Müller sagte z. B. nichts.',
    'Das war alles.',
  ]);
});

test('tokens keep offsets, hyphenated compounds and numbers with separators', () => {
  const text = 'Kreml-Sprecher Peskow nannte 1.000 Raketen, „aktiv“.';
  const toks = tokenize(text, 0, text.length);
  assert.deepEqual(
    toks.map((t) => [t.text, t.kind]),
    [
      ['Kreml-Sprecher', 'word'],
      ['Peskow', 'word'],
      ['nannte', 'word'],
      ['1.000', 'number'],
      ['Raketen', 'word'],
      [',', 'punct'],
      ['„', 'punct'],
      ['aktiv', 'word'],
      ['“', 'punct'],
      ['.', 'punct'],
    ],
  );
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
});

test('every token is the text at its offsets (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => tokenize(s, 0, s.length).every((t) => s.slice(t.start, t.end) === t.text)),
  );
});

test('sentences cover the paragraph text without overlap (property)', () => {
  const word = fc.constantFrom('Der', 'Mann', 'kam', 'an', '13.', 'Mai', 'z.', 'B.', 'Er', 'sagte', 'nichts', 'Dr.', 'Ja!', 'Nein?', 'gut.');
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
      const text = words.join(' ');
      const spans = sentenceSpans(text, 0, text.length, 'de', ABBREV);
      for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return false;
      const joined = spans.map((s) => text.slice(s.start, s.end)).join(' ');
      return joined.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' ').trim();
    }),
  );
});
