/**
 * Ctrl+C during a long ingest of a local feed file (20,000 items with their
 * full text, so nothing is fetched): the run stops after the article being
 * stored, says how far it got and how to go on, exits 130, leaves a consistent
 * store holding exactly what it reported, and a second run continues from there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'src', 'test-support', 'cli-main.ts');
const CITIES = ['Passau', 'Regensburg', 'Dresden', 'Magdeburg', 'Koblenz', 'Trier', 'Ulm', 'Kassel', 'Bremen', 'Jena'];

/** An RSS feed whose items carry full texts (over the teaser length), linked to a port nobody listens on. */
function writeFeed(path: string, items: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Landesecho</title><link>http://127.0.0.1:9/</link><description>Meldungen</description>\n');
  for (let i = 0; i < items; i++) {
    const c = CITIES[i % CITIES.length]!;
    const text =
      `<p>Das Hochwasser hat in ${c} am Montag ${i} Menschen betroffen. Der Pegel stieg auf ${i % 9},${i % 7} Meter, sagte ein Sprecher der Stadt ${c} am Abend.</p>` +
      `<p>Rund ${100 + i} Helfer waren im Einsatz. Die Feuerwehr meldete ${i % 13} Einsätze in der Nacht, die Polizei sperrte mehrere Straßen.</p>` +
      `<p>Der Oberbürgermeister von ${c} sagte, die Lage sei ernst, aber unter Kontrolle. Am Dienstag soll das Wasser wieder sinken, teilte der Wetterdienst mit.</p>` +
      `<p>Meldung ${i}: Die Bahn stellte den Verkehr zwischen ${c} und den Nachbarorten ein, Reisende sollen auf Busse ausweichen. Schulen bleiben geschlossen.</p>` +
      `<p>Die Landesregierung kündigte Hilfen für die Betroffenen in ${c} an. Die Versicherer rechnen mit Schäden in Millionenhöhe, hieß es am Abend.</p>`;
    writeSync(fd, `<item><title>Meldung ${i}: Hochwasser in ${c}</title><link>http://127.0.0.1:9/a/${i}</link><guid>http://127.0.0.1:9/a/${i}</guid><pubDate>Mon, 03 Jun 2024 08:00:00 GMT</pubDate><content:encoded><![CDATA[${text}]]></content:encoded></item>\n`);
  }
  writeSync(fd, '</channel></rss>\n');
  closeSync(fd);
}

interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From SIGINT to exit. */
  stopMs: number;
  statuses: string[];
  stderr: string;
}

/** Runs `ingest --json`, sends SIGINT once `added` articles are reported, and waits for the exit. */
function ingestAndInterrupt(feed: string, db: string, added: number): Promise<Stopped> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'ingest', feed, '--db', db, '--json', '--no-compare'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const statuses: string[] = [];
  let stderr = '';
  let buffer = '';
  let sentAt = 0;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      const parsed = JSON.parse(line) as { status?: string };
      if (parsed.status) statuses.push(parsed.status);
    }
    if (!sentAt && statuses.filter((s) => s === 'added').length >= added) {
      sentAt = Date.now();
      child.kill('SIGINT');
    }
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stopMs: Date.now() - sentAt, statuses, stderr }));
  });
}

function inspect(db: string) {
  const d = new Database(db);
  try {
    const one = (sql: string) => (d.prepare(sql).all() as Record<string, unknown>[])[0]!;
    return {
      integrity: one('PRAGMA integrity_check').integrity_check,
      articles: Number(one('SELECT COUNT(*) AS n FROM articles').n),
      distinct: Number(one('SELECT COUNT(DISTINCT id) AS n FROM articles').n),
      sources: Number(one('SELECT COUNT(*) AS n FROM sources').n),
    };
  } finally {
    d.close();
  }
}

test('SIGINT stops a 20,000-item feed ingest within seconds, consistent, and a re-run continues', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-sigint-'));
  const feed = join(dir, 'feed.xml');
  writeFeed(feed, 20_000);
  const db = join(dir, 'news.db');

  const first = await ingestAndInterrupt(feed, db, 10);
  assert.equal(first.code, 130, first.stderr);
  // Generous: it stops after one article (milliseconds); a loaded machine may add seconds.
  assert.ok(first.stopMs < 5000, `stopped ${first.stopMs} ms after SIGINT`);
  const added1 = first.statuses.filter((s) => s === 'added').length;
  assert.match(first.stderr, new RegExp(`parallax: interrupted after ${first.statuses.length} articles \\(${added1} added, .*\\); store .* is consistent: run the same command again to continue`));
  const afterFirst = inspect(db);
  assert.equal(afterFirst.integrity, 'ok');
  assert.equal(afterFirst.articles, added1, 'the store holds exactly what was reported');
  assert.ok(added1 < 20_000);

  const second = await ingestAndInterrupt(feed, db, 5);
  assert.equal(second.code, 130, second.stderr);
  assert.ok(second.stopMs < 5000, `stopped ${second.stopMs} ms after SIGINT`);
  const added2 = second.statuses.filter((s) => s === 'added').length;
  assert.deepEqual(second.statuses.slice(0, added1), Array(added1).fill('skipped'), 'what the first run stored is skipped without reading it again');
  assert.ok(!second.statuses.includes('duplicate'));
  const afterSecond = inspect(db);
  assert.equal(afterSecond.integrity, 'ok');
  assert.equal(afterSecond.articles, added1 + added2);
  assert.equal(afterSecond.distinct, afterSecond.articles);
  assert.equal(afterSecond.sources, afterSecond.articles, 'every stored item has its resume key');
});
