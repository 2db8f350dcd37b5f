/**
 * `parallax worker` processes on a real PostgreSQL server, and the faults they
 * must survive (issue 14): a worker killed with SIGKILL mid-job (the job runs
 * again elsewhere after its time limit: one article, no duplicate); two workers
 * racing for one article (one result); several workers give the stories one
 * process gives over the same articles in the same seq order; failed jobs are
 * listed with their error and re-run by `jobs retry`; a SQLite store is refused
 * in one line. Time limits, upkeep and polling are made short through the
 * PARALLAX_JOB_* variables.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FixtureServer } from '../test-support/fixture-server.js';
import { pgTestServer } from '../store/postgres/test-database.js';
import { openStore } from '../store/open.js';
import { openPgBossQueue } from '../service/jobs/pg-boss-queue.js';
import type { JobInfo } from '../service/jobs/queue.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = join(root, 'src', 'test-support', 'cli-main.ts');
const demo = join(root, 'fixtures', 'demo');
const stories = join(root, 'fixtures', 'stories');

/** Short limits: a lost job is retried within seconds. */
const FAST = {
  PARALLAX_JOB_TIMEOUT_SECONDS: '4',
  PARALLAX_JOB_MAINTENANCE_SECONDS: '1',
  PARALLAX_JOB_POLL_SECONDS: '0.5',
  PARALLAX_JOB_RETRY_SECONDS: '1',
  PARALLAX_ALLOW_HOSTS: '127.0.0.1',
  NO_COLOR: '1',
};

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...FAST, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

interface Worker {
  proc: ChildProcess;
  /** Its --json lines so far. */
  lines: { job: string; kind: string; status: string }[];
  stderr: string[];
  ready: Promise<void>;
  exited: Promise<void>;
}

