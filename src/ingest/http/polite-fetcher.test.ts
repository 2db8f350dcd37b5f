import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FetchError } from '../fetch-error.js';
import { FixtureServer, failFirst, feedFixture, serveText, status } from '../../test-support/fixture-server.js';
import { PoliteFetcher, type PoliteFetcherOptions } from './polite-fetcher.js';
import { OutboundPolicy } from './outbound-policy.js';

const RSS = feedFixture('rss.xml');
// The fixture server is on loopback, which the default outbound policy refuses: allowed here explicitly.
const LOCAL = new OutboundPolicy({ allowHosts: ['127.0.0.1'] });
const FAST: PoliteFetcherOptions = { perHostDelayMs: 0, backoffBaseMs: 5, backoffMaxMs: 20, random: () => 0.5, policy: LOCAL };

async function failureOf(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof FetchError, `expected a FetchError, got ${String(e)}`);
    return e;
  }
  throw new Error('expected a failure');
}

describe('PoliteFetcher', () => {
  let server: FixtureServer;
  before(async () => {
    server = await FixtureServer.start({
      '/robots.txt': serveText(feedFixture('robots.txt'), { contentType: 'text/plain' }),
      '/etag.xml': serveText(RSS, { etag: '"rss-1"' }),
      '/dated.xml': serveText(RSS, { lastModified: 'Tue, 12 Mar 2024 08:00:00 GMT' }),
      '/private/feed.xml': serveText(RSS),
      '/drafts/feed.xml': serveText(RSS),
      '/flaky.xml': failFirst(2, 503, serveText(RSS)),
      '/down.xml': status(500),
      '/gone.xml': status(404),
      '/slow.xml': serveText(RSS, { delayMs: 30 }),
    });
  });
  after(() => server.close());

  it('sends the validators it is given and reports a 304 as not modified', async () => {
    const fetcher = new PoliteFetcher(FAST);
    const first = await fetcher.get(server.url('/etag.xml'));
    assert.equal(first.status, 'modified');
    assert.equal(first.etag, '"rss-1"');
    const again = await fetcher.get(server.url('/etag.xml'), { etag: first.etag });
    assert.equal(again.status, 'not-modified');
    assert.equal(again.etag, '"rss-1"');
    assert.equal(server.hits('/etag.xml').at(-1)?.headers['if-none-match'], '"rss-1"');
  });

  it('uses Last-Modified when there is no ETag', async () => {
    const fetcher = new PoliteFetcher(FAST);
    const first = await fetcher.get(server.url('/dated.xml'));
    assert.equal(first.lastModified, 'Tue, 12 Mar 2024 08:00:00 GMT');
    const again = await fetcher.get(server.url('/dated.xml'), { lastModified: first.lastModified });
    assert.equal(again.status, 'not-modified');
    assert.equal(again.lastModified, 'Tue, 12 Mar 2024 08:00:00 GMT');
  });

  it('obeys robots.txt for our agent (our group, not *), reading it once per host', async () => {
    const fetcher = new PoliteFetcher(FAST);
    const before = server.hits('/robots.txt').length;
    const e = await failureOf(fetcher.get(server.url('/private/feed.xml')));
    assert.equal(e.failure, 'robots');
    assert.equal(e.message, `${server.url('/private/feed.xml')}: disallowed by robots.txt`);
    assert.equal(server.hits('/private/feed.xml').length, 0, 'never asked');
    // /drafts/ is closed to * only; our own group replaces the * group.
    assert.equal((await fetcher.get(server.url('/drafts/feed.xml'))).status, 'modified');
    await fetcher.get(server.url('/etag.xml'));
    assert.equal(server.hits('/robots.txt').length - before, 1);
    assert.equal(server.hits('/robots.txt').at(-1)?.headers['user-agent']?.startsWith('Parallax/'), true);
  });

  it('takes the Crawl-delay into the host gate', async () => {
    const fetcher = new PoliteFetcher({ ...FAST, perHostDelayMs: 0 });
    await fetcher.get(server.url('/etag.xml'));
    assert.equal(fetcher.gate.hostDelay(new URL(server.base).host), 50);
  });

  it('retries 5xx with backoff until it passes', async () => {
    const fetcher = new PoliteFetcher({ ...FAST, retries: 3 });
    const res = await fetcher.get(server.url('/flaky.xml'));
    assert.equal(res.status, 'modified');
    assert.equal(res.attempts, 3);
    assert.equal(server.hits('/flaky.xml').length, 3);
  });

  it('gives up after the retries, with the last error', async () => {
    const fetcher = new PoliteFetcher({ ...FAST, retries: 2 });
    const e = await failureOf(fetcher.get(server.url('/down.xml')));
    assert.equal(e.status, 500);
    assert.equal(server.hits('/down.xml').length, 3);
  });

  it('never retries a 4xx', async () => {
    const fetcher = new PoliteFetcher({ ...FAST, retries: 3 });
    const e = await failureOf(fetcher.get(server.url('/gone.xml')));
    assert.equal(e.status, 404);
    assert.equal(server.hits('/gone.xml').length, 1);
  });

  it('never has two requests in flight to one host with concurrency 1', async () => {
    const solo = await FixtureServer.start({ '/slow.xml': serveText(RSS, { delayMs: 20 }) });
    try {
      const fetcher = new PoliteFetcher({ ...FAST, perHostConcurrency: 1 });
      await Promise.all(Array.from({ length: 5 }, () => fetcher.get(solo.url('/slow.xml'))));
      assert.equal(solo.hits('/slow.xml').length, 5);
      assert.equal(solo.maxInFlight, 1);
    } finally {
      await solo.close();
    }
  });

  it('does allow parallel requests to one host when asked to', async () => {
    const solo = await FixtureServer.start({ '/slow.xml': serveText(RSS, { delayMs: 50 }) });
    try {
      const fetcher = new PoliteFetcher({ ...FAST, perHostConcurrency: 3, respectRobots: false });
      await Promise.all(Array.from({ length: 3 }, () => fetcher.get(solo.url('/slow.xml'))));
      assert.ok(solo.maxInFlight > 1);
    } finally {
      await solo.close();
    }
  });

  it('refuses what the outbound policy refuses before asking for robots.txt, names that resolve inside included', async () => {
    const before = server.requests.length;
    const strict = new PoliteFetcher({ ...FAST, policy: new OutboundPolicy() });
    const e = await failureOf(strict.get(server.url('/etag.xml')));
    assert.equal(e.failure, 'refused');
    assert.match(e.message, /^http:\/\/127\.0\.0\.1:\d+\/etag\.xml: refused by the outbound policy: a loopback address/);
    const port = new URL(server.base).port;
    const named = new PoliteFetcher({ ...FAST, policy: new OutboundPolicy({ resolve: async () => [{ address: '127.0.0.1', family: 4 }] }) });
    const n = await failureOf(named.page(`http://feeds.example:${port}/etag.xml`));
    assert.equal(n.message, `http://feeds.example:${port}/etag.xml: refused by the outbound policy: feeds.example resolves to a loopback address (allow with --allow-private-hosts or PARALLAX_ALLOW_HOSTS)`);
    await failureOf(named.page(`http://feeds.example:${port}/etag.xml`));
    assert.equal(server.requests.length, before, 'neither robots.txt nor the feed was asked for');
  });

  it('fetches article pages through robots.txt and the gate too', async () => {
    const fetcher = new PoliteFetcher(FAST);
    const page = await fetcher.page(server.url('/drafts/feed.xml'));
    assert.equal(page.status, 200);
    assert.match(server.hits('/drafts/feed.xml').at(-1)?.headers.accept ?? '', /^text\/html/);
    const e = await failureOf(fetcher.page(server.url('/private/feed.xml')));
    assert.equal(e.failure, 'robots');
  });

  it('stays away from a site whose robots.txt fails with a server error', async () => {
    const broken = await FixtureServer.start({ '/robots.txt': status(503), '/feed.xml': serveText(RSS) });
    try {
      const fetcher = new PoliteFetcher(FAST);
      const e = await failureOf(fetcher.get(broken.url('/feed.xml')));
      assert.equal(e.failure, 'robots');
      assert.match(e.message, /disallowed by robots\.txt \(robots\.txt unreachable: HTTP 503 Service Unavailable\)$/);
      assert.equal(broken.hits('/feed.xml').length, 0);
    } finally {
      await broken.close();
    }
  });
});
