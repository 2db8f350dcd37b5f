/**
 * Several services writing one SQLite file (as `serve`, `ingest` and `watch`
 * do): whatever the interleaving, hand-overs, crashes and stale holders, the
 * stories equal one service ingesting the same articles in the same seq order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import { analyze } from '../test-support/analyze.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { onlineStoryAssigner } from './default-stories.js';
import { ParallaxService } from './service.js';
import { holderIsDead, type LeaseOptions } from './leased-assigner.js';
import { loadSnapshot } from './assigner-state.js';
import { NEWS_EVENTS, reportOf } from '../test-support/news-events.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-lease-'));
let files = 0;
const freshPath = () => join(dir, `s${files++}.db`);
const factory = onlineStoryAssigner();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const OUTLETS = ['Rheinblatt', 'Donaupost', 'Elbkurier'];

/** Each of four events told by three outlets, copied once from the wire under another headline, and followed up. */
function corpus(): ArticleAnalysis[] {
  const out: ArticleAnalysis[] = [];
  NEWS_EVENTS.forEach((e, n) => {
    OUTLETS.forEach((outlet, o) => {
      const { title, body } = reportOf(e, outlet, o);
      out.push(analyze(body, { title, outlet, published: e.day, url: `https://${outlet.toLowerCase()}.example/${n}` }));
    });
    const wire = reportOf(e, 'Wire Digest', 0);
    out.push(analyze(wire.body, { title: `${wire.title}: Agenturtext`, outlet: 'Wire Digest', published: e.day }));
    out.push(analyze(e.followUp, { title: `Nach ${e.titles[1]!}`, outlet: 'Nordecho', published: e.day }));
  });
  return out;
}

const articles = corpus();

function open(path: string, options: Partial<LeaseOptions>): ParallaxService {
  // Background renewal and polling are left to the tests (long intervals), so each run is the same.
  return new ParallaxService(openSqliteStore(path), factory, { renewMs: 3_600_000, pollMs: 3_600_000, ...options });
}

const put = (service: ParallaxService, a: ArticleAnalysis) => service.ingestAnalysis(a, { urls: [], sourceKey: null, source: a.article.source });

/** What stories a store holds: each article's story and copy link, the story rows, the merges. */
async function storiesOf(store: Store) {
  const stored = await store.articlesAfter(0, 1000);
  const stories = (await store.listStories({ limit: 500 })).items.map((s) => [s.id, s.size, s.title, s.updatedSeq, s.outlets.join('|')]).sort();
  return {
    order: stored.map((a) => a.id),
    articles: stored.map((a) => `${a.seq} ${a.id} story=${a.storyId} copyOf=${a.syndicatedFrom}`),
    stories,
    merges: await store.listMerges(),
  };
}

/** One service ingesting the same articles in the same seq order: the oracle. */
async function sequential(order: string[]) {
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const path = freshPath();
  const one = open(path, { holder: 'oracle' });
  for (const id of order) await put(one, byId.get(id)!);
  await one.close();
  const store = openSqliteStore(path);
  const result = await storiesOf(store);
  await store.close();
  return result;
}

async function finalStories(path: string) {
  const store = openSqliteStore(path);
  const result = await storiesOf(store);
  await store.close();
  return result;
}

test('the corpus is a real clustering task: stories join, and wire copies are linked', async () => {
  const seq = await sequential(articles.map((a) => a.article.id));
  assert.equal(new Set(articles.map((a) => a.article.id)).size, articles.length, 'distinct articles');
  assert.ok(seq.stories.length >= 4 && seq.stories.length <= 8, `${seq.stories.length} stories`);
  assert.ok(seq.articles.filter((a) => !a.endsWith('copyOf=null')).length >= 3, 'wire copies are linked');
});

type Step = { who: 'A' | 'B' | 'both' } | { who: 'restart' } | { who: 'finish' };

