/**
 * The server's defences on real loopback servers, with raw requests (node:http,
 * so the Host header and the path go out exactly as written): the Host check
 * against DNS rebinding, private reads, the token check, secrets masked out of
 * every answer, rate limits, security headers, and paths that try to climb out
 * of the web folder.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';
import { StoreFeedRepository } from '../service/feed-repository.js';
import { newFeedState } from '../ingest/feeds/state.js';
import { ExposureError, startServer, type RunningServer, type ServeOptions } from './serve.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One request exactly as given: our Host header (or none), the path unnormalised. */
function raw(server: RunningServer, path: string, options: { method?: string; host?: string | null; headers?: Record<string, string>; body?: unknown } = {}): Promise<RawAnswer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  const host = options.host === undefined ? `127.0.0.1:${server.port}` : options.host;
  if (host !== null) headers.host = host;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    // A body the server refuses (413) may still be in flight when it closes: that write error is expected.
    // (Once per socket: a kept-alive socket serves many requests.)
    req.on('socket', (socket) => {
      if (!quieted.has(socket)) socket.on('error', () => {});
      quieted.add(socket);
    });
    req.end(body);
  });
}

/** Sockets whose expected write errors are already ignored. */
const quieted = new WeakSet<object>();

const TOKEN = 'a-long-enough-test-token-1234567890';
const SECRET = 'S3CRETfeedKEY42';
const FEED_URL = `https://feeds.example/rss.xml?apikey=${SECRET}&lang=de`;
const fixture = (p: string) => readFileSync(new URL(`../../fixtures/stories/${p}`, import.meta.url), 'utf8');

function webFolder(): { root: string; outsideMarker: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-sec-'));
  const root = join(dir, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Parallax</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  const outsideMarker = 'OUTSIDE-THE-WEB-FOLDER-7f3a';
  writeFileSync(join(dir, 'secret.txt'), outsideMarker);
  writeFileSync(join(dir, 'secret.html'), outsideMarker);
  return { root, outsideMarker };
}

async function withServer(options: Partial<ServeOptions>, fn: (server: RunningServer, service: ParallaxService) => Promise<void>): Promise<void> {
  const service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
  // No analysis threads: these tests are about the HTTP surface (heavy-work.test.ts covers the threads).
  const server = await startServer(service, { port: 0, host: '127.0.0.1', threads: 0, ...options });
  try {
    await fn(server, service);
  } finally {
    await server.close();
    await service.close();
  }
}

function assertSecurityHeaders(res: RawAnswer, what: string): void {
  assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, what);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(res.headers['x-frame-options'], 'DENY', what);
  assert.equal(res.headers['referrer-policy'], 'no-referrer', what);
}

describe('exposure', () => {
  test('binding beyond loopback without a token is refused before anything listens', async () => {
    const service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    try {
      for (const host of ['0.0.0.0', '::', '192.0.2.10', 'example.org']) {
        await assert.rejects(startServer(service, { port: 0, host }), (e: unknown) => e instanceof ExposureError && /PARALLAX_TOKEN/.test(e.message) && /--insecure-no-auth/.test(e.message), host);
      }
    } finally {
      await service.close();
    }
  });

  test('the CSP allows no inline script or style and no framing', () => {
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
    assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
  });
});

