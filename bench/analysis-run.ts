/**
 * `npm run bench:analysis [-- N]`: the analysis throughput of the benchmarks alone
 * (the first N 10kGNAD articles, default all; BENCH_QUICK=1: 150), after the same
 * 20-article warm-up, as wall-clock and as CPU time of this process. On a shared
 * machine the CPU-time rate is the steadier figure; compare builds by running them
 * alternately. Prints; never fails on time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeInputs } from '../src/pipeline.js';
import { readGnad } from './gnad.js';
import { line, quick, shared } from './util.js';

const path = join(shared, 'data', '10kgnad', 'test.csv');
if (!existsSync(path)) {
  console.log(`analysis throughput: skipped (${path} not found)`);
} else {
  const inputs = readGnad(path);
  const wanted = Number(process.argv[2] ?? (quick ? 150 : inputs.length));
  const sample = inputs.slice(0, Number.isInteger(wanted) && wanted > 0 ? wanted : inputs.length);
  analyzeInputs(sample.slice(0, 20));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  analyzeInputs(sample);
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(`Parallax analysis benchmark — node ${process.version}, one process`);
  line(`analysis, 10kGNAD (${sample.length} German articles)`, `${(sample.length / wall).toFixed(0)} articles/s wall, ${(sample.length / cpu).toFixed(0)} articles/s of CPU`);
}