test('two services interleaving writes on one file give the stories of one service in seq order', { timeout: 120_000 }, async () => {
  const step = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<Step>({ who: 'A' }, { who: 'B' }) },
    { weight: 2, arbitrary: fc.constant<Step>({ who: 'both' }) },
    { weight: 1, arbitrary: fc.constantFrom<Step>({ who: 'restart' }, { who: 'finish' }) },
  );
  await fc.assert(
    fc.asyncProperty(fc.shuffledSubarray([...articles.keys()], { minLength: articles.length }), fc.array(step, { minLength: 8, maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (order, steps, every) => {
      const path = freshPath();
      let a = open(path, { holder: 'A', snapshotEvery: every });
      const b = open(path, { holder: 'B', snapshotEvery: every });
      let next = 0;
      const take = () => (next < order.length ? articles[order[next++]!]! : null);
      for (const s of steps) {
        if (s.who === 'restart') {
          await a.close();
          a = open(path, { holder: 'A', snapshotEvery: every });
        } else if (s.who === 'finish') await b.finishBatch({ compare: false });
        else if (s.who === 'both') {
          const [x, y] = [take(), take()];
          await Promise.all([x && put(a, x), y && put(b, y)]);
        } else {
          const x = take();
          if (x) await put(s.who === 'A' ? a : b, x);
        }
      }
      for (let x = take(); x; x = take()) await put(next % 2 ? a : b, x);
      await a.close();
      await b.close();
      const got = await finalStories(path);
      assert.ok(got.articles.every((line) => !line.includes('story=null')), 'nothing left pending after both closed');
      assert.deepEqual(got, await sequential(got.order));
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 12), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}) },
  );
});

test('a process without the lease stores pending articles: readable and searchable, assigned by the holder later', async () => {
  const path = freshPath();
  const holder = open(path, { holder: 'H' });
  const other = open(path, { holder: 'O' });
  const first = await put(holder, articles[0]!);
  assert.ok(first.storyId);
  assert.equal(holder.assigning, true);
  const pending = await put(other, articles[1]!);
  assert.equal(pending.status, 'added');
  assert.equal(pending.storyId, null, 'left to the holder');
  assert.equal(other.assigning, false);
  assert.equal((await other.store.getArticle(articles[1]!.article.id))!.storyId, null);
  assert.equal((await other.store.search('Hochwasser')).total, 2);
  await holder.finishBatch({ compare: false });
  const assigned = (await other.store.getArticle(articles[1]!.article.id))!.storyId;
  assert.equal(assigned, first.storyId, 'the second report joined the first one\'s story');
  await holder.close();
  await other.close();
});

test('after a crash the next process takes the lease of the dead holder, replays from the saved state and assigns what is pending', async () => {
  const path = freshPath();
  // A holder id naming this host and a process that does not exist: as a killed process leaves it.
  const crashing = open(path, { holder: `${hostname()}:2147483646:crashed`, snapshotEvery: 3 });
  for (const x of articles.slice(0, 7)) await put(crashing, x);
  // The crash: the connection goes away without saving or handing the lease back.
  await crashing.store.close();
  const other = open(path, { holder: 'O' });
  assert.equal((await loadSnapshot(other.store))!.seq, 6, 'saved every 3 articles, not after the 7th');
  assert.equal((await other.store.getLease('story-assigner:global')).holder, `${hostname()}:2147483646:crashed`);
  for (const x of articles.slice(7, 12)) assert.ok((await put(other, x)).storyId, 'assigned at once: the dead holder was replaced');
  assert.equal((await other.store.getLease('story-assigner:global')).epoch, 2);
  await other.close();
  const got = await finalStories(path);
  assert.deepEqual(got, await sequential(got.order));
});

