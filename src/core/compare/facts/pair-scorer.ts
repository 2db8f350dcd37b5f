import { PAIR_FEATURES } from './pair-features.js';

/** Turns a pair's features into the probability that both sentences state one fact. */
export interface PairScorer {
  probability(features: readonly number[]): number;
}

/** Logistic weights, one per PAIR_FEATURES entry, as a training script writes them. */
export interface AlignerModel {
  features: readonly string[];
  weights: readonly number[];
  /** Where the weights came from (data set, split, date): shown by `eval facts`. */
  trainedOn: string;
}

/**
 * Hand-set starting weights, used when no trained model is given: shared content
 * words, numbers and mutual best matches speak for one fact; names alone do not
 * (every sentence of a story names its actors).
 */
export const HAND_MODEL: AlignerModel = {
  features: PAIR_FEATURES,
  weights: [-3.0, 2.5, 2.5, 0.8, 1.6, 0, 1.6, 0.5, 0.9, 1.2, 0.3, -0.8, 0.2, 0.8, -0.5],
  trainedOn: 'hand-set',
};

/** Checks a model against the feature list this code computes. */
export function validateAlignerModel(raw: unknown): AlignerModel {
  const m = raw as Partial<AlignerModel>;
  if (!m || !Array.isArray(m.features) || !Array.isArray(m.weights)) throw new Error('aligner model: features and weights expected');
  if (m.features.length !== PAIR_FEATURES.length || m.features.some((f, i) => f !== PAIR_FEATURES[i])) {
    throw new Error(`aligner model: features ${m.features.join(',')} do not match this version's ${PAIR_FEATURES.join(',')}`);
  }
  if (m.weights.length !== PAIR_FEATURES.length || m.weights.some((w) => typeof w !== 'number' || !Number.isFinite(w))) {
    throw new Error('aligner model: one finite weight per feature expected');
  }
  return { features: m.features, weights: m.weights, trainedOn: String(m.trainedOn ?? 'unknown') };
}

export function logisticScorer(model: AlignerModel = HAND_MODEL): PairScorer {
  const w = model.weights;
  return {
    probability(features) {
      let z = 0;
      for (let k = 0; k < w.length; k++) z += w[k]! * features[k]!;
      return 1 / (1 + Math.exp(-z));
    },
  };
}
