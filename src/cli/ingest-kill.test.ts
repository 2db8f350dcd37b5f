/**
 * A bulk ingest killed with SIGKILL half-way leaves no partial rows and no
 * duplicates, and running it again resumes where it stopped, ending with the
 * same stories as one uninterrupted run. Real child processes, real files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');

const CITIES = ['Passau', 'Regensburg', 'Dresden', 'Magdeburg', 'Koblenz', 'Trier', 'Ulm', 'Kassel'];
const OUTLETS = ['Rheinblatt', 'Donaupost', 'Elbkurier', 'Nordecho', 'Saarbote', 'Weserzeitung', 'Mainpost', 'Ostseeblick', 'Allgäuer Rundschau', 'Harzbote'];

function writeCorpus(dir: string): number {
  let n = 0;
  CITIES.forEach((city, c) => {
    OUTLETS.forEach((outlet, o) => {
      const dead = 2 + c + (o % 2);
      const text = [
        '---',
        `title: Hochwasser in ${city}: ${dead} Tote`,
        `outlet: ${outlet}`,
        `published: 2024-06-${String(3 + c).padStart(2, '0')}`,
        'language: de',
        '---',
        '',
        `Das Hochwasser hat in ${city} ${dead} Menschen das Leben gekostet. Der Pegel stieg am Montag auf ${6 + c},${o} Meter.`,
        '',
        `Oberbürgermeister Jan ${city}er sagte, die Lage in ${city} sei ernst. Rund ${100 * (c + 1) + o} Helfer waren im Einsatz.`,
      ].join('\n');
      const sub = join(dir, city.toLowerCase());
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `${o}-${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`), text);
      n++;
    });
  });
  return n;
}

function snapshot(dbPath: string) {
  const db = new Database(dbPath);
  try {
    const q = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
    return {
      integrity: q('PRAGMA integrity_check')[0]!.integrity_check,
      articles: Number(q('SELECT COUNT(*) AS n FROM articles')[0]!.n),
      distinctIds: Number(q('SELECT COUNT(DISTINCT id) AS n FROM articles')[0]!.n),
      fts: Number(q("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH 'Hochwasser'")[0]!.n),
      sources: Number(q('SELECT COUNT(*) AS n FROM sources')[0]!.n),
      withoutEntities: Number(q('SELECT COUNT(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id)')[0]!.n),
      orphanStories: Number(q('SELECT COUNT(*) AS n FROM articles a WHERE a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)')[0]!.n),
      sizeMismatch: Number(q('SELECT COUNT(*) AS n FROM stories s WHERE s.size != (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)')[0]!.n),
      assignment: q('SELECT id, story_id FROM articles ORDER BY id').map((r) => `${r.id as string}=${r.story_id as string}`),
    };
  } finally {
    db.close();
  }
}

test('SIGKILL during a bulk ingest: no partial rows, no duplicates, the rerun resumes and ends like one clean run', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-kill-'));
  const corpus = join(dir, 'corpus');
  const total = writeCorpus(corpus);
  const killedDb = join(dir, 'killed.db');

  const child = spawn(process.execPath, [bin, 'ingest', corpus, '--db', killedDb, '--json', '--no-compare'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let added = 0;
  let buffer = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.includes('"status":"added"')) added++;
      if (added >= 25 && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve());
  });
  assert.ok(added >= 25 && added < total, `killed part-way (${added} of ${total} reported)`);

  const afterKill = snapshot(killedDb);
  assert.equal(afterKill.integrity, 'ok');
  assert.ok(afterKill.articles >= added && afterKill.articles < total, `stored ${afterKill.articles}`);
  assert.equal(afterKill.distinctIds, afterKill.articles);
  assert.equal(afterKill.fts, afterKill.articles, 'every stored article is searchable');
  assert.equal(afterKill.sources, afterKill.articles, 'every stored article has its resume key');
  assert.equal(afterKill.withoutEntities, 0, 'no article without its entity rows');
  assert.equal(afterKill.orphanStories, 0);
  assert.equal(afterKill.sizeMismatch, 0);

  const rerun = spawnSync(process.execPath, [bin, 'ingest', corpus, '--db', killedDb, '--json', '--no-compare'], { cwd: root, encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout.trim().split('\n').pop()!).summary;
  assert.equal(summary.skipped, afterKill.articles, 'what was stored is skipped without reading it again');
  assert.equal(summary.added, total - afterKill.articles);

  const cleanDb = join(dir, 'clean.db');
  const clean = spawnSync(process.execPath, [bin, 'ingest', corpus, '--db', cleanDb, '--no-compare'], { cwd: root, encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stderr);

  const resumed = snapshot(killedDb);
  const once = snapshot(cleanDb);
  assert.equal(resumed.articles, total);
  assert.equal(resumed.distinctIds, total);
  assert.equal(resumed.orphanStories, 0);
  assert.equal(resumed.sizeMismatch, 0);
  assert.deepEqual(resumed.assignment, once.assignment, 'same stories as one uninterrupted run');
});
