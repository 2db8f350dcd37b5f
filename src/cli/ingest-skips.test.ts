/**
 * Bad records are skipped, never fatal: a record whose analysis throws, a line
 * that is not JSON, a line or file over the size limit — each is reported with
 * its place (file:line) and cause, the others are stored, the exit code is 2,
 * and running again stores nothing new and reports the same skips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';
import { defaultAnalyzer, type Analyzer } from '../analysis-error.js';
import { runIngest, type IngestSummary } from './ingest-run.js';
import { CliError } from './errors.js';
import type { Store } from '../store/store.js';
import { progress } from './progress.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'src', 'test-support', 'cli-main.ts');

const CITIES = ['Passau', 'Regensburg', 'Dresden', 'Magdeburg', 'Koblenz', 'Trier'];
const POISON = 'Giftmischer';

function record(i: number, extra = ''): string {
  const city = CITIES[i % CITIES.length]!;
  return JSON.stringify({
    title: `Hochwasser in ${city}: ${i + 2} Tote`,
    text: `Das Hochwasser hat in ${city} ${i + 2} Menschen das Leben gekostet. Der Pegel stieg am Montag auf ${6 + i} Meter.${extra}\n\nRund ${100 + i} Helfer waren im Einsatz, sagte der Bürgermeister.`,
    outlet: `Blatt ${i}`,
    published: '2024-06-03',
    language: 'de',
  });
}

/** Fails like the stack overflow a pathological text once caused, whatever the core does today. */
const failingOnPoison: Analyzer = (article) => {
  if (article.text.includes(POISON)) throw new RangeError('Maximum call stack size exceeded');
  return defaultAnalyzer(article);
};

async function ingestInProcess(db: string, specs: string[], maxBytes?: number): Promise<{ summary: IngestSummary; said: string[]; out: Record<string, unknown>[] }> {
  const service = new ParallaxService(openSqliteStore(db), onlineStoryAssigner(), { analyze: failingOnPoison });
  const said: string[] = [];
  const out: Record<string, unknown>[] = [];
  try {
    const summary = await runIngest(service, specs, {
      json: true,
      compare: false,
      maxBytes,
      out: (line) => out.push(JSON.parse(line) as Record<string, unknown>),
      say: (line) => said.push(line),
      bar: progress(false),
      interrupt: { requested: null, signal: new AbortController().signal },
    });
    return { summary, said, out };
  } finally {
    await service.close();
  }
}

function countArticles(db: string): Promise<number> {
  const store = openSqliteStore(db);
  return store.countArticles().finally(() => store.close());
}

test('a record whose analysis throws is skipped with file:line and cause; the others are stored; a re-run stores nothing new and reports the same skip', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-poison-'));
  const dump = join(dir, 'dump.jsonl');
  const lines = [record(0), record(1), record(2, ` ${POISON}`), record(3), '{"title": "kaputt", ', record(4), record(5)];
  writeFileSync(dump, `${lines.join('\n')}\n`);
  const db = join(dir, 'news.db');

  const first = await ingestInProcess(db, [dump]);
  assert.equal(first.summary.added, 5, first.said.join("\n"));
  assert.equal(first.summary.failed, 2);
  assert.equal(await countArticles(db), 5);
  const poisonLine = `parallax: skipped ${dump}:3: cannot be analysed (RangeError: Maximum call stack size exceeded)`;
  assert.ok(first.said.includes(poisonLine), first.said.join('\n'));
  assert.ok(first.said.some((l) => l.startsWith(`parallax: skipped ${dump}:5: invalid JSON`)), first.said.join('\n'));
  assert.deepEqual(first.out.find((o) => o.status === 'failed'), { source: `${dump}:3`, status: 'failed', error: 'cannot be analysed (RangeError: Maximum call stack size exceeded)' });

  const again = await ingestInProcess(db, [dump]);
  assert.deepEqual({ added: again.summary.added, duplicate: again.summary.duplicate, skipped: again.summary.skipped, failed: again.summary.failed }, { added: 0, duplicate: 0, skipped: 5, failed: 2 });
  assert.ok(again.said.includes(poisonLine));
  assert.equal(await countArticles(db), 5);
});

test('a file or a line over the size limit is reported with the limit, and the rest is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-caps-'));
  const dump = join(dir, 'dump.jsonl');
  writeFileSync(dump, [record(0), record(1, ` ${'Wasser '.repeat(400)}`), record(2)].join('\n'));
  const feed = join(dir, 'big.xml');
  writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${'<item><title>x</title></item>'.repeat(200)}</channel></rss>`);
  const db = join(dir, 'news.db');
  const { summary, said } = await ingestInProcess(db, [dump, feed], 2048);
  assert.equal(summary.added, 2);
  assert.equal(summary.failed, 2);
  assert.ok(said.some((l) => /^parallax: skipped .*dump\.jsonl:2: line too long \(\d+(\.\d)? KB, limit 2 KB\)$/.test(l)), said.join('\n'));
  assert.ok(said.some((l) => /^parallax: skipped .*big\.xml: file too large \(\d+(\.\d)? KB, limit 2 KB\)$/.test(l)), said.join('\n'));
});

function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

test('the CLI exits 2 when it finished with skipped records (every time), 1 when nothing could be read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-exit-'));
  const dump = join(dir, 'dump.jsonl');
  writeFileSync(dump, [record(0), 'not json at all', record(1)].join('\n'));
  const db = join(dir, 'news.db');
  for (const run of [1, 2]) {
    const res = await cli(['ingest', dump, '--db', db, '--no-compare']);
    assert.equal(res.status, 2, `run ${run}: ${res.stderr}`);
    assert.match(res.stderr, new RegExp(`parallax: skipped ${dump.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON`));
    assert.match(res.stderr, run === 1 ? /2 added, 0 already stored, 0 skipped \(ingested before\), 1 failed/ : /0 added, 0 already stored, 2 skipped \(ingested before\), 1 failed/);
  }
  const feed = join(dir, 'big.rss');
  writeFileSync(feed, `<rss version="2.0"><channel><title>T</title>${'<item><title>Meldung</title><description>Text</description></item>'.repeat(20_000)}</channel></rss>`);
  const res = await cli(['ingest', feed, '--db', db, '--max-mb', '1']);
  assert.equal(res.status, 1, res.stderr);
  assert.match(res.stderr, /parallax: skipped .*big\.rss: file too large \(1\.\d MB, limit 1 MB\)/);
  assert.match(res.stderr, /parallax: no article could be read/);
});

test('a failing store stops the run with one line naming it, keeping what was stored (it is no bad record)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-full-'));
  const dump = join(dir, 'dump.jsonl');
  writeFileSync(dump, [0, 1, 2, 3, 4].map((i) => record(i)).join('\n'));
  const db = join(dir, 'news.db');
  const real = openSqliteStore(db);
  let writes = 0;
  // The disk fills up after two articles.
  const full = new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === 'writeArticle') {
        return (...args: Parameters<Store['writeArticle']>) => {
          if (++writes > 2) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
          return target.writeArticle(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const service = new ParallaxService(full, onlineStoryAssigner());
  const said: string[] = [];
  await assert.rejects(
    runIngest(service, [dump], { json: false, compare: false, out: () => {}, say: (l) => said.push(l), bar: progress(false), interrupt: { requested: null, signal: new AbortController().signal } }),
    (e: unknown) => e instanceof CliError && e.message === `${db}: the store failed (database or disk is full); stopped, what was stored is kept`,
  );
  assert.deepEqual(said, [], 'no record was blamed for the full disk');
  await service.close().catch(() => {});
  assert.equal(await countArticles(db), 2);
});
