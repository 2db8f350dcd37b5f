/**
 * `node --import tsx bench/load-run.ts`: the server sections of the benchmarks
 * alone — API latency under writes (bench/api-load.ts) and the soak
 * (bench/soak.ts) — on one bench store built once. BENCH_QUICK=1: short run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORE_SIZE, apiLoadBench, benchCorpus, buildBenchStore } from './api-load.js';
import { soakBench } from './soak.js';
import { line, quick } from './util.js';

console.log(`Parallax server load benchmarks${quick ? ' (quick)' : ''} — node ${process.version}`);
const corpus = benchCorpus();
const dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
try {
  if (corpus) {
    const db = join(dir, 'bench.db');
    const built = await buildBenchStore(db, corpus);
    line(`bench store (${STORE_SIZE} + 20 articles)`, `built in ${built.seconds.toFixed(0)} s; flood story: ${built.size} articles`);
    await apiLoadBench({ db, storyId: built.storyId, size: built.size });
    await soakBench({ db });
  } else {
    await apiLoadBench();
    await soakBench();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
