import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, isStoreError } from './open.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { isPostgresUrl, maskUrl } from './postgres/url.js';
import { pgTestServer } from './postgres/test-database.js';

test('a path opens SQLite; postgres:// and postgresql:// URLs are PostgreSQL', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'parallax-open-')), 'x.db');
  const store = await openStore(path);
  assert.ok(store instanceof SqliteStore);
  assert.equal(store.location, path);
  await store.close();
  for (const url of ['postgres://h/db', 'postgresql://u:p@h:5433/db?sslmode=require', 'POSTGRES://h/db']) assert.equal(isPostgresUrl(url), true, url);
  for (const path of ['parallax.db', ':memory:', './postgres/x.db', 'postgres.db', 'mysql://h/db']) assert.equal(isPostgresUrl(path), false, path);
});

test('a URL is shown with its password masked', () => {
  assert.equal(maskUrl('postgres://news:s3cr:et@db.example:5432/news'), 'postgres://news:***@db.example:5432/news');
  assert.equal(maskUrl('postgresql://news@db.example/news'), 'postgresql://news@db.example/news');
  assert.equal(maskUrl('postgres://db.example/news?user=x'), 'postgres://db.example/news?user=x');
});

test('a SQLite path that cannot be opened is a store error naming it', async () => {
  const path = join(tmpdir(), 'no', 'such', 'folder', 'x.db');
  await assert.rejects(openStore(path), (e: unknown) => isStoreError(e) && e.message.includes(path));
});

const server = await pgTestServer('openStore on PostgreSQL');
if (server) {
  test('a postgres URL opens the PostgreSQL store', async () => {
    const store = await openStore(await server.freshUrl());
    assert.ok(store instanceof PostgresStore);
    assert.equal(await store.countArticles(), 0);
    await store.close();
  });
}
