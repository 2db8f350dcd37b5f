/**
 * The German entity tagger alone: model size, load time, and tagging speed in
 * tokens per second of CPU time (one core) on GermEval 2014 sentences, with the
 * full Viterbi decoder (`tag`) and with the decoder the analysis uses
 * (`tagActive`, only around words that may be names). Prints; never fails on time.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readGermEval } from '../src/core/ner/germeval.js';
import { loadModel } from '../src/core/ner/model-io.js';
import { GERMAN_MODEL_URL } from '../src/core/ner/tagger.js';
import { germanWordClasses } from '../src/lang/de/word-classes.js';
import { isCapitalized } from '../src/core/ner/features.js';
import { line, quick, shared } from './util.js';

function cpuSeconds(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

export function nerBenchmark(): void {
  const modelPath = fileURLToPath(GERMAN_MODEL_URL);
  const data = join(shared, 'data', 'germeval2014-ner', 'NER-de-dev.tsv');
  if (!existsSync(modelPath) || !existsSync(data)) {
    console.log('German tagger: skipped (model or GermEval data not found)');
    return;
  }
  const classOf = germanWordClasses();
  const t0 = performance.now();
  const { model } = loadModel(modelPath);
  model.classOf = classOf;
  const loadMs = performance.now() - t0;
  line('German tagger, model', `${(statSync(modelPath).size / 1024 / 1024).toFixed(2)} MB, load ${loadMs.toFixed(0)} ms`);

  const sentences = readGermEval(data).slice(0, quick ? 600 : undefined);
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const rounds = quick ? 1 : 3;
  // Warm-up (JIT, word-score cache), as in a long-running process.
  for (const s of sentences.slice(0, 200)) model.tag(s.tokens);
  const full = cpuSeconds(() => {
    for (let r = 0; r < rounds; r++) for (const s of sentences) model.tag(s.tokens);
  });
  line(`German tagger, full Viterbi (${tokens} tokens × ${rounds})`, `${Math.round((tokens * rounds) / full)} tokens/s of CPU`);

  const actives = sentences.map((s) => {
    const cand = s.tokens.map((t) => isCapitalized(t) && !model.lexicon.neverName(t));
    return s.tokens.map((_, i) => cand[i] || cand[i - 1] === true || cand[i + 1] === true || cand[i - 2] === true || cand[i + 2] === true);
  });
  const active = cpuSeconds(() => {
    for (let r = 0; r < rounds; r++) sentences.forEach((s, i) => model.tagActive(s.tokens, actives[i]!));
  });
  line('German tagger, near name candidates only (as in the analysis)', `${Math.round((tokens * rounds) / active)} tokens/s of CPU`);
}
