import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';
import { startServer, type RunningServer } from './serve.js';
import { SCHEMA_VERSION } from '../core/model/report.js';

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/stories/${p}`, import.meta.url), 'utf8');

async function call(server: RunningServer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, text, type: res.headers.get('content-type') ?? '' };
}

describe('HTTP API over real HTTP', () => {
  let server: RunningServer;
  let service: ParallaxService;
  before(async () => {
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    server = await startServer(service, { port: 0, host: '127.0.0.1', token: 'sekret' });
  });
  after(async () => {
    await server.close();
    await service.close();
  });
  const auth = { authorization: 'Bearer sekret' };

  test('writes need the bearer token', async () => {
    const res = await call(server, 'POST', '/api/articles', { text: fixture('de-hochwasser/rheinblatt.txt') });
    assert.equal(res.status, 401);
    assert.equal(res.json.error.field, 'authorization');
  });

  test('articles posted as text are stored once, grouped into a story, listed and searchable', async () => {
    const first = await call(server, 'POST', '/api/articles', { text: fixture('de-hochwasser/rheinblatt.txt'), outlet: 'Rheinblatt' }, auth);
    assert.equal(first.status, 201);
    const again = await call(server, 'POST', '/api/articles', { text: fixture('de-hochwasser/rheinblatt.txt'), outlet: 'Rheinblatt' }, auth);
    assert.equal(again.status, 200);
    assert.equal(again.json.articles[0].status, 'duplicate');
    const second = await call(server, 'POST', '/api/articles', { text: fixture('de-hochwasser/donaupost.txt'), outlet: 'Donaupost' }, auth);
    assert.equal(second.json.articles[0].storyId, first.json.articles[0].storyId, 'two reports of the same flood form one story');
    const html = await call(server, 'POST', '/api/articles', { html: fixture('de-hochwasser/bayernecho.html') }, auth);
    assert.equal(html.status, 201);

    const list = await call(server, 'GET', '/api/articles?limit=2');
    assert.equal(list.json.total, 3);
    assert.equal(list.json.items.length, 2);
    const stories = await call(server, 'GET', '/api/stories');
    assert.equal(stories.json.total, 1);
    const story = stories.json.items[0];
    assert.equal(story.size, 3);
    assert.deepEqual(story.outlets, ['Bayern-Echo', 'Donaupost', 'Rheinblatt']);

    const page = await call(server, 'GET', `/api/stories/${story.id}`);
    assert.equal(page.status, 200);
    assert.equal(page.json.articles.length, 3);
    assert.ok(page.json.report.facts.some((f: { status: string }) => f.status === 'shared'));
    // The page is compressed for clients that accept gzip, and the same JSON either way.
    const zipped = await fetch(`${server.url}/api/stories/${story.id}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(await zipped.json(), page.json);
    const plain = await fetch(`${server.url}/api/stories/${story.id}`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.deepEqual(await plain.json(), page.json);
    const listed = await call(server, 'GET', '/api/stories');
    assert.equal(typeof listed.json.items[0].conflicts, 'number', 'the list shows conflicts once the story was compared');

    const article = await call(server, 'GET', `/api/articles/${first.json.articles[0].articleId}`);
    assert.equal(article.json.article.outlet, 'Rheinblatt');
    assert.ok(article.json.analysis.sentences.length > 3);
    assert.equal(article.json.analysis.sentences[0].tokens, undefined, 'tokens are not sent');

    const hits = await call(server, 'GET', '/api/search?q=Passau');
    assert.ok(hits.json.total >= 2);
    assert.equal((await call(server, 'GET', '/api/stories?q=Passau')).json.total, 1);
    assert.equal((await call(server, 'GET', '/api/stories?q=Erdbeben')).json.total, 0);
    assert.equal((await call(server, 'GET', '/api/stories?language=en')).json.total, 0);
  });

  test('compare returns the CLI report contract and stores nothing', async () => {
    const before = (await call(server, 'GET', '/api/articles')).json.total;
    const res = await call(server, 'POST', '/api/compare', { articles: [{ text: fixture('en-bridge/harbor-times.txt') }, { text: fixture('en-bridge/valley-post.txt') }] }, auth);
    assert.equal(res.status, 200);
    assert.equal(res.json.schemaVersion, SCHEMA_VERSION);
    assert.equal(res.json.articles.length, 2);
    assert.ok(res.json.facts.length > 0);
    assert.equal((await call(server, 'GET', '/api/articles')).json.total, before);
  });

  test('entities are searchable and have a page with stories and outlets', async () => {
    const found = await call(server, 'GET', '/api/entities?q=passau');
    assert.ok(found.json.items.length >= 1);
    const key = found.json.items[0].key;
    const page = await call(server, 'GET', `/api/entities/${encodeURIComponent(key)}`);
    assert.equal(page.status, 200);
    assert.equal(page.json.stories.length, 1);
    assert.ok(page.json.outlets.length >= 2);
    assert.equal((await call(server, 'GET', `/api/entities/${encodeURIComponent('name:nobody')}`)).status, 404);
  });

  test('feeds can be subscribed, listed and removed', async () => {
    assert.equal((await call(server, 'POST', '/api/feeds', { url: 'ftp://x' }, auth)).json.error.field, 'url');
    assert.equal((await call(server, 'POST', '/api/feeds', { url: 'https://news.example/feed.xml' }, auth)).status, 201);
    assert.equal((await call(server, 'POST', '/api/feeds', { url: 'https://news.example/feed.xml' }, auth)).status, 200);
    assert.equal((await call(server, 'GET', '/api/feeds')).json.items.length, 1);
    assert.equal((await call(server, 'DELETE', '/api/feeds?url=https%3A%2F%2Fnews.example%2Ffeed.xml', undefined, auth)).status, 200);
    assert.equal((await call(server, 'DELETE', '/api/feeds?url=https%3A%2F%2Fnews.example%2Ffeed.xml', undefined, auth)).status, 404);
  });

  test('bad requests get a 4xx JSON error naming the field', async () => {
    const cases: [string, string, unknown, number, string][] = [
      ['GET', '/api/stories?limit=0', undefined, 400, 'limit'],
      ['GET', '/api/stories?sort=best', undefined, 400, 'sort'],
      ['GET', '/api/stories?from=yesterday', undefined, 400, 'from'],
      ['GET', '/api/search', undefined, 400, 'q'],
      ['GET', '/api/entities', undefined, 400, 'q'],
      ['POST', '/api/articles', '{not json', 400, 'body'],
      ['POST', '/api/articles', [], 400, 'body'],
      ['POST', '/api/articles', {}, 400, 'text'],
      ['POST', '/api/articles', { text: 'a', html: '<p>b</p>' }, 400, 'text'],
      ['POST', '/api/articles', { text: 42 }, 400, 'text'],
      ['POST', '/api/articles', { text: 'Ein Text.', published: 'gestern' }, 400, 'published'],
      ['POST', '/api/articles', { text: 'Ein Text.', language: 'klingon!' }, 400, 'language'],
      ['POST', '/api/articles', { text: '   \n  ' }, 400, 'text'],
      ['POST', '/api/articles', { url: 'file:///etc/passwd' }, 400, 'url'],
      ['POST', '/api/compare', { articles: [] }, 400, 'articles'],
      ['POST', '/api/compare', { articles: [null] }, 400, 'articles[0]'],
      ['POST', '/api/compare', { articles: [{ text: 'x' }], store: 'yes' }, 400, 'store'],
    ];
    for (const [method, path, body, status, field] of cases) {
      const res = await call(server, method, path, body, auth);
      assert.equal(res.status, status, `${method} ${path} ${JSON.stringify(body)}`);
      assert.equal(res.json.error.field, field, `${method} ${path} ${JSON.stringify(body)}`);
      assert.match(res.type, /application\/json/);
    }
    const wrongType = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: 'hello' });
    assert.equal(wrongType.status, 415);
    const huge = await call(server, 'POST', '/api/articles', { text: 'x'.repeat(9 * 1024 * 1024) }, auth);
    assert.equal(huge.status, 413);
    assert.equal((await call(server, 'GET', '/api/nothing')).status, 404);
    assert.equal((await call(server, 'GET', '/api/stories/st-doesnotexist')).status, 404);
  });

  test('nothing outside the API is served, and paths cannot climb out', async () => {
    for (const path of ['/', '/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/package.json', '/src/cli/main.ts']) {
      const res = await call(server, 'GET', path);
      assert.equal(res.status, 404, path);
    }
  });

  test('the OpenAPI document describes every endpoint', async () => {
    const doc = (await call(server, 'GET', '/api/openapi.json')).json;
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/stories', '/api/stories/{id}', '/api/compare', '/api/entities', '/api/entities/{key}', '/api/search', '/api/feeds']) {
      assert.ok(doc.paths[p], p);
    }
  });
});

