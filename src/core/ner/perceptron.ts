/**
 * Averaged perceptron over hashed features, and the German NER model built on it.
 *
 * Labels are the outer-level BIO labels of the twelve GermEval types (25 classes with
 * O). Decoding is greedy left to right with the previous two predicted labels as
 * features ("greedy"), or Viterbi over a first-order model whose only label-pair
 * feature is the previous label ("viterbi"); both never produce I-X after anything but
 * B-X or I-X.
 *
 * Training keeps a dense weight table (buckets × labels) with the usual averaging
 * trick (w − u/c). The shipped model keeps only the non-zero averaged weights,
 * quantised to 16-bit integers, in a compressed-row table indexed by bucket.
 */
import { extractSentenceFeatures, GERMEVAL_TYPES, HISTORY_FEATURES, historyFeatures, Lexicon } from './features.js';
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

  /** The averaged weights, sparse and quantised. Weights with |w| < minAbs are dropped. */
  averaged(minAbs = 0): SparseWeights {
    const L = this.numLabels;
    const avg = new Float32Array(this.weights.length);
    let maxAbs = 0;
    for (let i = 0; i < avg.length; i++) {
      const v = (this.weights[i] as number) - (this.sums[i] as number) / this.clock;
      avg[i] = v;
      const a = Math.abs(v);
      if (a > maxAbs) maxAbs = a;
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const threshold = Math.max(minAbs, scale / 2);
    const rowStart = new Uint32Array(this.numBuckets + 1);
    let count = 0;
    for (let b = 0; b < this.numBuckets; b++) {
      rowStart[b] = count;
      for (let l = 0; l < L; l++) if (Math.abs(avg[b * L + l] as number) >= threshold) count++;
    }
    rowStart[this.numBuckets] = count;
    const labels = new Uint8Array(count);
    const values = new Int16Array(count);
    let k = 0;
    for (let b = 0; b < this.numBuckets; b++) {
      for (let l = 0; l < L; l++) {
        const v = avg[b * L + l] as number;
        if (Math.abs(v) < threshold) continue;
        labels[k] = l;
        values[k] = Math.max(-32767, Math.min(32767, Math.round(v / scale)));
        k++;
      }
    }
    return new SparseWeights(this.numBuckets, L, rowStart, labels, values, scale);
  }
}

/**
 * Read-only weights in compressed rows: bucket b has entries
 * `rowStart[b] .. rowStart[b+1]` of (label, value × scale).
 */
export class SparseWeights implements WeightTable {
  constructor(
    readonly numBuckets: number,
    readonly numLabels: number,
    readonly rowStart: Uint32Array,
    readonly labels: Uint8Array,
    readonly values: Int16Array,
    readonly scale: number,
  ) {}

  addScores(features: ArrayLike<number>, from: number, to: number, scores: Float64Array): void {
    const rs = this.rowStart;
    const labels = this.labels;
    const values = this.values;
    for (let f = from; f < to; f++) {
      const b = features[f] as number;
      const end = rs[b + 1] as number;
      for (let e = rs[b] as number; e < end; e++) {
        const l = labels[e] as number;
        scores[l] = (scores[l] as number) + (values[e] as number);
      }
    }
  }

  get entries(): number {
    return this.values.length;
  }
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
  private readonly scores: Float64Array;
  private readonly hist = new Int32Array(HISTORY_FEATURES);
  private readonly start: number;

  constructor(
    public config: NerModelConfig,
    readonly lexicon: Lexicon,
    readonly weights: WeightTable,
    readonly labels: readonly string[] = NER_LABELS,
  ) {
    this.mask = config.numBuckets - 1;
    this.scores = new Float64Array(labels.length);
    this.start = labels.length;
  }

  features(tokens: readonly string[]): SentenceFeatures {
    return extractSentenceFeatures(tokens, this.lexicon, this.mask);
  }

