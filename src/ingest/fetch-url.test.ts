import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { InputError } from './errors.js';
import { FetchError, isRetryable } from './fetch-error.js';
import { fetchArticles as fetchArticlesAs, fetchResource as fetchResourceAs, USER_AGENT, type FetchArticlesOptions, type FetchOptions } from './fetch-url.js';
import { OutboundPolicy } from './http/outbound-policy.js';

// The fixture server is on loopback, which the default policy refuses: these tests allow it explicitly.
const LOCAL = new OutboundPolicy({ allowHosts: ['127.0.0.1'] });
const fetchResource = (url: string, o: FetchOptions = {}) => fetchResourceAs(url, { policy: LOCAL, ...o });
const fetchArticles = (url: string, o: FetchArticlesOptions = {}) => fetchArticlesAs(url, { policy: LOCAL, ...o });

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Local news</title></head><body><article>
<h1>Local news</h1>
<p>The first paragraph of a locally served article, long enough to count as article text for the extractor.</p>
<p>The second paragraph adds more words so that the page looks like a real news article to Readability.</p>
</article></body></html>`;

const BOMB = gzipSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });
let server: Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();
let lastUserAgent: string | undefined;

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', base);
  lastUserAgent = req.headers['user-agent'];
  const redirect = (status: number, location: string): void => {
    res.writeHead(status, { location });
    res.end();
  };
  switch (url.pathname) {
    case '/article.html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE);
      return;
    case '/latin1':
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
      res.end(Buffer.from('Schwere Unwetter in Süddeutschland\n\nÜberall fielen Bäume um.', 'latin1'));
      return;
    case '/data':
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(JSON.stringify([{ title: 'Eins', text: 'Erster Text.' }, { title: 'Zwei', text: 'Zweiter Text.', outlet: 'Zwei-Zeitung' }]));
      return;
    case '/r1':
      return redirect(302, '/r2?x=1'); // relative
    case '/r2':
      return redirect(301, `${base}/article.html`); // absolute
    case '/loop-a':
      return redirect(302, '/loop-b');
    case '/loop-b':
      return redirect(307, '/loop-a');
    case '/to-ftp':
      return redirect(302, 'ftp://files.example/x');
    case '/missing':
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not here</h1>');
      return;
    case '/error':
      res.writeHead(503);
      res.end();
      return;
    case '/conditional':
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain', etag: '"v1"' });
      res.end('Version one.');
      return;
    case '/gzip':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(ARTICLE));
      return;
    case '/br':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
      res.end(brotliCompressSync(ARTICLE));
      return;
    case '/bomb':
      // 50 MB of zeros in about 50 KB.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', 'content-length': String(BOMB.length) });
      res.end(BOMB);
      return;
    case '/bad-gzip':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end('this is not gzip at all');
      return;
    case '/busy':
      res.writeHead(429, { 'retry-after': '7' });
      res.end();
      return;
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return;
    case '/huge': {
      // Streams without a Content-Length until the client gives up.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk)) {
          /* keep writing until the socket buffer is full */
        }
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
      return;
    }
    case '/huge-declared':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
      res.write('a');
      return; // never finishes; the client must not wait for it
    case '/slow': {
      const t = setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('Too late.');
      }, 5000);
      timers.add(t);
      return;
    }
    case '/slow-body': {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('The start of a text');
      const t = setTimeout(() => res.end(' that ends much later.'), 5000);
      timers.add(t);
      return;
    }
    default:
      if (url.pathname.startsWith('/chain/')) {
        const n = Number(url.pathname.slice('/chain/'.length));
        return redirect(302, `/chain/${n + 1}`);
      }
      res.writeHead(500);
      res.end();
  }
}

before(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function rejectsWith(p: Promise<unknown>, message: string | RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    assert.ok(!e.message.includes('\n'));
    return true;
  });
}

describe('fetchResource', () => {
  it('fetches a page and sends the honest User-Agent', async () => {
    const r = await fetchResource(`${base}/article.html`);
    assert.equal(r.status, 200);
    assert.equal(r.url, `${base}/article.html`);
    assert.equal(r.contentType, 'text/html; charset=utf-8');
    assert.equal(Buffer.from(r.bytes).toString('utf8'), ARTICLE);
    assert.equal(lastUserAgent, USER_AGENT);
    assert.equal(USER_AGENT, 'Parallax/0.1 (news comparison; +https://github.com/parallax-news/parallax)');
  });

  it('follows a redirect chain, resolving relative Locations, and reports the final URL', async () => {
    const r = await fetchResource(`${base}/r1`);
    assert.equal(r.url, `${base}/article.html`);
    assert.equal(r.requestedUrl, `${base}/r1`);
  });

  it('stops at a redirect loop', async () => {
    await rejectsWith(fetchResource(`${base}/loop-a`), `${base}/loop-a: redirect loop (${base}/loop-a again)`);
  });

  it('follows at most 5 redirects', async () => {
    await rejectsWith(fetchResource(`${base}/chain/0`), `${base}/chain/0: too many redirects (more than 5)`);
    await rejectsWith(fetchResource(`${base}/chain/0`, { maxRedirects: 2 }), /too many redirects \(more than 2\)$/);
  });

  it('refuses a redirect to another scheme', async () => {
    await rejectsWith(fetchResource(`${base}/to-ftp`), `${base}/to-ftp: redirect to unsupported URL scheme "ftp:"`);
  });

  it('reports non-2xx statuses with their reason', async () => {
    await rejectsWith(fetchResource(`${base}/missing`), `${base}/missing: HTTP 404 Not Found`);
    await rejectsWith(fetchResource(`${base}/error`), `${base}/error: HTTP 503 Service Unavailable`);
  });

  it('aborts a body that grows beyond the size limit while streaming', async () => {
    const started = Date.now();
    await rejectsWith(fetchResource(`${base}/huge`, { maxBytes: 1024 * 1024 }), `${base}/huge: larger than 1 MB`);
    assert.ok(Date.now() - started < 5000);
  });

  it('decompresses gzip and brotli bodies, and cuts a gzip bomb at the size limit', async () => {
    assert.equal(Buffer.from((await fetchResource(`${base}/gzip`)).bytes).toString('utf8'), ARTICLE);
    assert.equal(Buffer.from((await fetchResource(`${base}/br`)).bytes).toString('utf8'), ARTICLE);
    assert.ok(BOMB.length < 100 * 1024);
    await rejectsWith(fetchResource(`${base}/bomb`), `${base}/bomb: larger than 5 MB`);
    await rejectsWith(fetchResource(`${base}/bad-gzip`), `${base}/bad-gzip: invalid compressed response`);
  });

  it('refuses a declared Content-Length beyond the limit without reading (default limit 5 MB)', async () => {
    await rejectsWith(fetchResource(`${base}/huge-declared`), `${base}/huge-declared: larger than 5 MB`);
  });

  it('times out a slow response, and a body that stalls', async () => {
    const started = Date.now();
    await rejectsWith(fetchResource(`${base}/slow`, { timeoutMs: 200 }), `${base}/slow: timed out after 0.2 s`);
    await rejectsWith(fetchResource(`${base}/slow-body`, { timeoutMs: 300 }), `${base}/slow-body: timed out after 0.3 s`);
    assert.ok(Date.now() - started < 3000, 'did not wait for the server');
  });

  it('can be cancelled by the caller', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await rejectsWith(fetchResource(`${base}/slow`, { signal: controller.signal }), `${base}/slow: aborted`);
  });

  it('reports a refused connection without saying how it failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await rejectsWith(fetchResource(`http://127.0.0.1:${port}/`), `http://127.0.0.1:${port}/: could not connect`);
  });

  it('accepts only http and https URLs', async () => {
    await rejectsWith(fetchResource('ftp://example.com/a'), 'ftp://example.com/a: unsupported URL scheme "ftp:" (only http and https)');
    await rejectsWith(fetchResource('http://'), 'http://: invalid URL');
  });
});