describe('story pages are kept per story', () => {
  let server: RunningServer;
  let service: ParallaxService;
  before(async () => {
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    server = await startServer(service, { port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await server.close();
    await service.close();
  });

  test('a write elsewhere leaves the page as it was; an article joining the story shows at once', async () => {
    const first = await call(server, 'POST', '/api/articles', { text: fixture('de-hochwasser/rheinblatt.txt'), outlet: 'Rheinblatt' });
    const storyId = first.json.articles[0].storyId as string;
    const page = await call(server, 'GET', `/api/stories/${storyId}`);
    assert.equal(page.json.articles.length, 1);
    const other = await call(server, 'POST', '/api/articles', { text: fixture('en-bridge/harbor-times.txt'), outlet: 'Harbor Times' });
    assert.notEqual(other.json.articles[0].storyId, storyId);
    assert.equal((await call(server, 'GET', `/api/stories/${storyId}`)).text, page.text);
    const joined = await call(server, 'POST', '/api/articles', { text: fixture('de-hochwasser/donaupost.txt'), outlet: 'Donaupost' });
    assert.equal(joined.json.articles[0].storyId, storyId);
    const after2 = await call(server, 'GET', `/api/stories/${storyId}`);
    assert.deepEqual(after2.json.articles.map((a: { outlet: string }) => a.outlet).sort(), ['Donaupost', 'Rheinblatt']);
    assert.equal(after2.json.story.size, 2);
    assert.equal((await call(server, 'GET', `/api/stories/no-such-story`)).status, 404);
  });
});
