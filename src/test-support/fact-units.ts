/** Test support: story units built from feature weights, for the fact passes' tests. */
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { SentenceVector } from '../core/compare/sentence-features.js';
import { factContext, type FactContext, type FactInputs } from '../core/compare/facts/context.js';
import { DEFAULT_FACT_OPTIONS } from '../core/compare/facts/build-facts.js';
import type { Link } from '../core/compare/facts/links.js';

/**
 * Unit `index` of an article, 100 characters after the one before, with the given feature
 * weights (all content, none of them names), compound parts and content-word count (the
 * number of features unless given).
 */
export function testUnit(article: string, index: number, features: Record<string, number> = {}, options: { parts?: string[]; contentWords?: number } = {}): SentenceVector {
  const weights = new Map(Object.entries(features));
  let sq = 0;
  for (const w of weights.values()) sq += w * w;
  return {
    article,
    sentence: { index, paragraph: 0, start: index * 100, end: index * 100 + 50, text: `${article}${index}`, headline: false, tokens: [] },
    start: index * 100,
    end: index * 100 + 50,
    text: `${article}${index}`,
    clause: false,
    weights,
    norm: Math.sqrt(sq),
    entities: new Set(),
    contentWords: options.contentWords ?? weights.size,
    contentKeys: new Set(weights.keys()),
    parts: new Set(options.parts ?? []),
    concepts: {},
    lead: false,
    negated: false,
  };
}

/** The fact passes' context over these units and links, one article per distinct name (its outlet the name in capitals). */
export function testContext(vectors: SentenceVector[], links: Link[]): FactContext {
  const articles = [...new Set(vectors.map((v) => v.article))];
  const analyses = articles.map((id) => ({ article: { id, outlet: id.toUpperCase() }, sentences: vectors.filter((v) => v.article === id).map((v) => v.sentence) })) as unknown as ArticleAnalysis[];
  const input: FactInputs = { analyses, vectors, entityOf: () => undefined, wireRoot: (a) => a, boilerplate: () => false };
  return factContext(input, DEFAULT_FACT_OPTIONS, links);
}
