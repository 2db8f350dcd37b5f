/**
 * Large values as bytea, written in parts of one generation and switched to
 * in one (fenced) transaction, as in the SQLite store: readers see the old
 * value or the new one, never a mix, and no single message is tens of MB.
 */
import { randomInt } from 'node:crypto';
import type { LeaseGrant } from '../records.js';
import { StoreError } from '../errors.js';
import { fenceHolds } from './leases.js';
import type { Client, Runner } from './runner.js';

const PART = 1024 * 1024;

export async function putBlob(runner: Runner, bump: (c: Client) => Promise<void>, key: string, bytes: Uint8Array, fence?: LeaseGrant): Promise<boolean> {
  const gen = randomInt(2 ** 47);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let parts = 0;
  for (let at = 0; at < data.length || parts === 0; at += PART) {
    await runner.rows('INSERT INTO blob_parts (key, gen, part, value) VALUES ($1, $2, $3, $4)', [key, gen, parts++, data.subarray(at, at + PART)]);
  }
  return runner.transaction(async (c) => {
    if (fence && !(await fenceHolds(c, fence))) {
      await c.query('DELETE FROM blob_parts WHERE key = $1 AND gen = $2', [key, gen]);
      return false;
    }
    await c.query(
      'INSERT INTO blobs (key, gen, parts) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET gen = EXCLUDED.gen, parts = EXCLUDED.parts',
      [key, gen, parts],
    );
    // The previous value, and parts a crashed write left behind.
    await c.query('DELETE FROM blob_parts WHERE key = $1 AND gen <> $2', [key, gen]);
    await bump(c);
    return true;
  });
}

export async function getBlob(runner: Runner, location: string, key: string): Promise<Uint8Array | null> {
  // One snapshot: a switch to a newer generation cannot fall between the two reads.
  return runner.transaction(async (c) => {
    const head = (await c.query('SELECT gen, parts FROM blobs WHERE key = $1', [key])).rows[0] as { gen: string; parts: number } | undefined;
    if (!head) return null;
    const rows = (await c.query('SELECT value FROM blob_parts WHERE key = $1 AND gen = $2 ORDER BY part', [key, head.gen])).rows as { value: Buffer }[];
    if (rows.length !== Number(head.parts)) throw new StoreError(`${location}: value ${key} is missing parts`);
    return new Uint8Array(Buffer.concat(rows.map((r) => r.value)));
  }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
}
