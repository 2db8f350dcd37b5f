/** The server load sections (API latency under writes, soak) on one bench store built once. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORE_SIZE, apiLoadBench, benchCorpus, buildBenchStore } from './api-load.js';
import { soakBench } from './soak.js';
import { line, root } from './util.js';

/**
 * The bench store, built afresh; with BENCH_STORE=path it is kept there and
 * reused by later runs (to compare two versions on one store: build it with
 * the older one, since a newer schema cannot be opened by an older Parallax).
 */
async function benchStore(db: string, corpus: NonNullable<ReturnType<typeof benchCorpus>>): Promise<{ storyId: string; size: number }> {
  const kept = process.env.BENCH_STORE;
  const info = kept ? `${kept}.json` : null;
  if (kept && info && existsSync(kept) && existsSync(info)) {
    copyFileSync(kept, db);
    const built = JSON.parse(readFileSync(info, 'utf8')) as { storyId: string; size: number };
    line(`bench store (${STORE_SIZE} + 20 articles)`, `reused ${kept}; flood story: ${built.size} articles`);
    return built;
  }
  const built = await buildBenchStore(db, corpus);
  line(`bench store (${STORE_SIZE} + 20 articles)`, `built in ${built.seconds.toFixed(0)} s; flood story: ${built.size} articles`);
  if (kept && info) {
    copyFileSync(db, kept);
    writeFileSync(info, JSON.stringify({ storyId: built.storyId, size: built.size }));
  }
  return built;
}

export async function serverLoadBench(): Promise<void> {
  const corpus = benchCorpus();
  if (!corpus || !existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    // Each section says why it is skipped.
    await apiLoadBench();
    await soakBench();
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
  try {
    const db = join(dir, 'bench.db');
    const built = await benchStore(db, corpus);
    await apiLoadBench({ db, storyId: built.storyId, size: built.size });
    await soakBench({ db });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
