import type { SentenceVector } from '../sentence-features.js';
import { pairFeatures } from './pair-features.js';
import type { PairScorer } from './pair-scorer.js';

/** Two sentences of different articles and the probability that they state one fact. */
export interface Link {
  i: number;
  j: number;
  p: number;
}

/** Pairs below this cosine share too little to be scored at all. */
const MIN_COSINE = 0.04;

/**
 * A feature more units of one article carry than this proposes no candidates in that
 * article (pairs sharing it and something rarer are still found, with their full
 * cosine). News articles of normal length stay far below (de-multi-outlet: at most 12).
 * Without the bound, long articles sharing their main names paired every sentence
 * with every other.
 */
export const MAX_POSTINGS = 48;

/**
 * Most candidates of one unit in one other article, best cosine first: a statement
 * has a few matches in an article, not hundreds (de-multi-outlet: at most 14).
 */
const MAX_PER_ARTICLE = 24;

/**
 * Scores every pair of sentences from different articles that share a feature.
 * Candidates come from an inverted index, so sentences with nothing in common
 * are never compared; each candidate also learns whether it is its sentences'
 * best match in the other article, which a paraphrase usually is.
 */
export function scoreLinks(vectors: readonly SentenceVector[], scorer: PairScorer, floor: number): Link[] {
  const links: Link[] = [];
  for (const { i, j, features } of candidatePairs(vectors)) {
    const p = scorer.probability(features);
    if (p >= floor) links.push({ i, j, p });
  }
  links.sort((x, y) => y.p - x.p || x.i - y.i || x.j - y.j);
  return links;
}

/** A pair worth scoring and its features (PAIR_FEATURES order); training scripts read these too. */
export interface CandidatePair {
  i: number;
  j: number;
  features: number[];
}

/** Every pair of sentences from different articles sharing enough to be scored, with its features. */
export function candidatePairs(vectors: readonly SentenceVector[]): CandidatePair[] {
  const postings = new Map<string, Posting>();
  vectors.forEach((v, i) => {
    for (const [k, w] of v.weights) {
      const list = postings.get(k);
      if (list) {
        list.ids.push(i);
        list.weights.push(w);
      } else postings.set(k, { ids: [i], weights: [w] });
    }
  });
  const candidates: { i: number; j: number; cos: number }[] = [];
  // Best cosine of each unit in each other article, keyed by number (string keys were a hot spot on long stories).
  const ordinal = new Map<string, number>();
  for (const v of vectors) if (!ordinal.has(v.article)) ordinal.set(v.article, ordinal.size);
  const articles = ordinal.size;
  const best = new Map<number, number>();
  const bestKey = (i: number, article: string) => i * articles + ordinal.get(article)!;
  const noteBest = (i: number, article: string, cos: number) => {
    const k = bestKey(i, article);
    if ((best.get(k) ?? 0) < cos) best.set(k, cos);
  };
  const runEnd = articleRunEnds(vectors);
  const dots = new DotAccumulator(vectors.length);
  vectors.forEach((v, i) => {
    if (v.norm === 0) return;
    const skipped = sparseDots(vectors, postings, runEnd, i, dots);
    const found: { j: number; cos: number }[] = [];
    for (const j of dots.touched) {
      let dot = dots.sum[j]!;
      // Where a common feature was left out of an article's postings, its part of the dot product is added here.
      for (const s of skipped.get(vectors[j]!.article) ?? []) dot += s.weight * (vectors[j]!.weights.get(s.feature) ?? 0);
      const cos = dot / (v.norm * vectors[j]!.norm);
      if (cos >= MIN_COSINE) found.push({ j, cos });
    }
    dots.clear();
    for (const { j, cos } of bestPerArticle(vectors, found)) {
      candidates.push({ i, j, cos });
      noteBest(i, vectors[j]!.article, cos);
      noteBest(j, v.article, cos);
    }
  });
  return candidates.map(({ i, j, cos }) => {
    const a = vectors[i]!;
    const b = vectors[j]!;
    const bestA = best.get(bestKey(i, b.article)) === cos;
    const bestB = best.get(bestKey(j, a.article)) === cos;
    return { i, j, features: pairFeatures(a, b, { mutualBest: bestA && bestB, oneBest: bestA !== bestB }) };
  });
}

