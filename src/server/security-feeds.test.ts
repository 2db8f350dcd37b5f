import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { feedForApi, publicFeedError, resolveShownFeedUrl } from './security-feeds.js';

test('stored feed errors become a kind of failure without addresses, ports or URLs', () => {
  const cases: [string, string][] = [
    ['HTTP 404 Not Found', 'HTTP 404 Not Found'],
    ['HTTP 503', 'HTTP 503 Service Unavailable'],
    ['connection refused', 'could not connect'],
    ['could not connect', 'could not connect'],
    ['network error (connect ECONNREFUSED 10.0.0.3:8080)', 'could not connect'],
    ['connection closed before the response was complete', 'connection closed'],
    ['secure connection failed (ERR_SSL_WRONG_VERSION_NUMBER)', 'TLS problem'],
    ['invalid compressed response', 'invalid HTTP response'],
    ['refused by the outbound policy: 10.0.0.3 is a private address (allow with --allow-private-hosts)', 'refused by the outbound policy'],
    ['timed out after 15 s', 'timed out'],
    ['larger than 5 MB', 'response too large'],
    ['redirect loop (https://x.example/feed?key=abc again)', 'bad redirect'],
    ['TLS certificate problem (self-signed certificate)', 'TLS problem'],
    ['host not found', 'host not found'],
    ['disallowed by robots.txt (Disallow: /private/)', 'disallowed by robots.txt'],
    ['could not store the new items: SQLITE_BUSY at /srv/parallax.db', 'could not store the new items'],
    ['empty feed', 'not a readable feed'],
    ['something nobody foresaw at 192.168.0.9:5432', 'fetch failed'],
  ];
  for (const [stored, shown] of cases) assert.equal(publicFeedError(stored), shown, stored);
  assert.equal(publicFeedError(null), null);
});

test('property: whatever the stored text, the shown error is one of a fixed set', () => {
  const shown = new Set<string>();
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), fc.ipV4(), fc.integer({ min: 1, max: 65535 }), (text, ip, port) => {
      const out = publicFeedError(`${text} ${ip}:${port}`)!;
      assert.ok(!out.includes(ip) && !out.includes(String(port)) || /^HTTP \d{3}/.test(out), out);
      shown.add(out.replace(/^HTTP \d{3}.*/, 'HTTP'));
    }),
    { numRuns: 300 },
  );
  assert.ok(shown.size <= 17);
});

test('the API view masks the feed URL; the masked URL names its subscription for removal', () => {
  const health = { url: 'https://f.example/rss?apikey=K&x=1', title: null, status: 'failing' as const, failures: 1, lastSuccessAt: null, lastErrorAt: null, lastError: 'connection refused (10.0.0.1:80)', itemsSeen: 0, nextPollAt: null };
  assert.deepEqual(feedForApi(health), { ...health, url: 'https://f.example/rss?apikey=***&x=1', lastError: 'could not connect' });
  const urls = ['https://f.example/rss?apikey=K&x=1', 'https://g.example/rss?token=A', 'https://g.example/rss?token=B'];
  assert.equal(resolveShownFeedUrl('https://f.example/rss?apikey=***&x=1', urls), urls[0]);
  assert.equal(resolveShownFeedUrl(urls[1]!, urls), urls[1]);
  assert.equal(resolveShownFeedUrl('https://g.example/rss?token=***', urls), 'ambiguous');
  assert.equal(resolveShownFeedUrl('https://h.example/', urls), null);
});
