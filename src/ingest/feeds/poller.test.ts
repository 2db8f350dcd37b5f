import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FixtureServer, feedFixture, serveText, status } from '../../test-support/fixture-server.js';
import { FetchError } from '../fetch-error.js';
import { PoliteFetcher } from '../http/polite-fetcher.js';
import { OutboundPolicy } from '../http/outbound-policy.js';
import type { FeedBatch } from './poller.js';
import { FeedPoller } from './poller.js';
import { InMemoryFeedStateRepository } from './state.js';
import { feedHealth, subscribe, unsubscribe } from './subscriptions.js';
import { watchFeeds } from './watch.js';

const MINUTE = 60_000;
// The fixture server is on loopback, which the default outbound policy refuses: allowed here explicitly.
const LOCAL = new OutboundPolicy({ allowHosts: ['127.0.0.1'] });

/** A clock the test moves by hand, so schedules are checked without waiting. */
function fakeClock(start = Date.parse('2024-03-12T12:00:00Z')): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

function rssWith(items: { guid: string; title: string }[]): string {
  const body = items
    .map((i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><link>https://live.example/${i.guid}?utm_source=rss</link><description>Text von ${i.title}.</description></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title><link>https://live.example/</link><description>d</description>${body}</channel></rss>`;
}

describe('FeedPoller', () => {
  let server: FixtureServer;
  let live: { guid: string; title: string }[];
  before(async () => {
    live = [{ guid: 'a', title: 'Erste Meldung' }];
    server = await FixtureServer.start({
      '/rss.xml': serveText(feedFixture('rss.xml'), { etag: '"r1"' }),
      '/atom.xml': serveText(feedFixture('atom.xml'), { lastModified: 'Tue, 12 Mar 2024 09:00:00 GMT', contentType: 'application/atom+xml' }),
      '/rdf.xml': serveText(feedFixture('rdf.xml')),
      '/feed.json': serveText(feedFixture('feed.json'), { contentType: 'application/feed+json' }),
      '/malformed.xml': serveText(feedFixture('malformed.xml')),
      '/down.xml': status(500),
      '/live.xml': serveText(() => rssWith(live)),
    });
  });
  after(() => server.close());

  const setup = async (paths: string[], clock = fakeClock()) => {
    const repository = new InMemoryFeedStateRepository();
    for (const p of paths) await subscribe(repository, server.url(p), { now: new Date(clock.now()), policy: LOCAL });
    const fetcher = new PoliteFetcher({ perHostDelayMs: 0, retries: 1, backoffBaseMs: 1, backoffMaxMs: 5, policy: LOCAL });
    const poller = new FeedPoller({ repository, fetcher, intervalMs: 10 * MINUTE, maxBackoffMs: 60 * MINUTE, now: clock.now });
    const batches: FeedBatch[] = [];
    const onItems = (b: FeedBatch): void => void batches.push(b);
    return { repository, poller, batches, onItems, clock };
  };

  it('polls every format and delivers each item once; unchanged feeds come back 304', async () => {
    const { poller, batches, onItems, repository } = await setup(['/rss.xml', '/atom.xml', '/rdf.xml', '/feed.json']);
    const first = await poller.pollDue({ onItems });
    assert.deepEqual(first.map((o) => o.status), ['new-items', 'new-items', 'new-items', 'new-items']);
    const counts = Object.fromEntries(batches.map((b) => [new URL(b.feedUrl).pathname, b.items.length]));
    assert.deepEqual(counts, { '/rss.xml': 2, '/atom.xml': 2, '/rdf.xml': 1, '/feed.json': 2 });
    assert.equal(batches.find((b) => b.feedUrl.endsWith('/atom.xml'))?.feed.format, 'atom');

    const all = await poller.pollMany((await repository.list()).map((s) => s.url), { onItems });
    const byPath = Object.fromEntries(all.map((o) => [new URL(o.feedUrl).pathname, o.status]));
    assert.deepEqual(byPath, { '/rss.xml': 'not-modified', '/atom.xml': 'not-modified', '/rdf.xml': 'no-new-items', '/feed.json': 'no-new-items' });
    assert.equal(batches.length, 4, 'nothing delivered twice');
    const rss = await repository.get(server.url('/rss.xml'));
    assert.equal(rss?.itemsSeen, 2);
    assert.equal(rss?.title, 'Rheinbote – Nachrichten');
    assert.equal(server.hits('/rss.xml').at(-1)?.headers['if-none-match'], '"r1"');
  });

  it('a broken feed is recorded on that feed and does not stop the others', async () => {
    const { poller, batches, onItems, repository } = await setup(['/malformed.xml', '/down.xml', '/rss.xml']);
    const outcomes = await poller.pollDue({ onItems });
    const byPath = Object.fromEntries(outcomes.map((o) => [new URL(o.feedUrl).pathname, o]));
    assert.equal(byPath['/rss.xml']?.status, 'new-items');
    assert.equal(batches.length, 1);
    assert.equal(byPath['/malformed.xml']?.status, 'failed');
    assert.match(byPath['/malformed.xml']?.error ?? '', /^malformed feed: invalid XML/);
    assert.equal(byPath['/down.xml']?.error, 'HTTP 500 Internal Server Error');
    const health = feedHealth((await repository.get(server.url('/down.xml')))!);
    assert.deepEqual([health.status, health.failures, health.itemsSeen], ['failing', 1, 0]);
    assert.equal(feedHealth((await repository.get(server.url('/rss.xml')))!).status, 'ok');
  });

  it('backs off a failing feed: each failure doubles the wait, up to the cap', async () => {
    const clock = fakeClock();
    const { poller, onItems, repository } = await setup(['/down.xml'], clock);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [o] = await poller.pollDue({ onItems });
      assert.equal(o?.status, 'failed');
      const wait = Date.parse(o!.state.nextPollAt!) - clock.now();
      waits.push(wait / MINUTE);
      assert.deepEqual(await poller.dueFeeds(), [], 'not due again before its time');
      clock.advance(wait);
    }
    assert.deepEqual(waits, [10, 20, 40, 60, 60]);
    assert.equal((await repository.get(server.url('/down.xml')))?.failures, 5);
  });

  it('delivers only what is new, and again what the caller failed to store', async () => {
    const clock = fakeClock();
    const { poller, batches, onItems, repository } = await setup(['/live.xml'], clock);
    live = [{ guid: 'a', title: 'Erste Meldung' }];
    await poller.pollDue({ onItems });
    assert.deepEqual(batches.flatMap((b) => b.items.map((i) => i.guid)), ['a']);

    live = [{ guid: 'b', title: 'Zweite Meldung' }, { guid: 'a', title: 'Erste Meldung' }];
    clock.advance(10 * MINUTE);
    const [failed] = await poller.pollDue({
      onItems: () => {
        throw new Error('database is locked');
      },
    });
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.error, 'could not store the new items: database is locked');

    clock.advance(10 * MINUTE);
    const [ok] = await poller.pollDue({ onItems });
    assert.equal(ok?.status, 'new-items');
    assert.deepEqual(batches.flatMap((b) => b.items.map((i) => i.guid)), ['a', 'b']);
    assert.equal(batches[1]?.items[0]?.url, 'https://live.example/b?utm_source=rss');
    const state = await repository.get(server.url('/live.xml'));
    assert.deepEqual([state?.itemsSeen, state?.failures, state?.lastError], [2, 0, 'could not store the new items: database is locked']);
  });

  it('knows an item again by its URL when its guid changes', async () => {
    const { poller, batches, onItems } = await setup(['/live.xml']);
    live = [{ guid: 'x1', title: 'Meldung' }];
    await poller.pollDue({ onItems });
    // Same link (live.example/x1), new guid: the feed re-published it.
    server.route('/live.xml', serveText(() => rssWith(live).replace('<guid isPermaLink="false">x1</guid>', '<guid isPermaLink="false">x1-v2</guid>')));
    await poller.pollMany([server.url('/live.xml')], { onItems });
    server.route('/live.xml', serveText(() => rssWith(live)));
    assert.equal(batches.length, 1);
  });

  it('subscribing twice keeps one subscription; unsubscribing an unknown feed is an error', async () => {
    const repository = new InMemoryFeedStateRepository();
    assert.equal((await subscribe(repository, server.url('/rss.xml'), { policy: LOCAL })).created, true);
    assert.equal((await subscribe(repository, server.url('/rss.xml'), { policy: LOCAL })).created, false);
    assert.equal((await repository.list()).length, 1);
    await assert.rejects(subscribe(repository, 'ftp://x.example/feed'), /not an http\(s\) URL/);
    await unsubscribe(repository, server.url('/rss.xml'));
    await assert.rejects(unsubscribe(repository, server.url('/rss.xml')), /: not subscribed$/);
  });

  it('refuses to subscribe to a feed on this machine unless the policy allows it', async () => {
    const repository = new InMemoryFeedStateRepository();
    for (const url of [server.url('/rss.xml'), 'http://localhost/feed.xml', 'http://0x7f000001/feed.xml', 'http://[::1]/feed.xml', 'http://169.254.169.254/feed']) {
      await assert.rejects(subscribe(repository, url), (e: unknown) => e instanceof FetchError && e.failure === 'refused' && e.message.startsWith(`${url}: refused by the outbound policy: `));
    }
    assert.deepEqual(await repository.list(), []);
  });

  it('never fetches a subscribed feed the policy refuses: the poll fails and says why', async () => {
    const { repository, clock } = await setup(['/rss.xml']);
    // A name that resolves to loopback, subscribed before any check could see it.
    await subscribe(repository, `http://feeds.example:${new URL(server.base).port}/rss.xml`, { now: new Date(clock.now()) });
    const strict = new OutboundPolicy({ resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const poller = new FeedPoller({ repository, fetcher: new PoliteFetcher({ perHostDelayMs: 0, retries: 0, policy: strict }), now: clock.now });
    const before = server.requests.length;
    const outcomes = await poller.pollDue({ onItems: () => assert.fail('no items from a refused feed') });
    assert.deepEqual(outcomes.map((o) => o.status), ['failed', 'failed']);
    for (const o of outcomes) assert.match(o.error!, /^refused by the outbound policy: .*loopback address/);
    assert.equal(server.requests.length, before, 'the server was never asked');
    assert.equal((await repository.get(server.url('/rss.xml')))?.failures, 1);
  });
});

describe('watchFeeds', () => {
  it('polls in rounds until stopped, then resolves', async () => {
    const server = await FixtureServer.start({ '/rss.xml': serveText(feedFixture('rss.xml'), { etag: '"w"' }) });
    try {
      const repository = new InMemoryFeedStateRepository();
      await subscribe(repository, server.url('/rss.xml'), { intervalMs: 1, policy: LOCAL });
      const poller = new FeedPoller({ repository, fetcher: new PoliteFetcher({ perHostDelayMs: 0, policy: LOCAL }) });
      const controller = new AbortController();
      const rounds: string[][] = [];
      let delivered = 0;
      await watchFeeds(poller, repository, {
        signal: controller.signal,
        minSleepMs: 1,
        onItems: (b) => void (delivered += b.items.length),
        onRound: (outcomes) => {
          rounds.push(outcomes.map((o) => o.status));
          if (rounds.length === 3) controller.abort();
        },
      });
      assert.equal(delivered, 2);
      assert.deepEqual(rounds[0], ['new-items']);
      assert.deepEqual(rounds.slice(1).flat().filter((s) => s !== 'not-modified'), []);
    } finally {
      await server.close();
    }
  });
});