/** For each unit, the index of the last unit of the run of its article's units it stands in (units come article by article). */
function articleRunEnds(vectors: readonly SentenceVector[]): number[] {
  const ends = new Array<number>(vectors.length);
  for (let i = vectors.length - 1; i >= 0; i--) ends[i] = i + 1 < vectors.length && vectors[i + 1]!.article === vectors[i]!.article ? ends[i + 1]! : i;
  return ends;
}

/** Position of the first value above x in an ascending list. */
function firstAbove(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The units carrying a feature, ascending, with their weights for it. */
interface Posting {
  ids: number[];
  weights: number[];
}

/** Sparse dot products of one unit, in an array reused for every unit; `touched` in first-touch order. */
class DotAccumulator {
  readonly sum: Float64Array;
  private readonly seen: Uint8Array;
  readonly touched: number[] = [];
  constructor(size: number) {
    this.sum = new Float64Array(size);
    this.seen = new Uint8Array(size);
  }
  add(j: number, x: number): void {
    if (this.seen[j] === 0) {
      this.seen[j] = 1;
      this.touched.push(j);
    }
    this.sum[j]! += x;
  }
  clear(): void {
    for (const j of this.touched) {
      this.sum[j] = 0;
      this.seen[j] = 0;
    }
    this.touched.length = 0;
  }
}

/**
 * Dot products of unit i with the units of later articles, through the postings:
 * only units sharing a feature are touched, each list is read from past the unit's
 * own article, and a feature's run in an article longer than MAX_POSTINGS is skipped
 * (returned, so the caller adds its part to the pairs found through other features).
 */
function sparseDots(
  vectors: readonly SentenceVector[],
  postings: ReadonlyMap<string, Posting>,
  runEnd: readonly number[],
  i: number,
  dots: DotAccumulator,
): Map<string, { feature: string; weight: number }[]> {
  const v = vectors[i]!;
  const skipped = new Map<string, { feature: string; weight: number }[]>();
  for (const [k, w] of v.weights) {
    const { ids, weights } = postings.get(k)!;
    let at = firstAbove(ids, runEnd[i]!);
    while (at < ids.length) {
      const runStop = firstAbove(ids, runEnd[ids[at]!]!);
      if (runStop - at > MAX_POSTINGS) {
        const article = vectors[ids[at]!]!.article;
        const list = skipped.get(article);
        if (list) list.push({ feature: k, weight: w });
        else skipped.set(article, [{ feature: k, weight: w }]);
        at = runStop;
        continue;
      }
      for (; at < runStop; at++) {
        const j = ids[at]!;
        if (vectors[j]!.article === v.article) continue;
        dots.add(j, w * weights[at]!);
      }
    }
  }
  return skipped;
}

/** The candidates, in their order, without those beyond the best MAX_PER_ARTICLE of their article. */
function bestPerArticle(vectors: readonly SentenceVector[], found: readonly { j: number; cos: number }[]): readonly { j: number; cos: number }[] {
  const perArticle = new Map<string, { j: number; cos: number }[]>();
  for (const f of found) {
    const a = vectors[f.j]!.article;
    const list = perArticle.get(a);
    if (list) list.push(f);
    else perArticle.set(a, [f]);
  }
  if ([...perArticle.values()].every((list) => list.length <= MAX_PER_ARTICLE)) return found;
  const kept = new Set<number>();
  for (const list of perArticle.values()) {
    const best = list.length <= MAX_PER_ARTICLE ? list : [...list].sort((x, y) => y.cos - x.cos || x.j - y.j).slice(0, MAX_PER_ARTICLE);
    for (const f of best) kept.add(f.j);
  }
  return found.filter((f) => kept.has(f.j));
}
