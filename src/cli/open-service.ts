/**
 * Where the store lives (`--db PATH|URL`, else PARALLAX_DB, else ./parallax.db)
 * and opening the service on it, with a one-line error when that fails; the
 * outbound policy of the commands that fetch (`--allow-private-hosts`).
 * A postgres:// or postgresql:// URL opens the PostgreSQL store, anything else
 * a SQLite file (src/store/open.ts).
 */
import type { Command } from 'commander';
import { CliError } from './errors.js';
import type { ParallaxService } from '../service/service.js';
import type { OutboundPolicy } from '../ingest/http/outbound-policy.js';

export const DEFAULT_DB = 'parallax.db';

export function withDbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', `database file, or a postgres://user:password@host/db URL (default: $PARALLAX_DB or ./${DEFAULT_DB})`);
}

export function dbPath(flags: { db?: string }): string {
  return flags.db ?? process.env.PARALLAX_DB ?? DEFAULT_DB;
}

export async function openService(flags: { db?: string }): Promise<ParallaxService> {
  const [{ openStore, isStoreError }, { ParallaxService }, { onlineStoryAssigner }] = await Promise.all([
    import('../store/open.js'),
    import('../service/service.js'),
    import('../service/default-stories.js'),
  ]);
  try {
    return new ParallaxService(await openStore(dbPath(flags)), onlineStoryAssigner());
  } catch (err) {
    if (isStoreError(err)) throw new CliError(err.message);
    throw err;
  }
}

export interface OutboundFlags {
  allowPrivateHosts?: boolean;
}

/** `--allow-private-hosts`, for every command that fetches URLs. */
export function withOutboundOption(cmd: Command): Command {
  return cmd.option(
    '--allow-private-hosts',
    'let URLs reach loopback, private and link-local addresses, on any port (for your own machine only; see also PARALLAX_ALLOW_HOSTS, PARALLAX_ALLOW_PORTS)',
  );
}

/** The outbound policy of this run: the environment's, opened up by --allow-private-hosts. A bad variable is one line. */
export async function outboundPolicy(flags: OutboundFlags): Promise<OutboundPolicy> {
  const { OutboundPolicy } = await import('../ingest/http/outbound-policy.js');
  return OutboundPolicy.fromEnv(process.env, { allowPrivate: flags.allowPrivateHosts === true });
}

/** Parses a positive integer flag, or fails naming the flag. */
export function intFlag(name: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name}: expected a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

/** Parses a date flag (YYYY-MM-DD or full ISO), or fails naming the flag. */
export function dateFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliError(`--${name}: expected a date like 2024-05-01, got "${value}"`);
  }
  return value;
}
