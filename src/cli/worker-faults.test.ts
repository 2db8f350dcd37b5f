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
import { join } from 'node:path';
import { FixtureServer } from '../test-support/fixture-server.js';
import { pgTestServer } from '../store/postgres/test-database.js';
import type { JobInfo } from '../service/jobs/queue.js';
import { cli, demo, settled, singleProcessStories, startWorker, stopWorker, stories, until } from '../test-support/job-workers.js';

const server = await pgTestServer('parallax worker on PostgreSQL');

if (server) {
  test('worker and jobs refuse a SQLite store, a bad id and an unreachable server in one line', async () => {
    const w = await cli(['worker', '--db', 'some.db']);
    assert.equal(w.code, 1);
    assert.match(w.stderr, /^parallax: worker: the job queue lives in PostgreSQL; give --db postgres:\/\/.* not "some\.db"/);
    assert.equal(w.stderr.trim().split('\n').length, 1);
    const r = await cli(['jobs', 'retry', 'not-an-id', '--db', 'postgres://127.0.0.1:1/x']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /"not-an-id": not a job id/);
    const down = await cli(['jobs', 'list', '--db', 'postgres://news:s3cret@127.0.0.1:1/news']);
    assert.equal(down.code, 1);
    assert.equal(down.stderr, 'parallax: postgres://news:***@127.0.0.1:1/news (schema parallax_jobs): cannot open the job queue (connection refused: is PostgreSQL running there?)\n');
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
    const expected = await singleProcessStories(facts.articles);
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
