/**
 * Averaged perceptron over hashed features, and the German NER model built on it.
 *
 * Labels are the outer-level BIO labels of the twelve GermEval types (25 classes with
 * O). Decoding is Viterbi over a first-order model whose only label-pair feature is
 * the previous label ("viterbi", the default: a structured perceptron trained with
 * cost-augmented decoding), or greedy left to right with the previous two predicted
 * labels as features ("greedy": faster to train, about 5 F1 points worse in
 * cross-validation). Neither produces I-X after anything but B-X or I-X.
 *
 * Training keeps a dense weight table (buckets × labels) with the usual averaging
 * trick (w − u/c). The shipped model keeps only the averaged weights above a small
 * threshold, quantised to 16-bit integers, in a compressed-row table by bucket.
 */
import { mulberry32 } from '../random.js';
import {
  emissionScores,
  extractSentenceFeatures,
  GERMEVAL_TYPES,
  HISTORY_FEATURES,
  historyFeatures,
  Lexicon,
  noClasses,
  previousLabelFeature,
  WordScoreCache,
} from './features.js';
import type { WordClassOf } from './features.js';
import type { SentenceFeatures } from './features.js';
import type { NerSentence } from './germeval.js';

/** O, then B-/I- of every GermEval type. */
export const NER_LABELS: readonly string[] = ['O', ...GERMEVAL_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

const LABEL_INDEX = new Map<string, number>(NER_LABELS.map((l, i) => [l, i]));

export type Decoder = 'greedy' | 'viterbi';

/** Anything that adds per-label scores of a list of feature buckets. */
export interface WeightTable {
  readonly numLabels: number;
  readonly numBuckets: number;
  /** One unit of the scores `addScores` adds, in weight units. */
  readonly scale: number;
  /** Adds the weights of `features[from..to)` to `scores` (length numLabels). */
  addScores(features: ArrayLike<number>, from: number, to: number, scores: Float64Array): void;
}

/** Dense trainable weights with averaging. */
export class AveragedPerceptron implements WeightTable {
  readonly weights: Float32Array;
  private readonly sums: Float32Array;
  readonly scale = 1;
  /** Number of training instances seen (the averaging clock). */
  private clock = 1;

  constructor(
    readonly numBuckets: number,
    readonly numLabels: number,
  ) {
    this.weights = new Float32Array(numBuckets * numLabels);
    this.sums = new Float32Array(numBuckets * numLabels);
  }

  addScores(features: ArrayLike<number>, from: number, to: number, scores: Float64Array): void {
    const L = this.numLabels;
    const w = this.weights;
    for (let f = from; f < to; f++) {
      const base = (features[f] as number) * L;
      for (let l = 0; l < L; l++) scores[l] = (scores[l] as number) + (w[base + l] as number);
    }
  }

  /** Moves the weights of `features[from..to)` by `delta` for `label`. */
  update(features: ArrayLike<number>, from: number, to: number, label: number, delta: number): void {
    const L = this.numLabels;
    const stamp = this.clock * delta;
    for (let f = from; f < to; f++) {
      const idx = (features[f] as number) * L + label;
      this.weights[idx] = (this.weights[idx] as number) + delta;
      this.sums[idx] = (this.sums[idx] as number) + stamp;
    }
  }

  tick(n = 1): void {
    this.clock += n;
  }

  /** The averaged weights, dense. */
  averagedDense(): Float32Array {
    const avg = new Float32Array(this.weights.length);
    for (let i = 0; i < avg.length; i++) avg[i] = (this.weights[i] as number) - (this.sums[i] as number) / this.clock;
    return avg;
  }

  /** The averaged weights, sparse and quantised. Weights with |w| < minAbs are dropped. */
  averaged(minAbs = 0): SparseWeights {
    return sparsify(this.averagedDense(), this.numBuckets, this.numLabels, minAbs);
  }
}

/** Sparse, 16-bit quantised copy of dense weights (buckets × labels); |w| < minAbs dropped. */
export function sparsify(avg: Float32Array, numBuckets: number, L: number, minAbs = 0): SparseWeights {
  let maxAbs = 0;
  for (let i = 0; i < avg.length; i++) {
    const a = Math.abs(avg[i] as number);
    if (a > maxAbs) maxAbs = a;
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const threshold = Math.max(minAbs, scale / 2);
  const rowStart = new Uint32Array(numBuckets + 1);
  let count = 0;
  for (let b = 0; b < numBuckets; b++) {
    rowStart[b] = count;
    for (let l = 0; l < L; l++) if (Math.abs(avg[b * L + l] as number) >= threshold) count++;
  }
  rowStart[numBuckets] = count;
  const labels = new Uint8Array(count);
  const values = new Int16Array(count);
  let k = 0;
  for (let b = 0; b < numBuckets; b++) {
    for (let l = 0; l < L; l++) {
      const v = avg[b * L + l] as number;
      if (Math.abs(v) < threshold) continue;
      labels[k] = l;
      values[k] = Math.max(-32767, Math.min(32767, Math.round(v / scale)));
      k++;
    }
  }
  return new SparseWeights(numBuckets, L, rowStart, labels, values, scale);
}

/**
 * Read-only weights in compressed rows: bucket b has entries
 * `rowStart[b] .. rowStart[b+1]` of (label, value × scale).
 */
export class SparseWeights implements WeightTable {
  /*
   * Lookup structure, small enough to stay in the CPU caches: one bit per bucket
   * (has weights or not), the number of set bits before each 32-bit word, the first
   * entry of each non-empty row, and the entries packed as (value << 8 | label).
   */
  private readonly present: Uint32Array;
  private readonly rank: Uint32Array;
  private readonly rowFirst: Uint32Array;
  private readonly packed: Int32Array;
  /** Integer score accumulator (quantised weights add up exactly). */
  private readonly acc: Float64Array;

  constructor(
    readonly numBuckets: number,
    readonly numLabels: number,
    readonly rowStart: Uint32Array,
    readonly labels: Uint8Array,
    readonly values: Int16Array,
    readonly scale: number,
  ) {
    const words = Math.ceil(numBuckets / 32);
    this.present = new Uint32Array(words);
    this.rank = new Uint32Array(words);
    const first: number[] = [];
    for (let b = 0; b < numBuckets; b++) {
      const start = rowStart[b] as number;
      if ((rowStart[b + 1] as number) === start) continue;
      this.present[b >>> 5] = ((this.present[b >>> 5] as number) | (1 << (b & 31))) >>> 0;
      first.push(start);
    }
    first.push(labels.length);
    this.rowFirst = Uint32Array.from(first);
    let rows = 0;
    for (let w = 0; w < words; w++) {
      this.rank[w] = rows;
      rows += popcount(this.present[w] as number);
    }
    this.acc = new Float64Array(numLabels);
    this.packed = new Int32Array(labels.length);
    for (let e = 0; e < labels.length; e++) this.packed[e] = ((values[e] as number) << 8) | (labels[e] as number);
  }

  addScores(features: ArrayLike<number>, from: number, to: number, scores: Float64Array): void {
    // Summed apart first, then added: the same integer sums as adding straight into `scores`.
    const acc = this.acc;
    acc.fill(0);
    this.addScoresAt(features, from, to, acc, 0);
    for (let l = 0; l < acc.length; l++) scores[l] = (scores[l] as number) + (acc[l] as number);
  }

  /**
   * Adds the weights of `features[from..to)` straight into `scores[at .. at + numLabels)`.
   * The weights are integers, so the sums are exact and equal those of `addScores`
   * in any order; this skips the accumulator's clearing and copying, which the
   * tagger otherwise paid for every token.
   */
  addScoresAt(features: ArrayLike<number>, from: number, to: number, scores: Float64Array, at: number): void {
    const present = this.present;
    const rank = this.rank;
    const rowFirst = this.rowFirst;
    const packed = this.packed;
    for (let f = from; f < to; f++) {
      const b = features[f] as number;
      const word = present[b >>> 5] as number;
      const bit = b & 31;
      if (((word >>> bit) & 1) === 0) continue;
      const row = (rank[b >>> 5] as number) + popcount(word & ((1 << bit) - 1));
      const end = rowFirst[row + 1] as number;
      for (let e = rowFirst[row] as number; e < end; e++) {
        const x = packed[e] as number;
        const l = at + (x & 0xff);
        scores[l] = (scores[l] as number) + (x >> 8);
      }
    }
  }

  get entries(): number {
    return this.values.length;
  }
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Label index `l` may follow label index `prev` (I-X only after B-X or I-X). */
function allowed(prev: number, l: number): boolean {
  if (l === 0 || (l & 1) === 1) return true;
  return prev > 0 && (prev - 1) >> 1 === (l - 1) >> 1;
}

export interface NerModelConfig {
  numBuckets: number;
  decoder: Decoder;
  /**
   * Added to the score of O at every token (in weight units; negative = more entities).
   * The perceptron is conservative on unseen words, so a small negative value trades
   * some precision for more recall.
   */
  outsideBias: number;
}

/** The trained tagger: lexicon, weights and decoder. Labels are GermEval outer labels. */
export class NerModel {
  readonly mask: number;
  private readonly numLabels: number;
  /** Index of the "before the sentence" state in label-history features. */
  private readonly start: number;
  private delta = new Float64Array(0);
  private back = new Int32Array(0);
  private readonly scores: Float64Array;
  private readonly hist = new Int32Array(HISTORY_FEATURES);
  private readonly histGold = new Int32Array(HISTORY_FEATURES);
  private transCache: Float64Array | null = null;
  /** Scores of each word's own features, for read-only weights (tagging only). */
  private wordScores: WordScoreCache | null = null;
  /**
   * The word lists behind the word-class features; must be the ones the model
   * was trained with (the caller sets them: the core holds no word lists).
   */
  classOf: WordClassOf = noClasses;

  constructor(
    readonly config: NerModelConfig,
    readonly lexicon: Lexicon,
    readonly weights: WeightTable,
    readonly labels: readonly string[] = NER_LABELS,
  ) {
    labels.forEach((label, i) => {
      const ok = i === 0 ? label === 'O' : label === NER_LABELS[i];
      if (!ok) throw new Error(`unexpected NER label layout at ${i}: ${label}`);
    });
    if (weights.numLabels !== labels.length) throw new Error('weights and labels disagree');
    this.mask = config.numBuckets - 1;
    this.numLabels = labels.length;
    this.start = labels.length;
    this.scores = new Float64Array(labels.length);
  }

  /** A copy with another decoding configuration (same weights and lexicon). */
  withConfig(config: Partial<NerModelConfig>): NerModel {
    const m = new NerModel({ ...this.config, ...config }, this.lexicon, this.weights, this.labels);
    m.classOf = this.classOf;
    return m;
  }

  features(tokens: readonly string[]): SentenceFeatures {
    return extractSentenceFeatures(tokens, this.lexicon, this.mask, this.classOf);
  }

  /** Outer BIO labels (GermEval types) of `tokens`. */
  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    const idx =
      this.config.decoder === 'viterbi' && this.weights instanceof SparseWeights
        ? this.viterbiFast(tokens)
        : this.decode(this.features(tokens));
    return Array.from(idx, (i) => this.labels[i] ?? 'O');
  }

  /**
   * Labels with every token outside `active` fixed to O: the best path under that
   * constraint, decoded run by run over the active tokens only (their features
   * still see the whole sentence). Much cheaper when few tokens can be names.
   */
  tagActive(tokens: readonly string[], active: ArrayLike<boolean>): string[] {
    const n = tokens.length;
    const out = new Array<string>(n).fill('O');
    if (n === 0 || !(this.weights instanceof SparseWeights) || this.config.decoder !== 'viterbi') {
      const all = this.tag(tokens);
      for (let i = 0; i < n; i++) if (active[i]) out[i] = all[i] ?? 'O';
      return out;
    }
    this.wordScores ??= new WordScoreCache(this.numLabels);
    const emit = emissionScores(tokens, this.lexicon, this.mask, this.weights, this.wordScores, active, this.classOf);
    const L = this.numLabels;
    const bias = this.config.outsideBias / this.weights.scale;
    let i = 0;
    while (i < n) {
      if (!active[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < n && active[j + 1]) j++;
      const len = j - i + 1;
      const runEmit = emit.subarray(i * L, (j + 1) * L);
      for (let k = 0; k < len; k++) runEmit[k * L] = (runEmit[k * L] as number) + bias;
      const path = this.bestPath(runEmit, len, i === 0 ? this.start : 0, j + 1 < n);
      for (let k = 0; k < len; k++) out[i + k] = this.labels[path[k] as number] ?? 'O';
      i = j + 1;
    }
    return out;
  }

  /** Viterbi over cached per-word scores; same labels as `decode(features(tokens))`. */
  private viterbiFast(tokens: readonly string[]): Int32Array {
    this.wordScores ??= new WordScoreCache(this.numLabels);
    const emit = emissionScores(tokens, this.lexicon, this.mask, this.weights, this.wordScores, null, this.classOf);
    const L = this.numLabels;
    const bias = this.config.outsideBias / this.weights.scale;
    for (let i = 0; i < tokens.length; i++) emit[i * L] = (emit[i * L] as number) + bias;
    return this.bestPath(emit, tokens.length);
  }

  /** Label indexes of a featurised sentence. */
  decode(sf: SentenceFeatures): Int32Array {
    return this.config.decoder === 'viterbi' ? this.viterbi(sf, null, 0) : this.greedy(sf, null, null);
  }

  /**
   * Greedy left-to-right decoding. With `gold` and `learner`, also trains: every
   * token whose predicted label differs from the gold one updates the weights.
   */
  greedy(sf: SentenceFeatures, gold: Int32Array | null, learner: AveragedPerceptron | null): Int32Array {
    const n = sf.length;
    const L = this.numLabels;
    const out = new Int32Array(n);
    const scores = this.scores;
    const hist = this.hist;
    const bias = learner === null ? this.config.outsideBias / this.weights.scale : 0;
    let p1 = this.start;
    let p2 = this.start;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const from = sf.offsets[i] as number;
      const to = sf.offsets[i + 1] as number;
      this.weights.addScores(sf.features, from, to, scores);
      historyFeatures(sf, i, p1, p2, this.mask, hist);
      this.weights.addScores(hist, 0, HISTORY_FEATURES, scores);
      scores[0] = (scores[0] as number) + bias;
      let best = 0;
      let bestScore = scores[0] as number;
      for (let l = 1; l < L; l++) {
        const s = scores[l] as number;
        if (s > bestScore && allowed(p1, l)) {
          best = l;
          bestScore = s;
        }
      }
      if (gold !== null && learner !== null) {
        const g = gold[i] as number;
        if (g !== best) {
          learner.update(sf.features, from, to, g, 1);
          learner.update(sf.features, from, to, best, -1);
          learner.update(hist, 0, HISTORY_FEATURES, g, 1);
          learner.update(hist, 0, HISTORY_FEATURES, best, -1);
        }
        learner.tick();
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
    return out;
  }

  /**
   * First-order Viterbi; the label-pair score is the "previous label" history
   * feature. With `gold`, every label but the gold one gets `margin` extra
   * (cost-augmented decoding for training) and the O bias is not applied.
   */
  viterbi(sf: SentenceFeatures, gold: Int32Array | null, margin: number): Int32Array {
    const n = sf.length;
    const L = this.numLabels;
    if (n === 0) return new Int32Array(0);
    const emit = new Float64Array(n * L);
    const scores = this.scores;
    const offsets = sf.offsets;
    const bias = gold === null ? this.config.outsideBias / this.weights.scale : 0;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      this.weights.addScores(sf.features, offsets[i] as number, offsets[i + 1] as number, scores);
      scores[0] = (scores[0] as number) + bias;
      if (gold !== null && margin !== 0) {
        const g = gold[i] as number;
        for (let l = 0; l < L; l++) if (l !== g) scores[l] = (scores[l] as number) + margin;
      }
      emit.set(scores, i * L);
    }
    return this.bestPath(emit, n);
  }

  /**
   * The best label sequence for per-token label scores `emit` (n × L) and the
   * label-pair scores; `before` is the state before the first token (the start
   * state, or O inside a sentence), `thenO` adds the step into a following O.
   */
  private bestPath(emit: Float64Array, n: number, before: number = this.start, thenO = false): Int32Array {
    const L = this.numLabels;
    const out = new Int32Array(n);
    if (n === 0) return out;
    const transT = this.transitions();
    if (this.delta.length < n * L) {
      this.delta = new Float64Array(n * L * 2);
      this.back = new Int32Array(n * L * 2);
    }
    const delta = this.delta;
    const back = this.back;
    const L1 = L + 1;
    for (let l = 0; l < L; l++) {
      // I-X cannot start a sentence or follow O.
      const t = transT[l * L1 + before] as number;
      delta[l] = (l === 0 || (l & 1) === 1 ? t : -Infinity) + (emit[l] as number);
      back[l] = 0;
    }
    for (let i = 1; i < n; i++) {
      const row = i * L;
      const prevRow = row - L;
      for (let l = 0; l < L; l++) {
        let best = -Infinity;
        let arg = 0;
        const col = l * L1;
        if (l === 0 || (l & 1) === 1) {
          // O and B-X may follow anything.
          for (let p = 0; p < L; p++) {
            const v = (delta[prevRow + p] as number) + (transT[col + p] as number);
            if (v > best) {
              best = v;
              arg = p;
            }
          }
        } else {
          // I-X only follows B-X (l - 1) or I-X (l).
          const vb = (delta[prevRow + l - 1] as number) + (transT[col + l - 1] as number);
          const vi = (delta[prevRow + l] as number) + (transT[col + l] as number);
          if (vi > vb) {
            best = vi;
            arg = l;
          } else {
            best = vb;
            arg = l - 1;
          }
        }
        delta[row + l] = best + (emit[row + l] as number);
        back[row + l] = arg;
      }
    }
    let best = -Infinity;
    const last = (n - 1) * L;
    for (let l = 0; l < L; l++) {
      const v = (delta[last + l] as number) + (thenO ? (transT[l] as number) : 0);
      if (v > best) {
        best = v;
        out[n - 1] = l;
      }
    }
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + (out[i] as number)] as number;
    return out;
  }

  /**
   * Label-pair scores by [label][previous label], the start state last: L × (L + 1).
   * Trainable weights change all the time, so they are read anew; read-only ones once.
   */
  private transitions(): Float64Array {
    if (this.transCache !== null && !(this.weights instanceof AveragedPerceptron)) return this.transCache;
    const L = this.numLabels;
    const L1 = L + 1;
    const transT = new Float64Array(L * L1);
    const row = new Float64Array(L);
    const feature = new Int32Array(1);
    for (let p = 0; p <= L; p++) {
      feature[0] = previousLabelFeature(p, this.mask);
      row.fill(0);
      this.weights.addScores(feature, 0, 1, row);
      for (let l = 0; l < L; l++) transT[l * L1 + p] = row[l] as number;
    }
    this.transCache = transT;
    return transT;
  }

  /** One structured-perceptron step with the Viterbi decoder; returns the prediction. */
  trainViterbi(sf: SentenceFeatures, gold: Int32Array, learner: AveragedPerceptron, margin: number): Int32Array {
    const pred = this.viterbi(sf, gold, margin);
    const one = this.hist;
    const oneGold = this.histGold;
    for (let i = 0; i < sf.length; i++) {
      const g = gold[i] as number;
      const p = pred[i] as number;
      const gPrev = i > 0 ? (gold[i - 1] as number) : this.start;
      const pPrev = i > 0 ? (pred[i - 1] as number) : this.start;
      if (g !== p) {
        learner.update(sf.features, sf.offsets[i] as number, sf.offsets[i + 1] as number, g, 1);
        learner.update(sf.features, sf.offsets[i] as number, sf.offsets[i + 1] as number, p, -1);
      }
      if (g !== p || gPrev !== pPrev) {
        oneGold[0] = previousLabelFeature(gPrev, this.mask);
        one[0] = previousLabelFeature(pPrev, this.mask);
        learner.update(oneGold, 0, 1, g, 1);
        learner.update(one, 0, 1, p, -1);
      }
      learner.tick();
    }
    return pred;
  }
}

// ---------------------------------------------------------------------------
// Training

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Power of two. */
  numBuckets?: number;
  decoder?: Decoder;
  /**
   * The lexicon features of each training sentence come from a lexicon built on the
   * other parts of the training data (this many parts), so that the model learns how
   * far to trust them on words it has not seen. 0 or 1 = use the full lexicon.
   */
  jackknife?: number;
  /**
   * Viterbi training only: every wrong label gets this bonus while decoding a training
   * sentence (cost-augmented decoding), so updates also happen when the right answer
   * wins by less than this margin.
   */
  margin?: number;
  /** Decoding bias on O of the trained model (see NerModelConfig). */
  outsideBias?: number;
  /** Averaged weights smaller than this are dropped from the model. */
  minWeight?: number;
  /**
   * Number of models trained with different shuffling seeds (seed, seed + 1, ...)
   * whose averaged weights are averaged into one: less variance, same tagging cost.
   */
  runs?: number;
  /** Called after every epoch (for progress output). */
  onEpoch?: (epoch: number, tokenAccuracy: number) => void;
  /** Word lists behind the word-class features (none by default). */
  classOf?: WordClassOf;
}

export const DEFAULT_TRAIN_OPTIONS: Required<Omit<TrainOptions, 'onEpoch' | 'classOf'>> = {
  epochs: 15,
  seed: 20140901,
  numBuckets: 1 << 19,
  decoder: 'viterbi',
  jackknife: 5,
  margin: 6,
  outsideBias: -3,
  minWeight: 1.5,
  runs: 3,
};

export { mulberry32 } from '../random.js';

/** Fisher–Yates shuffle in place with the given random source. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

export function labelIndexes(labels: readonly string[]): Int32Array {
  return Int32Array.from(labels, (l) => LABEL_INDEX.get(l) ?? 0);
}

/** Trains a model on labelled sentences. Deterministic for the same input and options. */
export function trainNerModel(sentences: readonly NerSentence[], options: TrainOptions = {}): NerModel {
  const opts = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  if ((opts.numBuckets & (opts.numBuckets - 1)) !== 0) throw new Error('numBuckets must be a power of two');
  const config: NerModelConfig = { numBuckets: opts.numBuckets, decoder: opts.decoder, outsideBias: 0 };
  const fullLexicon = Lexicon.build(sentences);
  const mask = opts.numBuckets - 1;
  const classOf = options.classOf ?? noClasses;

  // Static features of every training sentence, with jackknifed lexicons.
  const parts = opts.jackknife > 1 ? opts.jackknife : 1;
  const partOf = sentences.map((_, i) => i % parts);
  const feats: SentenceFeatures[] = new Array<SentenceFeatures>(sentences.length);
  for (let p = 0; p < parts; p++) {
    const lexicon = parts === 1 ? fullLexicon : Lexicon.build(sentences.filter((_, i) => partOf[i] !== p));
    sentences.forEach((s, i) => {
      if (partOf[i] === p) feats[i] = extractSentenceFeatures(s.tokens, lexicon, mask, classOf);
    });
  }
  const golds = sentences.map((s) => labelIndexes(s.labels));

  const runs = Math.max(1, Math.floor(opts.runs));
  let sum: Float32Array | null = null;
  for (let run = 0; run < runs; run++) {
    const learner = new AveragedPerceptron(opts.numBuckets, NER_LABELS.length);
    const trainer = new NerModel(config, fullLexicon, learner);
    trainer.classOf = classOf;
    const random = mulberry32(opts.seed + run);
    const order = sentences.map((_, i) => i);
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      shuffle(order, random);
      let correct = 0;
      let total = 0;
      for (const i of order) {
        const sf = feats[i] as SentenceFeatures;
        const gold = golds[i] as Int32Array;
        const pred =
          opts.decoder === 'viterbi' ? trainer.trainViterbi(sf, gold, learner, opts.margin) : trainer.greedy(sf, gold, learner);
        for (let t = 0; t < gold.length; t++) if (pred[t] === gold[t]) correct++;
        total += gold.length;
      }
      opts.onEpoch?.(epoch, total === 0 ? 1 : correct / total);
    }
    const avg = learner.averagedDense();
    if (sum === null) sum = avg;
    else for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) + (avg[k] as number);
  }
  for (let k = 0; k < sum!.length; k++) sum![k] = (sum![k] as number) / runs;
  const weights = sparsify(sum!, opts.numBuckets, NER_LABELS.length, opts.minWeight);
  const model = new NerModel({ ...config, outsideBias: opts.outsideBias }, fullLexicon, weights);
  model.classOf = classOf;
  return model;
}
