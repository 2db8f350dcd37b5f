import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pgTestServer } from '../store/postgres/test-database.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const de = join(root, 'fixtures', 'stories', 'de-hochwasser');

function run(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const server = await pgTestServer('parallax --db postgres://…');

if (server) {
  test('ingest and stories with --db postgres://…, search with PARALLAX_DB', async () => {
    const url = await server.freshUrl();
    const ingest = run(['ingest', join(de, 'rheinblatt.txt'), join(de, 'donaupost.txt'), '--db', url, '--json', '--no-compare']);
    assert.equal(ingest.code, 0, ingest.stderr);
    const again = run(['ingest', join(de, 'rheinblatt.txt'), '--db', url, '--json', '--no-compare']);
    assert.equal(again.code, 0, again.stderr);
    const stories = run(['stories', '--db', url, '--json']);
    assert.equal(stories.code, 0, stories.stderr);
    const page = JSON.parse(stories.stdout) as { total: number; items: { size: number; outlets: string[] }[] };
    assert.equal(page.total, 1);
    assert.equal(page.items[0]!.size, 2, 'the second ingest stored nothing new');
    assert.deepEqual(page.items[0]!.outlets.sort(), ['Donaupost', 'Rheinblatt']);
    const search = run(['search', 'hochwasser passau'], { PARALLAX_DB: url });
    assert.equal(search.code, 0, search.stderr);
    assert.match(search.stdout, /«Passau»/);
  });
}

test('a PostgreSQL server that cannot be reached is one line and exit 1, password masked', () => {
  const r = run(['stories', '--db', 'postgres://news:s3cret@127.0.0.1:1/news']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /postgres:\/\/news:\*\*\*@127\.0\.0\.1:1\/news: cannot connect \(connection refused/);
  assert.ok(!r.stderr.includes('s3cret'));
});
