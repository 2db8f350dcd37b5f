import { cosine, type SentenceVector } from '../sentence-features.js';
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
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.weights.keys()) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const candidates: { i: number; j: number; cos: number }[] = [];
  const best = new Map<string, number>();
  const noteBest = (i: number, article: string, cos: number) => {
    const k = `${i}|${article}`;
    if ((best.get(k) ?? 0) < cos) best.set(k, cos);
  };
  const runEnd = articleRunEnds(vectors);
  vectors.forEach((v, i) => {
    if (v.norm === 0) return;
    const { dots, partial } = sparseDots(vectors, postings, runEnd, i);
    const found: { j: number; cos: number }[] = [];
    for (const [j, dot] of dots) {
      // Where a common feature was left out, the dot product is recomputed in full.
      const cos = partial.has(vectors[j]!.article) ? cosine(v, vectors[j]!) : dot / (v.norm * vectors[j]!.norm);
      if (cos >= MIN_COSINE) found.push({ j, cos });
    }
    for (const { j, cos } of bestPerArticle(vectors, found)) {
      candidates.push({ i, j, cos });
      noteBest(i, vectors[j]!.article, cos);
      noteBest(j, v.article, cos);
    }
  });
  return candidates.map(({ i, j, cos }) => {
    const a = vectors[i]!;
    const b = vectors[j]!;
    const bestA = best.get(`${i}|${b.article}`) === cos;
    const bestB = best.get(`${j}|${a.article}`) === cos;
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

/**
 * Dot products of unit i with the units of later articles, through the postings:
 * only units sharing a feature are touched, each list is read from past the unit's
 * own article, and a feature's run in an article longer than MAX_POSTINGS is skipped
 * (that article is then `partial`: its dot products lack the feature).
 */
function sparseDots(
  vectors: readonly SentenceVector[],
  postings: ReadonlyMap<string, number[]>,
  runEnd: readonly number[],
  i: number,
): { dots: Map<number, number>; partial: Set<string> } {
  const v = vectors[i]!;
  const dots = new Map<number, number>();
  const partial = new Set<string>();
  for (const [k, w] of v.weights) {
    const list = postings.get(k)!;
    let at = firstAbove(list, runEnd[i]!);
    while (at < list.length) {
      const runStop = firstAbove(list, runEnd[list[at]!]!);
      if (runStop - at > MAX_POSTINGS) {
        partial.add(vectors[list[at]!]!.article);
        at = runStop;
        continue;
      }
      for (; at < runStop; at++) {
        const j = list[at]!;
        if (vectors[j]!.article === v.article) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * vectors[j]!.weights.get(k)!);
      }
    }
  }
  return { dots, partial };
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
