/**
 * A story's term weights in one channel, kept compact (two typed arrays) and
 * capped to the terms that weigh most, so that a story's memory does not grow
 * with its size and 100,000 active stories fit in a few hundred MB.
 */
import type { Vocabulary } from './vocabulary.js';

export interface TermVector {
  ids: Int32Array;
  /** Summed (sublinear) term frequencies; IDF is applied when scoring. */
  w: Float32Array;
}

export const emptyVector = (): TermVector => ({ ids: new Int32Array(0), w: new Float32Array(0) });

/** Term id → sublinear frequency (1 + ln tf) of a list of term ids. */
export function termFrequencies(ids: readonly number[]): Map<number, number> {
  const tf = new Map<number, number>();
  for (const id of ids) tf.set(id, (tf.get(id) ?? 0) + 1);
  for (const [id, n] of tf) tf.set(id, 1 + Math.log(n));
  return tf;
}

/**
 * Adds `scale` × the frequencies to the vector and keeps the `cap` terms with
 * the largest weight × IDF (ties by id, so the result is deterministic).
 */
export function addToVector(v: TermVector, add: ReadonlyMap<number, number>, cap: number, vocab: Vocabulary, scale = 1): TermVector {
  const merged = new Map<number, number>();
  for (let i = 0; i < v.ids.length; i++) merged.set(v.ids[i]!, v.w[i]!);
  for (const [id, w] of add) merged.set(id, (merged.get(id) ?? 0) + w * scale);
  let entries = [...merged.entries()];
  if (entries.length > cap) {
    entries = entries
      .map(([id, w]) => [id, w, w * vocab.idf(id)] as const)
      .sort((a, b) => b[2] - a[2] || a[0] - b[0])
      .slice(0, cap)
      .map(([id, w]) => [id, w] as [number, number]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(entries.map((e) => e[0])), w: Float32Array.from(entries.map((e) => e[1])) };
}

/** Euclidean norm of the IDF-weighted vector (or of the sum of two vectors). */
export function vectorNorm(vocab: Vocabulary, a: TermVector, b?: TermVector): number {
  const sum = new Map<number, number>();
  for (const v of b ? [a, b] : [a]) for (let i = 0; i < v.ids.length; i++) sum.set(v.ids[i]!, (sum.get(v.ids[i]!) ?? 0) + v.w[i]!);
  let s = 0;
  for (const [id, w] of sum) {
    const x = w * vocab.idf(id);
    s += x * x;
  }
  return Math.sqrt(s);
}

/** Σ weight × IDF × dense[id]: the dot product with a document vector spread into a dense array. */
export function dotDense(v: TermVector, dense: Float64Array, vocab: Vocabulary): number {
  let s = 0;
  const { ids, w } = v;
  for (let i = 0; i < ids.length; i++) {
    const d = dense[ids[i]!]!;
    if (d !== 0) s += w[i]! * vocab.idf(ids[i]!) * d;
  }
  return s;
}

/** Results of `scanVector`: the dot products with two dense vectors and the summed IDF of shared terms. */
export const scan = { own: 0, all: 0, sharedIdf: 0 };

/**
 * One pass over a story vector against the document's field vector (`own`)
 * and its whole-article vector (`all`); fills `scan`.
 */
export function scanVector(v: TermVector, own: Float64Array, all: Float64Array, vocab: Vocabulary): void {
  let o = 0;
  let a = 0;
  let shared = 0;
  const { ids, w } = v;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const d = all[id]!;
    if (d === 0) continue;
    const idf = vocab.idf(id);
    const x = w[i]! * idf;
    a += x * d;
    o += x * own[id]!;
    shared += idf;
  }
  scan.own = o;
  scan.all = a;
  scan.sharedIdf = shared;
}

export function vectorToJSON(v: TermVector, vocab: Vocabulary): [string, number][] {
  return Array.from(v.ids, (id, i) => [vocab.terms[id]!, v.w[i]!]);
}

export function vectorFromJSON(data: [string, number][], vocab: Vocabulary): TermVector {
  const entries = data.map(([t, w]) => [vocab.id(t), w] as [number, number]).sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(entries.map((e) => e[0])), w: Float32Array.from(entries.map((e) => e[1])) };
}
