/**
 * `parallax eval stories`: replays a gold set through the clusterer (and the
 * baseline) and scores the stories found against the gold stories.
 */
import { performance } from 'node:perf_hooks';
import { buildArticle } from '../../core/article.js';
import { analyzeArticle } from '../../core/analyze/index.js';
import { clusterDocFromAnalysis, type ClusterDoc } from '../../core/cluster/doc.js';
import { lightClusterDoc } from '../../core/cluster/light-doc.js';
import { OnlineClusterer, type OnlineOptions } from '../../core/cluster/online.js';
import { BaselineClusterer } from '../../core/cluster/baseline.js';
import type { ClustererModel } from '../../core/cluster/model.js';
import { basePack } from '../../core/lang/base-pack.js';
import { getPack, packs } from '../../lang/index.js';
import { taggerFor } from '../../models/taggers.js';
import { bcubed, pairwise, type PRF } from './metrics.js';
import { readEcbPlus } from './ecbplus.js';
import { readBasil } from './basil.js';
import { readNeus } from './neus.js';
import { readStoriesJsonl } from './jsonl.js';
import type { GoldArticle } from './gold.js';

export type StoryDataset = 'ecbplus' | 'basil' | 'neus' | 'jsonl';
export const STORY_DATASETS: readonly StoryDataset[] = ['ecbplus', 'basil', 'neus', 'jsonl'];
export type SplitChoice = 'all' | 'train' | 'test';

export function readGold(dataset: StoryDataset, path: string): GoldArticle[] {
  switch (dataset) {
    case 'ecbplus':
      return readEcbPlus(path);
    case 'basil':
      return readBasil(path);
    case 'neus':
      return readNeus(path);
    case 'jsonl':
      return readStoriesJsonl(path);
  }
}

export function selectSplit(gold: readonly GoldArticle[], split: SplitChoice): GoldArticle[] {
  return split === 'all' ? [...gold] : gold.filter((g) => g.split === split);
}

/** Articles ready for clustering with their gold story; the same article twice is kept once. */
export interface GoldDocs {
  docs: ClusterDoc[];
  gold: string[];
  seconds: number;
}

/** Full analysis (default) or the light pass, per article. */
export function buildGoldDocs(gold: readonly GoldArticle[], light = false): GoldDocs {
  const t0 = performance.now();
  const seen = new Set<string>();
  const docs: ClusterDoc[] = [];
  const labels: string[] = [];
  for (const g of gold) {
    const article = buildArticle(g.input, packs);
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    const pack = getPack(article.language);
    const doc = light
      ? lightClusterDoc({ id: article.id, title: article.title, body: g.input.body, outlet: g.input.outlet, language: article.language, published: article.published }, pack ?? basePack(article.language))
      : clusterDocFromAnalysis(analyzeArticle(article, { pack, tagger: taggerFor(article.language) }));
    docs.push(doc);
    labels.push(g.story);
  }
  return { docs, gold: labels, seconds: (performance.now() - t0) / 1000 };
}

export interface StoryScores {
  bcubed: PRF;
  pairwise: PRF;
  stories: number;
  goldStories: number;
  articles: number;
  seconds: number;
}

export function score(predicted: readonly string[], gold: readonly string[], seconds: number): StoryScores {
  return {
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    stories: new Set(predicted).size,
    goldStories: new Set(gold).size,
    articles: gold.length,
    seconds,
  };
}

export function runClusterer(docs: readonly ClusterDoc[], model: ClustererModel, options: Partial<OnlineOptions> = {}): { predicted: string[]; seconds: number } {
  const t0 = performance.now();
  const c = new OnlineClusterer(model, options);
  for (const d of docs) c.add(d);
  const predicted = docs.map((d) => c.storyOf(d.id)!);
  return { predicted, seconds: (performance.now() - t0) / 1000 };
}

export function runBaseline(docs: readonly ClusterDoc[], threshold: number): { predicted: string[]; seconds: number } {
  const t0 = performance.now();
  const b = new BaselineClusterer({ threshold });
  const predicted = docs.map((d) => b.add(d));
  return { predicted, seconds: (performance.now() - t0) / 1000 };
}

export interface StoryEvalResult extends StoryScores {
  dataset: StoryDataset;
  split: SplitChoice;
  /** Seconds spent on analysis (building ClusterDocs); `seconds` is the clustering step. */
  analysisSeconds: number;
  baseline?: StoryScores & { threshold: number };
}

export function evaluateStories(
  dataset: StoryDataset,
  path: string,
  model: ClustererModel,
  opts: { split: SplitChoice; baseline: boolean; baselineThreshold: number; light?: boolean },
): StoryEvalResult {
  const gold = selectSplit(readGold(dataset, path), opts.split);
  const built = buildGoldDocs(gold, opts.light);
  const ours = runClusterer(built.docs, model);
  const result: StoryEvalResult = { ...score(ours.predicted, built.gold, ours.seconds), dataset, split: opts.split, analysisSeconds: built.seconds };
  if (opts.baseline) {
    const base = runBaseline(built.docs, opts.baselineThreshold);
    result.baseline = { ...score(base.predicted, built.gold, base.seconds), threshold: opts.baselineThreshold };
  }
  return result;
}