describe('fetchResource for pollers', () => {
  it('sends extra headers and returns a passed-through 304 with an empty body', async () => {
    const first = await fetchResource(`${base}/conditional`, { passStatuses: [304] });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('etag'), '"v1"');
    const again = await fetchResource(`${base}/conditional`, { passStatuses: [304], headers: { 'if-none-match': '"v1"' } });
    assert.equal(again.status, 304);
    assert.equal(again.bytes.length, 0);
    await rejectsWith(fetchResource(`${base}/conditional`, { headers: { 'if-none-match': '"v1"' } }), /HTTP 304/);
  });

  it('says which failures may succeed later', async () => {
    const failure = async (url: string, timeoutMs?: number): Promise<FetchError> => {
      try {
        await fetchResource(url, { timeoutMs });
      } catch (e) {
        assert.ok(e instanceof FetchError);
        return e;
      }
      throw new Error('expected a failure');
    };
    const unavailable = await failure(`${base}/error`);
    assert.deepEqual([unavailable.failure, unavailable.status, isRetryable(unavailable)], ['status', 503, true]);
    const missing = await failure(`${base}/missing`);
    assert.deepEqual([missing.failure, missing.status, isRetryable(missing)], ['status', 404, false]);
    const busy = await failure(`${base}/busy`);
    assert.deepEqual([busy.status, busy.retryAfterMs, isRetryable(busy)], [429, 7000, true]);
    const slow = await failure(`${base}/slow`, 100);
    assert.deepEqual([slow.failure, isRetryable(slow)], ['timeout', true]);
    const loop = await failure(`${base}/loop-a`);
    assert.deepEqual([loop.failure, isRetryable(loop)], ['request', false]);
  });
});

describe('fetchArticles', () => {
  it('parses HTML; the url is the final URL after redirects, the outlet its host', async () => {
    const [a, ...rest] = await fetchArticles(`${base}/r1`);
    assert.equal(rest.length, 0);
    assert.ok(a);
    assert.equal(a.source, `${base}/r1`);
    assert.equal(a.title, 'Local news');
    assert.match(a.body, /^The first paragraph of a locally served article/);
    assert.equal(a.url, `${base}/article.html`);
    assert.equal(a.provenance.url, 'url');
    assert.equal(a.outlet, '127.0.0.1');
    assert.equal(a.provenance.outlet, 'host');
    assert.equal(a.language, 'en');
  });

  it('decodes text with the charset from Content-Type', async () => {
    const warnings: string[] = [];
    const [a] = await fetchArticles(`${base}/latin1`, { warn: (m) => warnings.push(m) });
    assert.equal(a?.title, 'Schwere Unwetter in Süddeutschland');
    assert.equal(a?.body, 'Überall fielen Bäume um.');
    assert.deepEqual(warnings, []);
  });

  it('sniffs JSON served as application/octet-stream; metadata wins over the host fallback', async () => {
    const all = await fetchArticles(`${base}/data`);
    assert.deepEqual(all.map((a) => [a.title, a.outlet, a.provenance.outlet, a.url]), [
      ['Eins', '127.0.0.1', 'host', `${base}/data`],
      ['Zwei', 'Zwei-Zeitung', 'json', `${base}/data`],
    ]);
  });

  it('refuses media it cannot read', async () => {
    await rejectsWith(fetchArticles(`${base}/image`), `${base}/image: unsupported content type "image/png"`);
  });
});
