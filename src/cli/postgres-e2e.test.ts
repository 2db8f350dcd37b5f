/**
 * The CLI end to end on PostgreSQL, as users run it (the built CLI, real child
 * processes, a real server): ingest, stories, story and search give what the
 * same commands give on a SQLite file; export/import move a store between the
 * two backends losslessly, both ways; watch queues feed polls that a worker
 * runs into PostgreSQL; two
 * `parallax serve` processes on one database answer with the same data, and an
 * article POSTed to one is in the other's stories.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FixtureServer } from '../test-support/fixture-server.js';
import { pgTestServer } from '../store/postgres/test-database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const stories = join(root, 'fixtures', 'stories');
const fixture = (p: string) => readFileSync(join(stories, p), 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'parallax-pg-e2e-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** One CLI command in its own process (asynchronous: a test may serve feeds from this one meanwhile). */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Runs a command that must succeed and returns its standard output. */
async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await cli(args, env);
  assert.equal(r.code, 0, `parallax ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const json = <T>(text: string) => JSON.parse(text) as T;

interface StoryPage {
  total: number;
  items: { id: string; title: string; size: number; outlets: string[] }[];
}

/** The stories of a store, for comparing two stores. */
async function storyList(db: string): Promise<StoryPage['items']> {
  return json<StoryPage>(await ok(['stories', '--db', db, '--json', '--limit', '100'])).items;
}

const server = await pgTestServer('parallax end to end on PostgreSQL');

if (server) {
  test('ingest, stories, story and search on PostgreSQL give what they give on SQLite', { timeout: 180_000 }, async () => {
    const pg = await server.freshUrl();
    const lite = join(tmp(), 'p.db');
    for (const db of [pg, lite]) await ok(['ingest', stories, '--db', db, '--json']);
    const onPg = await storyList(pg);
    assert.equal(onPg.length, 3);
    assert.deepEqual(onPg, await storyList(lite), 'same stories, same ids, same order');
    const flood = onPg.find((s) => s.title.includes('Passau'))!;
    assert.deepEqual(flood.outlets, ['Bayern-Echo', 'Donaupost', 'Rheinblatt']);
    // The whole comparison, byte for byte: computed once by ingest, kept in the store, read back.
    const report = await ok(['story', flood.id, '--db', pg, '--format', 'json']);
    assert.equal(report, await ok(['story', flood.id, '--db', lite, '--format', 'json']));
    assert.match(await ok(['story', flood.id, '--db', pg]), /Drei Tote bei Hochwasser in Passau[\s\S]*3 articles compared/);
    const hits = json<{ total: number; items: { article: { outlet: string } }[] }>(await ok(['search', 'Hochwass*', 'Passau', '--db', pg, '--json']));
    assert.equal(hits.total, 3);
    assert.deepEqual(hits.items.map((h) => h.article.outlet).sort(), flood.outlets);
    const missing = await cli(['story', 'st-0000000000000000', '--db', pg]);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1, missing.stderr);
  });

  test('export from SQLite, import into PostgreSQL and back: the same lines, and the stores go on alike', { timeout: 180_000 }, async () => {
    const dir = tmp();
    const lite = join(dir, 'source.db');
    await ok(['ingest', join(stories, 'de-hochwasser'), join(stories, 'en-bridge'), '--db', lite]);
    await ok(['feeds', 'add', 'https://feeds.example/rss.xml?apikey=K3Y&lang=de', '--db', lite]);
    const fromLite = join(dir, 'from-sqlite.jsonl');
    await ok(['export', '--db', lite, '--out', fromLite]);

    const pg = await server.freshUrl();
    const imported = json<{ articles: number; stories: number; feeds: number; mode: string }>(await ok(['import', fromLite, '--db', pg, '--json']));
    assert.deepEqual(imported, { articles: 6, duplicates: 0, stories: 2, feeds: 1, mode: 'exact' });
    const fromPg = join(dir, 'from-postgres.jsonl');
    await ok(['export', '--db', pg, '--out', fromPg]);
    assert.equal(readFileSync(fromPg, 'utf8'), readFileSync(fromLite, 'utf8'), 'PostgreSQL exports exactly what SQLite exported');

    const back = join(dir, 'back.db');
    await ok(['import', fromPg, '--db', back]);
    await ok(['export', '--db', back, '--out', join(dir, 'back.jsonl')]);
    assert.equal(readFileSync(join(dir, 'back.jsonl'), 'utf8'), readFileSync(fromLite, 'utf8'), 'and back into SQLite');
    assert.deepEqual(await storyList(pg), await storyList(lite));

    // The story assigner's state came along: the next article lands in the same story in both stores.
    const next = join(stories, 'de-en-gipfel', 'nordkurier.txt');
    const added = await Promise.all([pg, lite].map(async (db) => json<{ summary: { added: number } }>((await ok(['ingest', next, '--db', db, '--json'])).trim().split('\n').pop()!)));
    assert.deepEqual(added.map((a) => a.summary.added), [1, 1]);
    assert.deepEqual(await storyList(pg), await storyList(lite));
  });

  test('on PostgreSQL, feeds add and watch --once queue the polls; a worker polls the feed and fetches its pages', { timeout: 120_000 }, async () => {
    const site = await FixtureServer.start();
    try {
      const base = site.base;
      const html = (title: string, text: string) =>
        `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${text.split(/\n\n+/).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      const body = (p: string) => fixture(p).replace(/^---[\s\S]*?---\n/, '');
      site.routes.set('/robots.txt', (_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n'));
      site.routes.set('/feed.xml', (_q, res) =>
        void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbor Times</title><link>${base}/</link><description>Test</description>
<item><title>Bridge collapse in Riverton</title><link>${base}/bridge.html</link><guid>bridge</guid><description>Four injured …</description></item>
<item><title>Drei Tote bei Hochwasser in Passau</title><link>${base}/flut.html</link><guid>flut</guid><description>Hochwasser …</description></item>
</channel></rss>`),
      );
      site.routes.set('/bridge.html', (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('Bridge collapse in Riverton', body('en-bridge/harbor-times.txt'))));
      site.routes.set('/flut.html', (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('Drei Tote bei Hochwasser in Passau', body('de-hochwasser/donaupost.txt'))));
      const pg = await server.freshUrl();
      // The feed is on loopback, which the outbound policy refuses by default: allowed here explicitly.
      const env = { PARALLAX_ALLOW_HOSTS: '127.0.0.1' };
      // Subscribing queues the first poll (in the same transaction); watch on PostgreSQL only schedules, so it finds it queued.
      await ok(['feeds', 'add', `${base}/feed.xml`, '--db', pg], env);
      const polls = (await ok(['watch', '--once', '--json', '--db', pg], env)).trim().split('\n').map((l) => json<{ feed: string; status: string }>(l));
      assert.deepEqual(polls.map((p) => p.status), ['already queued']);
      const worker = spawn(process.execPath, [bin, 'worker', '--db', pg], { cwd: root, stdio: 'ignore', env: { ...process.env, ...env, PARALLAX_JOB_POLL_SECONDS: '0.5' } });
      try {
        for (let i = 0; i < 600 && (await storyList(pg)).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      } finally {
        worker.kill('SIGTERM');
        await new Promise((r) => worker.once('exit', r));
      }
      const list = await storyList(pg);
      assert.deepEqual(list.map((s) => s.title).sort(), ['Bridge collapse in Riverton', 'Drei Tote bei Hochwasser in Passau']);
      const feeds = json<{ url: string; status: string; itemsSeen: number }[]>(await ok(['feeds', 'list', '--json', '--db', pg]));
      assert.deepEqual(feeds.map((f) => [f.status, f.itemsSeen]), [['ok', 2]]);
      // Polled again right away: nothing is due, nothing new is stored.
      assert.equal((await ok(['watch', '--once', '--json', '--db', pg], env)).trim(), '');
      assert.equal((await storyList(pg)).length, 2);
    } finally {
      await site.close();
    }
  });

  test('two serve processes on one PostgreSQL database answer alike; an article POSTed to either reaches both', { timeout: 180_000 }, async () => {
    const pg = await server.freshUrl();
    await ok(['ingest', join(stories, 'de-hochwasser'), join(stories, 'en-bridge'), '--db', pg]);
    const [a, b] = await Promise.all([startServe(pg), startServe(pg)]);
    try {
      const get = async (s: Serve, path: string) => {
        const res = await fetch(`${s.url}${path}`);
        assert.equal(res.status, 200, `${s.url}${path}`);
        return res.json() as Promise<unknown>;
      };
      for (const path of ['/api/stories', '/api/articles?limit=50', '/api/search?q=Passau', '/api/entities?q=Passau']) {
        assert.deepEqual(await get(a, path), await get(b, path), path);
      }
      const flood = (await get(a, '/api/stories?q=Passau')) as StoryPage;
      assert.equal(flood.total, 1);
      const floodId = flood.items[0]!.id;
      assert.deepEqual(await get(a, `/api/stories/${floodId}`), await get(b, `/api/stories/${floodId}`));

      // One new article through each server: whichever does not hold the assignment lease stores it pending, and the holder assigns it.
      const texts = [
        { outlet: 'Inntal-Bote', text: fixture('de-hochwasser/donaupost.txt').replace(/^---[\s\S]*?---\n/, '').replace('drei Menschen', 'mindestens drei Menschen') },
        { outlet: 'Isar-Kurier', text: fixture('de-hochwasser/rheinblatt.txt').replace(/^---[\s\S]*?---\n/, '').replace('Tausende', 'Viele Tausend') },
      ];
      const posted: string[] = [];
      const placed: (string | null)[] = [];
      for (const [i, s] of [a, b].entries()) {
        const res = await fetch(`${s.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...texts[i]!, published: '2024-06-05' }) });
        assert.equal(res.status, 201, await res.clone().text());
        const out = (await res.json()) as { articles: { status: string; articleId: string; storyId: string | null }[] };
        assert.equal(out.articles[0]!.status, 'added');
        posted.push(out.articles[0]!.articleId);
        placed.push(out.articles[0]!.storyId);
      }
      // One server holds the lease and placed its article at once; the other's was stored pending, for the holder to assign.
      assert.deepEqual([...placed].sort(), [floodId, null].sort(), 'one article placed by the holder, one pending');
      // Each server sees both articles in the flood story (the non-holder's within its lease poll).
      for (const s of [a, b]) {
        const story = await waitFor(async () => {
          const page = (await get(s, `/api/stories/${floodId}`)) as { story: { size: number; outlets: string[] }; articles: { id: string }[] };
          return page.story.size === 5 ? page : null;
        }, `${s.url}: the flood story with both new articles`);
        assert.deepEqual(story.story.outlets, ['Bayern-Echo', 'Donaupost', 'Inntal-Bote', 'Isar-Kurier', 'Rheinblatt']);
        for (const id of posted) assert.ok(story.articles.some((x) => x.id === id), `${s.url} lists ${id}`);
      }
      for (const path of ['/api/stories', `/api/stories/${floodId}`, '/api/search?q=Isar-Kurier+OR+mindestens']) {
        assert.deepEqual(await get(a, path), await get(b, path), path);
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    assert.equal(a.stderr(), '', 'no errors from the first server');
    assert.equal(b.stderr(), '', 'no errors from the second server');
  });
}

interface Serve {
  url: string;
  stderr(): string;
  close(): Promise<void>;
}

/** `parallax serve --db URL` on a free port; resolves once it listens. */
function startServe(db: string): Promise<Serve> {
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', PARALLAX_TOKEN: '' } });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (!out.includes('\n')) return;
      resolve({
        url: json<{ url: string }>(out.split('\n')[0]!).url,
        stderr: () => err,
        close: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`parallax serve exited with ${code}: ${err}`)));
  });
}

/** Polls until `probe` gives a value (at most 15 s). */
async function waitFor<T>(probe: () => Promise<T | null>, what: string): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
