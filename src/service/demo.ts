/**
 * The demo corpus shown on first run: stories written by us for Parallax
 * (fixtures/demo/<story>/<outlet file>), several outlets each, German and
 * English, with agreements, exclusive facts, conflicts, quotes and framing to see.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { expandSpec } from './sources.js';
import type { ParallaxService } from './service.js';

export const DEMO_ROOT = fileURLToPath(new URL('../../fixtures/demo', import.meta.url));

/** Ingests the demo corpus; returns how many articles were added. */
export async function loadDemo(service: ParallaxService): Promise<number> {
  if (!existsSync(DEMO_ROOT)) return 0;
  let added = 0;
  for await (const ev of expandSpec(DEMO_ROOT, { seen: (k) => service.seen(k) })) {
    if (ev.kind !== 'item') continue;
    const out = await service.ingest(ev.item);
    if (out.status === 'added') added++;
  }
  await service.finishBatch();
  return added;
}
