/**
 * Three real processes write one SQLite file at once: `serve` (articles
 * POSTed to its API), `ingest` of a folder and `ingest` of a feed file. Only
 * the holder of the story assignment lease puts articles into stories; the
 * stories in the end equal one process ingesting the same articles in the
 * same seq order, and nothing stays pending.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';
import { NEWS_EVENTS, reportOf } from '../test-support/news-events.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');

const NAMES = ['Rheinblatt', 'Donaupost', 'Elbkurier', 'Nordecho', 'Saarbote', 'Weserzeitung', 'Mainpost', 'Ostseeblick'];
/** 24 outlets: enough work per writer (32 articles) that the three surely run at the same time. */
const OUTLETS = [1, 2, 3].flatMap((edition) => NAMES.map((n) => `${n} ${edition === 1 ? '' : `Ausgabe ${edition}`}`.trim()));

interface Piece {
  title: string;
  outlet: string;
  published: string;
  body: string;
}

/**
 * 24 reports of each of four events, eight per writer; each writer goes
 * through the events in its own order, so each reaches an event the others
 * have stored reports of already: a process that did not see them would
 * open a second story. Then one follow-up per event, ingested afterwards.
 */
function corpus() {
  const orders = [
    [0, 1, 2, 3],
    [3, 2, 1, 0],
    [1, 3, 0, 2],
  ];
  const writers = orders.map((order, w) =>
    order.flatMap((e) => {
      const event = NEWS_EVENTS[e]!;
      return OUTLETS.flatMap((outlet, o) => (o % 3 === w ? [{ ...reportOf(event, outlet, o), outlet, published: event.day }] : []));
    }),
  );
  const followUps = NEWS_EVENTS.map((event) => ({ title: `Nach ${event.titles[0]!}`, outlet: 'Agenturdienst', published: event.day, body: `${event.followUp} ${event.facts[0]!}` }));
  return { files: writers[0]!, feedItems: writers[1]!, posts: writers[2]!, followUps };
}

function frontMatter(p: Piece): string {
  return ['---', `title: ${p.title}`, `outlet: ${p.outlet}`, `published: ${p.published}`, 'language: de', '---', '', p.body, ''].join('\n');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function rssFeed(pieces: Piece[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Agenturfeed</title><description>Test</description>
${pieces.map((p, i) => `<item><title>${xml(p.title)}</title><guid isPermaLink="false">item-${i}</guid><pubDate>${new Date(`${p.published}T08:00:00Z`).toUTCString()}</pubDate><content:encoded>${xml(`<p>${p.body}</p>`)}</content:encoded></item>`).join('\n')}
</channel></rss>
`;
}

function startServe(db: string): Promise<{ url: string; child: ChildProcess }> {
  // All POSTs come from one address: no per-client rate limit here.
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PARALLAX_RATE_LIMIT: '0' } });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${err}`)));
  });
}

function runIngest(args: string[]): Promise<{ code: number | null; lines: Record<string, unknown>[]; stderr: string }> {
  const child = spawn(process.execPath, [bin, 'ingest', ...args, '--json', '--no-compare'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve({ code, stderr: err, lines: out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) }));
  });
}

function readStore(path: string) {
  const db = new Database(path);
  try {
    const q = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
    return {
      integrity: q('PRAGMA integrity_check')[0]!.integrity_check,
      pending: Number(q('SELECT COUNT(*) AS n FROM articles WHERE story_id IS NULL')[0]!.n),
      sizeMismatch: Number(q('SELECT COUNT(*) AS n FROM stories s WHERE s.size != (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)')[0]!.n),
    };
  } finally {
    db.close();
  }
}

async function storiesOf(path: string) {
  const store = openSqliteStore(path);
  try {
    const articles = await store.articlesAfter(0, 10_000);
    return {
      articles,
      assignment: articles.map((a) => `${a.seq} ${a.id} story=${a.storyId} copyOf=${a.syndicatedFrom}`),
      stories: (await store.listStories({ limit: 500 })).items.map((s) => `${s.id} size=${s.size} updated=${s.updatedSeq} ${s.title}`).sort(),
      merges: await store.listMerges(),
    };
  } finally {
    await store.close();
  }
}

async function waitFor(what: string, done: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !done(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('serve, an ingest of files and an ingest of a feed writing one store at once: the stories of one sequential run', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-writers-'));
  const db = join(dir, 'shared.db');
  const { files, feedItems, posts, followUps } = corpus();
  const writeFolder = (name: string, pieces: Piece[]) => {
    mkdirSync(join(dir, name));
    pieces.forEach((p, i) => writeFileSync(join(dir, name, `${String(i).padStart(2, '0')}.md`), frontMatter(p)));
  };
  writeFolder('files', files);
  writeFolder('follow-ups', followUps);
  writeFileSync(join(dir, 'feed.xml'), rssFeed(feedItems));

  const server = await startServe(db);
  try {
    // The three writers at once: two ingest processes, and the server's own writes.
    const [fromFiles, fromFeed, posted] = await Promise.all([
      runIngest([join(dir, 'files'), '--db', db]),
      runIngest([join(dir, 'feed.xml'), '--db', db]),
      (async () => {
        const out: { storyId: string | null }[] = [];
        for (const p of posts) {
          const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: p.body, title: p.title, outlet: p.outlet, published: p.published, language: 'de' }) });
          assert.equal(res.status, 201, await res.clone().text());
          out.push(...((await res.json()) as { articles: { storyId: string | null }[] }).articles);
        }
        return out;
      })(),
    ]);
    assert.equal(fromFiles.code, 0, fromFiles.stderr);
    assert.equal(fromFeed.code, 0, fromFeed.stderr);
    const added = [...fromFiles.lines, ...fromFeed.lines].filter((l) => l.status === 'added');
    assert.equal(added.length, files.length + feedItems.length);
    assert.equal(posted.length, posts.length);
    // The server took the lease first: the ingests left their articles to it.
    assert.ok(added.some((l) => l.storyId === null), 'an ingest ran beside the lease holder and stored pending articles');
    // The server assigns what the ingests stored, by itself.
    await waitFor('the server to assign every pending article', () => readStore(db).pending === 0, 60_000);
  } finally {
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
  }

  // Later, alone: follow-ups must join their events' stories, from the state the three left behind.
  const later = await runIngest([join(dir, 'follow-ups'), '--db', db]);
  assert.equal(later.code, 0, later.stderr);
  assert.ok(later.lines.filter((l) => l.status === 'added').every((l) => l.storyId), 'alone, the ingest holds the lease and assigns');

  const check = readStore(db);
  assert.equal(check.integrity, 'ok');
  assert.equal(check.pending, 0);
  assert.equal(check.sizeMismatch, 0);
  const got = await storiesOf(db);
  assert.equal(got.articles.length, files.length + feedItems.length + posts.length + followUps.length);

  // One process, the same articles (their stored analyses) in the same seq order.
  const oracleDb = join(dir, 'sequential.db');
  const one = new ParallaxService(openSqliteStore(oracleDb), onlineStoryAssigner());
  for (const a of got.articles) await one.ingestAnalysis(a.analysis, { urls: [], sourceKey: null, source: a.source });
  await one.close();
  const want = await storiesOf(oracleDb);
  assert.deepEqual(got.assignment, want.assignment);
  assert.deepEqual(got.stories, want.stories);
  assert.deepEqual(got.merges, want.merges);
  assert.equal(want.stories.length, NEWS_EVENTS.length, 'one story per event');
});
