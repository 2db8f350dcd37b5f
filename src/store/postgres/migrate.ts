/**
 * Brings a PostgreSQL schema to the current version: in one transaction under
 * an advisory lock, so two processes opening a new database at once do not
 * both migrate (the second waits, then finds the work done). The lock is one
 * per database: extensions are per database too, and stores in different
 * schemas of one database migrate one after another.
 */
import type pg from 'pg';
import { StoreError } from '../errors.js';
import { MIGRATIONS, type ExtensionSchemas } from './schema.js';

/** Advisory lock key for migrations ("prlx"), shared by every Parallax store of a database. */
const MIGRATION_LOCK = 0x70726c78;
const EXTENSIONS = { unaccent: 'unaccent', trgm: 'pg_trgm' } as const;

export async function migrate(client: pg.ClientBase, location: string): Promise<ExtensionSchemas> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const schema = (await client.query<{ s: string | null }>('SELECT current_schema() AS s')).rows[0]?.s;
    if (!schema) throw new StoreError(`${location}: no schema to create tables in (none of the search_path exists)`);
    await client.query('CREATE TABLE IF NOT EXISTS parallax_schema (version integer NOT NULL)');
    const version = Number((await client.query<{ version: number }>('SELECT version FROM parallax_schema')).rows[0]?.version ?? 0);
    if (version > MIGRATIONS.length) {
      throw new StoreError(`${location}: written by a newer Parallax (schema ${version}, this one knows ${MIGRATIONS.length})`);
    }
    const ext = version < MIGRATIONS.length ? await ensureExtensions(client, location) : await extensionSchemas(client, location);
    for (let v = version; v < MIGRATIONS.length; v++) await client.query(MIGRATIONS[v]!(ext));
    if (version === 0) await client.query('INSERT INTO parallax_schema (version) VALUES ($1)', [MIGRATIONS.length]);
    else if (version < MIGRATIONS.length) await client.query('UPDATE parallax_schema SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
    return ext;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

async function installed(client: pg.ClientBase): Promise<Map<string, string>> {
  const rows = (await client.query<{ extname: string; schema: string }>(
    `SELECT e.extname, quote_ident(n.nspname) AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = ANY($1::text[])`,
    [Object.values(EXTENSIONS)],
  )).rows;
  return new Map(rows.map((r) => [r.extname, r.schema]));
}

/** Installs missing extensions into public (both are trusted extensions: a database owner may install them). */
async function ensureExtensions(client: pg.ClientBase, location: string): Promise<ExtensionSchemas> {
  const have = await installed(client);
  for (const name of Object.values(EXTENSIONS)) {
    if (have.has(name)) continue;
    try {
      await client.query(`CREATE EXTENSION IF NOT EXISTS ${name} SCHEMA public`);
    } catch (err) {
      throw new StoreError(
        `${location}: the extension ${name} is missing and could not be installed (${(err as Error).message}); ` +
          `run "CREATE EXTENSION ${name};" in that database as its owner or a superuser`,
      );
    }
  }
  return extensionSchemas(client, location);
}

export async function extensionSchemas(client: pg.ClientBase, location: string): Promise<ExtensionSchemas> {
  const have = await installed(client);
  const unaccent = have.get(EXTENSIONS.unaccent);
  const trgm = have.get(EXTENSIONS.trgm);
  if (!unaccent || !trgm) throw new StoreError(`${location}: the extensions unaccent and pg_trgm are needed (CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm;)`);
  return { unaccent, trgm };
}
