/**
 * `npm run bench`: prints the speed figures the issues ask for. Benchmarks
 * print; they never fail on time. BENCH_QUICK=1 runs a shortened version (CI).
 *
 * - analysis throughput (articles/s, MB/s) on ../shared/data/10kgnad, one core
 * - compare latency for 2, 10 and 50 articles, after analysis
 * - CLI start-up and an end-to-end compare of the two example articles
 * - compare-scale: seconds per MB of long articles and stories, and inputs that were quadratic (bench/compare-scale.ts)
 * - API latency while articles are POSTed, and server memory over a soak
 * - scale-out: SQLite against 1, 2 and 4 processes on PostgreSQL, articles/s and ingest-to-story latency (bench/scale-out.ts)
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleInput } from '../src/core/model/article.js';
import { analyzeInputs } from '../src/pipeline.js';
import { compareArticles } from '../src/core/compare/index.js';
import { getPack } from '../src/lang/index.js';
import { readGnad } from './gnad.js';
import { serviceBench } from './service.js';
import { syndication } from './syndication.js';
import { clusterBenchmark } from './cluster.js';
import { nerBenchmark } from './ner.js';
import { compareScale } from './compare-scale.js';

import { line, median, quick, root, shared } from './util.js';

function analysisThroughput(): ArticleInput[] {
  const path = join(shared, 'data', '10kgnad', 'test.csv');
  if (!existsSync(path)) {
    console.log(`analysis throughput: skipped (${path} not found)`);
    return [];
  }
  const inputs = readGnad(path);
  const sample = quick ? inputs.slice(0, 150) : inputs;
  // Warm-up: load packs and the tagger, fill caches as a long-running process would.
  analyzeInputs(sample.slice(0, 20));
  const bytes = sample.reduce((s, a) => s + Buffer.byteLength(a.body), 0);
  const t0 = performance.now();
  analyzeInputs(sample);
  const seconds = (performance.now() - t0) / 1000;
  line(`analysis, 10kGNAD (${sample.length} German articles)`, `${(sample.length / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
  return inputs;
}

function compareLatency(inputs: ArticleInput[]): void {
  if (inputs.length < 50) return;
  for (const n of [2, 10, 50]) {
    const { analyses } = analyzeInputs(inputs.slice(0, n));
    const runs: number[] = [];
    for (let r = 0; r < (quick ? 2 : 5); r++) {
      const t0 = performance.now();
      compareArticles(analyses, { packOf: getPack });
      runs.push(performance.now() - t0);
    }
    const t0 = performance.now();
    compareArticles(analyzeInputs(inputs.slice(100, 100 + n)).analyses, { packOf: getPack });
    const endToEnd = performance.now() - t0;
    line(`compare ${n} articles`, `${median(runs).toFixed(1)} ms after analysis, ${endToEnd.toFixed(1)} ms with analysis`);
  }
}

function startup(): void {
  const bin = join(root, 'bin', 'parallax.js');
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    console.log('start-up: skipped (run npm run build first)');
    return;
  }
  const time = (args: string[]) => {
    const runs: number[] = [];
    for (let r = 0; r < (quick ? 2 : 5); r++) {
      const t0 = performance.now();
      const res = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      runs.push(performance.now() - t0);
      if (res.status !== 0) throw new Error(`parallax ${args.join(' ')} failed: ${res.stderr}`);
    }
    return median(runs);
  };
  line('start-up (parallax --version)', `${time(['--version']).toFixed(0)} ms`);
  const examples = join(shared, 'examples');
  if (existsSync(examples)) {
    const files = ['000_36cef73726a052fb.txt', '002_abfb8fe9ac925fbb.txt'].map((f) => join(examples, f));
    line('parallax compare (2 example articles, process)', `${time(['compare', ...files, '--format', 'json']).toFixed(0)} ms`);
  }
}

// Each section is a function; further sections live in their own files (bench/<topic>.ts) and are called here.
console.log(`Parallax benchmarks${quick ? ' (quick)' : ''} — node ${process.version}, one core`);
const inputs = analysisThroughput();
compareLatency(inputs);
startup();
await serviceBench();
syndication();
const { webBench } = await import('./web.js');
await webBench();
clusterBenchmark();
nerBenchmark();
compareScale();
// Reads under writes and memory over a soak, against a real server process (bench/api-load.ts, bench/soak.ts).
const { serverLoadBench } = await import('./server-load.js');
await serverLoadBench();
// Separate processes on SQLite and on PostgreSQL (needs a server: PARALLAX_BENCH_PG, else the local one).
const { scaleOutBench } = await import('./scale-out.js');
await scaleOutBench();
