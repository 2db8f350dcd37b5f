/**
 * PostgreSQL restarted during an ingest (issue 14): two workers are analysing
 * queued articles when the server shuts down (fast: every connection cut) and
 * comes back; they reconnect by themselves and finish: every article stored
 * once and assigned, no job failed, the same stories as one process over the
 * same articles in the same order. The server is a throwaway cluster of this
 * test's own (the shared one on 5432 must stay up for other tests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { throwawayPostgres } from '../test-support/throwaway-postgres.js';
import { cli, demo, settled, singleProcessStories, startWorker, stopWorker, storeFacts, until } from '../test-support/job-workers.js';

const pg = await throwawayPostgres('workers through a PostgreSQL restart');

if (pg) {
  test('workers survive a PostgreSQL restart during an ingest and finish it', { timeout: 180_000 }, async () => {
    const db = pg.url;
    const add = await cli(['jobs', 'add', demo, '--db', db, '--json']);
    assert.equal(add.code, 0, add.stderr);
    const queued = (JSON.parse(add.stdout) as { analyse: number }).analyse;
    const workers = [startWorker(db), startWorker(db)];
    try {
      await Promise.all(workers.map((w) => w.ready));
      const before = await until('a few articles stored', async () => {
        const n = (await storeFacts(db)).articles.length;
        return n >= 3 ? n : null;
      });
      assert.ok(before < queued, 'the restart comes in the middle of the ingest');
      await pg.restart();
      const done = await settled(db, queued).catch((err: Error) => {
        throw new Error(`${err.message}\n${workers.map((w, i) => `worker ${i + 1}: ${w.stderr.join('')}`).join('\n')}`);
      });
      assert.equal(done.articles.length, queued, 'every article once');
      assert.equal(new Set(done.articles.map((a) => a.id)).size, queued);
      assert.deepEqual(done.jobs.filter((j) => j.state === 'failed'), [], 'no job failed for good');
      for (const w of workers) assert.equal(w.proc.exitCode, null, `a worker exited: ${w.stderr.join('')}`);
      assert.ok(workers.some((w) => /the database failed|job queue|terminat/i.test(w.stderr.join(''))), 'the workers saw the restart');
      assert.deepEqual(new Map(done.articles.map((a) => [a.id, a.storyId])), await singleProcessStories(done.articles));
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
  });
}
