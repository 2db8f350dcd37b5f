/**
 * The story assigner's saved state: {version, seq, state} as gzipped JSON in
 * one store blob. It is tens of MB for some thousands of articles (26 MB of
 * JSON for 9,000), and writing it in one go stopped a server for a second or
 * more (building the object, encoding it, compressing, writing): so it is
 * encoded in small pieces with pauses between them for other requests,
 * compressed on libuv's thread pool, and only the compressed bytes (a fifth)
 * are written in one step. Stores written before keep it in meta as plain
 * JSON; that is still read.
 */
import { once } from 'node:events';
import { promisify } from 'node:util';
import { createGzip, gunzip, gzip } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import type { Store } from '../store/store.js';
import type { StoryAssigner } from './story-assigner.js';

export const SNAPSHOT_KEY = 'story-assigner';

export interface Snapshot {
  version: string;
  /** Every article up to this seq is in the state. */
  seq: number;
  state: unknown;
}

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);
/** Encode for at most this long before letting other work run. */
const SLICE_MS = 8;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The state as gzipped JSON. The assigner must not change until this resolves (the caller holds the write queue). */
export async function encodeSnapshot(assigner: StoryAssigner, version: string, seq: number): Promise<Uint8Array> {
  // Streamed into gzip piece by piece: no 26 MB string is ever built or encoded in one step.
  const gz = createGzip({ level: 1 });
  const out: Buffer[] = [];
  gz.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(gz, 'end');
  const write = async (piece: string) => {
    if (!gz.write(piece)) await once(gz, 'drain');
  };
  await write(`{"version":${JSON.stringify(version)},"seq":${seq},"state":`);
  let since = performance.now();
  for (const piece of assigner.snapshotJson?.() ?? [JSON.stringify(assigner.snapshot())]) {
    await write(piece);
    if (performance.now() - since > SLICE_MS) {
      await pause();
      since = performance.now();
    }
  }
  gz.end('}');
  await ended;
  return Buffer.concat(out);
}

/** Stores a saved state given as a value (import of an export); unfenced, as imports into an empty store are. */
export async function storeSnapshot(store: Store, snapshot: unknown): Promise<void> {
  await store.putBlob(SNAPSHOT_KEY, await gzipAsync(JSON.stringify(snapshot), { level: 1 }));
}

/** The saved state, or null when there is none (or it cannot be read: then everything is replayed). */
export async function loadSnapshot(store: Store): Promise<Snapshot | null> {
  const bytes = await store.getBlob(SNAPSHOT_KEY);
  if (bytes) {
    try {
      return JSON.parse((await gunzipAsync(bytes)).toString('utf8')) as Snapshot;
    } catch {
      return null;
    }
  }
  return store.getMeta<Snapshot>(SNAPSHOT_KEY);
}
