import type { ArticleAnalysis } from '../model/analysis.js';
import type { StoryCheck } from '../model/report.js';
import type { SentenceVector } from './sentence-features.js';

/**
 * Mean pairwise similarity above which articles are taken to report one event. Real
 * multi-outlet coverage of one event measured 0.16–0.25 (German) and 0.26–0.45
 * (English); articles of different events 0.01–0.03 (German) and up to 0.20 (English
 * political news, which shares its vocabulary).
 */
export const SAME_STORY_THRESHOLD = 0.12;

/**
 * Whether the articles report one event: cosine of whole-article vectors (the
 * sum of their sentence vectors), averaged over pairs. An article whose best
 * match is far below the threshold is an outlier.
 */
export function storyCheck(analyses: readonly ArticleAnalysis[], vectors: readonly SentenceVector[]): StoryCheck {
  const docs = new Map<string, Map<string, number>>();
  for (const v of vectors) {
    const d = docs.get(v.article) ?? new Map<string, number>();
    for (const [k, w] of v.weights) d.set(k, (d.get(k) ?? 0) + w);
    docs.set(v.article, d);
  }
  const ids = analyses.map((a) => a.article.id);
  const norm = (d: Map<string, number>) => Math.sqrt([...d.values()].reduce((s, w) => s + w * w, 0));
  const sim = (a: string, b: string) => {
    const x = docs.get(a);
    const y = docs.get(b);
    if (!x || !y) return 0;
    let dot = 0;
    for (const [k, w] of x) dot += w * (y.get(k) ?? 0);
    const n = norm(x) * norm(y);
    return n ? dot / n : 0;
  };
  if (ids.length < 2) return { sameStory: true, similarity: 1, outliers: [] };
  let total = 0;
  let pairs = 0;
  const best = new Map<string, number>();
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const s = sim(ids[i]!, ids[j]!);
      total += s;
      pairs++;
      best.set(ids[i]!, Math.max(best.get(ids[i]!) ?? 0, s));
      best.set(ids[j]!, Math.max(best.get(ids[j]!) ?? 0, s));
    }
  const similarity = Math.round((total / pairs) * 1000) / 1000;
  return {
    sameStory: similarity >= SAME_STORY_THRESHOLD,
    similarity,
    outliers: ids.length > 2 ? ids.filter((id) => (best.get(id) ?? 0) < SAME_STORY_THRESHOLD / 2) : [],
  };
}
