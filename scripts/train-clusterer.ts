/**
 * `npm run train:clusterer`: trains the story clusterer's ranker and join
 * decision and writes models/clusterer.json. Deterministic (same data, same
 * weights). Training data, the training parts only:
 *   - ECB+ topics 1–25 (CC BY 3.0), ../shared/data/ecbplus/ECB+
 *   - NeuS train.source lines 1–1200 (MIT), ../shared/data/neus-allsides
 * BASIL (no licence) is never trained or tuned on.
 * Then the join threshold, the merge threshold and the baseline's cosine
 * threshold are each chosen by replaying the same training parts (mean BCubed F1).
 *
 *   npm run train:clusterer [-- --data ../shared/data] [--out models/clusterer.json] [--cache DIR]
 *
 * `--cache DIR` keeps the analysed training articles as JSON in DIR, so a
 * second run skips the analysis (delete DIR after changing the analysis).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEcbPlus } from '../src/eval/stories/ecbplus.js';
import { readNeus } from '../src/eval/stories/neus.js';
import { buildGoldDocs, runBaseline, runClusterer, score, type GoldDocs } from '../src/eval/stories/evaluate.js';
import { backgroundFrequencies, collectCandidates, fitModel } from '../src/core/cluster/train.js';
import { defaultModel, withTimePrior, type ClustererModel } from '../src/core/cluster/model.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const dataDir = flag('--data', join(import.meta.dirname, '..', '..', 'shared', 'data'));
const out = flag('--out', join(import.meta.dirname, '..', 'models', 'clusterer.json'));
const cacheDir = flag('--cache', '');

const ecbDir = join(dataDir, 'ecbplus', 'ECB+');
const neusFile = join(dataDir, 'neus-allsides', 'train.source');
for (const p of [ecbDir, neusFile]) {
  if (!existsSync(p)) {
    console.error(`train-clusterer: ${p} not found (the shared data sets live in ../shared/data; see its README)`);
    process.exit(1);
  }
}

const log = (s: string) => console.error(s);
/** The analysed articles of one training part, from the cache when there is one. */
function cached(key: string, build: () => GoldDocs): GoldDocs {
  if (!cacheDir) return build();
  const file = join(cacheDir, `${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GoldDocs;
  const docs = build();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(docs));
  return docs;
}
const sets: { name: string; docs: GoldDocs }[] = [
  { name: 'ECB+ topics 1–25', docs: cached('ecbplus-train', () => buildGoldDocs(readEcbPlus(ecbDir).filter((g) => g.split === 'train'))) },
  { name: 'NeuS train.source lines 1–1200', docs: cached('neus-train', () => buildGoldDocs(readNeus(neusFile).filter((g) => g.split === 'train'))) },
];
for (const s of sets) log(`${s.name}: ${s.docs.docs.length} articles, ${new Set(s.docs.gold).size} stories (analysis ${s.docs.seconds.toFixed(1)} s)`);

// Background document frequencies from the same training text (terms in ≥ 3 articles), shipped in the model.
const BACKGROUND_MIN_DF = 3;
const base = { ...defaultModel(), background: backgroundFrequencies(sets.flatMap((s) => s.docs.docs), BACKGROUND_MIN_DF) };
log(`background: ${base.background.terms.length} terms from ${base.background.docs} articles`);
const lists = sets.flatMap((s) => collectCandidates(s.docs.docs, s.docs.gold, base));
log(`candidate lists: ${lists.length}, gold among candidates: ${lists.filter((l) => l.gold >= 0).length}, gold existed: ${lists.filter((l) => l.goldExists).length}`);
// The training parts have no publication dates: the time channel gets its hand-set prior before thresholds are tuned.
let model = withTimePrior(fitModel(lists, base));

const meanF1 = (m: ClustererModel) => {
  const f = sets.map((s) => score(runClusterer(s.docs.docs, m).predicted, s.docs.gold, 0).bcubed.f1);
  return f.reduce((a, b) => a + b, 0) / f.length;
};
let best = { f1: -1, join: 0.5, merge: 2 };
for (const join of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8]) {
  const f1 = meanF1({ ...model, joinThreshold: join, mergeThreshold: 2 });
  log(`join ≥ ${join.toFixed(2)}: mean BCubed F1 ${f1.toFixed(4)}`);
  if (f1 > best.f1 + 1e-9) best = { f1, join, merge: 2 };
}
for (const merge of [0.9, 0.95, 0.98]) {
  if (merge <= best.join) continue;
  const f1 = meanF1({ ...model, joinThreshold: best.join, mergeThreshold: merge });
  log(`merge ≥ ${merge}: mean BCubed F1 ${f1.toFixed(4)}`);
  if (f1 > best.f1 + 1e-9) best = { ...best, f1, merge };
}
model = { ...model, joinThreshold: best.join, mergeThreshold: best.merge, reactivateThreshold: Math.min(0.95, best.join + 0.15) };

let baseline = { f1: -1, threshold: 0.2 };
for (let t = 0.05; t < 0.61; t += 0.025) {
  const threshold = Math.round(t * 1000) / 1000;
  const f = sets.map((s) => score(runBaseline(s.docs.docs, threshold).predicted, s.docs.gold, 0).bcubed.f1);
  const f1 = f.reduce((a, b) => a + b, 0) / f.length;
  if (f1 > baseline.f1 + 1e-9) baseline = { f1, threshold };
}
log(`model: join ≥ ${best.join}, merge ≥ ${best.merge}, training mean BCubed F1 ${best.f1.toFixed(4)}; baseline cosine ≥ ${baseline.threshold} (${baseline.f1.toFixed(4)})`);

const { background, ...weights } = model;
const file = {
  ...weights,
  baselineThreshold: baseline.threshold,
  trainedOn:
    'npm run train:clusterer — ECB+ topics 1–25 (CC BY 3.0, Cybulska & Vossen 2014) and NeuS/AllSides train.source lines 1–1200 (MIT, Lee et al. 2022); ' +
    'teacher-forced replay, logistic ranker on gold-vs-other candidate pairs, logistic join decision on the top candidate; thresholds by replay on the same parts. ' +
    'No training article has a publication date or outlet: the time weights are a hand-set prior (withTimePrior), the same-outlet weight stays 0. ' +
    `Background document frequencies: terms in ≥ ${BACKGROUND_MIN_DF} of the training articles.`,
};
// The weights readable, the background frequencies on one line each (they are most of the file).
const text = JSON.stringify(file, null, 1).replace(/\n}$/, `,\n "background": ${JSON.stringify(background)}\n}`);
writeFileSync(out, `${text}\n`);
log(`wrote ${out}`);