function startWorker(db: string, env: Record<string, string> = {}): Worker {
  const proc = spawn(process.execPath, ['--import', 'tsx', main, 'worker', '--db', db, '--json'], { cwd: root, env: { ...process.env, ...FAST, ...env } });
  const w: Worker = { proc, lines: [], stderr: [], ready: Promise.resolve(), exited: Promise.resolve() };
  let out = '';
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n')) {
      w.lines.push(JSON.parse(out.slice(0, i)) as Worker['lines'][number]);
      out = out.slice(i + 1);
    }
  });
  w.ready = new Promise((resolve, reject) => {
    proc.stderr!.setEncoding('utf8').on('data', (d: string) => {
      w.stderr.push(d);
      if (w.stderr.join('').includes('parallax: worker on')) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${w.stderr.join('')}`)));
  });
  w.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
  return w;
}

async function stopWorker(w: Worker): Promise<void> {
  if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGTERM');
  await w.exited;
}

async function until<T>(what: string, fn: () => Promise<T | null | false>, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every job of the store's queue (in-process, for checks). */
async function jobsOf(db: string): Promise<JobInfo[]> {
  const queue = await openPgBossQueue(db);
  try {
    return await queue.list({ limit: 10_000 });
  } finally {
    await queue.close(0);
  }
}

async function storeFacts(db: string) {
  const store = await openStore(db);
  try {
    const articles = await store.articlesAfter(0, 10_000);
    return { articles, pending: articles.filter((a) => a.storyId === null).length };
  } finally {
    await store.close();
  }
}

/** All jobs finished, none failed, nothing pending. */
async function settled(db: string, articles: number) {
  return until(`${articles} articles stored and assigned, every job done`, async () => {
    const facts = await storeFacts(db);
    if (facts.articles.length < articles || facts.pending > 0) return null;
    const jobs = await jobsOf(db);
    return jobs.every((j) => j.state === 'completed' || j.state === 'failed') ? { ...facts, jobs } : null;
  });
}

const server = await pgTestServer('parallax worker on PostgreSQL');

if (server) {
  test('worker and jobs refuse a SQLite store in one line', async () => {
    const w = await cli(['worker', '--db', 'some.db']);
    assert.equal(w.code, 1);
    assert.match(w.stderr, /^parallax: worker: the job queue lives in PostgreSQL; give --db postgres:\/\/.* not "some\.db"/);
    assert.equal(w.stderr.trim().split('\n').length, 1);
    const r = await cli(['jobs', 'retry', 'not-an-id', '--db', 'postgres://127.0.0.1:1/x']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /"not-an-id": not a job id/);
  });

  test('a worker killed with SIGKILL mid-job: the job runs again on another worker, one article, nothing duplicated', { timeout: 120_000 }, async () => {
    const db = await server.freshUrl();
    const site = await FixtureServer.start();
    let held = 0;
    const page = `<html><head><title>Brückeneinsturz in Riverton</title></head><body><article><h1>Brückeneinsturz in Riverton</h1>
      <p>In Riverton ist am Montag eine Brücke eingestürzt. Vier Menschen wurden verletzt, sagte die Polizei.</p>
      <p>Bürgermeisterin Anna Vogt sprach von einem schwarzen Tag für die Stadt.</p></article></body></html>`;
    try {
      site.routes.set('/robots.txt', (_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n'));
      // The first request never gets an answer: its worker is killed while it waits.
      site.routes.set('/bruecke.html', (_q, res) => {
        if (held++ === 0) return;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      });
      const first = startWorker(db);
      await first.ready;
      const add = await cli(['jobs', 'add', `${site.base}/bruecke.html`, '--db', db, '--json']);
      assert.equal(add.code, 0, add.stderr);
      assert.deepEqual(JSON.parse(add.stdout), { analyse: 0, fetch: 1, skipped: 0, failed: 0 });
      await until('the first worker fetching the page', async () => held > 0);
      first.proc.kill('SIGKILL');
      await first.exited;
      const second = startWorker(db);
      try {
        const done = await settled(db, 1);
        assert.equal(done.articles.length, 1, 'one article');
        const fetches = done.jobs.filter((j) => j.kind === 'fetch-url');
        assert.equal(fetches.length, 1);
        assert.equal(fetches[0]!.state, 'completed');
        assert.ok(fetches[0]!.retries >= 1, 'run again after the kill');
        assert.equal(held, 2, 'fetched once more, by the second worker');
        assert.ok(second.lines.some((l) => l.kind === 'fetch-url' && l.status === 'done'));
        // Run once more by hand (delivery is at least once): nothing changes.
        const again = await cli(['jobs', 'add', `${site.base}/bruecke.html`, '--db', db, '--json']);
        assert.deepEqual(JSON.parse(again.stdout), { analyse: 0, fetch: 0, skipped: 1, failed: 0 });
      } finally {
        await stopWorker(second);
      }
    } finally {
      await site.close();
    }
  });

  test('two workers racing for one article queued twice: one article, one story', { timeout: 120_000 }, async () => {
    const db = await server.freshUrl();
    const file = join(stories, 'de-hochwasser', 'donaupost.txt');
    // Queued twice before any worker runs (the second add cannot know the article yet), then two workers start together.
    for (let i = 0; i < 2; i++) assert.equal((await cli(['jobs', 'add', file, '--db', db])).code, 0);
    const workers = [startWorker(db), startWorker(db)];
    try {
      await Promise.all(workers.map((w) => w.ready));
      const done = await settled(db, 1);
      assert.equal(done.articles.length, 1);
      const analyses = done.jobs.filter((j) => j.kind === 'analyse-article');
      assert.deepEqual(analyses.map((j) => j.state), ['completed', 'completed']);
      const results = workers.flatMap((w) => w.lines.filter((l) => l.kind === 'analyse-article')).map((l) => (l as unknown as { result: { status: string } }).result.status).sort();
      assert.deepEqual(results, ['added', 'duplicate']);
      const list = JSON.parse((await cli(['stories', '--db', db, '--json'])).stdout) as { items: { size: number }[] };
      assert.deepEqual(list.items.map((s) => s.size), [1]);
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
  });

  test('two workers give the stories one process gives over the same articles in the same order; failed jobs are listed and re-run', { timeout: 180_000 }, async () => {
    const db = await server.freshUrl();
    const workers = [startWorker(db), startWorker(db)];
    let facts;
    try {
      await Promise.all(workers.map((w) => w.ready));
      const add = JSON.parse((await cli(['jobs', 'add', demo, '--db', db, '--json'])).stdout) as { analyse: number };
      assert.ok(add.analyse >= 20, `queued ${add.analyse}`);
      facts = await settled(db, add.analyse);
      for (const w of workers) assert.ok(w.lines.some((l) => l.kind === 'analyse-article'), 'both workers analysed articles');
      assert.ok(facts.jobs.some((j) => j.kind === 'compare-story' && j.state === 'completed'), 'stories compared by the workers');
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
    // One process, the same articles in the same seq order.
    const single = new ParallaxService(await openStore(':memory:'), onlineStoryAssigner());
    const expected = new Map<string, string | null>();
    for (const a of facts.articles) {
      const o = await single.ingestAnalysis(a.analysis, { urls: [], sourceKey: null, source: a.analysis.article.source });
      expected.set(a.id, o.storyId);
    }
    await single.close();
    assert.deepEqual(new Map(facts.articles.map((a) => [a.id, a.storyId])), expected);
    assert.ok(new Set(expected.values()).size > 1, 'several stories');

    // A job that fails every time ends failed, with its error; `jobs retry` runs it again.
    const site = await FixtureServer.start();
    let up = false;
    try {
      site.routes.set('/robots.txt', (_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n'));
      site.routes.set('/spaet.html', (_q, res) => {
        if (!up) return void res.writeHead(404).end('not yet');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Späte Meldung aus Passau</title></head><body><article><h1>Späte Meldung aus Passau</h1><p>Der Pegel der Donau in Passau sinkt seit Dienstag wieder, teilte die Stadt mit.</p></article></body></html>');
      });
      const worker = startWorker(db);
      try {
        await worker.ready;
        // The retry limit is the job's own, set when it is queued.
        assert.equal((await cli(['jobs', 'add', `${site.base}/spaet.html`, '--db', db], { PARALLAX_JOB_RETRIES: '1' })).code, 0);
        const failed = await until('the job to fail', async () => {
          const r = await cli(['jobs', 'list', '--state', 'failed', '--json', '--db', db]);
          const jobs = (JSON.parse(r.stdout) as { jobs: JobInfo[] }).jobs;
          return jobs.length > 0 ? jobs : null;
        });
        assert.equal(failed[0]!.kind, 'fetch-url');
        assert.equal(failed[0]!.retries, 1);
        assert.match(failed[0]!.error ?? '', /404/);
        const text = await cli(['jobs', 'list', '--state', 'failed', '--db', db]);
        assert.match(text.stdout, /^\d+ completed, 1 failed\nfailed +fetch-url +[0-9a-f-]{36} +http:\/\/127\.0\.0\.1:\d+\/spaet\.html · retried 1\/1 · [^\n]+\n +http:\/\/127\.0\.0\.1:\d+\/spaet\.html: HTTP 404 Not Found\n$/);
        up = true;
        const retry = await cli(['jobs', 'retry', failed[0]!.id, '--db', db]);
        assert.equal(retry.stdout, '1 failed job queued again\n');
        const after = await settled(db, facts.articles.length + 1);
        assert.equal(after.jobs.find((j) => j.id === failed[0]!.id)!.state, 'completed');
        assert.equal((await cli(['jobs', 'retry', '--all-failed', '--db', db])).stdout, '0 failed jobs queued again\n');
      } finally {
        await stopWorker(worker);
      }
    } finally {
      await site.close();
    }
  });
}
