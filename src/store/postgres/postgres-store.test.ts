import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeContract } from '../contract.js';
import { openPostgresStore } from './postgres-store.js';
import { pgTestServer } from './test-database.js';

const server = await pgTestServer('PostgreSQL store');

if (server) {
  storeContract('postgres', async () => openPostgresStore(await server.emptiedUrl()));

  test('placeholder', () => assert.ok(true));
}
