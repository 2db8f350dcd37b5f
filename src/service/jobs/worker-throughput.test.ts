/**
 * A worker loop with a backlog runs its jobs one after another, not one per
 * polling interval: pg-boss's loop waits the interval after every fetch, also
 * one that found a job, which capped a worker at `concurrency` jobs a second
 * (found by the scale-out bench: one worker stored 2 articles/s where one
 * `parallax ingest` stored 70). Idle, it still polls at the interval.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { pgTestServer } from '../../store/postgres/test-database.js';
import { openPgBossQueue } from './pg-boss-queue.js';
import type { JobHandlers } from './queue.js';

const server = await pgTestServer('job queue throughput');

if (server) {
  test('a backlog of quick jobs runs back to back, not one per polling interval', { timeout: 60_000 }, async () => {
    const url = await server.freshUrl();
    const queue = await openPgBossQueue(url, { pollSeconds: 1 });
    try {
      const JOBS = 8;
      for (let i = 0; i < JOBS; i++) await queue.enqueue('fetch-url', { url: `https://example.org/${i}`, sourceKey: null, fallback: null });
      const ran: string[] = [];
      let allRan: () => void = () => {};
      const finished = new Promise<void>((resolve) => (allRan = resolve));
      const none = async () => ({});
      const handlers: JobHandlers = {
        'poll-feed': none,
        'analyse-article': none,
        'assign-stories': none,
        'compare-story': none,
        async 'fetch-url'({ url: page }) {
          ran.push(page);
          if (ran.length === JOBS) allRan();
          return {};
        },
      };
      const t0 = performance.now();
      // One loop: at one job per 1 s interval the eight would take at least 7 s.
      await queue.work(handlers, { concurrency: 1 });
      await finished;
      const seconds = (performance.now() - t0) / 1000;
      assert.equal(new Set(ran).size, JOBS);
      assert.ok(seconds < 4, `${JOBS} jobs took ${seconds.toFixed(1)} s on one loop polling every 1 s`);
    } finally {
      await queue.close(1_000);
    }
  });
}
