/**
 * Trains the German entity tagger on GermEval 2014 (CC BY 4.0) and writes
 * models/ner-de.bin. Deterministic: fixed seed, fixed epochs.
 *
 *   npm run train:ner                       train on all data, write the model
 *   npm run train:ner -- --cv 5             5-fold cross-validation, no model written
 *   npm run train:ner -- --data DIR         folder with NER-de-dev.tsv, NER-de-train-extra.tsv
 *
 * The data is read from ../shared/data/germeval2014-ner (next to the repository) and
 * never copied into the repository.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readGermEval, SpanScorer, collapseType } from '../src/core/ner/germeval.js';
import type { NerSentence, SpanScores } from '../src/core/ner/germeval.js';
import { DEFAULT_TRAIN_OPTIONS, mulberry32, shuffle, trainNerModel } from '../src/core/ner/perceptron.js';
import type { Decoder, NerModel, TrainOptions } from '../src/core/ner/perceptron.js';
import { loadModel, saveModel } from '../src/core/ner/model-io.js';
import { germanWordClasses } from '../src/lang/de/word-classes.js';
import { noClasses } from '../src/core/ner/features.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_DATA = resolve(REPO_ROOT, '../shared/data/germeval2014-ner');
const DEFAULT_OUT = join(REPO_ROOT, 'models/ner-de.bin');
const FILES = ['NER-de-dev.tsv', 'NER-de-train-extra.tsv'];

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    cv: { type: 'string' },
    split: { type: 'string' },
    'max-folds': { type: 'string' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
    decoder: { type: 'string' },
    buckets: { type: 'string' },
    jackknife: { type: 'string' },
    'min-weight': { type: 'string' },
    margin: { type: 'string' },
    'outside-bias': { type: 'string' },
    runs: { type: 'string' },
    out: { type: 'string', default: DEFAULT_OUT },
    'no-classes': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (args.help === true) {
  console.log(`usage: npm run train:ner -- [--data DIR] [--cv K] [--out FILE]
  --data DIR        GermEval 2014 folder (default ${DEFAULT_DATA})
  --cv K            K-fold cross-validation over all sentences; writes no model
  --split dev|test  train on one file, score the other: dev = train on NER-de-train-extra.tsv, score
                    NER-de-dev.tsv; test = train on NER-de-dev.tsv, score NER-de-train-extra.tsv; writes no model
  --epochs N        training epochs (default ${DEFAULT_TRAIN_OPTIONS.epochs})
  --seed N          shuffling seed (default ${DEFAULT_TRAIN_OPTIONS.seed})
  --decoder D       greedy | viterbi (default ${DEFAULT_TRAIN_OPTIONS.decoder})
  --buckets B       log2 of the number of hash buckets (default ${Math.log2(DEFAULT_TRAIN_OPTIONS.numBuckets)})
  --jackknife K     parts for the jackknifed lexicon features (default ${DEFAULT_TRAIN_OPTIONS.jackknife})
  --margin M        cost-augmented Viterbi training margin (default ${DEFAULT_TRAIN_OPTIONS.margin})
  --outside-bias B  decoding bias on O, negative = more entities (default ${DEFAULT_TRAIN_OPTIONS.outsideBias})
  --min-weight W    drop averaged weights smaller than W (default ${DEFAULT_TRAIN_OPTIONS.minWeight})
  --runs R          models trained with seeds seed..seed+R-1, their weights averaged (default ${DEFAULT_TRAIN_OPTIONS.runs})
  --no-classes      leave out the word-class features (given names, gazetteer, adjectives, common nouns)
  --out FILE        model file (default models/ner-de.bin)`);
  process.exit(0);
}

function intArg(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) {
    console.error(`train-ner: --${name} needs a number, got "${value}"`);
    process.exit(1);
  }
  return n;
}

const dataDir = resolve(args.data);
if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
  console.error(
    `train-ner: GermEval 2014 data folder not found: ${dataDir}\n` +
      `  Expected ${FILES.join(' and ')} there (the shared data folder next to the repository),\n` +
      '  or pass --data DIR.',
  );
  process.exit(1);
}
const missing = FILES.filter((f) => !existsSync(join(dataDir, f)));
if (missing.length > 0) {
  console.error(`train-ner: missing in ${dataDir}: ${missing.join(', ')}`);
  process.exit(1);
}

const decoder = args.decoder ?? DEFAULT_TRAIN_OPTIONS.decoder;
if (decoder !== 'greedy' && decoder !== 'viterbi') {
  console.error(`train-ner: --decoder must be greedy or viterbi, got "${decoder}"`);
  process.exit(1);
}
const bucketsLog2 = intArg('buckets', args.buckets);
const trainOptions: TrainOptions = {
  epochs: intArg('epochs', args.epochs) ?? DEFAULT_TRAIN_OPTIONS.epochs,
  seed: intArg('seed', args.seed) ?? DEFAULT_TRAIN_OPTIONS.seed,
  decoder: decoder as Decoder,
  numBuckets: bucketsLog2 === undefined ? DEFAULT_TRAIN_OPTIONS.numBuckets : 2 ** bucketsLog2,
  jackknife: intArg('jackknife', args.jackknife) ?? DEFAULT_TRAIN_OPTIONS.jackknife,
  minWeight: intArg('min-weight', args['min-weight']) ?? DEFAULT_TRAIN_OPTIONS.minWeight,
  margin: intArg('margin', args.margin) ?? DEFAULT_TRAIN_OPTIONS.margin,
  outsideBias: intArg('outside-bias', args['outside-bias']) ?? DEFAULT_TRAIN_OPTIONS.outsideBias,
  runs: intArg('runs', args.runs) ?? DEFAULT_TRAIN_OPTIONS.runs,
  // Given names, gazetteer names, country adjectives and common nouns from the German pack.
  classOf: args['no-classes'] === true ? noClasses : germanWordClasses(),
};

const sentences: NerSentence[] = FILES.flatMap((f) => readGermEval(join(dataDir, f)));
const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
console.log(`GermEval 2014: ${sentences.length} sentences, ${tokenCount} tokens from ${dataDir}`);
console.log(
  `options: epochs ${trainOptions.epochs}, decoder ${trainOptions.decoder}, buckets 2^${Math.log2(trainOptions.numBuckets ?? 0)}, ` +
    `jackknife ${trainOptions.jackknife}, margin ${trainOptions.margin}, O bias ${trainOptions.outsideBias}, ` +
    `seed ${trainOptions.seed}, min weight ${trainOptions.minWeight}, runs ${trainOptions.runs}`,
);

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

function tagAll(model: NerModel, test: readonly NerSentence[]): { predicted: string[][]; seconds: number; tokens: number } {
  const start = performance.now();
  const predicted = test.map((s) => model.tag(s.tokens));
  const seconds = (performance.now() - start) / 1000;
  return { predicted, seconds, tokens: test.reduce((n, s) => n + s.tokens.length, 0) };
}

function printTypes(title: string, scores: SpanScores): void {
  console.log(`  ${title}`);
  console.log('    type           P       R      F1  support');
  for (const [type, s] of Object.entries(scores.byType)) {
    console.log(`    ${type.padEnd(10)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.support).padStart(7)}`);
  }
  console.log(`    ${'overall'.padEnd(10)} ${pct(scores.precision)}  ${pct(scores.recall)}  ${pct(scores.f1)}  ${String(scores.support).padStart(7)}`);
}

function mean(xs: number[]): string {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
  return `${pct(m)} ±${(100 * sd).toFixed(2)}`;
}

function crossValidate(k: number): void {
  const order = shuffle(
    sentences.map((_, i) => i),
    mulberry32(7),
  );
  const foldOf = new Int32Array(sentences.length);
  order.forEach((sentence, position) => (foldOf[sentence] = position % k));
  const maxFolds = intArg('max-folds', args['max-folds']) ?? k;
  const pooledExact = new SpanScorer();
  const pooledCollapsed = new SpanScorer(collapseType);
  const perFold: { exact: SpanScores; collapsed: SpanScores }[] = [];
  let tagSeconds = 0;
  let tagTokens = 0;
  let trainSeconds = 0;
  for (let fold = 0; fold < Math.min(k, maxFolds); fold++) {
    const train = sentences.filter((_, i) => foldOf[i] !== fold);
    const test = sentences.filter((_, i) => foldOf[i] === fold);
    const t0 = performance.now();
    const model = trainNerModel(train, trainOptions);
    const t1 = performance.now();
    trainSeconds += (t1 - t0) / 1000;
    const { predicted, seconds, tokens } = tagAll(model, test);
    tagSeconds += seconds;
    tagTokens += tokens;
    const exact = new SpanScorer();
    const collapsed = new SpanScorer(collapseType);
    test.forEach((s, i) => {
      const p = predicted[i] as string[];
      exact.add(s.labels, p);
      collapsed.add(s.labels, p);
      pooledExact.add(s.labels, p);
      pooledCollapsed.add(s.labels, p);
    });
    const e = exact.result();
    const c = collapsed.result();
    perFold.push({ exact: e, collapsed: c });
    console.log(
      `fold ${fold + 1}/${k}: exact P ${pct(e.precision)} R ${pct(e.recall)} F1 ${pct(e.f1)} | ` +
        `collapsed P ${pct(c.precision)} R ${pct(c.recall)} F1 ${pct(c.f1)} | ` +
        `train ${((t1 - t0) / 1000).toFixed(1)} s, tag ${Math.round(tokens / seconds)} tokens/s`,
    );
  }
  console.log(`\nmean over ${perFold.length} folds (± sample sd):`);
  for (const kind of ['exact', 'collapsed'] as const) {
    console.log(
      `  ${kind.padEnd(9)} P ${mean(perFold.map((f) => f[kind].precision))}  R ${mean(perFold.map((f) => f[kind].recall))}  F1 ${mean(perFold.map((f) => f[kind].f1))}`,
    );
  }
  const types = new Set(perFold.flatMap((f) => Object.keys(f.exact.byType)));
  console.log('  per type, mean F1 over folds (exact GermEval types):');
  for (const type of [...types].sort()) {
    console.log(`    ${type.padEnd(10)} F1 ${mean(perFold.map((f) => f.exact.byType[type]?.f1 ?? 0))}`);
  }
  console.log('\npooled over all test folds:');
  printTypes('exact GermEval outer types', pooledExact.result());
  printTypes('collapsed to PER/LOC/ORG/OTH', pooledCollapsed.result());
  console.log(
    `\ntraining ${(trainSeconds / perFold.length).toFixed(1)} s per fold; tagging ${Math.round(tagTokens / tagSeconds)} tokens/s (one core, features included)`,
  );
}

function trainAndSave(): void {
  const t0 = performance.now();
  const model = trainNerModel(sentences, {
    ...trainOptions,
    onEpoch: (epoch, acc) => console.log(`  epoch ${epoch}: training token accuracy ${pct(acc)}%`),
  });
  const trainSeconds = (performance.now() - t0) / 1000;
  const out = resolve(args.out);
  const bytes = saveModel(out, model, {
    data: 'GermEval 2014 NER (NER-de-dev.tsv + NER-de-train-extra.tsv), CC BY 4.0, Benikova et al. 2014',
    sentences: sentences.length,
    tokens: tokenCount,
    epochs: trainOptions.epochs ?? 0,
    seed: trainOptions.seed ?? 0,
    jackknife: trainOptions.jackknife ?? 0,
    margin: trainOptions.margin ?? 0,
    runs: trainOptions.runs ?? 1,
  });
  const l0 = performance.now();
  const { model: loaded } = loadModel(out);
  loaded.classOf = trainOptions.classOf ?? noClasses;
  const loadMs = performance.now() - l0;
  // Tagging speed on the training text (a warm-up pass first).
  tagAll(loaded, sentences.slice(0, 500));
  const { seconds, tokens } = tagAll(loaded, sentences);
  console.log(
    `trained in ${trainSeconds.toFixed(1)} s; wrote ${out} (${(bytes / 1024 / 1024).toFixed(2)} MB, ` +
      `${model.lexicon.size.words} words, ${model.lexicon.size.spans} names); load ${loadMs.toFixed(0)} ms; ` +
      `tagging ${Math.round(tokens / seconds)} tokens/s`,
  );
}

function heldOut(split: string): void {
  if (split !== 'dev' && split !== 'test') {
    console.error(`train-ner: --split must be dev or test, got "${split}"`);
    process.exit(1);
  }
  const [trainFile, testFile] = split === 'dev' ? [FILES[1]!, FILES[0]!] : [FILES[0]!, FILES[1]!];
  const train = readGermEval(join(dataDir, trainFile));
  const test = readGermEval(join(dataDir, testFile));
  console.log(`train on ${trainFile} (${train.length} sentences), score ${testFile} (${test.length} sentences)`);
  const model = trainNerModel(train, trainOptions);
  const { predicted, seconds, tokens } = tagAll(model, test);
  const exact = new SpanScorer();
  const collapsed = new SpanScorer(collapseType);
  test.forEach((s, i) => {
    exact.add(s.labels, predicted[i] as string[]);
    collapsed.add(s.labels, predicted[i] as string[]);
  });
  printTypes('exact GermEval outer types', exact.result());
  printTypes('collapsed to PER/LOC/ORG/OTH', collapsed.result());
  console.log(`tagging ${Math.round(tokens / seconds)} tokens/s`);
}

const cv = intArg('cv', args.cv);
if (args.split !== undefined) {
  heldOut(args.split);
} else if (cv !== undefined) {
  if (cv < 2) {
    console.error('train-ner: --cv needs at least 2 folds');
    process.exit(1);
  }
  crossValidate(cv);
} else {
  trainAndSave();
}
