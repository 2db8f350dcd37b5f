/**
 * `npm run train:aligner`: fits the sentence aligner's logistic weights (one per
 * PAIR_FEATURES entry) and writes models/aligner.json. Deterministic: Newton's
 * method from zero weights, a fixed number of steps, L2 on every weight but the
 * bias; same data, same weights.
 *
 * Training data: ECB+ topics 1–25 (CC BY 3.0), ../shared/data/ecbplus. Examples
 * are the candidate pairs the aligner scores (links.candidatePairs over the
 * story's sentence vectors, as compareArticles builds them) whose two sentences
 * are annotated ECB+ sentences of different documents; the label is whether the
 * pair is a gold pair of src/eval/facts-ecbplus.ts. Topics 26–35 are never read.
 *
 *   npm run train:aligner [-- --data ../shared/data/ecbplus] [--out models/aligner.json] [--l2 1] [--iterations 30]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInputs } from '../src/pipeline.js';
import { compareArticles } from '../src/core/compare/index.js';
import { resolveStoryEntities } from '../src/core/compare/story-entities.js';
import { sentenceVectors } from '../src/core/compare/sentence-features.js';
import { articleConcepts } from '../src/core/analyze/concepts.js';
import { getPack } from '../src/lang/index.js';
import { candidatePairs } from '../src/core/compare/facts/links.js';
import { PAIR_FEATURES } from '../src/core/compare/facts/pair-features.js';
import { HAND_MODEL, validateAlignerModel, type AlignerModel } from '../src/core/compare/facts/pair-scorer.js';
import {
  addCounts,
  analyseStory,
  annotatedKey,
  annotatedPairs,
  byStory,
  countPairs,
  goldPairs,
  NO_COUNTS,
  pairFigures,
  pairKey,
  predictedPairs,
  readEcbDocuments,
  type AnalysedStory,
  type PairCounts,
} from '../src/eval/facts-ecbplus.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const dataDir = flag('--data', join(import.meta.dirname, '..', '..', 'shared', 'data', 'ecbplus'));
const out = flag('--out', join(import.meta.dirname, '..', 'models', 'aligner.json'));
const l2 = Number(flag('--l2', '1'));
const iterations = Number(flag('--iterations', '30'));
if (!existsSync(dataDir)) {
  console.error(`train-aligner: ${dataDir} not found (the shared data sets live in ../shared/data; see its README)`);
  process.exit(1);
}
const log = (s: string) => console.error(s);

// ---------------------------------------------------------------- examples

const started = performance.now();
const docs = readEcbDocuments(dataDir, 'train');
const stories: { s: AnalysedStory; gold: Set<string> }[] = [];
const X: number[][] = [];
const y: number[] = [];
let goldTotal = 0;
let goldAmongCandidates = 0;
let mismatches = 0;
let duplicates = 0;
for (const [story, list] of byStory(docs)) {
  const s = analyseStory(story, list, analyzeInputs);
  const gold = goldPairs(list);
  stories.push({ s, gold });
  mismatches += s.mismatches;
  duplicates += s.duplicates;
  goldTotal += gold.size;
  const { byArticleEntity } = resolveStoryEntities(s.analyses);
  // The concepts the comparison reads, as compareArticles computes them.
  const concepts = new Map(s.analyses.map((a) => [a.article.id, articleConcepts(a, getPack(a.article.language)!)]));
  const vectors = sentenceVectors(s.analyses, (id) => byArticleEntity.get(id), (a, sentence) => concepts.get(a.article.id)?.get(sentence));
  const seen = new Set<string>();
  for (const c of candidatePairs(vectors)) {
    const a = annotatedKey(s, vectors[c.i]!.article, vectors[c.i]!.sentence.index);
    const b = annotatedKey(s, vectors[c.j]!.article, vectors[c.j]!.sentence.index);
    if (a === null || b === null || a.split('#')[0] === b.split('#')[0]) continue;
    const key = pairKey(a, b);
    const label = gold.has(key) ? 1 : 0;
    if (label && !seen.has(key)) goldAmongCandidates++;
    seen.add(key);
    X.push(c.features);
    y.push(label);
  }
}
const positives = y.reduce((a, b) => a + b, 0);
log(
  `ECB+ topics 1–25: ${docs.length} documents, ${stories.length} stories, analysed in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(${duplicates} duplicate texts compared once, ${mismatches} sentences not mapped back)`,
);
log(`examples: ${X.length} candidate pairs of annotated sentences, ${positives} gold; gold pairs among candidates ${goldAmongCandidates}/${goldTotal} (recall ceiling ${(goldAmongCandidates / goldTotal).toFixed(3)})`);

// ---------------------------------------------------------------- Newton's method with L2

const d = PAIR_FEATURES.length;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

function loss(w: readonly number[]): number {
  let l = 0;
  for (let e = 0; e < X.length; e++) {
    let z = 0;
    for (let k = 0; k < d; k++) z += w[k]! * X[e]![k]!;
    // log(1 + exp(-z)) or log(1 + exp(z)), computed stably.
    const m = y[e] ? -z : z;
    l += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  }
  for (let k = 1; k < d; k++) l += 0.5 * l2 * w[k]! * w[k]!;
  return l / X.length;
}

let w = new Array<number>(d).fill(0);
for (let it = 0; it < iterations; it++) {
  const g = new Array<number>(d).fill(0);
  const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let e = 0; e < X.length; e++) {
    const x = X[e]!;
    let z = 0;
    for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
    const p = sigmoid(z);
    const r = p - y[e]!;
    const h = p * (1 - p);
    for (let k = 0; k < d; k++) {
      g[k]! += r * x[k]!;
      for (let m = k; m < d; m++) H[k]![m]! += h * x[k]! * x[m]!;
    }
  }
  for (let k = 0; k < d; k++) for (let m = 0; m < k; m++) H[k]![m] = H[m]![k]!;
  for (let k = 1; k < d; k++) {
    g[k]! += l2 * w[k]!;
    H[k]![k]! += l2;
  }
  H[0]![0]! += 1e-9;
  const step = solve(H, g);
  w = w.map((v, k) => v - step[k]!);
}
const round = (x: number) => Math.round(x * 10000) / 10000;
w = w.map(round);
log(`weights after ${iterations} Newton steps (L2 ${l2}), mean log-loss ${loss(w).toFixed(4)} (hand model ${loss(HAND_MODEL.weights).toFixed(4)}):`);
for (let k = 0; k < d; k++) log(`  ${PAIR_FEATURES[k]!.padEnd(15)} ${w[k]!.toFixed(3).padStart(8)}   (hand ${HAND_MODEL.weights[k]!.toFixed(2)})`);

// ---------------------------------------------------------------- train figures

/** Candidate-level figures at p ≥ 0.5. */
function candidateFigures(weights: readonly number[]) {
  let tp = 0;
  let pp = 0;
  for (let e = 0; e < X.length; e++) {
    let z = 0;
    for (let k = 0; k < d; k++) z += weights[k]! * X[e]![k]!;
    if (z >= 0) {
      pp++;
      tp += y[e]!;
    }
  }
  return pairFigures({ correct: tp, predicted: pp, gold: positives });
}