describe('Host check (DNS rebinding)', () => {
  let server: RunningServer;
  let service: ParallaxService;
  before(async () => {
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    server = await startServer(service, { port: 0, host: '127.0.0.1', webRoot: webFolder().root, allowedHosts: ['news.example.org'], threads: 0 });
  });
  after(async () => {
    await server.close();
    await service.close();
  });

  test('a name the server was not given gets 421 on the web app and the API, for reads and writes', async () => {
    const port = server.port;
    for (const host of ['evil.example', `evil.example:${port}`, `localhost.evil.example:${port}`, `127.0.0.1.nip.example:${port}`, 'other.example.org', `[::2]:${port}`, '10.0.0.1']) {
      for (const [method, path] of [['GET', '/'], ['GET', '/api/stories'], ['GET', '/api/health'], ['POST', '/api/compare']] as const) {
        const res = await raw(server, path, { method, host, body: method === 'POST' ? { articles: [{ text: 'x' }] } : undefined });
        assert.equal(res.status, 421, `${method} ${path} Host: ${host}`);
        assert.equal(res.json.error.field, 'host');
        assert.match(res.json.error.message, /--allowed-hosts/);
        assertSecurityHeaders(res, `421 for ${host}`);
      }
    }
  });

  test('loopback names, the bound address and listed names are answered', async () => {
    const port = server.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST', `localhost.:${port}`, `[::1]:${port}`, '127.4.5.6', 'news.example.org', `NEWS.example.org:${port}`]) {
      const res = await raw(server, '/api/health', { host });
      assert.equal(res.status, 200, `Host: ${host}`);
    }
  });

  test('a request without a Host header or with a malformed one is refused', async () => {
    assert.equal((await raw(server, '/api/health', { host: null })).status >= 400, true);
    for (const host of ['', 'a b', 'evil.example:80:80', 'user@127.0.0.1', '::1']) {
      const res = await raw(server, '/api/health', { host });
      assert.ok(res.status === 421 || res.status === 400, `Host: "${host}" → ${res.status}`);
    }
  });
});

