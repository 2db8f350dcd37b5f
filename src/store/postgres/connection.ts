/**
 * Connecting to PostgreSQL: the pool, and one-line reasons for failures.
 */
import pg from 'pg';

export { isPostgresUrl, maskUrl } from './url.js';

/** At most this many connections per process: a server's default limit (100) leaves room for several processes. */
export const POOL_MAX = 10;

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_MAX,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'parallax',
    // A CLI command that forgot nothing open still exits when its last query is done.
    allowExitOnIdle: true,
  });
  // An idle connection the server dropped must not crash the process; the next query reports the problem.
  pool.on('error', () => {});
  return pool;
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused: is PostgreSQL running there?',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'no answer (timed out)',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  EHOSTUNREACH: 'host unreachable',
};

/** A short reason for a pg or network error, without the URL (the caller names it, masked). */
export function describePgError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (NETWORK_REASONS[code]) return NETWORK_REASONS[code]!;
  if (code === '28P01' || code === '28000') return `authentication failed (${message})`;
  if (code === '3D000') return message; // database "x" does not exist
  if (/timeout/i.test(message)) return 'no answer within 10 s';
  return message.replace(/\s+/g, ' ').trim();
}

/** Errors after which no later query can succeed either: the server or the connection is gone. */
export function isConnectionFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code in NETWORK_REASONS) return true;
    // 08: connection exception; 53: insufficient resources (disk full); 57P: shutdown; 58: system error.
    if (/^(08|53|57P|58)/.test(code)) return true;
  }
  return /Connection terminated|Client has encountered a connection error/i.test(String((err as Error)?.message ?? ''));
}
