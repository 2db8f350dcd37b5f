/** Test helpers: analyse our own fixture texts through the real pipeline. */
import type { ArticleInput } from '../core/model/article.js';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import { buildArticle } from '../core/article.js';
import { analyzeArticle } from '../core/analyze/index.js';
import { getPack } from '../lang/index.js';
import { taggerFor } from '../models/taggers.js';

export function input(body: string, over: Partial<ArticleInput> = {}): ArticleInput {
  return {
    source: over.outlet ?? 'test',
    title: null,
    body,
    outlet: 'Test',
    url: null,
    author: null,
    published: null,
    language: 'de',
    provenance: {},
    ...over,
  };
}

export function analyze(body: string, over: Partial<ArticleInput> = {}): ArticleAnalysis {
  const article = buildArticle(input(body, over));
  return analyzeArticle(article, { pack: getPack(article.language), tagger: taggerFor(article.language) });
}

/** The entity (by name or alias) a mention text belongs to. */
export function entityNamed(a: ArticleAnalysis, text: string) {
  return a.entities.find((e) => e.name === text || e.aliases.includes(text));
}
