/**
 * Test databases for the PostgreSQL store: every store a test opens lives in a
 * fresh schema of the server at PARALLAX_TEST_PG (default: the local server's
 * database "test"), reached through the URL's search_path, and is dropped
 * after the test file; test files running in parallel never meet.
 *
 * When the server cannot be reached, `pgTestServer()` says why: tests skip
 * with that reason on a developer machine, and fail under CI (CI must never
 * skip silently).
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { describePgError, maskUrl } from './connection.js';

export const TEST_PG_URL = process.env.PARALLAX_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const PREFIX = 'parallax_test_';
/** Schemas left by a test run that was killed are dropped by a later run once they are this old. */
const STALE_SECONDS = 3600;

export interface PgTestServer {
  /** A URL to a new, empty schema (migrated by the first store opened on it). */
  freshUrl(): Promise<string>;
  /**
   * A URL to this file's own schema with every row deleted (the schema stays
   * migrated): an empty store for a tenth of a new schema's cost. Only for
   * tests that run one after another.
   */
  emptiedUrl(): Promise<string>;
}

/** The URL of `base` with its connections' search_path set to `schema` only. */
export function withSchema(base: string, schema: string): string {
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** Reachable server → helper; else the reason, and a test that fails under CI or is skipped elsewhere. */
export async function pgTestServer(what: string): Promise<PgTestServer | null> {
  const admin = new pg.Pool({ connectionString: TEST_PG_URL, max: 2, connectionTimeoutMillis: 3000, allowExitOnIdle: true });
  admin.on('error', () => {});
  try {
    await admin.query('SELECT 1');
  } catch (err) {
    await admin.end().catch(() => {});
    const reason = `PostgreSQL at ${maskUrl(TEST_PG_URL)} is not reachable (${describePgError(err)}); set PARALLAX_TEST_PG to a server's URL`;
    if (process.env.CI) {
      test(`${what}: needs PostgreSQL`, () => assert.fail(`${reason}. CI must run these tests: .ci/run starts the server`));
    } else {
      test(`${what}: needs PostgreSQL`, { skip: reason }, () => {});
    }
    return null;
  }
  await dropStale(admin);
  const created: string[] = [];
  after(async () => {
    // A store's job queue lives beside it in <schema>_jobs (src/service/jobs/pg-boss-queue.ts).
    for (const schema of created) await admin.query(`DROP SCHEMA IF EXISTS ${schema}, ${schema}_jobs CASCADE`).catch(() => {});
    await admin.end();
  });
  const newSchema = async () => {
    const schema = `${PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    created.push(schema);
    return schema;
  };
  let shared: string | null = null;
  return {
    freshUrl: async () => withSchema(TEST_PG_URL, await newSchema()),
    async emptiedUrl() {
      shared ??= await newSchema();
      await emptySchema(admin, shared);
      return withSchema(TEST_PG_URL, shared);
    },
  };
}

/** Deletes every row of a store's schema but its version, and sets its counters back to 0. */
async function emptySchema(admin: pg.Pool, schema: string): Promise<void> {
  const tables = (await admin.query<{ t: string }>(`SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = $1`, [schema])).rows.map((r) => r.t);
  for (const t of tables) {
    if (t === 'parallax_schema') continue;
    await admin.query(t === 'parallax_counters' ? `UPDATE ${schema}.${t} SET value = 0` : `DELETE FROM ${schema}.${t}`);
  }
}

async function dropStale(admin: pg.Pool): Promise<void> {
  const rows = (await admin.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE '${PREFIX}%'`)).rows;
  const now = Date.now() / 1000;
  for (const { nspname } of rows) {
    const born = Number(nspname.slice(PREFIX.length).split('_')[0]);
    if (Number.isFinite(born) && now - born > STALE_SECONDS) await admin.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`).catch(() => {});
  }
}
