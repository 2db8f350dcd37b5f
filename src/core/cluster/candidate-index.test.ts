import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CandidateIndex } from './candidate-index.js';
import { addToVector, heaviest, kthLargest, vectorNorm, type TermVector } from './term-vector.js';
import { Vocabulary } from './vocabulary.js';

/** The query's definition, walked in full: terms under maxPosting, heaviest first within the budget, summed in query order. */
function reference(
  postings: Map<number, Set<number>>,
  terms: number[],
  weights: number[],
  limit: number,
  maxPosting: number,
  budget: number,
): number[] {
  const eligible = terms.map((t, i) => ({ i, set: postings.get(t) })).filter((e) => e.set && e.set.size && e.set.size <= maxPosting);
  const byWeight = [...eligible].sort((a, b) => weights[b.i]! - weights[a.i]! || a.set!.size - b.set!.size || a.i - b.i);
  const taken = new Set<number>();
  let planned = 0;
  for (const e of byWeight) {
    if (planned + e.set!.size > budget) continue;
    planned += e.set!.size;
    taken.add(e.i);
  }
  const score = new Map<number, number>();
  for (const e of eligible) if (taken.has(e.i)) for (const h of e.set!) score.set(h, (score.get(h) ?? 0) + weights[e.i]!);
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map((e) => e[0]);
}

const weight = fc.oneof(fc.constantFrom(1, 2, 0.5, 3.25), fc.double({ min: 0, max: 10, noNaN: true }));

test('a query returns exactly what walking every posting list would (pruning, slots, updates, budget)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(40), fc.uniqueArray(fc.nat(15), { maxLength: 8 }), fc.uniqueArray(fc.nat(15), { maxLength: 8 })), { maxLength: 60 }),
      fc.array(fc.nat(40), { maxLength: 20 }),
      fc.array(fc.tuple(fc.nat(18), weight), { maxLength: 20 }),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 40 }),
      fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 60 })),
      (stories, removals, query, limit, maxPosting, budget) => {
        const index = new CandidateIndex();
        const terms = new Map<number, Int32Array>();
        const sorted = (xs: number[]) => Int32Array.from(xs).sort();
        for (const [h, first, second] of stories) {
          const old = terms.get(h);
          if (!old) index.add(h, sorted(first));
          else index.update(h, old, sorted(second));
          terms.set(h, old ? sorted(second) : sorted(first));
        }
        for (const h of removals) {
          const old = terms.get(h);
          if (!old) continue;
          index.remove(h, old);
          terms.delete(h);
        }
        // Re-added stories take freed slots.
        for (const [h, first] of stories.slice(0, 3)) {
          if (terms.has(h)) continue;
          index.add(h, sorted(first));
          terms.set(h, sorted(first));
        }
        const postings = new Map<number, Set<number>>();
        for (const [h, ts] of terms) for (const t of ts) postings.set(t, (postings.get(t) ?? new Set()).add(h));
        const qTerms = query.map((q) => q[0]);
        const qWeights = query.map((q) => q[1]);
        assert.deepEqual(index.query(qTerms, qWeights, { limit, maxPosting, budget }), reference(postings, qTerms, qWeights, limit, maxPosting, budget));
      },
    ),
    { numRuns: 1500 },
  );
});

test('the walk budget leaves out the lightest terms, and pruning walks less than the lists hold', () => {
  const index = new CandidateIndex();
  // Term 1 (rare, heavy) on stories 0–2; term 2 (common, light) on stories 0–99.
  for (let h = 0; h < 100; h++) index.add(h, Int32Array.from(h < 3 ? [1, 2] : [2]));
  assert.deepEqual(index.query([1, 2], [5, 1], { limit: 2, maxPosting: 1000, budget: Infinity }), [2, 1]);
  assert.ok(index.walked < index.listed, `${index.walked} ≥ ${index.listed}`);
  // With a budget of 50 postings the common term is left out: only the rare term's stories come back.
  assert.deepEqual(index.query([2, 1], [1, 5], { limit: 5, maxPosting: 1000, budget: 50 }), [2, 1, 0]);
  assert.deepEqual(index.query([2], [1], { limit: 5, maxPosting: 50, budget: Infinity }), []);
});

const vocab = new Vocabulary();
for (let i = 0; i < 40; i++) vocab.id(`t${i}`);
for (let d = 0; d < 30; d++) vocab.addDocument(Array.from({ length: 40 }, (_, i) => i).filter((i) => (i * 7 + d) % (1 + (i % 5)) === 0));
const vector = fc.uniqueArray(fc.tuple(fc.nat(39), fc.double({ min: 0.01, max: 5, noNaN: true })), { selector: (e) => e[0], maxLength: 30 }).map((es): TermVector => {
  es.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(es, (e) => e[0]), w: Float32Array.from(es, (e) => e[1]) };
});

test('addToVector keeps the heaviest terms by weight × IDF (ties: the smaller id), in id order', () => {
  fc.assert(
    fc.property(vector, fc.array(fc.tuple(fc.nat(39), fc.double({ min: 0.01, max: 5, noNaN: true }))), fc.integer({ min: 1, max: 30 }), (v, add, cap) => {
      const m = new Map(add);
      const merged = new Map<number, number>();
      for (let i = 0; i < v.ids.length; i++) merged.set(v.ids[i]!, v.w[i]!);
      for (const [id, w] of m) merged.set(id, (merged.get(id) ?? 0) + w * 0.5);
      const want = [...merged.entries()]
        .sort((a, b) => b[1] * vocab.idf(b[0]) - a[1] * vocab.idf(a[0]) || a[0] - b[0])
        .slice(0, cap)
        .sort((a, b) => a[0] - b[0]);
      const got = addToVector(v, m, cap, vocab, 0.5);
      assert.deepEqual(Array.from(got.ids), want.map((e) => e[0]));
      assert.deepEqual(got.w, Float32Array.from(want.map((e) => e[1])));
      assert.equal(heaviest(got.ids, got.w, cap, vocab).length, got.ids.length);
    }),
    { numRuns: 500 },
  );
});

test('vectorNorm of two vectors is the norm of their sum; kthLargest is the k-th of the sorted values', () => {
  fc.assert(
    fc.property(vector, vector, (a, b) => {
      const sum = new Map<number, number>();
      for (const v of [a, b]) for (let i = 0; i < v.ids.length; i++) sum.set(v.ids[i]!, (sum.get(v.ids[i]!) ?? 0) + v.w[i]!);
      let s = 0;
      for (const [id, w] of sum) s += (w * vocab.idf(id)) ** 2;
      assert.equal(vectorNorm(vocab, a, b), Math.sqrt(s));
      const xs = Float64Array.from(a.w);
      if (xs.length) {
        const k = 1 + (b.ids.length % xs.length);
        assert.equal(kthLargest(xs.slice(), k), [...xs].sort((p, q) => q - p)[k - 1]);
      }
    }),
    { numRuns: 500 },
  );
});
