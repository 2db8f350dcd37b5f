/**
 * Feeds end to end through the CLI: subscribe, watch once (teasers replaced by
 * their pages, fetched from a real local server), poll again (conditional GET,
 * nothing new), ingest a feed URL directly, remove. A broken feed is reported
 * and does not stop the others.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const page = (p: string) => readFileSync(join(root, 'fixtures', 'stories', p), 'utf8');

let server: Server;
let base = '';
const hits: string[] = [];

function rss(items: { title: string; path: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bayern-Echo</title><link>${base}/</link><description>Test</description>
${items.map((i) => `<item><title>${i.title}</title><link>${base}${i.path}?utm_source=rss</link><guid>${i.path}</guid><description>Kurz: ${i.title} …</description></item>`).join('\n')}
</channel></rss>`;
}

before(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url} ${req.headers['if-none-match'] ?? ''}`);
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    if (path === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      return void res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
        .end(rss([{ title: 'Passau kämpft gegen die Flut', path: '/flut.html' }, { title: 'Bridge collapse', path: '/bridge.html' }]));
    }
    if (path === '/broken.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><title>kaputt');
    if (path === '/flut.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('de-hochwasser/bayernecho.html'));
    if (path === '/bridge.html') {
      const text = page('en-bridge/harbor-times.txt').replace(/^---[\s\S]*?---\n/, '');
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>Bridge collapse</title></head><body><article><h1>Bridge collapse in Riverton</h1>${text.split(/\n\n+/).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

/** Runs the CLI without blocking this process, which also serves the feeds. */
function run(db: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // The feeds are on loopback, which the outbound policy refuses by default: allowed here explicitly.
    const env = { ...process.env, PARALLAX_ALLOW_HOSTS: '127.0.0.1' };
    execFile(process.execPath, [bin, ...args, '--db', db], { cwd: root, encoding: 'utf8', timeout: 60_000, env }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

test('subscribe, watch once, poll again, list health, remove', { timeout: 120_000 }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'parallax-feeds-')), 'f.db');
  assert.equal((await run(db, 'feeds', 'add', `${base}/feed.xml`, `${base}/broken.xml`)).status, 0);
  const first = await run(db, 'watch', '--once', '--json');
  assert.equal(first.status, 0, first.stderr);
  const polls = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { feed: string; status: string; newItems: number; error: string | null });
  const good = polls.find((p) => p.feed.endsWith('/feed.xml'))!;
  const bad = polls.find((p) => p.feed.endsWith('/broken.xml'))!;
  assert.equal(good.status, 'new-items');
  assert.equal(good.newItems, 2);
  assert.equal(bad.status, 'failed');
  assert.match(bad.error!, /broken\.xml|malformed|XML/i);
  assert.ok(hits.some((h) => h.startsWith('GET /flut.html')), 'the teaser was replaced by its page');

  const stories = JSON.parse((await run(db, 'stories', '--json')).stdout) as { total: number; items: { title: string; languages: string[] }[] };
  assert.equal(stories.total, 2);
  const search = JSON.parse((await run(db, 'search', 'Passau', '--json')).stdout) as { total: number; items: { article: { url: string } }[] };
  assert.equal(search.total, 1);
  assert.ok(!search.items[0]!.article.url.includes('utm_source'), 'tracking parameters are stripped from stored URLs');

  assert.equal((await run(db, 'watch', '--once', '--json')).stdout.trim(), '', 'nothing is due right after a poll');
  const second = await run(db, 'watch', '--once', '--all', '--json');
  const again = second.stdout.trim().split('\n').map((l) => JSON.parse(l) as { feed: string; status: string });
  assert.equal(again.find((p) => p.feed.endsWith('/feed.xml'))!.status, 'not-modified');
  assert.ok(hits.some((h) => h.startsWith('GET /feed.xml "v1"')), 'the second poll was a conditional GET');

  const list = JSON.parse((await run(db, 'feeds', 'list', '--json')).stdout) as { url: string; status: string; itemsSeen: number; lastError: string | null }[];
  assert.equal(list.find((f) => f.url.endsWith('/feed.xml'))!.status, 'ok');
  assert.equal(list.find((f) => f.url.endsWith('/feed.xml'))!.itemsSeen, 2);
  const broken = list.find((f) => f.url.endsWith('/broken.xml'))!;
  assert.equal(broken.status, 'failing');
  assert.ok(broken.lastError);

  assert.equal((await run(db, 'feeds', 'remove', `${base}/broken.xml`)).status, 0);
  const gone = await run(db, 'feeds', 'remove', `${base}/broken.xml`);
  assert.equal(gone.status, 1);
  assert.match(gone.stderr, /not subscribed/);
});

test('ingest takes a feed URL directly and stores each article once', { timeout: 120_000 }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'parallax-feeds-')), 'g.db');
  const first = await run(db, 'ingest', `${base}/feed.xml`, '--json', '--no-compare');
  assert.equal(first.status, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout.trim().split('\n').pop()!).summary.added, 2);
  const again = await run(db, 'ingest', `${base}/feed.xml`, '--json', '--no-compare');
  assert.equal(JSON.parse(again.stdout.trim().split('\n').pop()!).summary.added, 0);
  const bad = await run(db, 'ingest', `${base}/broken.xml`);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /broken\.xml/);
  assert.doesNotMatch(bad.stderr, /at .*\.js:\d+/, 'no stack trace');
});
