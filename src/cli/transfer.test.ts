/**
 * `parallax export` then `parallax import`: the import reads the export line by
 * line (Windows line ends too) and gives a store with the same articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'src', 'test-support', 'cli-main.ts');

function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function articleIds(db: string): Promise<string[]> {
  const store = openSqliteStore(db);
  try {
    return (await store.listArticles({ limit: 100 })).items.map((a) => a.id).sort();
  } finally {
    await store.close();
  }
}

test('export → import (also with CRLF line ends) keeps every article', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-transfer-'));
  const dump = join(dir, 'in.jsonl');
  writeFileSync(dump, [
    JSON.stringify({ title: 'Hochwasser in Passau', text: 'Das Hochwasser hat in Passau drei Menschen das Leben gekostet.', language: 'de' }),
    JSON.stringify({ title: 'Streik bei der Bahn', text: 'Die Lokführer streiken am Mittwoch, sagte ein Sprecher der GDL in Frankfurt.', language: 'de' }),
  ].join('\n'));
  const source = join(dir, 'source.db');
  assert.equal((await cli(['ingest', dump, '--db', source, '--no-compare'])).status, 0);
  const exported = join(dir, 'export.jsonl');
  const ex = await cli(['export', '--db', source, '--out', exported]);
  assert.equal(ex.status, 0, ex.stderr);
  const crlf = join(dir, 'export-crlf.jsonl');
  writeFileSync(crlf, readFileSync(exported, 'utf8').replace(/\n/g, '\r\n'));
  const want = await articleIds(source);
  assert.equal(want.length, 2);
  for (const file of [exported, crlf]) {
    const copy = join(dir, `copy-${file === crlf ? 'crlf' : 'lf'}.db`);
    const im = await cli(['import', file, '--db', copy, '--json']);
    assert.equal(im.status, 0, im.stderr);
    assert.equal((JSON.parse(im.stdout) as { articles: number }).articles, 2);
    assert.deepEqual(await articleIds(copy), want);
  }
});
