import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildArticle, contentId } from './article.js';
import { loadLanguageDetector } from './lang/detect.js';
import type { ArticleInput } from './model/article.js';

const input = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  source: 'a.txt',
  title: 'Ein Titel',
  body: 'Erster Absatz mit Text.\n\nZweiter Absatz.',
  outlet: 'Rheinblatt',
  url: null,
  author: null,
  published: '2024-06-05',
  language: 'de',
  provenance: {},
  ...over,
});

test('the headline is the first paragraph of the analysed text', () => {
  const a = buildArticle(input());
  assert.equal(a.text, 'Ein Titel\n\nErster Absatz mit Text.\n\nZweiter Absatz.');
  assert.equal(a.text.slice(a.bodyStart, a.bodyStart + 6), 'Erster');
});

test('the id depends on content, not on whitespace, source or metadata', () => {
  const a = buildArticle(input());
  const b = buildArticle(input({ source: 'b.txt', outlet: 'Other', body: '  Erster  Absatz mit\nText.\n\n\n\nZweiter Absatz.  ' }));
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, buildArticle(input({ body: 'Ganz anderer Text.' })).id);
});

test('id is stable under whitespace changes (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[a-zäöü]{1,8}$/), { minLength: 1, maxLength: 20 }), fc.constantFrom(' ', '  ', '\t', '\n'), (words, sep) => {
      return contentId(null, words.join(' ')) === contentId(null, words.join(sep));
    }),
  );
});

test('language is detected when not given, and the outlet has a fallback', async () => {
  await loadLanguageDetector();
  const a = buildArticle(input({ language: null, outlet: null, body: 'The mayor said the city would open an independent investigation into the collapse.' }));
  assert.equal(a.language, 'en');
  assert.equal(a.provenance.language, 'detected');
  assert.equal(a.outlet, 'unknown outlet');
});
