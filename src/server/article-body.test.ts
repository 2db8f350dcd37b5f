/**
 * URLs in API requests go through the outbound policy: an internal address,
 * in any spelling or behind a redirect, is a 400 naming the policy and is
 * never fetched; an allowed one is fetched; an upstream failure is a 502 that
 * does not describe what answered.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { FixtureServer, serveText } from '../test-support/fixture-server.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';
import { OutboundPolicy } from '../ingest/http/outbound-policy.js';
import { createApp } from './app.js';

const PAGE = readFileSync(new URL('../../fixtures/stories/de-hochwasser/bayernecho.html', import.meta.url), 'utf8');

async function post(app: Hono, path: string, body: unknown) {
  const res = await app.request(`http://127.0.0.1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', host: '127.0.0.1' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as { error?: { status: number; message: string; field?: string } } };
}

describe('API URL inputs and the outbound policy', () => {
  let server: FixtureServer;
  let service: ParallaxService;
  let closedPort = 0;
  before(async () => {
    server = await FixtureServer.start({
      '/story.html': serveText(PAGE, { contentType: 'text/html; charset=utf-8' }),
      '/secret': serveText('internal secret page', { contentType: 'text/plain' }),
    });
    server.route('/redirect', (req, res) => {
      const to = new URL(req.url ?? '/', server.base).searchParams.get('to') ?? '/';
      res.writeHead(302, { location: to });
      res.end();
    });
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    const gone = await FixtureServer.start();
    closedPort = Number(new URL(gone.base).port);
    await gone.close();
  });
  after(async () => {
    await service.close();
    await server.close();
  });
  const appWith = (outbound?: OutboundPolicy) => createApp(service, { outbound, rateLimitPerMinute: 0 });

  const spellings = (port: number, path = '/secret'): string[] =>
    ['127.0.0.1', 'localhost', '[::1]', '0.0.0.0', '2130706433', '0x7f000001', '0177.0.0.1', '127.1', '[::ffff:127.0.0.1]'].map((h) => `http://${h}:${port}${path}`);

  it('answers 400 naming the policy for every spelling of this machine, and the metadata address, on both routes; nothing is fetched', async () => {
    const app = appWith();
    const port = Number(new URL(server.base).port);
    const before = server.requests.length;
    for (const url of [...spellings(port), 'http://169.254.169.254/latest/meta-data/']) {
      const one = await post(app, '/api/articles', { url });
      assert.equal(one.status, 400, `${url}: ${one.text}`);
      assert.equal(one.json.error?.field, 'url');
      assert.match(one.json.error!.message, /^url: refused by the outbound policy: .*address \(allow with --allow-private-hosts or PARALLAX_ALLOW_HOSTS\)$/);
      const many = await post(app, '/api/compare', { articles: [{ text: 'Ein Text.' }, { url }] });
      assert.equal(many.status, 400);
      assert.equal(many.json.error?.field, 'articles[1].url');
      assert.ok(!many.text.includes('internal secret'));
    }
    assert.equal(server.requests.length, before, 'the internal server was never asked');
  });

  it('refuses a redirect from an allowed host to this machine', async () => {
    const port = Number(new URL(server.base).port);
    const app = appWith(new OutboundPolicy({ allowHosts: ['news.example'], resolve: async () => [{ address: '127.0.0.1', family: 4 }] }));
    for (const inner of spellings(port)) {
      const url = `http://news.example:${port}/redirect?to=${encodeURIComponent(inner)}`;
      const r = await post(app, '/api/compare', { articles: [{ url }] });
      assert.equal(r.status, 400, r.text);
      assert.match(r.json.error!.message, /refused by the outbound policy/);
    }
    assert.equal(server.hits('/secret').length, 0);
  });

  it('fetches what the operator allows, and says little when an allowed host fails', async () => {
    const app = appWith(new OutboundPolicy({ allowHosts: ['127.0.0.1'] }));
    const added = await post(app, '/api/articles', { url: server.url('/story.html') });
    assert.equal(added.status, 201, added.text);
    const compared = await post(app, '/api/compare', { articles: [{ url: server.url('/story.html') }] });
    assert.equal(compared.status, 200, compared.text);
    const down = await post(app, '/api/articles', { url: `http://127.0.0.1:${closedPort}/x` });
    assert.equal(down.status, 502);
    assert.equal(down.json.error?.message, 'url: could not connect');
    const open = appWith(new OutboundPolicy({ allowPrivate: true }));
    assert.equal((await post(open, '/api/compare', { articles: [{ url: `http://localhost:${new URL(server.base).port}/story.html` }] })).status, 200);
  });

  it('refuses to subscribe to a feed on this machine (400), and subscribes when allowed', async () => {
    const port = Number(new URL(server.base).port);
    for (const url of [...spellings(port, '/feed.xml'), 'http://169.254.169.254/feed']) {
      const r = await post(appWith(), '/api/feeds', { url });
      assert.equal(r.status, 400, `${url}: ${r.text}`);
      assert.equal(r.json.error?.field, 'url');
      assert.match(r.json.error!.message, /^url: refused by the outbound policy: /);
    }
    const ok = await post(appWith(new OutboundPolicy({ allowHosts: ['127.0.0.0/8'] })), '/api/feeds', { url: server.url('/feed.xml') });
    assert.equal(ok.status, 201, ok.text);
  });
});
