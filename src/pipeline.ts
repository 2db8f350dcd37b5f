/**
 * The glue between adapters and the pure core: ingested inputs → articles →
 * per-article analysis (with the right language pack and tagger) → comparison.
 */
import type { ArticleInput } from './core/model/article.js';
import type { ArticleAnalysis } from './core/model/analysis.js';
import type { ComparisonReport } from './core/model/report.js';
import { buildArticle } from './core/article.js';
import { compareArticles, type CompareOptions } from './core/compare/index.js';
import { getPack, packs } from './lang/index.js';
import { loadLanguageDetector, voteByStopwords } from './core/lang/detect.js';
import { analyzeOrFail } from './analysis-error.js';

export interface AnalyzedInputs {
  analyses: ArticleAnalysis[];
  warnings: string[];
}

/** Analyses one input with its language's pack and tagger. */
export function analyzeInput(input: ArticleInput): ArticleAnalysis {
  return analyzeOrFail(buildArticle(input, packs));
}

/** Analyses every input once; the same article given twice is analysed and compared once. */
export function analyzeInputs(inputs: readonly ArticleInput[]): AnalyzedInputs {
  const seen = new Map<string, string>();
  const analyses: ArticleAnalysis[] = [];
  const warnings: string[] = [];
  for (const input of inputs) {
    const article = buildArticle(input, packs);
    const earlier = seen.get(article.id);
    if (earlier !== undefined) {
      warnings.push(`${input.source}: same article as ${earlier}; compared once`);
      continue;
    }
    seen.set(article.id, input.source);
    analyses.push(analyzeOrFail(article));
  }
  return { analyses, warnings };
}

/**
 * Loads the n-gram language detector when some input declares no language and
 * the language packs' stopwords cannot tell it; without this, such inputs are
 * marked "und" (undetermined).
 */
export async function prepareInputs(inputs: readonly ArticleInput[]): Promise<void> {
  const undecided = inputs.some((i) => !i.language && !voteByStopwords(`${i.title ?? ''}\n${i.body}`, packs));
  if (undecided) await loadLanguageDetector();
}

export function compareInputs(inputs: readonly ArticleInput[], options: CompareOptions = {}): ComparisonReport {
  const { analyses, warnings } = analyzeInputs(inputs);
  const report = compareArticles(analyses, { packOf: getPack, ...options });
  report.warnings = [...warnings, ...report.warnings];
  return report;
}
