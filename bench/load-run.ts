/**
 * `node --import tsx bench/load-run.ts`: the server sections of the benchmarks
 * alone — API latency under writes (bench/api-load.ts) and the soak
 * (bench/soak.ts) — on one bench store built once. BENCH_QUICK=1: short run.
 */
import { serverLoadBench } from './server-load.js';
import { quick } from './util.js';

console.log(`Parallax server load benchmarks${quick ? ' (quick)' : ''} — node ${process.version}`);
await serverLoadBench();