test('fencing: a holder that was replaced while paused cannot assign; its article is kept pending for the new holder', async () => {
  const path = freshPath();
  const stale = open(path, { holder: 'S', ttlMs: 30 });
  for (const x of articles.slice(0, 3)) await put(stale, x);
  await sleep(70);
  const fresh = open(path, { holder: 'F', ttlMs: 60_000 });
  await put(fresh, articles[3]!);
  assert.equal(fresh.assigning, true);
  const late = await put(stale, articles[4]!);
  assert.equal(late.storyId, null, 'the stale holder\'s assignment was refused');
  assert.equal(stale.assigning, false);
  await fresh.finishBatch({ compare: false });
  assert.ok((await fresh.store.getArticle(articles[4]!.article.id))!.storyId);
  await stale.close();
  await fresh.close();
  const got = await finalStories(path);
  assert.deepEqual(got, await sequential(got.order));
});

test('a write that fails after the assigner saw the article: the state is rebuilt, later articles get the sequential stories', async () => {
  const path = freshPath();
  const real = openSqliteStore(path);
  let failNext = false;
  // The store fails one article write (a full disk, say) after the assigner has placed the article.
  const flaky = new Proxy(real, {
    get(target, key, receiver) {
      if (key === 'writeArticle' && failNext) {
        failNext = false;
        return async () => {
          throw new Error('disk full');
        };
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const service = new ParallaxService(flaky, factory, { holder: 'H', renewMs: 3_600_000, pollMs: 3_600_000 });
  for (const x of articles.slice(0, 5)) await put(service, x);
  // The first report of the second event: it would open a story the next reports join.
  failNext = true;
  await assert.rejects(put(service, articles[5]!), /disk full/);
  assert.equal(await real.hasArticle(articles[5]!.article.id), false);
  for (const x of articles.slice(6, 12)) await put(service, x);
  await service.close();
  const got = await finalStories(path);
  assert.deepEqual(got, await sequential(got.order));
});

test('the assigner state is saved every N articles and at close, not on every batch end', async () => {
  const path = freshPath();
  const service = open(path, { holder: 'H', snapshotEvery: 1000, snapshotMs: 3_600_000 });
  for (const x of articles.slice(0, 3)) {
    await put(service, x);
    await service.finishBatch({ compare: false });
  }
  assert.equal(await loadSnapshot(service.store), null);
  await service.close();
  const store = openSqliteStore(path);
  assert.equal((await loadSnapshot(store))!.seq, 3);
  assert.equal((await store.getLease('story-assigner:global')).holder, null, 'the lease was handed back');
  await store.close();
});

test('a process that keeps assigning (serve) takes the lease when it is free and assigns others\' articles by itself', async () => {
  const path = freshPath();
  const server = open(path, { holder: 'serve', pollMs: 20 });
  server.keepAssigning();
  const writer = open(path, { holder: 'ingest' });
  // The writer may win the lease for its first article; after it closes, the server assigns.
  for (const x of articles.slice(0, 4)) await put(writer, x);
  await writer.close();
  for (let i = 0; i < 250 && !server.assigning; i++) await sleep(20);
  assert.equal(server.assigning, true, 'the server took the lease the writer handed back');
  const late = open(path, { holder: 'late' });
  const res = await put(late, articles[4]!);
  assert.equal(res.storyId, null, 'left to the server');
  for (let i = 0; i < 250 && (await late.store.getArticle(articles[4]!.article.id))!.storyId === null; i++) await sleep(20);
  assert.ok((await late.store.getArticle(articles[4]!.article.id))!.storyId, 'assigned by the server\'s poll');
  await late.close();
  await server.close();
  const got = await finalStories(path);
  assert.deepEqual(got, await sequential(got.order));
});

test('a holder is dead only when it names this host and a process that is gone', () => {
  const host = hostname();
  assert.equal(holderIsDead(`${host}:${process.pid}:x`), false, 'this process');
  assert.equal(holderIsDead(`${host}:${process.ppid}:x`), false, 'a live process');
  assert.equal(holderIsDead(`${host}:2147483646:x`), true);
  assert.equal(holderIsDead('elsewhere.example:2147483646:x'), false, 'another host: left to expire');
  assert.equal(holderIsDead('A'), false);
});