describe('tokens, private reads and security headers', () => {
  let server: RunningServer;
  let service: ParallaxService;
  let outsideMarker: string;
  before(async () => {
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    const web = webFolder();
    outsideMarker = web.outsideMarker;
    server = await startServer(service, { port: 0, host: '127.0.0.1', token: TOKEN, privateReads: true, webRoot: web.root, threads: 0 });
  });
  after(async () => {
    await server.close();
    await service.close();
  });
  const auth = { authorization: `Bearer ${TOKEN}` };

  test('with private reads every /api route but /api/health needs the token; the web app itself does not', async () => {
    for (const path of ['/api/stories', '/api/articles', '/api/feeds', '/api/openapi.json', '/api/search?q=x', '/api/entities?q=x', '/api/stories/st-x']) {
      const res = await raw(server, path);
      assert.equal(res.status, 401, path);
      assert.equal(res.json.error.field, 'authorization');
      assert.match(String(res.headers['www-authenticate']), /^Bearer/);
      assert.equal((await raw(server, path, { headers: auth })).status === 401, false, `${path} with the token`);
    }
    assert.equal((await raw(server, '/api/health')).status, 200);
    assert.equal((await raw(server, '/')).status, 200);
    assert.equal((await raw(server, '/story/st-1')).status, 200, 'app routes get the app shell');
  });

  test('spellings of a private path do not get past the check', async () => {
    for (const path of ['/api/stories/', '/api//stories', '/%61pi/stories', '/api/%73tories', '/API/stories', '/api/./stories', '/api/health/../stories', '/api/health/%2e%2e/stories', '/api/stories?', '/api/stories#x']) {
      const res = await raw(server, path);
      // Paths outside /api are the web app's routes: they get the app shell, never data.
      const shell = res.status === 200 && /text\/html/.test(String(res.headers['content-type']));
      assert.ok(res.status === 401 || res.status === 404 || res.status === 400 || shell, `${path} → ${res.status}`);
      assert.ok(!/"items"/.test(res.text), `${path} leaks nothing`);
    }
  });

  test('the scheme name is case-insensitive; a wrong token of any length or another scheme is refused', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) assert.equal((await raw(server, '/api/stories', { headers: { authorization: `${scheme} ${TOKEN}` } })).status, 200, scheme);
    const wrong = [TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.replace(/.$/, 'X'), '', 'x'];
    for (const t of wrong) assert.equal((await raw(server, '/api/stories', { headers: { authorization: `Bearer ${t}` } })).status, 401, `token "${t}"`);
    assert.equal((await raw(server, '/api/stories', { headers: { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` } })).status, 401);
    const write = await raw(server, '/api/compare', { method: 'POST', body: { articles: [{ text: 'x' }] }, headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}` } });
    assert.equal(write.status, 401);
  });

  test('every answer carries the security headers: app, assets, API, errors', async () => {
    const cases: [string, string, Record<string, string>, unknown, number][] = [
      ['GET', '/', {}, undefined, 200],
      ['GET', '/assets/app.js', {}, undefined, 200],
      ['GET', '/api/health', {}, undefined, 200],
      ['GET', '/api/stories', auth, undefined, 200],
      ['GET', '/api/stories', {}, undefined, 401],
      ['GET', '/api/nothing', auth, undefined, 404],
      ['GET', '/nothing.txt', {}, undefined, 404],
      ['POST', '/api/articles', auth, { text: 'x'.repeat(9 * 1024 * 1024) }, 413],
      ['POST', '/api/articles', auth, {}, 400],
    ];
    for (const [method, path, headers, body, status] of cases) {
      const res = await raw(server, path, { method, headers, body });
      assert.equal(res.status, status, `${method} ${path}`);
      assertSecurityHeaders(res, `${method} ${path}`);
    }
  });

  test('paths that try to leave the web folder find nothing, encoded or not', async () => {
    const variants = [
      '/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/..\\secret.txt',
      '/%252e%252e/secret.txt', '/.%2e/secret.txt', '/assets/../../secret.txt', '//../secret.txt', '/%c0%ae%c0%ae/secret.txt', '/..;/secret.txt',
      '/....//secret.txt', '/%2e%2e%5csecret.html', '/assets/..%2f..%2fsecret.html', '/./../secret.html', '/index.html/../../secret.html',
    ];
    assert.equal(variants.length, 17);
    for (const path of variants) {
      const res = await raw(server, path);
      assert.ok(!res.text.includes(outsideMarker), `${path} → ${res.status} leaked the file`);
    }
  });

  test('text a client sends comes back only inside JSON, never as a page', async () => {
    const res = await raw(server, '/api/%3Cscript%3Ealert(1)%3C%2Fscript%3E', { headers: auth });
    assert.equal(res.status, 404);
    assert.match(String(res.headers['content-type']), /application\/json/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
});

describe('secrets in feed URLs and feed errors', () => {
  test('no API answer shows a feed key or an internal address from an error', async () => {
    await withServer({ token: TOKEN }, async (server, service) => {
      const auth = { authorization: `bearer ${TOKEN}` };
      const added = await raw(server, '/api/feeds', { method: 'POST', body: { url: FEED_URL }, headers: auth });
      assert.equal(added.status, 201);
      assert.equal(added.json.feed.url, 'https://feeds.example/rss.xml?apikey=***&lang=de');

      const repo = new StoreFeedRepository(service.store);
      const failing = { ...newFeedState('https://admin:hunter2@intranet.example/feed', new Date()), failures: 2, lastErrorAt: new Date().toISOString(), lastError: 'connection refused (10.1.2.3:8080)' };
      await repo.put(failing);
      // An article that came from the feed names it as its source.
      await service.ingest({ input: { source: FEED_URL, url: `https://news.example/a?token=${SECRET}`, title: null, body: fixture('de-hochwasser/rheinblatt.txt'), outlet: 'Rheinblatt', author: null, published: null, language: null, provenance: {} }, sourceKey: null });
      await service.finishBatch();

      const feeds = await raw(server, '/api/feeds');
      assert.equal(feeds.status, 200);
      const byUrl = Object.fromEntries(feeds.json.items.map((f: { url: string; lastError: string | null }) => [f.url, f.lastError]));
      assert.equal(byUrl['https://***@intranet.example/feed'], 'could not connect');
      const articles = await raw(server, '/api/articles');
      const article = await raw(server, `/api/articles/${articles.json.items[0].id}`);
      const story = await raw(server, `/api/stories/${articles.json.items[0].storyId}`);
      const storyZipped = await raw(server, `/api/stories/${articles.json.items[0].storyId}`, { headers: { 'accept-encoding': 'identity' } });
      for (const res of [feeds, articles, article, story, storyZipped]) {
        for (const leak of [SECRET, 'hunter2', '10.1.2.3', '8080']) assert.ok(!res.text.includes(leak), `${leak} in ${res.text.slice(0, 200)}`);
      }
      assert.equal(articles.json.items[0].source, 'https://feeds.example/rss.xml?apikey=***&lang=de');
      assert.equal(story.json.articles[0].source, 'https://feeds.example/rss.xml?apikey=***&lang=de');

      // The masked URL the list shows is enough to unsubscribe.
      const removed = await raw(server, `/api/feeds?url=${encodeURIComponent('https://feeds.example/rss.xml?apikey=***&lang=de')}`, { method: 'DELETE', headers: auth });
      assert.equal(removed.status, 200);
      assert.ok(!removed.text.includes(SECRET));
      assert.deepEqual((await repo.list()).map((f) => f.url), ['https://admin:hunter2@intranet.example/feed']);
    });
  });
});

describe('cross-site requests', () => {
  test('without a token, a form or text/plain POST from another site changes nothing: writes must be JSON', async () => {
    await withServer({}, async (server, service) => {
      const payload = JSON.stringify({ url: 'https://feeds.example/rss.xml', articles: [{ text: 'x' }], text: 'Ein Text.' });
      for (const path of ['/api/articles', '/api/compare', '/api/feeds']) {
        for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
          const res = await new Promise<number>((resolve, reject) => {
            const req = request({ host: '127.0.0.1', port: server.port, method: 'POST', path, headers: { 'content-type': type, origin: 'https://evil.example' } }, (r) => {
              r.resume();
              resolve(r.statusCode ?? 0);
            });
            req.on('error', reject);
            req.end(payload);
          });
          assert.equal(res, 415, `${path} as ${type}`);
        }
      }
      assert.equal(await service.store.countArticles(), 0);
      assert.equal((await new StoreFeedRepository(service.store).list()).length, 0);
      // No CORS: a page elsewhere cannot send JSON (that needs a preflight we never approve) nor read answers.
      const preflight = await raw(server, '/api/feeds', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    });
  });
});

describe('rate limits', () => {
  test('the routes that fetch or analyse allow a burst per client, then 429 with Retry-After; reads are not limited', async () => {
    await withServer({ token: TOKEN, rateLimitPerMinute: 3 }, async (server) => {
      const auth = { authorization: `Bearer ${TOKEN}` };
      const post = (path: string, headers: Record<string, string> = {}) => raw(server, path, { method: 'POST', body: {}, headers: { ...auth, ...headers } });
      assert.equal((await post('/api/compare')).status, 400);
      assert.equal((await post('/api/articles')).status, 400);
      assert.equal((await post('/api/feeds')).status, 400);
      const limited = await post('/api/compare');
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers['retry-after']) >= 1, 'Retry-After in seconds');
      assertSecurityHeaders(limited, '429');
      assert.equal((await post('/api/articles')).status, 429);
      assert.equal((await raw(server, '/api/stories')).status, 200, 'reads are not limited');
      // Without --trust-proxy a client cannot pick its own address.
      assert.equal((await post('/api/compare', { 'x-forwarded-for': '203.0.113.9' })).status, 429);
      // Requests without the token are refused before they cost anything.
      assert.equal((await raw(server, '/api/compare', { method: 'POST', body: {} })).status, 401);
    });
  });

  test('behind a trusted proxy clients are told apart by the last X-Forwarded-For hop', async () => {
    await withServer({ token: TOKEN, rateLimitPerMinute: 1, trustProxy: true }, async (server) => {
      const post = (xff: string) => raw(server, '/api/compare', { method: 'POST', body: {}, headers: { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': xff } });
      assert.equal((await post('198.51.100.1')).status, 400);
      assert.equal((await post('198.51.100.1')).status, 429);
      assert.equal((await post('198.51.100.2')).status, 400, 'another client has its own bucket');
      // Earlier hops are whatever the client wrote: only the last one counts.
      assert.equal((await post('1.2.3.4, 198.51.100.1')).status, 429);
    });
  });

  test('0 turns the limit off', async () => {
    await withServer({ rateLimitPerMinute: 0 }, async (server) => {
      for (let i = 0; i < 70; i++) assert.equal((await raw(server, '/api/compare', { method: 'POST', body: {} })).status, 400);
    });
  });
});
