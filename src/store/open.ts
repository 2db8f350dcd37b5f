/**
 * One entry point for every command: `openStore(location)` picks the backend
 * by the location's form. A postgres:// or postgresql:// URL opens the
 * PostgreSQL store; anything else is a SQLite file path (or ":memory:"), the
 * default that needs nothing installed. Each backend is loaded only when used.
 */
import type { Store } from './store.js';
import { isPostgresUrl } from './postgres/url.js';

export { isStoreError } from './errors.js';

export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(location);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(location);
}