/** Pair figures of the whole comparison (facts of status shared or conflict) on the training stories. */
function compareFigures(model: AlignerModel): PairCounts {
  let c = NO_COUNTS;
  for (const { s, gold } of stories) c = addCounts(c, countPairs(gold, predictedPairs(s, compareArticles(s.analyses, { facts: { model }, packOf: getPack }))));
  return c;
}

const model: AlignerModel = validateAlignerModel({
  features: [...PAIR_FEATURES],
  weights: w,
  trainedOn: `ECB+ topics 1–${25} annotated sentences (${X.length} candidate pairs, ${positives} gold), logistic regression, Newton ${iterations} steps, L2 ${l2}`,
});
const fig = (x: number | null) => (x === null ? '–' : x.toFixed(3));
const show = (name: string, f: { precision: number | null; recall: number | null; f1: number | null }) =>
  `${name.padEnd(34)} P ${fig(f.precision)}  R ${fig(f.recall)}  F1 ${fig(f.f1)}`;
let all = NO_COUNTS;
for (const { s, gold } of stories) all = addCounts(all, countPairs(gold, annotatedPairs(s.docs)));
const handPairs = pairFigures(compareFigures(HAND_MODEL));
const trainedPairs = pairFigures(compareFigures(model));
const lines = [
  'train figures (ECB+ topics 1–25):',
  show('candidates p≥0.5, hand model', candidateFigures(HAND_MODEL.weights)),
  show('candidates p≥0.5, trained model', candidateFigures(w)),
  show('fact pairs, hand model', handPairs),
  show('fact pairs, trained model', trainedPairs),
  show('all annotated pairs', pairFigures(all)),
];
console.log(lines.join('\n'));

const file = {
  features: model.features,
  weights: model.weights,
  trainedOn: model.trainedOn,
  data: 'ECB+ 1.0 (Cybulska and Vossen 2014), CC BY 3.0; topics 1–25; gold pairs as in src/eval/facts-ecbplus.ts',
  method: { kind: 'logistic regression', solver: 'newton', iterations, l2, biasRegularised: false },
  examples: X.length,
  positives,
  train: {
    logLoss: round(loss(w)),
    pairs: { precision: round(trainedPairs.precision ?? 0), recall: round(trainedPairs.recall ?? 0), f1: round(trainedPairs.f1 ?? 0) },
  },
};
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
log(`wrote ${out}`);
