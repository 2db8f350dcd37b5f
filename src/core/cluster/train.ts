/**
 * Learning the clusterer's weights from gold stories: replay the articles
 * with the gold assignment forced (teacher forcing), record every article's
 * scored candidates, fit the ranker (logistic loss on gold-vs-other pairs),
 * then the join decision (logistic loss on the top candidate: gold or not).
 * Deterministic: full-batch gradient descent, fixed steps, no sampling.
 */
import type { ClusterDoc } from './doc.js';
import { FEATURE_COUNT, MISMATCH_FEATURES, WORD_FEATURES, prepareDoc } from './features.js';
import type { BackgroundIdf, ClustererModel, LinearDecision } from './model.js';
import { Vocabulary } from './vocabulary.js';
import { OnlineClusterer, type OnlineOptions, type ScoredCandidate } from './online.js';

/** One article's candidates as seen under teacher forcing. */
export interface CandidateList {
  features: Float64Array[];
  mono: boolean[];
  /** Index of the gold story among the candidates, or -1. */
  gold: number;
  /** The gold story already existed (so "new" is wrong). */
  goldExists: boolean;
  /** Weight of this article in the fits (so a small training set counts as much as a big one). */
  weight: number;
}

export function collectCandidates(
  docs: readonly ClusterDoc[],
  gold: readonly string[],
  model: ClustererModel,
  options: Partial<OnlineOptions> = {},
  weight = 1,
): CandidateList[] {
  const c = new OnlineClusterer(model, options);
  const storyOfGold = new Map<string, string>();
  const lists: CandidateList[] = [];
  docs.forEach((doc, i) => {
    const target = storyOfGold.get(gold[i]!) ?? null;
    const a = c.add(doc, (cands: readonly ScoredCandidate[]) => {
      lists.push({
        features: cands.map((x) => x.features),
        mono: cands.map((x) => x.mono),
        gold: cands.findIndex((x) => x.storyId === target),
        goldExists: target !== null,
        weight,
      });
      return target;
    });
    if (!a.duplicate && target === null) storyOfGold.set(gold[i]!, a.story);
    else if (!a.duplicate) storyOfGold.set(gold[i]!, c.resolve(target!) ?? a.story);
  });
  return lists;
}

/** Word features blanked: what a candidate in another language would look like. */
export function blankWords(x: Float64Array): Float64Array {
  const y = Float64Array.from(x);
  for (const i of WORD_FEATURES) y[i] = 0;
  return y;
}

