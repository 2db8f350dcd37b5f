import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cosine, type SentenceVector } from '../sentence-features.js';
import { testUnit } from '../../../test-support/fact-units.js';
import { candidatePairs, MAX_POSTINGS } from './links.js';

/** A unit with the given feature weights. */
const vec = (article: string, index: number, features: Record<string, number>) => testUnit(article, index, features, { contentWords: 3 });

/** Every pair of different articles with a cosine of at least 0.04, by brute force. */
function allPairs(vectors: readonly SentenceVector[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++)
      if (vectors[i]!.article !== vectors[j]!.article && cosine(vectors[i]!, vectors[j]!) >= 0.04) out.push(`${i}|${j}`);
  return out.sort();
}

test('on stories of normal size the index finds exactly the pairs all-pairs comparison finds (property)', () => {
  const unit = fc.dictionary(fc.constantFrom('w:a', 'w:b', 'w:c', 'w:d', 'e:x', 'n:3', 't:2024'), fc.double({ min: 0.1, max: 3, noNaN: true }), { minKeys: 1 });
  const article = fc.array(unit, { minLength: 1, maxLength: 6 });
  fc.assert(
    fc.property(fc.array(article, { minLength: 2, maxLength: 4 }), (articles) => {
      const vectors = articles.flatMap((units, a) => units.map((f, k) => vec(`a${a}`, k, f)));
      const found = candidatePairs(vectors).map((c) => `${c.i}|${c.j}`).sort();
      assert.deepEqual(found, allPairs(vectors));
    }),
  );
});

/**
 * Two long articles whose units all share their main name and come in groups of ten
 * that share a word: all-pairs comparison pairs every unit with every unit of the other
 * article (n² pairs); the index pairs each with its group (10n pairs).
 */
function longStory(n: number): SentenceVector[] {
  const unit = (article: string, k: number) => vec(article, k, { 'e:main': 1, [`w:g${Math.floor(k / 10)}`]: 2, [`w:${article}${k}`]: 1 });
  return [...Array.from({ length: n }, (_, k) => unit('a', k)), ...Array.from({ length: n }, (_, k) => unit('b', k))];
}

test('candidate pairs grow with the units, not with their square, when a name is in every sentence', () => {
  const small = candidatePairs(longStory(200)).length;
  const large = candidatePairs(longStory(800)).length;
  assert.ok(MAX_POSTINGS < 200, 'the shared name is past the bound');
  assert.equal(small, 200 * 10);
  assert.equal(large, 800 * 10, 'four times the units, four times the pairs (all-pairs: sixteen times)');
  // Pairs sharing the name and their group word keep their full cosine.
  const [first] = candidatePairs(longStory(200));
  const v = longStory(200);
  assert.ok(first && Math.abs(first.features[1]! - cosine(v[first.i]!, v[first.j]!)) < 1e-12);
});
