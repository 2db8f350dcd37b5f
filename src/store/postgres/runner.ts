/**
 * Queries and transactions on the pool. A transaction runs on one client from
 * BEGIN to COMMIT and is tried again (whole) when PostgreSQL aborts it for a
 * deadlock or a serialisation failure; a lost connection or server becomes one
 * StoreError line naming the database.
 */
import type pg from 'pg';
import { StoreError } from '../errors.js';
import { describePgError, isConnectionFailure } from './connection.js';
import type { Row } from './rows.js';

const ATTEMPTS = 3;
/** deadlock_detected, serialization_failure */
const RETRYABLE = new Set(['40P01', '40001']);

export type Client = pg.ClientBase;

const NUL = String.fromCharCode(0);

/**
 * PostgreSQL text holds no NUL character, and a parameter with one fails the whole query. Nothing
 * stored holds one, so a looked-up id or typed text with one is given U+FFFD: it finds nothing instead.
 */
function withoutNul(value: unknown): unknown {
  return typeof value === 'string' && value.includes(NUL) ? value.replaceAll(NUL, '\uFFFD') : value;
}

export class Runner {
  constructor(
    private readonly pool: pg.Pool,
    private readonly location: string,
  ) {}

  async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, params.map(withoutNul))).rows as Row[];
    } catch (err) {
      throw this.failure(err);
    }
  }

  async row(sql: string, params: unknown[] = []): Promise<Row | undefined> {
    return (await this.rows(sql, params))[0];
  }

  /** Runs `fn` in one transaction (`begin` may set the isolation level), rolling back on any error. */
  async transaction<T>(fn: (client: Client) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient;
      try {
        client = await this.pool.connect();
      } catch (err) {
        throw this.failure(err);
      }
      let broken: Error | undefined;
      // A checked-out client has no listener of the pool's: a connection cut between two statements (a server
      // restart) would be an unhandled 'error' event and end the process. The next statement reports it instead.
      const onError = (err: Error) => (broken = err);
      client.on('error', onError);
      try {
        await client.query(begin);
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        const code = (err as { code?: string }).code;
        if (attempt < ATTEMPTS && code && RETRYABLE.has(code)) continue;
        throw this.failure(err);
      } finally {
        // A client whose connection failed, or whose rollback did, is dropped rather than handed to the next caller.
        client.removeListener('error', onError);
        client.release(broken);
      }
    }
  }

  /** The database itself failing becomes one line; anything else (a constraint, bad input) passes as it is. */
  failure(err: unknown): unknown {
    if (!isConnectionFailure(err)) return err;
    const e = new StoreError(`${this.location}: the database failed (${describePgError(err)})`);
    (e as { code?: string }).code = 'STORE_UNAVAILABLE';
    return e;
  }
}