const dot = (w: readonly number[], x: Float64Array) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * x[i]!;
  return s;
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Logistic regression by full-batch gradient descent on standardised inputs
 * (so steps suit every feature's scale); returns weights for the raw inputs,
 * the bias last when `bias`.
 */
export function logistic(
  xs: readonly Float64Array[],
  ys: readonly number[],
  opts: { steps?: number; rate?: number; l2?: number; bias?: boolean; balance?: boolean; weights?: readonly number[]; nonPositive?: ReadonlySet<number> } = {},
): number[] {
  const steps = opts.steps ?? 400;
  const rate = opts.rate ?? 0.5;
  const l2 = opts.l2 ?? 1e-3;
  const n = xs[0]?.length ?? 0;
  const out = new Array<number>(n + (opts.bias ? 1 : 0)).fill(0);
  if (!xs.length) return out;
  const mean = new Float64Array(n);
  const sd = new Float64Array(n);
  if (opts.bias) {
    for (const x of xs) for (let i = 0; i < n; i++) mean[i]! += x[i]! / xs.length;
  }
  for (const x of xs) for (let i = 0; i < n; i++) sd[i]! += (x[i]! - mean[i]!) ** 2 / xs.length;
  // A feature constant in the training data (time where no article has a date) cannot be learned: weight 0.
  const constant = Array.from(sd, (v) => Math.sqrt(v) < 1e-6);
  for (let i = 0; i < n; i++) sd[i] = constant[i] ? 1 : Math.sqrt(sd[i]!);
  const zs = xs.map((x) => x.map((v, i) => (constant[i] ? 0 : (v - mean[i]!) / sd[i]!)));
  // Balance the classes so the rare one is not ignored (ranking pairs are balanced already).
  const sample = (k: number) => opts.weights?.[k] ?? 1;
  let pos = 0;
  let total = 0;
  ys.forEach((y, k) => {
    total += sample(k);
    if (y === 1) pos += sample(k);
  });
  const neg = total - pos;
  const balance = opts.balance ?? true;
  const weightOf = (y: number) => (!balance ? 1 : y === 1 ? total / (2 * Math.max(1e-9, pos)) : total / (2 * Math.max(1e-9, neg)));
  const w = new Float64Array(n);
  let b = 0;
  const grad = new Float64Array(n);
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    let gb = 0;
    for (let k = 0; k < zs.length; k++) {
      const z = zs[k]!;
      let t = b;
      for (let i = 0; i < n; i++) t += w[i]! * z[i]!;
      const g = (sigmoid(t) - ys[k]!) * weightOf(ys[k]!) * sample(k);
      for (let i = 0; i < n; i++) grad[i]! += g * z[i]!;
      gb += g;
    }
    for (let i = 0; i < n; i++) w[i]! -= rate * (grad[i]! / zs.length + l2 * w[i]!);
    // Evidence-against channels may only lower the score (projected gradient).
    if (opts.nonPositive) for (const i of opts.nonPositive) if (w[i]! > 0) w[i] = 0;
    if (opts.bias) b -= (rate * gb) / zs.length;
  }
  let bias = b;
  for (let i = 0; i < n; i++) {
    if (constant[i]) continue;
    out[i] = w[i]! / sd[i]!;
    bias -= (w[i]! * mean[i]!) / sd[i]!;
  }
  if (opts.bias) out[n] = bias;
  return out;
}

/** Ranker: gold candidate minus each other candidate should score positive (and its mirror negative). */
export function fitRanker(lists: readonly CandidateList[], cross: boolean): number[] {
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const l of lists) {
    if (l.gold < 0) continue;
    const view = (i: number) => (cross ? blankWords(l.features[i]!) : l.features[i]!);
    if (!cross && !l.mono[l.gold]) continue;
    const g = view(l.gold);
    for (let i = 0; i < l.features.length; i++) {
      if (i === l.gold || (!cross && !l.mono[i])) continue;
      const o = view(i);
      const d = new Float64Array(FEATURE_COUNT);
      for (let k = 0; k < FEATURE_COUNT; k++) d[k] = g[k]! - o[k]!;
      xs.push(d, d.map((v) => -v));
      ys.push(1, 0);
      ws.push(l.weight, l.weight);
    }
  }
  return logistic(xs, ys, { steps: 500, weights: ws, nonPositive: MISMATCH_FEATURES }).slice(0, FEATURE_COUNT);
}

/** Join decision on the ranker's top candidate: 1 when it is the gold story. Articles without candidates teach nothing. */
export function fitJoin(lists: readonly CandidateList[], rank: readonly number[], cross: boolean): Pick<LinearDecision, 'join' | 'joinBias'> {
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const l of lists) {
    let top = -1;
    let topScore = -Infinity;
    let second = -Infinity;
    for (let i = 0; i < l.features.length; i++) {
      if (!cross && !l.mono[i]) continue;
      const s = dot(rank, cross ? blankWords(l.features[i]!) : l.features[i]!);
      if (s > topScore) {
        second = topScore;
        top = i;
        topScore = s;
      } else if (s > second) second = s;
    }
    if (top < 0) continue;
    const x = cross ? blankWords(l.features[top]!) : l.features[top]!;
    const withRank = new Float64Array(FEATURE_COUNT + 2);
    withRank.set(x);
    withRank[FEATURE_COUNT] = topScore;
    withRank[FEATURE_COUNT + 1] = topScore - Math.max(second, 0);
    xs.push(withRank);
    ys.push(top === l.gold ? 1 : 0);
    ws.push(l.weight);
  }
  const w = logistic(xs, ys, { steps: 800, bias: true, weights: ws, nonPositive: MISMATCH_FEATURES });
  return { join: w.slice(0, FEATURE_COUNT + 2), joinBias: w[FEATURE_COUNT + 2]! };
}

