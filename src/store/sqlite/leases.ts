/**
 * The lease rules of the Store contract as pure functions over one lease row;
 * the SQLite store reads the row and writes the result inside one
 * BEGIN IMMEDIATE transaction, which makes each step atomic across processes.
 */
import type { LeaseGrant, LeaseStatus } from '../records.js';

export interface LeaseRow {
  holder: string | null;
  epoch: number;
  /** ms since 1970; null when free. */
  expiresAt: number | null;
}

const FREE: LeaseRow = { holder: null, epoch: 0, expiresAt: null };

/** Granted when free, lapsed, already ours (renewed, same epoch) or held by the one we replace; a new holder gets the next epoch. */
export function leaseAcquire(current: LeaseRow | undefined, holder: string, ttlMs: number, now: number, replacing?: string): { row: LeaseRow; held: boolean } {
  const row = current ?? FREE;
  if (row.holder === holder) return { row: { ...row, expiresAt: now + ttlMs }, held: true };
  const open = row.holder === null || row.expiresAt === null || row.expiresAt <= now || (replacing !== undefined && row.holder === replacing);
  if (!open) return { row, held: false };
  return { row: { holder, epoch: row.epoch + 1, expiresAt: now + ttlMs }, held: true };
}

/** Extended while the grant is the current one, whether or not its time ran out meanwhile. */
export function leaseRenew(current: LeaseRow | undefined, grant: LeaseGrant, ttlMs: number, now: number): { row: LeaseRow; held: boolean } {
  const row = current ?? FREE;
  if (row.holder !== grant.holder || row.epoch !== grant.epoch) return { row, held: false };
  return { row: { ...row, expiresAt: now + ttlMs }, held: true };
}

/** The freed row, or null when the grant is not current (nothing to release). */
export function leaseRelease(current: LeaseRow | undefined, grant: LeaseGrant): LeaseRow | null {
  if (!current || current.holder !== grant.holder || current.epoch !== grant.epoch) return null;
  return { holder: null, epoch: current.epoch, expiresAt: null };
}

export function leaseOf(name: string, row: LeaseRow, held: boolean): LeaseStatus {
  return { held, name, holder: row.holder, epoch: row.epoch, expiresAt: row.expiresAt };
}
