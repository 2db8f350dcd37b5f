/**
 * The learned parts of the clusterer: a linear ranker over candidate stories
 * and a logistic join-or-new decision, each twice — for a story that shares
 * the article's language ("mono") and for one that does not ("cross", trained
 * with the word channels blanked, so it decides on entities, numbers, dates
 * and time alone). Weights come from scripts/train-clusterer.ts.
 */
import { FEATURES, FEATURE_COUNT, WORD_FEATURES } from './features.js';

export interface LinearDecision {
  /** Ranker weights, one per feature. */
  rank: number[];
  /** Join weights, one per feature, then the weights of the ranker score and of its margin over the runner-up. */
  join: number[];
  joinBias: number;
}

export interface ClustererModel {
  version: 1;
  features: string[];
  mono: LinearDecision;
  cross: LinearDecision;
  /** Join when the decision's probability reaches this. */
  joinThreshold: number;
  /** Merge a second story into the joined one when its join probability reaches this (> 1 turns merging off). */
  mergeThreshold: number;
  /** Re-activate an archived story only above this (it must clearly continue). */
  reactivateThreshold: number;
  /** How the weights were made (data, split, command). */
  trainedOn?: string;
  /**
   * Document frequencies from a background corpus (the training text), so
   * term weights are sensible from the first article on instead of being
   * learned from a short stream; the stream's own counts add to them.
   */
  background?: BackgroundIdf;
}

/** Terms with their document frequencies in `docs` background documents (rare terms left out). */
export interface BackgroundIdf {
  docs: number;
  terms: string[];
  df: number[];
}

export function rankScore(d: LinearDecision, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < FEATURE_COUNT; i++) s += d.rank[i]! * x[i]!;
  return s;
}

export function joinProbability(d: LinearDecision, x: Float64Array, rank: number, margin: number): number {
  let z = d.joinBias + d.join[FEATURE_COUNT]! * rank + d.join[FEATURE_COUNT + 1]! * margin;
  for (let i = 0; i < FEATURE_COUNT; i++) z += d.join[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Checks a model read from JSON, with a one-line reason when it does not fit this code. */
export function validateModel(m: unknown): ClustererModel {
  const model = m as ClustererModel;
  const ok = (d: LinearDecision | undefined) =>
    !!d && Array.isArray(d.rank) && d.rank.length === FEATURE_COUNT && Array.isArray(d.join) && d.join.length === FEATURE_COUNT + 2 && Number.isFinite(d.joinBias);
  if (!model || model.version !== 1 || !ok(model.mono) || !ok(model.cross)) throw new Error('clusterer model: unexpected format');
  const bg = model.background;
  if (bg && (!Number.isFinite(bg.docs) || !Array.isArray(bg.terms) || !Array.isArray(bg.df) || bg.terms.length !== bg.df.length)) {
    throw new Error('clusterer model: malformed background frequencies');
  }
  if (model.features.join(',') !== FEATURES.join(',')) throw new Error('clusterer model: trained on other features; retrain with npm run train:clusterer');
  return model;
}

/** Hand-set weights for tests and for training's first pass. */
export function defaultModel(): ClustererModel {
  const rank = [0.5, 0.5, 1, 0.5, 0.5, 1.5, 0.5, 0.5, 1, 0.5, 0.5, -0.5, 0.5, 0, -0.1, -0.3, -0.3, -0.3, -0.5];
  const cross = rank.map((w, i) => (WORD_FEATURES.has(i) ? 0 : w));
  const join = (r: number[]) => [...r.map((w) => w * 4), 0, 0];
  return {
    version: 1,
    features: [...FEATURES],
    mono: { rank, join: join(rank), joinBias: -2.6 },
    cross: { rank: cross, join: join(cross), joinBias: -3.2 },
    joinThreshold: 0.5,
    mergeThreshold: 2,
    reactivateThreshold: 0.8,
  };
}

/** Weight of the time prior in the join decision: an article 2σ or more away from a story loses about this much log-odds. */
export const TIME_PRIOR = 8;

/**
 * The training sets carry no publication dates, so the time channel cannot
 * be learned; this sets it by hand, neutral when the time is unknown or close
 * (time = 1 or time_unknown = 1 add nothing) and a penalty as the article
 * moves away from the story's span (Gaussian, σ = 3 days).
 */
export function withTimePrior(model: ClustererModel): ClustererModel {
  const time = FEATURES.indexOf('time');
  const unknown = FEATURES.indexOf('time_unknown');
  const apply = (d: LinearDecision): LinearDecision => {
    const rank = [...d.rank];
    const join = [...d.join];
    rank[time] = TIME_PRIOR / 3;
    // Unknown time leaves the ranking as trained (a shift would move the rank margin).
    rank[unknown] = 0;
    join[time] = TIME_PRIOR;
    join[unknown] = TIME_PRIOR;
    return { rank, join, joinBias: d.joinBias - TIME_PRIOR };
  };
  return { ...model, mono: apply(model.mono), cross: apply(model.cross) };
}
