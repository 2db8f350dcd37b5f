import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../../model/analysis.js';
import type { SentenceVector } from '../sentence-features.js';
import { factContext, type FactInputs } from './context.js';
import { DEFAULT_FACT_OPTIONS } from './build-facts.js';
import { leftoverFacts } from './leftovers.js';
import type { Link } from './links.js';

/** A unit of an article with the given features (all content, none of them names) and compound parts. */
function vec(article: string, index: number, features: Record<string, number>, parts: string[] = []): SentenceVector {
  const weights = new Map(Object.entries(features));
  let sq = 0;
  for (const w of weights.values()) sq += w * w;
  return {
    article,
    sentence: { index, paragraph: 0, start: 0, end: 0, text: `${article}${index}`, headline: false, tokens: [] },
    start: index * 100,
    end: index * 100 + 50,
    text: `${article}${index}`,
    clause: false,
    weights,
    norm: Math.sqrt(sq),
    entities: new Set(),
    contentWords: weights.size,
    contentKeys: new Set(weights.keys()),
    parts: new Set(parts),
    concepts: {},
    lead: false,
    negated: false,
  };
}

function leftovers(vectors: SentenceVector[], links: Link[]) {
  const articles = [...new Set(vectors.map((v) => v.article))];
  const analyses = articles.map((id) => ({ article: { id, outlet: id.toUpperCase() }, sentences: vectors.filter((v) => v.article === id).map((v) => v.sentence) })) as unknown as ArticleAnalysis[];
  const input: FactInputs = { analyses, vectors, entityOf: () => undefined, wireRoot: (a) => a, boilerplate: () => false };
  return leftoverFacts(factContext(input, DEFAULT_FACT_OPTIONS, links), new Set());
}

test('a link that only ranks first in its article, sharing one common word, is no near match: the statement stays exclusive', () => {
  // "Weitere Maßnahmen würden diskutiert" / "Die Basis funktioniere normal weiter": one shared word,
  // each the other's best match in its article, which lifted the link over the old near-match bar.
  const a = vec('a', 1, { 'w:weit': 1.2, 'w:massnahm': 3, 'w:diskutiert': 3.5, 'w:gespraech': 3 });
  const b = vec('b', 1, { 'w:weit': 1.2, 'w:basis': 3.5, 'w:funktionier': 3.5, 'w:normal': 3 });
  const drafts = leftovers([a, b], [{ i: 0, j: 1, p: 0.33 }]);
  assert.deepEqual(
    drafts.map((d) => d.status),
    ['exclusive', 'exclusive'],
  );
});

test('a sentence sharing most of what it says is a near match however the link ranked', () => {
  const a = vec('a', 1, { 'w:drohn': 3, 'w:stund': 3, 'w:erreich': 3 });
  const b = vec('b', 1, { 'w:drohn': 3, 'w:stund': 3, 'w:erreich': 3, 'w:luftraum': 3 });
  const drafts = leftovers([a, b], [{ i: 0, j: 1, p: 0.2 }]);
  assert.deepEqual(
    drafts.map((d) => d.status),
    ['uncertain', 'uncertain'],
  );
  assert.equal(drafts[0]!.possiblyAlso[0]!.text, 'b1');
});

test('a compound meets the word it is built on in the near-match test ("Kahlschlagkonzept" / "Kahlschlag")', () => {
  // Shared: "revier" and, through the compound, "kahlschlag"; a weak link (the words differ).
  const a = vec('a', 1, { 'w:kahlschlagkonzept': 4, 'w:trifft': 3, 'w:jung': 3, 'w:revier': 2 }, ['w:kahlschlag']);
  const b = vec('b', 1, { 'w:gewerkschaft': 3, 'w:sprech': 2, 'w:kahlschlag': 4, 'w:revier': 2 });
  const drafts = leftovers([a, b], [{ i: 0, j: 1, p: 0.08 }]);
  assert.equal(drafts[0]!.status, 'uncertain');
  assert.equal(drafts[0]!.possiblyAlso[0]!.text, 'b1');
});
