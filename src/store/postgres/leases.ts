/**
 * Leases on PostgreSQL: each step reads the lease row FOR UPDATE and writes
 * the result in the same transaction, so acquire, renew and release are atomic
 * across processes and machines. Time is the server's clock (one clock for
 * every process, wherever it runs). The rules themselves are the pure
 * functions the SQLite store uses too.
 */
import type { LeaseGrant, LeaseStatus } from '../records.js';
import { StoreError } from '../errors.js';
import { leaseAcquire, leaseOf, leaseRelease, leaseRenew, type LeaseRow } from '../sqlite/leases.js';
import type { Client, Runner } from './runner.js';
import type { Row } from './rows.js';

const NOW_MS = `(extract(epoch FROM clock_timestamp()) * 1000)::bigint`;

function toLeaseRow(r: Row | undefined): LeaseRow | undefined {
  if (!r) return undefined;
  return { holder: (r.holder as string | null) ?? null, epoch: Number(r.epoch), expiresAt: r.expires_at === null ? null : Number(r.expires_at) };
}

export function checkLeaseArgs(name: string, holder: string, ttlMs: number): void {
  if (!name || !holder) throw new StoreError('a lease needs a name and a holder');
  if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new StoreError(`lease ${name}: time to live must be a positive whole number of ms, got ${ttlMs}`);
}

/** The lease row locked for this transaction (created free first, so there is always a row to lock), and the server's time after the lock. */
async function lockLease(c: Client, name: string): Promise<{ row: LeaseRow; now: number }> {
  await c.query('INSERT INTO leases (name, holder, epoch, expires_at) VALUES ($1, NULL, 0, NULL) ON CONFLICT (name) DO NOTHING', [name]);
  const row = toLeaseRow((await c.query('SELECT holder, epoch, expires_at FROM leases WHERE name = $1 FOR UPDATE', [name])).rows[0])!;
  const now = Number((await c.query(`SELECT ${NOW_MS} AS now`)).rows[0].now);
  return { row, now };
}

async function writeLease(c: Client, name: string, row: LeaseRow): Promise<void> {
  await c.query('UPDATE leases SET holder = $2, epoch = $3, expires_at = $4 WHERE name = $1', [name, row.holder, row.epoch, row.expiresAt]);
}

export async function acquireLease(runner: Runner, name: string, holder: string, ttlMs: number, replacing?: string): Promise<LeaseStatus> {
  checkLeaseArgs(name, holder, ttlMs);
  return runner.transaction(async (c) => {
    const { row: current, now } = await lockLease(c, name);
    const { row, held } = leaseAcquire(current, holder, ttlMs, now, replacing);
    if (held) await writeLease(c, name, row);
    return leaseOf(name, row, held);
  });
}

export async function renewLease(runner: Runner, grant: LeaseGrant, ttlMs: number): Promise<LeaseStatus> {
  checkLeaseArgs(grant.name, grant.holder, ttlMs);
  return runner.transaction(async (c) => {
    const { row: current, now } = await lockLease(c, grant.name);
    const { row, held } = leaseRenew(current, grant, ttlMs, now);
    if (held) await writeLease(c, grant.name, row);
    return leaseOf(grant.name, row, held);
  });
}

export async function releaseLease(runner: Runner, grant: LeaseGrant): Promise<boolean> {
  return runner.transaction(async (c) => {
    const { row: current } = await lockLease(c, grant.name);
    const next = leaseRelease(current, grant);
    if (next) await writeLease(c, grant.name, next);
    return next !== null;
  });
}

export async function getLease(runner: Runner, name: string): Promise<LeaseStatus> {
  const row = toLeaseRow(await runner.row('SELECT holder, epoch, expires_at FROM leases WHERE name = $1', [name])) ?? { holder: null, epoch: 0, expiresAt: null };
  return leaseOf(name, row, false);
}

/**
 * True when `grant` is the lease's current one. FOR SHARE keeps the row from
 * changing until the caller's transaction ends, so the write it guards cannot
 * land after a takeover.
 */
export async function fenceHolds(c: Client, grant: LeaseGrant): Promise<boolean> {
  const r = toLeaseRow((await c.query('SELECT holder, epoch, expires_at FROM leases WHERE name = $1 FOR SHARE', [grant.name])).rows[0]);
  return r !== undefined && r.holder === grant.holder && r.epoch === grant.epoch;
}
