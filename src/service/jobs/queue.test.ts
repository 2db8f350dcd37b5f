/**
 * The job queue on a real PostgreSQL server, in one process: jobs a write
 * causes exist exactly when the write commits (a failure after the enqueue
 * rolls back both); equal waiting jobs collapse into one; handlers run twice
 * change nothing the second time (a feed polled twice queues its items once); the watch scheduler enqueues a due feed
 * once until a worker has polled it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pgTestServer } from '../../store/postgres/test-database.js';
import { openPostgresStore, type PostgresStore } from '../../store/postgres/postgres-store.js';
import { ParallaxService } from '../service.js';
import { onlineStoryAssigner } from '../default-stories.js';
import { entityRows, fingerprintOf, labelRows } from '../article-rows.js';
import { analyze, input } from '../../test-support/analyze.js';
import { InMemoryFeedStateRepository, newFeedState } from '../../ingest/feeds/state.js';
import { FeedPoller } from '../../ingest/feeds/poller.js';
import { PoliteFetcher } from '../../ingest/http/polite-fetcher.js';
import { openPgBossQueue } from './pg-boss-queue.js';
import { enqueueingHooks } from './outbox.js';
import { jobHandlers } from './handlers.js';
import { PollScheduler } from './scheduler.js';
import { StoreFeedRepository } from '../feed-repository.js';
import { OutboundPolicy } from '../../ingest/http/outbound-policy.js';
import { FixtureServer } from '../../test-support/fixture-server.js';
import type { JobKind, JobPayloads, JobQueue } from './queue.js';

const FLOOD = 'Das Hochwasser hat in Passau drei Menschen das Leben gekostet. Der Pegel der Donau stieg am Montag auf 9,5 Meter, sagte Oberbürgermeister Jürgen Dupper.';
const OTHER = 'In Riverton ist am Montag eine Brücke eingestürzt. Vier Menschen wurden verletzt, teilte die Polizei mit.';

const server = await pgTestServer('job queue on PostgreSQL');

function write(body: string, storyId: string | null) {
  const analysis = analyze(body, { outlet: 'Donaupost' });
  return {
    write: { analysis, urls: [], sourceKey: null, storyId, syndicatedFrom: null, fingerprint: fingerprintOf(analysis).encoded, entities: entityRows(analysis), labels: labelRows(analysis) },
    id: analysis.article.id,
  };
}

if (server) {
  test('a write and the jobs it causes commit together or not at all; equal waiting jobs collapse', async () => {
    const url = await server.freshUrl();
    const store: PostgresStore = await openPostgresStore(url);
    const queue = await openPgBossQueue(url);
    try {
      const hooks = enqueueingHooks(queue, { compareJobs: true });
      store.setWriteHooks({ ...hooks, close: undefined });
      // An article stored pending queues its assignment; a second one finds it waiting.
      const a = write(FLOOD, null);
      await store.writeArticle(a.write, { stories: [], merges: [] });
      await store.writeArticle(write(OTHER, null).write, { stories: [], merges: [] });
      let jobs = await queue.list();
      assert.deepEqual(jobs.map((j) => [j.kind, j.state]), [['assign-stories', 'created']]);
      // Written with its story: no assignment to queue, the story's comparison is.
      await store.writeArticle(write(`${FLOOD} Die Feuerwehr war mit 200 Kräften im Einsatz.`, 'st-flood').write, { stories: [], merges: [] });
      jobs = await queue.list({ kind: 'compare-story' });
      assert.deepEqual(jobs.map((j) => [j.subject, j.state]), [['st-flood', 'created']]);

      // A failure after the enqueue, inside the same transaction: neither the feed nor its poll exists.
      store.setWriteHooks({
        async feedSaved(tx, feed) {
          await hooks.feedSaved!(tx, feed);
          throw new Error('failed after the enqueue');
        },
      });
      const feed = { url: 'https://example.org/feed.xml', title: null, addedAt: new Date().toISOString(), state: {} };
      await assert.rejects(store.putFeed(feed), /failed after the enqueue/);
      assert.equal(await store.getFeed(feed.url), null);
      assert.deepEqual(await queue.list({ kind: 'poll-feed' }), []);
      // Without the failure: the feed and its first poll; saving its state later queues nothing more.
      store.setWriteHooks({ ...hooks, close: undefined });
      await store.putFeed(feed);
      await store.putFeed({ ...feed, state: { failures: 0 } });
      assert.deepEqual((await queue.list({ kind: 'poll-feed' })).map((j) => j.subject), [feed.url]);
      assert.deepEqual(await queue.counts(), { created: 3, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 });
    } finally {
      await queue.close(0);
      await store.close();
    }
  });

  test('handlers run twice change nothing the second time', async () => {
    const url = await server.freshUrl();
    const store = await openPostgresStore(url);
    const queue = await openPgBossQueue(url);
    const service = new ParallaxService(store, onlineStoryAssigner());
    try {
      const fetcher = new PoliteFetcher();
      const handlers = jobHandlers({ service, queue, fetcher, poller: new FeedPoller({ repository: new InMemoryFeedStateRepository(), fetcher }) });
      const job = <K extends JobKind>(kind: K) => ({ id: 'test', kind });
      const item = { input: input(FLOOD, { outlet: 'Donaupost', title: 'Hochwasser in Passau' }), sourceKey: 'file:/flood.txt', urls: ['https://donaupost.example/flut'] };
      const first = (await handlers['analyse-article'](item, job('analyse-article'))) as { articleId: string; status: string; storyId: string };
      assert.equal(first.status, 'added');
      assert.ok(first.storyId, 'this process holds the lease: assigned at once');
      const second = (await handlers['analyse-article'](item, job('analyse-article'))) as { articleId: string; status: string; storyId: string };
      assert.deepEqual(second, { ...first, status: 'duplicate' });
      assert.equal(await store.countArticles(), 1);
      const before = await store.changeMark();
      assert.deepEqual(await handlers['assign-stories']({}, job('assign-stories')), { storiesChanged: 1 });
      assert.deepEqual(await handlers['assign-stories']({}, job('assign-stories')), { storiesChanged: 0 });
      await handlers['compare-story']({ storyId: first.storyId }, job('compare-story'));
      const report = await store.getReport(first.storyId);
      assert.ok(report);
      const mark = await store.changeMark();
      await handlers['compare-story']({ storyId: first.storyId }, job('compare-story'));
      assert.equal(await store.changeMark(), mark, 'the kept comparison was current: nothing written');
      assert.notEqual(mark, before);
      // A page already stored under its URL is not fetched again (no request goes out: the fetcher would refuse example URLs).
      assert.deepEqual(await handlers['fetch-url']({ url: 'https://donaupost.example/flut', sourceKey: null, fallback: null }, job('fetch-url')), { status: 'stored before' });
    } finally {
      await service.close();
      await queue.close(0);
    }
  });

  test('a poll queues its new items in the transaction that marks them seen, once: teasers as pages to fetch, full texts to analyse', async () => {
    const url = await server.freshUrl();
    const store = await openPostgresStore(url);
    const queue = await openPgBossQueue(url);
    const service = new ParallaxService(store, onlineStoryAssigner());
    const site = await FixtureServer.start();
    try {
      const full = `${FLOOD} `.repeat(6).trim();
      site.routes.set('/robots.txt', (_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n'));
      site.routes.set('/feed.xml', (_q, res) =>
        void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Donaupost</title><link>${site.base}/</link><description>Test</description>
<item><title>Brücke eingestürzt</title><link>${site.base}/bruecke.html</link><guid>bruecke</guid><description>Vier Verletzte …</description></item>
<item><title>Hochwasser in Passau</title><link>${site.base}/flut.html</link><guid>flut</guid><description>${full}</description></item>
</channel></rss>`),
      );
      const feedUrl = `${site.base}/feed.xml`;
      const repo = new StoreFeedRepository(store);
      await repo.put(newFeedState(feedUrl, new Date()));
      const fetcher = new PoliteFetcher({ policy: new OutboundPolicy({ allowPrivate: true }) });
      const handlers = jobHandlers({ service, queue, fetcher, poller: new FeedPoller({ repository: repo, fetcher }), itemJobsWithFeedState: true });
      const job = { id: 'test', kind: 'poll-feed' as const };
      const queued = () => queue.list().then((l) => l.map((j) => `${j.kind} ${j.subject.replace(site.base, '')}`).sort());
      const hooks = enqueueingHooks(queue, { compareJobs: false });
      // The feed's state save fails after the items' jobs were added in its transaction: neither stays, the poll fails (and is retried).
      store.setWriteHooks({
        async feedSaved(tx, feed) {
          await hooks.feedSaved!(tx, feed);
          throw new Error('the disk is full');
        },
      });
      await assert.rejects(handlers['poll-feed']({ feedUrl }, job), /the disk is full/);
      assert.deepEqual(await queued(), []);
      assert.equal((await repo.get(feedUrl))!.itemsSeen, 0, 'the items are not marked seen');
      store.setWriteHooks({ ...hooks, close: undefined });
      assert.deepEqual(await handlers['poll-feed']({ feedUrl }, job), { status: 'new-items', newItems: 2, queued: 2, error: null });
      assert.deepEqual(await queued(), ['analyse-article /flut.html', 'fetch-url /bruecke.html']);
      assert.equal((await repo.get(feedUrl))!.itemsSeen, 2);
      // Again (the job delivered twice): the items were seen, nothing more is queued.
      assert.equal(((await handlers['poll-feed']({ feedUrl }, job)) as { newItems: number }).newItems, 0);
      assert.deepEqual(await queued(), ['analyse-article /flut.html', 'fetch-url /bruecke.html']);
    } finally {
      await site.close();
      await service.close();
      await queue.close(0);
    }
  });
}

test('watch on PostgreSQL: a due feed is queued once, again only after a worker polled it', async () => {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const feed = newFeedState('https://example.org/feed.xml', new Date(now), { intervalMs: 60_000 });
  const repo = new InMemoryFeedStateRepository([feed]);
  const sent: string[] = [];
  const queue = {
    async enqueue<K extends JobKind>(kind: K, data: JobPayloads[K]) {
      sent.push(`${kind} ${(data as JobPayloads['poll-feed']).feedUrl}`);
      return `job-${sent.length}`;
    },
  } as unknown as JobQueue;
  const scheduler = new PollScheduler(repo, queue, { now: () => now });
  assert.deepEqual(await scheduler.round(), [feed.url]);
  now += 5_000;
  assert.deepEqual(await scheduler.round(), [], 'on its way: not queued again');
  // The worker polled it: due again after its interval.
  await repo.put({ ...feed, lastPollAt: new Date(now).toISOString(), nextPollAt: new Date(now + 60_000).toISOString() });
  assert.deepEqual(await scheduler.round(), [], 'polled, not due yet');
  now += 61_000;
  assert.deepEqual(await scheduler.round(), [feed.url]);
  assert.deepEqual(sent, [`poll-feed ${feed.url}`, `poll-feed ${feed.url}`]);
});
