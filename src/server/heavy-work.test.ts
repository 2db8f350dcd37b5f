/**
 * The heavy API routes on a real server with its thread pool: reads stay quick
 * while a comparison runs, a job over its budget is stopped with the limit
 * named, and a job whose client hung up is stopped.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';
import { startServer, type RunningServer } from './serve.js';
import { WorkPool, siblingModule } from './work-pool.js';

const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Dresden', 'Bremen', 'Kiel'];
const PEOPLE = ['Anna Keller', 'Jonas Brandt', 'Mira Vogt', 'Paul Hering', 'Lena Stoll', 'Tim Arndt'];
const WHAT = ['die Brücke', 'das Rathaus', 'die Schule', 'der Bahnhof', 'das Klinikum', 'die Halle'];

/** A long German report of our own making: varied sentences about many small events. */
function longReport(sentences: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const k = i * 7 + seed;
    const who = PEOPLE[k % PEOPLE.length]!;
    const where = CITIES[(k >> 1) % CITIES.length]!;
    const what = WHAT[(k >> 2) % WHAT.length]!;
    out.push(
      i % 3 === 0
        ? `„Wir brauchen ${what} in ${where} bis ${2030 + (k % 9)}“, sagte ${who} am Montag.`
        : i % 3 === 1
          ? `In ${where} kostet ${what} nach Angaben der Stadt ${(k % 90) + 10} Millionen Euro.`
          : `${who} kritisierte, ${what} in ${where} sei seit ${(k % 12) + 2} Jahren geschlossen.`,
    );
    if (i % 5 === 4) out.push('');
  }
  return out.join(' ').replace(/ {2}/g, '\n\n');
}

async function post(server: RunningServer, path: string, body: unknown, signal?: AbortSignal): Promise<{ status: number; text: string }> {
  const r = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
  return { status: r.status, text: await r.text() };
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('heavy work on the thread pool', () => {
  let service: ParallaxService;
  let server: RunningServer;
  let pool: WorkPool;
  before(async () => {
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    pool = new WorkPool({ workerUrl: siblingModule(new URL('./serve.ts', import.meta.url).href.replace(/\.ts$/, import.meta.url.endsWith('.ts') ? '.ts' : '.js'), 'work-thread'), size: 1, timeLimitMs: 60_000 });
    server = await startServer(service, { port: 0, host: '127.0.0.1', work: pool, rateLimitPerMinute: 0 });
    // Load the models once, so the tests below time only their own work.
    assert.equal((await post(server, '/api/compare', { articles: [{ text: longReport(6, 1) }] })).status, 200);
  });
  after(async () => {
    await server.close();
    await pool.close();
    await service.close();
  });

  test('health and reads answer while a large comparison runs', async () => {
    const articles = [0, 1, 2].map((seed) => ({ text: longReport(800, seed) }));
    const started = Date.now();
    const comparing = post(server, '/api/compare', { articles });
    await new Promise((r) => setTimeout(r, 300));
    const slowest = { health: 0, stories: 0 };
    let rounds = 0;
    while (pool.stats.done < 2 && Date.now() - started < 60_000 && rounds < 40) {
      for (const path of ['/api/health', '/api/stories'] as const) {
        const t = Date.now();
        const r = await fetch(`${server.url}${path}`);
        assert.equal(r.status, 200);
        await r.text();
        slowest[path === '/api/health' ? 'health' : 'stories'] = Math.max(slowest[path === '/api/health' ? 'health' : 'stories'], Date.now() - t);
      }
      rounds++;
    }
    const answer = await comparing;
    assert.equal(answer.status, 200, answer.text.slice(0, 300));
    assert.equal(JSON.parse(answer.text).articles.length, 3);
    // Generous bounds for a loaded machine: on the event loop these waited for the whole comparison.
    assert.ok(slowest.health < 2000 && slowest.stories < 2000, `reads waited ${JSON.stringify(slowest)} ms`);
  });

  test('a client that hangs up stops its job', async () => {
    const before_ = pool.stats.cancelled;
    const controller = new AbortController();
    const articles = [0, 1, 2, 3, 4, 5].map((seed) => ({ text: longReport(1500, seed + 10) }));
    const request = post(server, '/api/compare', { articles }, controller.signal).catch(() => null);
    await new Promise((r) => setTimeout(r, 500));
    controller.abort();
    await request;
    assert.ok(await waitFor(() => pool.stats.cancelled > before_ || pool.stats.done > 0, 10_000), 'the job was neither stopped nor finished');
    // The pool is free again: a small request is answered.
    assert.equal((await post(server, '/api/compare', { articles: [{ text: longReport(3, 2) }] })).status, 200);
  });

  test('a stored article is analysed on the pool and stored on the event loop', async () => {
    const r = await post(server, '/api/articles', { text: longReport(12, 5), outlet: 'Testblatt', title: 'Brücken und Hallen' });
    assert.equal(r.status, 201, r.text);
    const id = JSON.parse(r.text).articles[0].articleId as string;
    const stored = await service.store.getArticle(id);
    assert.equal(stored?.outlet, 'Testblatt');
    assert.ok((stored?.analysis.quotes.length ?? 0) > 0, 'the analysis came back whole');
  });
});

describe('budgets', () => {
  test('a comparison over its time budget gets 503 naming the limit', async () => {
    const service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    const server = await startServer(service, { port: 0, host: '127.0.0.1', threads: 1, jobTimeLimitMs: 1, rateLimitPerMinute: 0 });
    try {
      const r = await post(server, '/api/compare', { articles: [{ text: longReport(400, 3) }, { text: longReport(400, 4) }] });
      assert.equal(r.status, 503, r.text.slice(0, 200));
      assert.match(JSON.parse(r.text).error.message, /^compare: stopped after 1 ms, the time budget of one request/);
      const health = await fetch(`${server.url}/api/health`);
      assert.equal(health.status, 200);
    } finally {
      await server.close();
      await service.close();
    }
  });
});
