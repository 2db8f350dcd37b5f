import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import pg from 'pg';
import type { ArticleAnalysis } from '../../core/model/analysis.js';
import { analyze } from '../../test-support/analyze.js';
import { entityRows, labelRows } from '../article-rows.js';
import { storeContract } from '../contract.js';
import { isStoreError } from '../errors.js';
import type { ArticleWrite } from '../records.js';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';
import { INDEXED_CHARS } from './schema.js';
import { pgTestServer, TEST_PG_URL } from './test-database.js';

const server = await pgTestServer('PostgreSQL store');
const NONE = { stories: [], merges: [] };

function write(analysis: ArticleAnalysis, over: Partial<ArticleWrite> = {}): ArticleWrite {
  return { analysis, urls: [], sourceKey: null, syndicatedFrom: null, entities: entityRows(analysis), labels: labelRows(analysis), storyId: null, ...over };
}

if (server) {
  storeContract('postgres', async () => openPostgresStore(await server.emptiedUrl()));

  const streik = analyze('In München streiken seit Montag die Lokführer. Die Streiks sollen bis Freitag dauern, sagte Claus Weselsky.', {
    title: 'Bahnstreik in München', outlet: 'Donaupost', published: '2024-01-10',
  });
  const cafe = analyze('The café workers in Zürich went on strikes on Monday, François Hollande said.', {
    title: 'Strikes in Zürich', outlet: 'Harbor Times', language: 'en', published: '2024-01-10',
  });
  const summit = analyze('Wladimir Putin hat Kim Jong Un im Kosmodrom Wostotschny empfangen.', { title: 'Gipfel', outlet: 'Rheinblatt' });

  const withArticles = async (fn: (store: PostgresStore) => Promise<void>) => {
    const store = await openPostgresStore(await server.emptiedUrl());
    try {
      for (const a of [streik, cafe, summit]) await store.writeArticle(write(a), NONE);
      await fn(store);
    } finally {
      await store.close();
    }
  };
  const ids = async (store: PostgresStore, q: string) => (await store.search(q)).items.map((h) => h.article.id);

  test('German search: accents folded, words stemmed, prefixes, marks in the snippet', () =>
    withArticles(async (store) => {
      assert.deepEqual(await ids(store, 'Munchen'), [streik.article.id], 'unaccent: Munchen finds München');
      assert.deepEqual(await ids(store, 'MÜNCHEN'), [streik.article.id]);
      assert.deepEqual(await ids(store, 'Streik'), [streik.article.id], 'stemming: Streik finds Streiks');
      assert.deepEqual(await ids(store, 'Lokf*'), [streik.article.id], 'a trailing * is a prefix');
      assert.deepEqual(await ids(store, 'Lokf'), [], 'without * a word is whole');
      assert.deepEqual(await ids(store, 'Streik Kosmodrom'), [], 'every word must match');
      const hit = (await store.search('Streiks')).items[0]!;
      assert.match(hit.snippet, /«Streiks»/);
      assert.match(hit.snippet, /«streiken»/, 'every form of the stem is marked');
      assert.equal((await store.search('die')).total, 0, 'a query of stop words only finds nothing (PostgreSQL drops them)');
    }));

  test('English search: accents folded, words stemmed, each article in its own language', () =>
    withArticles(async (store) => {
      assert.deepEqual(await ids(store, 'cafe zurich'), [cafe.article.id]);
      assert.deepEqual(await ids(store, 'strike'), [cafe.article.id], 'English stemming: strike finds strikes');
      assert.deepEqual((await store.search('Strikes')).items.map((h) => h.article.id), [cafe.article.id]);
      assert.deepEqual((await store.listStories({ text: 'strike' })).items, [], 'no story yet: the article is pending');
    }));

  test('search ranks, pages and counts like the SQLite store', () =>
    withArticles(async (store) => {
      const more = analyze('Der Streik der Lokführer geht weiter. Streik, Streik, Streik: die Bahn steht.', { title: 'Streik ohne Ende', outlet: 'Rheinblatt' });
      await store.writeArticle(write(more), NONE);
      const all = await store.search('Streik');
      assert.equal(all.total, 2);
      assert.ok(all.items[0]!.rank <= all.items[1]!.rank, 'lower rank is better');
      const second = await store.search('Streik', { limit: 1, offset: 1 });
      assert.deepEqual(second.items.map((h) => h.article.id), [all.items[1]!.article.id]);
      assert.equal(second.total, 2);
    }));

  test('entity search folds case and accents, and finds near misses by trigrams after exact ones', () =>
    withArticles(async (store) => {
      const putin = await store.searchEntities('putin');
      assert.ok(putin.length >= 1);
      assert.match(putin[0]!.name, /Putin/);
      const typo = await store.searchEntities('Putn');
      assert.ok(typo.some((e) => /Putin/.test(e.name)), `a typo still finds Putin: ${JSON.stringify(typo)}`);
      const francois = await store.searchEntities('francois hollande');
      assert.ok(francois.some((e) => e.name === 'François Hollande'), JSON.stringify(francois));
      const weselsky = await store.searchEntities('Weselsky');
      assert.equal(weselsky[0]!.name, 'Claus Weselsky', 'a name containing the text comes before near misses');
      assert.deepEqual(await store.searchEntities('%'), []);
      assert.deepEqual(await store.searchEntities('_'), []);
    }));

  test('no text a user types breaks search or entity search, or changes the data', () =>
    withArticles(async (store) => {
      const mark = await store.changeMark();
      // (PostgreSQL text holds no NUL: a typed one must not fail the query.)
      assert.deepEqual(await store.searchEntities('Pu\u0000tin'), await store.searchEntities('Putin'));
      // An id or key from a URL with one finds nothing.
      assert.equal(await store.getEntity('\u0000'), null);
      assert.equal(await store.getStory('s\u0000'), null);
      assert.equal(await store.getArticle('a\u0000'), null);
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom("a' & | ! <-> :* (", 'x:*A', '\\', '$1', '日本 ä*', 'Pu\u0000tin', '\u0000')), async (text) => {
          await store.search(text);
          await store.searchEntities(text);
          await store.listStories({ text });
        }),
        { numRuns: 60 },
      );
      assert.equal(await store.countArticles(), 3);
      assert.equal(await store.changeMark(), mark);
    }));

  test(`an article longer than the indexed ${INDEXED_CHARS.toLocaleString('en')} characters is stored whole and found by its first part`, async () => {
    const store = await openPostgresStore(await server.emptiedUrl());
    // Many distinct words: indexed whole, its tsvector would pass PostgreSQL's 1 MB limit.
    const words: string[] = [];
    for (let i = 0, length = 0; length < 3 * INDEXED_CHARS; i++) {
      words.push(`wort${i.toString(36)}x${(i * 7919).toString(36)}`);
      length += words[i]!.length + 1;
    }
    const base = analyze('Ein Anfang mit Zugunglück.', { title: 'Lang', outlet: 'Rheinblatt' });
    const text = `Ein Anfang mit Zugunglück. ${words.join(' ')}`;
    const long = { ...base, article: { ...base.article, id: 'long-article', text } };
    const res = await store.writeArticle(write(long), NONE);
    assert.equal(res.inserted, true);
    assert.equal((await store.getArticle('long-article'))!.analysis.article.text.length, text.length);
    assert.deepEqual((await store.search('Zugunglück')).items.map((h) => h.article.id), ['long-article']);
    await store.close();
  });

  test('two stores (as two processes) writing at once: seqs 1..n with no gaps, and a reader never sees a seq before a lower one', async () => {
    const url = await server.freshUrl();
    const [one, two, reader] = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)]);
    const texts = (who: string) => Array.from({ length: 12 }, (_, i) => analyze(`Bericht ${i} von ${who}: Der Rhein steigt um ${i + 1} Zentimeter.`, { outlet: who }));
    const batchA = texts('Rheinblatt');
    const batchB = texts('Donaupost');
    let done = false;
    const seen: number[] = [];
    const watch = (async () => {
      while (!done) {
        const after = seen.length ? seen[seen.length - 1]! : 0;
        for (const a of await reader.articlesAfter(after, 100)) seen.push(a.seq);
      }
    })();
    const results = await Promise.all([
      (async () => { const out = []; for (const a of batchA) out.push(await one.writeArticle(write(a), NONE)); return out; })(),
      (async () => { const out = []; for (const a of batchB) out.push(await two.writeArticle(write(a), NONE)); return out; })(),
      // The same article from both at once: stored once.
      Promise.all([one.writeArticle(write(summit), NONE), two.writeArticle(write(summit), NONE)]),
    ]);
    done = true;
    await watch;
    for (const a of await reader.articlesAfter(seen.length ? seen[seen.length - 1]! : 0, 100)) seen.push(a.seq);
    const n = batchA.length + batchB.length + 1;
    assert.deepEqual(seen, Array.from({ length: n }, (_, i) => i + 1), 'seen in order, none skipped');
    const twice = results[2];
    assert.equal(twice.filter((r) => r.inserted).length, 1);
    assert.equal(twice[0].seq, twice[1].seq);
    assert.equal(await reader.countArticles(), n);
    await Promise.all([one.close(), two.close(), reader.close()]);
  });

  test('leases and the change mark are shared by every connection to the database', async () => {
    const url = await server.freshUrl();
    const [one, two] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const grants = await Promise.all([one.acquireLease('assign', 'one', 60_000), two.acquireLease('assign', 'two', 60_000)]);
    assert.equal(grants.filter((g) => g.held).length, 1);
    assert.equal(grants[0]!.epoch, grants[1]!.epoch);
    const before = await one.changeMark();
    await two.putMeta('x', 1);
    assert.notEqual(await one.changeMark(), before);
    await Promise.all([one.close(), two.close()]);
  });

  test('two processes opening a new database at once: migrated once; a reopened store has everything', async () => {
    const url = await server.freshUrl();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    await a.writeArticle(write(streik, { storyId: 's1' }), { stories: [{ id: 's1', title: 'Streik', firstPublished: null, lastPublished: null, size: 1, outlets: ['Donaupost'], languages: ['de'], keyEntities: [], conflicts: null, updatedSeq: 0 }], merges: [] });
    assert.equal(await b.countArticles(), 1);
    await Promise.all([a.close(), b.close()]);
    const again = await openPostgresStore(url);
    assert.deepEqual((await again.getArticle(streik.article.id))!.analysis, streik);
    assert.equal((await again.getStory('s1'))!.title, 'Streik');
    await again.close();
  });

  test('a database written by a newer Parallax is refused with one line', async () => {
    const url = await server.freshUrl();
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE parallax_schema SET version = 99');
    await client.end();
    await assert.rejects(openPostgresStore(url), (e: unknown) => isStoreError(e) && /newer Parallax \(schema 99/.test(e.message));
  });
}

test('a server that cannot be reached is one line naming it, password masked', async () => {
  await assert.rejects(openPostgresStore('postgres://someone:s3cret@127.0.0.1:1/news'), (e: unknown) => {
    assert.ok(isStoreError(e));
    assert.match(e.message, /^postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/news: cannot connect \(connection refused/);
    assert.ok(!e.message.includes('s3cret'));
    assert.ok(!e.message.includes('\n'));
    return true;
  });
});

if (server) {
  test('a database that does not exist is named', async () => {
    const missing = new URL(TEST_PG_URL);
    missing.pathname = '/parallax_no_such_db';
    await assert.rejects(openPostgresStore(missing.href), (e: unknown) =>
      isStoreError(e) && /parallax_no_such_db: cannot connect \(database "parallax_no_such_db" does not exist\)/.test(e.message));
  });
}
