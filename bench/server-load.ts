/** The server load sections (API latency under writes, soak) on one bench store built once. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORE_SIZE, apiLoadBench, benchCorpus, buildBenchStore } from './api-load.js';
import { soakBench } from './soak.js';
import { line, root } from './util.js';

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
    const built = await buildBenchStore(db, corpus);
    line(`bench store (${STORE_SIZE} + 20 articles)`, `built in ${built.seconds.toFixed(0)} s; flood story: ${built.size} articles`);
    await apiLoadBench({ db, storyId: built.storyId, size: built.size });
    await soakBench({ db });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
