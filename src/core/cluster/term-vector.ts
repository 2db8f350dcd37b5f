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
 * A merge of two sorted lists in typed arrays: this runs for every article.
 */
export function addToVector(v: TermVector, add: ReadonlyMap<number, number>, cap: number, vocab: Vocabulary, scale = 1): TermVector {
  const m = add.size;
  const addIds = new Int32Array(m);
  let k = 0;
  for (const id of add.keys()) addIds[k++] = id;
  addIds.sort();
  const n = v.ids.length;
  const ids = new Int32Array(n + m);
  const ws = new Float64Array(n + m);
  let i = 0;
  let j = 0;
  let c = 0;
  while (i < n || j < m) {
    if (j >= m || (i < n && v.ids[i]! < addIds[j]!)) {
      ids[c] = v.ids[i]!;
      ws[c++] = v.w[i++]!;
    } else if (i >= n || addIds[j]! < v.ids[i]!) {
      ids[c] = addIds[j]!;
      ws[c++] = add.get(addIds[j++]!)! * scale;
    } else {
      ids[c] = v.ids[i]!;
      ws[c++] = v.w[i++]! + add.get(addIds[j++]!)! * scale;
    }
  }
  if (c <= cap) return { ids: ids.slice(0, c), w: Float32Array.from(ws.subarray(0, c)) };
  const kept = heaviest(ids.subarray(0, c), ws.subarray(0, c), cap, vocab);
  return { ids: Int32Array.from(kept, (x) => ids[x]!), w: Float32Array.from(kept, (x) => ws[x]!) };
}

/**
 * Positions of the `n` heaviest terms by weight × IDF (ties: the smaller id),
 * in id order when `ids` is sorted: every key above the n-th largest, then
 * the smallest ids among those equal to it. No sort: this runs per article.
 */
export function heaviest(ids: Int32Array, ws: ArrayLike<number>, n: number, vocab: Vocabulary): Int32Array {
  const c = ids.length;
  if (c <= n) return Int32Array.from({ length: c }, (_, x) => x);
  const key = new Float64Array(c);
  for (let x = 0; x < c; x++) key[x] = ws[x]! * vocab.idf(ids[x]!);
  const bar = kthLargest(key.slice(), n);
  let above = 0;
  for (let x = 0; x < c; x++) if (key[x]! > bar) above++;
  let ties = n - above;
  const out = new Int32Array(n);
  let o = 0;
  for (let x = 0; x < c; x++) if (key[x]! > bar || (key[x] === bar && ties-- > 0)) out[o++] = x;
  return out;
}

/** The k-th largest of the values (1 ≤ k ≤ length); reorders them (quickselect). */
export function kthLargest(xs: Float64Array, k: number): number {
  const target = xs.length - k;
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i++] = xs[j]!;
        xs[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return xs[target]!;
}

/**
 * Euclidean norm of the IDF-weighted vector (or of the sum of two vectors).
 * Squares are summed in a fixed order (a's terms, then b's own), so the
 * result is the same bit for bit wherever it is computed.
 */
export function vectorNorm(vocab: Vocabulary, a: TermVector, b?: TermVector): number {
  let s = 0;
  if (!b) {
    for (let i = 0; i < a.ids.length; i++) {
      const x = a.w[i]! * vocab.idf(a.ids[i]!);
      s += x * x;
    }
    return Math.sqrt(s);
  }
  let j = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const id = a.ids[i]!;
    while (j < b.ids.length && b.ids[j]! < id) j++;
    const w = j < b.ids.length && b.ids[j] === id ? a.w[i]! + b.w[j]! : a.w[i]!;
    const x = w * vocab.idf(id);
    s += x * x;
  }
  let i = 0;
  for (j = 0; j < b.ids.length; j++) {
    const id = b.ids[j]!;
    while (i < a.ids.length && a.ids[i]! < id) i++;
    if (i < a.ids.length && a.ids[i] === id) continue;
    const x = b.w[j]! * vocab.idf(id);
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
 * and its whole-article vector (`all`); fills `scan`. `present` has a bit per
 * term id of the document (a superset of `all`'s terms), a cache-friendly first test.
 */
export function scanVector(v: TermVector, own: Float64Array, all: Float64Array, vocab: Vocabulary, present: Int32Array): void {
  let o = 0;
  let a = 0;
  let shared = 0;
  const { ids, w } = v;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if ((present[id >>> 5]! & (1 << (id & 31))) === 0) continue;
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