/** Both decisions from the candidate lists of all training sets (teacher forced). */
export function fitModel(lists: readonly CandidateList[], base: ClustererModel): ClustererModel {
  const monoRank = fitRanker(lists, false);
  const crossRank = fitRanker(lists, true);
  return {
    ...base,
    mono: { rank: round(monoRank), ...roundJoin(fitJoin(lists, monoRank, false)) },
    cross: { rank: round(crossRank), ...roundJoin(fitJoin(lists, crossRank, true)) },
  };
}

export interface JoinExamples {
  xs: Float64Array[];
  ys: number[];
}

/**
 * Join examples as the clusterer meets them in its own replay (not teacher
 * forced), so the decision learns from the impure stories its own mistakes
 * make: for each article, the top same-language candidate's features, rank
 * and margin, labelled 1 when most of that story's articles share the
 * article's gold story.
 */
export function collectOnPolicy(docs: readonly ClusterDoc[], gold: readonly string[], model: ClustererModel, out: JoinExamples): void {
  const c = new OnlineClusterer({ ...model, mergeThreshold: 2 });
  const members = new Map<string, Map<string, number>>();
  docs.forEach((doc, i) => {
    const a = c.add(doc, (cands) => {
      let top: ScoredCandidate | null = null;
      let second = -Infinity;
      for (const x of cands) {
        if (!x.mono || x.archived) continue;
        if (!top || x.rank > top.rank) {
          if (top) second = top.rank;
          top = x;
        } else if (x.rank > second) second = x.rank;
      }
      if (!top) return undefined;
      const counts = members.get(top.storyId)!;
      let majority = '';
      let most = 0;
      for (const [g, n] of counts) if (n > most || (n === most && g < majority)) [majority, most] = [g, n];
      const x = new Float64Array(FEATURE_COUNT + 2);
      x.set(top.features);
      x[FEATURE_COUNT] = top.rank;
      x[FEATURE_COUNT + 1] = top.rank - Math.max(second, 0);
      out.xs.push(x);
      out.ys.push(majority === gold[i] ? 1 : 0);
      return undefined;
    });
    if (a.duplicate) return;
    const counts = members.get(a.story) ?? new Map<string, number>();
    counts.set(gold[i]!, (counts.get(gold[i]!) ?? 0) + 1);
    members.set(a.story, counts);
  });
}

/** Refits the same-language join decision on on-policy examples (calibrated: no class balancing). */
export function fitJoinOnPolicy(model: ClustererModel, examples: JoinExamples): ClustererModel {
  const w = logistic(examples.xs, examples.ys, { steps: 800, bias: true, balance: false });
  return { ...model, mono: { ...model.mono, ...roundJoin({ join: w.slice(0, FEATURE_COUNT + 2), joinBias: w[FEATURE_COUNT + 2]! }) } };
}

const round = (w: readonly number[]) => w.map((x) => Math.round(x * 1e5) / 1e5);
const roundJoin = (j: Pick<LinearDecision, 'join' | 'joinBias'>) => ({ join: round(j.join), joinBias: Math.round(j.joinBias * 1e5) / 1e5 });

/**
 * Background document frequencies of the training text: every term (token,
 * stem, entity key) in at least `minDf` documents, sorted by term so the
 * file is the same on every run.
 */
export function backgroundFrequencies(docs: readonly ClusterDoc[], minDf: number): BackgroundIdf {
  const v = new Vocabulary();
  for (const d of docs) v.addDocument(prepareDoc(d, v).distinct);
  const kept = v.terms.map((t, id) => [t, v.df[id]!] as const).filter(([, df]) => df >= minDf);
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { docs: v.docs, terms: kept.map((k) => k[0]), df: kept.map((k) => k[1]) };
}
