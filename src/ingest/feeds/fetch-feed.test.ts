import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../errors.js';
import { PoliteFetcher } from '../http/polite-fetcher.js';
import { OutboundPolicy } from '../http/outbound-policy.js';
import { FixtureServer, feedFixture, serveText } from '../../test-support/fixture-server.js';
import { fetchFeed } from './fetch-feed.js';

// The fixture server is on loopback, which the default outbound policy refuses: allowed here explicitly.
const LOCAL = new OutboundPolicy({ allowHosts: ['127.0.0.1'] });

describe('fetchFeed', () => {
  let server: FixtureServer;
  before(async () => {
    server = await FixtureServer.start({
      '/feed.json': serveText(feedFixture('feed.json'), { contentType: 'application/feed+json' }),
      '/broken.xml': serveText(feedFixture('malformed.xml')),
    });
  });
  after(() => server.close());
  const fetcher = (): PoliteFetcher => new PoliteFetcher({ perHostDelayMs: 0, retries: 0, policy: LOCAL });

  it('fetches and parses a feed', async () => {
    const feed = await fetchFeed(server.url('/feed.json'), { fetcher: fetcher() });
    assert.equal(feed.format, 'json');
    assert.equal(feed.items.length, 2);
  });

  it('names the feed URL in every error', async () => {
    for (const [path, reason] of [['/broken.xml', /malformed feed: invalid XML/], ['/missing.xml', /HTTP 404 Not Found$/]] as const) {
      await assert.rejects(fetchFeed(server.url(path), { fetcher: fetcher() }), (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.ok(e.message.startsWith(`${server.url(path)}: `), e.message);
        assert.match(e.message, reason);
        return true;
      });
    }
  });
});