  /** Outer BIO labels (GermEval types) of `tokens`. */
  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    const idx = this.decode(this.features(tokens));
    return Array.from(idx, (i) => this.labels[i] ?? 'O');
  }

  /** Label indexes of a featurised sentence. */
  decode(sf: SentenceFeatures): Int32Array {
    return this.config.decoder === 'viterbi' ? this.viterbi(sf) : this.greedy(sf, null, null);
  }

  /**
   * Greedy left-to-right decoding. With `gold` and `learner`, also trains: every
   * token whose predicted label differs from the gold one updates the weights.
   */
  greedy(sf: SentenceFeatures, gold: Int32Array | null, learner: AveragedPerceptron | null): Int32Array {
    const n = sf.length;
    const L = this.labels.length;
    const out = new Int32Array(n);
    const scores = this.scores;
    const hist = this.hist;
    let p1 = this.start;
    let p2 = this.start;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const from = sf.offsets[i] as number;
      const to = sf.offsets[i + 1] as number;
      this.weights.addScores(sf.features, from, to, scores);
      historyFeatures(sf, i, p1, p2, this.mask, hist);
      this.weights.addScores(hist, 0, HISTORY_FEATURES, scores);
      scores[0] = (scores[0] as number) + this.config.outsideBias / this.weights.scale;
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

  /** First-order Viterbi; the label-pair score is the "previous label" history feature. */
  marginCost = 0;
  missCost = 0;

  viterbi(
    sf: SentenceFeatures,
    learner: AveragedPerceptron | null = null,
    skip: Uint8Array | null = null,
    gold: Int32Array | null = null,
  ): Int32Array {
    const n = sf.length;
    const L = this.labels.length;
    const trans = this.transitions();
    const delta = new Float64Array(n * L);
    const back = new Int32Array(n * L);
    const scores = this.scores;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const from = (sf.offsets[i] as number) + (skip === null ? 0 : (skip[i] as number));
      this.weights.addScores(sf.features, from, sf.offsets[i + 1] as number, scores);
      if (learner === null) scores[0] = (scores[0] as number) + this.config.outsideBias / this.weights.scale;
      else if (gold !== null && this.marginCost > 0) {
        const g = gold[i] as number;
        for (let l = 0; l < L; l++) if (l !== g) scores[l] = (scores[l] as number) + (g !== 0 && l === 0 ? this.missCost : this.marginCost);
      }
      for (let l = 0; l < L; l++) {
        let best = -Infinity;
        let arg = 0;
        if (i === 0) {
          if (allowed(this.start, l)) best = trans[this.start * L + l] as number;
        } else {
          for (let p = 0; p < L; p++) {
            if (!allowed(p, l)) continue;
            const s = (delta[(i - 1) * L + p] as number) + (trans[p * L + l] as number);
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        delta[i * L + l] = best + (scores[l] as number);
        back[i * L + l] = arg;
      }
    }
    const out = new Int32Array(n);
    let best = -Infinity;
    for (let l = 0; l < L; l++) {
      const s = delta[(n - 1) * L + l] as number;
      if (s > best) {
        best = s;
        out[n - 1] = l;
      }
    }
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + (out[i] as number)] as number;
    return out;
  }

  private transCache: Float64Array | null = null;

  /** Label-pair scores (row = previous label, including the start state). */
  private transitions(): Float64Array {
    if (this.transCache !== null && !(this.weights instanceof AveragedPerceptron)) return this.transCache;
    const L = this.labels.length;
    const trans = new Float64Array((L + 1) * L);
    const dummy: SentenceFeatures = {
      length: 1,
      offsets: new Int32Array(2),
      features: new Int32Array(0),
      wordHash: new Uint32Array(1),
      shapeHash: new Uint32Array(1),
      capsCode: new Uint8Array(1),
      identity: new Uint8Array(1),
      lexFreq: new Uint8Array(1),
    };
    const hist = new Int32Array(HISTORY_FEATURES);
    const row = new Float64Array(L);
    for (let p = 0; p <= L; p++) {
      historyFeatures(dummy, 0, p, 0, this.mask, hist);
      row.fill(0);
      this.weights.addScores(hist, 0, 1, row);
      trans.set(row, p * L);
    }
    this.transCache = trans;
    return trans;
  }

  /** Structured-perceptron step for the Viterbi decoder. */
  trainViterbi(
    sf: SentenceFeatures,
    gold: Int32Array,
    learner: AveragedPerceptron,
    skip: Uint8Array | null = null,
  ): Int32Array {
    const pred = this.viterbi(sf, learner, skip, gold);
    const hist = this.hist;
    const histGold = new Int32Array(HISTORY_FEATURES);
    for (let i = 0; i < sf.length; i++) {
      const g = gold[i] as number;
      const p = pred[i] as number;
      const gPrev = i > 0 ? (gold[i - 1] as number) : this.start;
      const pPrev = i > 0 ? (pred[i - 1] as number) : this.start;
      if (g !== p) {
        const from = (sf.offsets[i] as number) + (skip === null ? 0 : (skip[i] as number));
        learner.update(sf.features, from, sf.offsets[i + 1] as number, g, 1);
        learner.update(sf.features, from, sf.offsets[i + 1] as number, p, -1);
      }
      if (g !== p || gPrev !== pPrev) {
        historyFeatures(sf, i, gPrev, 0, this.mask, histGold);
        historyFeatures(sf, i, pPrev, 0, this.mask, hist);
        learner.update(histGold, 0, 1, g, 1);
        learner.update(hist, 0, 1, p, -1);
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
   * Probability of hiding the word-identity features of a training token whose word
   * the (jackknifed) lexicon has not seen (frequency class ≤ dropBelow), so that the
   * model learns to tag unseen words from their form and context.
   */
  identityDropout?: number;
  dropBelow?: number;
  /** Decoding bias on O of the trained model (see NerModelConfig). */
  outsideBias?: number;
  /** Averaged weights smaller than this are dropped from the model. */
  minWeight?: number;
  /** Called after every epoch (for progress output). */
  onEpoch?: (epoch: number, tokenAccuracy: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS: Required<Omit<TrainOptions, 'onEpoch'>> = {
  epochs: 10,
  seed: 20140901,
  numBuckets: 1 << 20,
  decoder: 'greedy',
  jackknife: 5,
  identityDropout: 0,
  dropBelow: 0,
  outsideBias: 0,
  minWeight: 0,
};

/** Small deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

  // Static features of every training sentence, with jackknifed lexicons.
  const parts = opts.jackknife > 1 ? opts.jackknife : 1;
  const partOf = sentences.map((_, i) => i % parts);
  const feats: SentenceFeatures[] = new Array<SentenceFeatures>(sentences.length);
  for (let p = 0; p < parts; p++) {
    const lexicon = parts === 1 ? fullLexicon : Lexicon.build(sentences.filter((_, i) => partOf[i] !== p));
    sentences.forEach((s, i) => {
      if (partOf[i] === p) feats[i] = extractSentenceFeatures(s.tokens, lexicon, mask);
    });
  }
  const golds = sentences.map((s) => labelIndexes(s.labels));

  const learner = new AveragedPerceptron(opts.numBuckets, NER_LABELS.length);
  const trainer = new NerModel(config, fullLexicon, learner);
  trainer.marginCost = Number(process.env.MARGIN ?? 0);
  trainer.missCost = Number(process.env.MISS ?? process.env.MARGIN ?? 0);
  const random = mulberry32(opts.seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const i of order) {
      const sf = feats[i] as SentenceFeatures;
      const gold = golds[i] as Int32Array;
      let skip: Uint8Array | null = null;
      if (opts.identityDropout > 0) {
        skip = new Uint8Array(sf.length);
        for (let t = 0; t < sf.length; t++) {
          if ((sf.lexFreq[t] as number) <= opts.dropBelow && random() < opts.identityDropout) skip[t] = sf.identity[t] as number;
        }
      }
      const pred =
        opts.decoder === 'viterbi' ? trainer.trainViterbi(sf, gold, learner, skip) : trainer.greedy(sf, gold, learner);
      for (let t = 0; t < gold.length; t++) if (pred[t] === gold[t]) correct++;
      total += gold.length;
    }
    opts.onEpoch?.(epoch, total === 0 ? 1 : correct / total);
  }
  return new NerModel({ ...config, outsideBias: opts.outsideBias }, fullLexicon, learner.averaged(opts.minWeight));
}
