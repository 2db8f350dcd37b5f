/**
 * The learned parts of the clusterer: a linear ranker over candidate stories
 * and a logistic join-or-new decision, each twice — for a story that shares
 * the article's language ("mono") and for one that does not ("cross", trained
 * with the word channels blanked, so it decides on entities, numbers, dates
 * and time alone). Weights come from scripts/train-clusterer.ts.
 */
import { FEATURES, FEATURE_COUNT } from './features.js';

export interface LinearDecision {
  /** Ranker weights, one per feature. */
  rank: number[];
  /** Join weights, one per feature, then the ranker score's weight. */
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
}

export function rankScore(d: LinearDecision, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < FEATURE_COUNT; i++) s += d.rank[i]! * x[i]!;
  return s;
}

export function joinProbability(d: LinearDecision, x: Float64Array, rank: number): number {
  let z = d.joinBias + d.join[FEATURE_COUNT]! * rank;
  for (let i = 0; i < FEATURE_COUNT; i++) z += d.join[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Checks a model read from JSON, with a one-line reason when it does not fit this code. */
export function validateModel(m: unknown): ClustererModel {
  const model = m as ClustererModel;
  const ok = (d: LinearDecision | undefined) =>
    !!d && Array.isArray(d.rank) && d.rank.length === FEATURE_COUNT && Array.isArray(d.join) && d.join.length === FEATURE_COUNT + 1 && Number.isFinite(d.joinBias);
  if (!model || model.version !== 1 || !ok(model.mono) || !ok(model.cross)) throw new Error('clusterer model: unexpected format');
  if (model.features.join(',') !== FEATURES.join(',')) throw new Error('clusterer model: trained on other features; retrain with npm run train:clusterer');
  return model;
}

/** Hand-set weights for tests and for training's first pass. */
export function defaultModel(): ClustererModel {
  const rank = [0.5, 0.5, 1, 0.5, 0.5, 1.5, 0.5, 0.5, 1, 0.5, 0.5, -0.5, 0.5, 0, -0.1, 0.05];
  const cross = rank.map((w, i) => (i < 6 ? 0 : w));
  const join = (r: number[]) => [...r.map((w) => w * 4), 0];
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
