/**
 * Feed items whose text is only a teaser are replaced by their pages, and
 * those pages are fetched politely and under the outbound policy: robots.txt,
 * one request at a time per host with the gate's spacing, and no page on an
 * address the policy refuses.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FixtureServer, serveText } from '../test-support/fixture-server.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ParallaxService } from './service.js';
import { onlineStoryAssigner } from './default-stories.js';
import { ingestFeedItems } from './feed-ingest.js';
import { PoliteFetcher } from '../ingest/http/polite-fetcher.js';
import { OutboundPolicy } from '../ingest/http/outbound-policy.js';
import type { FeedItem, ParsedFeed } from '../ingest/feeds/feed-item.js';

const LINKS = 24;
const GATE_MS = 30;
// The fixture server is on loopback, which the default policy refuses: allowed here explicitly.
const LOCAL = new OutboundPolicy({ allowHosts: ['127.0.0.1'] });

const feed: ParsedFeed = { format: 'rss', title: 'Lokalblatt', description: null, homeUrl: null, selfUrl: null, language: 'de', items: [] };
const teaser = (url: string, i: number): FeedItem => ({
  guid: `item-${i}`,
  url,
  title: `Meldung ${i}`,
  summary: `Kurz: Meldung ${i} …`,
  contentHtml: null,
  text: '',
  published: null,
  updated: null,
  author: null,
  language: 'de',
});

describe('ingestFeedItems', () => {
  let server: FixtureServer;
  let service: ParallaxService;
  /** When each page request arrived, in ms. */
  const arrivals: number[] = [];
  before(async () => {
    server = await FixtureServer.start({
      '/robots.txt': serveText('User-agent: *\nDisallow: /closed/\n', { contentType: 'text/plain' }),
      '/closed/page': serveText('Geschlossen.', { contentType: 'text/plain' }),
    });
    for (let i = 0; i < LINKS; i++) {
      server.route(`/news/${i}`, (_req: IncomingMessage, res: ServerResponse) => {
        arrivals.push(performance.now());
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Meldung ${i} aus der Stadt\n\nDer Stadtrat hat am Montag über Vorlage Nummer ${i} beraten und sie mit ${i + 3} Stimmen angenommen.`);
      });
    }
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
  });
  after(async () => {
    await service.close();
    await server.close();
  });

  it('fetches the pages of many links on one host one at a time, spaced by the gate, robots.txt read once', async () => {
    const items = Array.from({ length: LINKS }, (_, i) => teaser(server.url(`/news/${i}`), i));
    const fetcher = new PoliteFetcher({ perHostDelayMs: GATE_MS, policy: LOCAL });
    const results = await ingestFeedItems(service, server.url('/feed.xml'), feed, items, { fetcher });
    assert.deepEqual(results.filter((r) => r.error !== null), []);
    assert.equal(results.filter((r) => r.outcome?.status === 'added').length, LINKS);
    assert.equal(server.hits('/robots.txt').length, 1);
    for (let i = 0; i < LINKS; i++) assert.equal(server.hits(`/news/${i}`).length, 1);
    assert.equal(server.maxInFlight, 1, 'never two requests in flight to one host');
    // Request starts are at least GATE_MS apart at the client; the span of arrivals allows for delivery jitter at its ends only.
    const span = arrivals.at(-1)! - arrivals[0]!;
    assert.ok(span >= (LINKS - 1) * GATE_MS - 2 * GATE_MS, `${LINKS} pages arrived within ${Math.round(span)} ms`);
  });

  it('skips a page robots.txt closes, with the reason', async () => {
    const fetcher = new PoliteFetcher({ perHostDelayMs: 0, policy: LOCAL });
    const [r] = await ingestFeedItems(service, server.url('/feed.xml'), feed, [teaser(server.url('/closed/page'), 99)], { fetcher });
    assert.match(r!.error!, /disallowed by robots\.txt$/);
    assert.equal(server.hits('/closed/page').length, 0);
  });

  it('never fetches item links the outbound policy refuses, in any spelling', async () => {
    const port = new URL(server.base).port;
    const before = server.requests.length;
    const links = ['127.0.0.1', 'localhost', '2130706433', '0x7f000001', '0177.0.0.1', '127.1', '0.0.0.0', '[::1]', '[::ffff:127.0.0.1]'].map(
      (host, i) => teaser(`http://${host}:${port}/news/${i}?fresh=${i}`, 100 + i),
    );
    // No fetcher given: the one made inside uses the default policy.
    const results = await ingestFeedItems(service, 'https://feeds.example/rss.xml', feed, links);
    assert.equal(results.length, links.length);
    for (const r of results) {
      assert.equal(r.outcome, null);
      assert.match(r.error!, /^refused by the outbound policy: .*address \(allow with/, r.item);
    }
    assert.equal(server.requests.length, before, 'the server was never asked');
  });
});
