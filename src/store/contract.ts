/**
 * The contract every Store implementation must pass. A backend's test file
 * calls `storeContract(name, open)`; `open` gives a fresh, empty store.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { ComparisonReport } from '../core/model/report.js';
import { analyze } from '../test-support/analyze.js';
import { entityRows, labelRows } from './article-rows.js';
import type { ArticleWrite, StorySummary, StoryWrite } from './records.js';
import type { Store } from './store.js';

const NONE: StoryWrite = { stories: [], merges: [] };

function write(analysis: ArticleAnalysis, over: Partial<ArticleWrite> = {}): ArticleWrite {
  return {
    analysis,
    urls: analysis.article.url ? [analysis.article.url] : [],
    sourceKey: null,
    syndicatedFrom: null,
    entities: entityRows(analysis),
    labels: labelRows(analysis),
    storyId: null,
    ...over,
  };
}

function story(id: string, over: Partial<StorySummary> = {}): StorySummary {
  return {
    id, title: `Story ${id}`, firstPublished: '2024-05-01', lastPublished: '2024-05-02', size: 1,
    outlets: ['Rheinblatt'], languages: ['de'], keyEntities: [], conflicts: null, updatedSeq: 0, ...over,
  };
}

const flood = analyze('Das Hochwasser am Rhein hat in Köln drei Menschen das Leben gekostet. Bürgermeisterin Henriette Reker sagte, die Lage sei ernst.', {
  title: 'Überschwemmung in Köln', outlet: 'Rheinblatt', url: 'https://rheinblatt.example/flut', published: '2024-05-02',
});
const summit = analyze('Wladimir Putin hat Kim Jong Un im Kosmodrom Wostotschny empfangen. Der Kreml sprach von einem Erfolg.', {
  title: 'Gipfel in Wostotschny', outlet: 'Donaupost', published: '2024-05-01',
});
const english = analyze('Vladimir Putin met Kim Jong Un at the Vostochny cosmodrome, the Kremlin said.', {
  title: 'Putin meets Kim', outlet: 'Harbor Times', language: 'en', published: '2024-05-01',
});

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    test('an article is written with its analysis and read back unchanged', async () => {
      const store = await open();
      const res = await store.writeArticle(write(flood, { storyId: 's1' }), { stories: [story('s1')], merges: [] });
      assert.equal(res.inserted, true);
      const back = await store.getArticle(flood.article.id);
      assert.ok(back);
      assert.deepEqual(back.analysis, flood);
      assert.equal(back.outlet, 'Rheinblatt');
      assert.equal(back.storyId, 's1');
      assert.equal(back.seq, res.seq);
      assert.ok(back.words > 10);
      await store.close();
    });

    test('writing the same article again changes nothing but records its new URLs and source key', async () => {
      const store = await open();
      const first = await store.writeArticle(write(flood), NONE);
      const again = await store.writeArticle(write(flood, { urls: ['https://mirror.example/flut'], sourceKey: 'file:x' }), NONE);
      assert.equal(again.inserted, false);
      assert.equal(again.seq, first.seq);
      assert.equal(await store.countArticles(), 1);
      assert.equal(await store.articleIdByUrl('https://mirror.example/flut'), flood.article.id);
      assert.equal(await store.articleIdByUrl('https://rheinblatt.example/flut'), flood.article.id);
      assert.equal(await store.articleIdBySource('file:x'), flood.article.id);
      assert.equal(await store.articleIdBySource('file:y'), null);
      await store.close();
    });

    test('a write that fails half-way leaves nothing behind', async () => {
      const store = await open();
      const broken = write(summit, { labels: [{ entityKey: null as unknown as string, label: 'Präsident' }], sourceKey: 'file:broken' });
      await assert.rejects(store.writeArticle(broken, { stories: [story('s9')], merges: [] }));
      assert.equal(await store.hasArticle(summit.article.id), false);
      assert.equal(await store.articleIdBySource('file:broken'), null);
      assert.equal(await store.getStory('s9'), null);
      assert.equal((await store.search('Wostotschny')).total, 0);
      await store.writeArticle(write(summit), NONE);
      assert.equal(await store.countArticles(), 1);
      await store.close();
    });

    test('lists filter by language, outlet and story and page in ingestion order, newest first', async () => {
      const store = await open();
      for (const a of [flood, summit, english]) await store.writeArticle(write(a, { storyId: a === flood ? 's1' : 's2' }), NONE);
      const all = await store.listArticles({ limit: 2 });
      assert.equal(all.total, 3);
      assert.deepEqual(all.items.map((a) => a.title), ['Putin meets Kim', 'Gipfel in Wostotschny']);
      const next = await store.listArticles({ limit: 2, offset: 2 });
      assert.deepEqual(next.items.map((a) => a.title), ['Überschwemmung in Köln']);
      assert.equal((await store.listArticles({ language: 'en' })).total, 1);
      assert.equal((await store.listArticles({ outlet: 'Donaupost' })).items[0]!.id, summit.article.id);
      assert.equal((await store.listArticles({ storyId: 's2' })).total, 2);
      const replay = await store.articlesAfter(0, 10);
      assert.deepEqual(replay.map((a) => a.id), [flood, summit, english].map((a) => a.article.id));
      await store.close();
    });

    test('full-text search finds words regardless of accents and never lets query syntax through', async () => {
      const store = await open();
      for (const a of [flood, summit, english]) await store.writeArticle(write(a), NONE);
      const hits = await store.search('uberschwemmung');
      assert.equal(hits.total, 1);
      assert.equal(hits.items[0]!.article.id, flood.article.id);
      assert.equal((await store.search('Putin')).total, 2);
      assert.equal((await store.search('Putin Köln')).total, 0);
      assert.match((await store.search('Reker')).items[0]!.snippet, /«Reker»/);
      for (const nasty of ['"', 'AND OR NOT', 'title:x', '*', '(((', "'; DROP TABLE articles; --", '']) {
        await store.search(nasty);
      }
      assert.equal(await store.countArticles(), 3);
      await store.close();
    });

    test('stories are listed with filters and sorts, and merged ids still resolve', async () => {
      const store = await open();
      await store.writeArticle(write(flood, { storyId: 's1' }), { stories: [story('s1', { lastPublished: '2024-05-02' })], merges: [] });
      await store.writeArticle(write(summit, { storyId: 's2' }), { stories: [story('s2', { firstPublished: '2024-04-01', lastPublished: '2024-04-01', outlets: ['Donaupost'] })], merges: [] });
      await store.writeArticle(write(english, { storyId: 's3' }), { stories: [story('s3', { languages: ['en'], lastPublished: '2024-05-01' })], merges: [] });
      assert.deepEqual((await store.listStories()).items.map((s) => s.id), ['s1', 's3', 's2']);
      assert.deepEqual((await store.listStories({ language: 'en' })).items.map((s) => s.id), ['s3']);
      assert.deepEqual((await store.listStories({ outlet: 'Donaupost' })).items.map((s) => s.id), ['s2']);
      assert.deepEqual((await store.listStories({ from: '2024-04-15' })).items.map((s) => s.id).sort(), ['s1', 's3']);
      assert.deepEqual((await store.listStories({ to: '2024-04-15' })).items.map((s) => s.id), ['s2']);
      assert.deepEqual((await store.listStories({ text: 'Kosmodrom' })).items.map((s) => s.id), ['s2']);
      assert.equal((await store.listStories({ text: '' })).total, 0);
      assert.equal((await store.getStory('s3'))!.updatedSeq > (await store.getStory('s1'))!.updatedSeq, true);
      // s3 turns out to be s2; later s2 is folded into s1: both old ids lead to s1.
      await store.writeArticle(write(analyze('Kim reiste weiter nach Wladiwostok.', { outlet: 'Donaupost' }), { storyId: 's2' }), {
        stories: [story('s2', { size: 3 })], merges: [{ from: 's3', into: 's2' }],
      });
      assert.equal(await store.resolveStoryId('s3'), 's2');
      assert.equal((await store.storyArticles('s2')).length, 3);
      await store.writeArticle(write(analyze('Das Wasser geht zurück.', { outlet: 'Rheinblatt' }), { storyId: 's1' }), {
        stories: [story('s1', { size: 5 })], merges: [{ from: 's2', into: 's1' }],
      });
      assert.equal(await store.resolveStoryId('s3'), 's1');
      assert.equal(await store.resolveStoryId('s2'), 's1');
      assert.equal(await store.resolveStoryId('nope'), null);
      assert.equal((await store.listStories()).total, 1);
      assert.equal((await store.storyArticles('s1')).length, 5);
      assert.deepEqual((await store.listStories({ sort: 'largest' })).items.map((s) => s.size), [5]);
      await store.close();
    });

    test('a story report is kept and its conflict count shows in the list', async () => {
      const store = await open();
      await store.writeArticle(write(flood, { storyId: 's1' }), { stories: [story('s1')], merges: [] });
      const report = { schemaVersion: '1', facts: [{ status: 'conflict' }, { status: 'shared' }, { status: 'conflict' }] } as unknown as ComparisonReport;
      await store.putReport({ storyId: 's1', membersHash: 'h1', report, computedAt: '2024-05-03T00:00:00Z' });
      const back = await store.getReport('s1');
      assert.equal(back!.membersHash, 'h1');
      assert.deepEqual(back!.report, report);
      assert.equal((await store.getStory('s1'))!.conflicts, 2);
      assert.equal(await store.getReport('s2'), null);
      await store.close();
    });

    test('entities are found by name, with their stories, outlets and labels', async () => {
      const store = await open();
      await store.writeArticle(write(summit, { storyId: 's2' }), { stories: [story('s2')], merges: [] });
      await store.writeArticle(write(english, { storyId: 's2' }), { stories: [story('s2', { size: 2 })], merges: [] });
      await store.writeArticle(write(flood, { storyId: 's1' }), { stories: [story('s1')], merges: [] });
      const found = await store.searchEntities('putin');
      assert.ok(found.length >= 1);
      const putin = found[0]!;
      assert.match(putin.name, /Putin/);
      assert.equal(putin.stories, 1);
      assert.equal((await store.getEntity(putin.key))!.articles, putin.articles);
      assert.deepEqual((await store.entityStories([putin.key])).map((s) => s.id), ['s2']);
      assert.ok((await store.entityOutlets([putin.key])).some((o) => o.outlet === 'Donaupost'));
      assert.equal(await store.getEntity('name:nobody'), null);
      assert.deepEqual(await store.searchEntities('%'), []);
      await store.close();
    });

    test('labels are kept per outlet for an entity', async () => {
      const store = await open();
      const a = analyze('Der russische Präsident Wladimir Putin traf Machthaber Kim Jong Un.', { outlet: 'Donaupost' });
      await store.writeArticle(write(a), NONE);
      const kim = a.entities.find((e) => e.name.includes('Kim'))!;
      const labels = await store.entityLabels([kim.keys[0]!]);
      assert.deepEqual(labels.map((l) => [l.outlet, l.label]), a.labels.filter((l) => l.entity === kim.id).map((l) => ['Donaupost', l.label]));
      await store.close();
    });

    test('feeds are added, updated, listed and removed', async () => {
      const store = await open();
      await store.putFeed({ url: 'https://a.example/feed.xml', title: 'A', addedAt: '2024-01-01T00:00:00Z', state: { etag: '"1"' } });
      await store.putFeed({ url: 'https://b.example/rss', title: null, addedAt: '2024-01-02T00:00:00Z', state: {} });
      await store.putFeed({ url: 'https://a.example/feed.xml', title: 'A2', addedAt: '2024-01-01T00:00:00Z', state: { etag: '"2"' } });
      assert.deepEqual((await store.listFeeds()).map((f) => [f.url, f.title]), [['https://a.example/feed.xml', 'A2'], ['https://b.example/rss', null]]);
      assert.deepEqual((await store.getFeed('https://a.example/feed.xml'))!.state, { etag: '"2"' });
      assert.equal(await store.removeFeed('https://b.example/rss'), true);
      assert.equal(await store.removeFeed('https://b.example/rss'), false);
      assert.equal((await store.listFeeds()).length, 1);
      await store.close();
    });

    test('the change mark moves with every write and stays put without one', async () => {
      const store = await open();
      const a = await store.changeMark();
      assert.equal(await store.changeMark(), a);
      await store.listStories();
      assert.equal(await store.changeMark(), a, 'reads do not move it');
      await store.writeArticle(write(flood), NONE);
      const b = await store.changeMark();
      assert.notEqual(b, a);
      await store.putMeta('k', 1);
      const c = await store.changeMark();
      assert.notEqual(c, b);
      const lease = await store.acquireLease('job', 'A', 60_000);
      await store.renewLease({ name: 'job', holder: 'A', epoch: lease.epoch }, 60_000);
      assert.equal(await store.changeMark(), c, 'a lease renewed every few seconds does not make cached answers stale');
      await store.close();
    });

    test('blobs round-trip as bytes, and a fenced one is refused to a replaced holder', async () => {
      const store = await open();
      assert.equal(await store.getBlob('state'), null);
      // Larger than one part of a backend that writes in parts.
      const bytes = Uint8Array.from({ length: 1_300_000 }, (_, i) => (i * 7 + (i >> 9)) % 256);
      assert.equal(await store.putBlob('state', bytes), true);
      assert.deepEqual(await store.getBlob('state'), bytes);
      const a = await store.acquireLease('job', 'A', 20);
      await new Promise((r) => setTimeout(r, 60));
      await store.acquireLease('job', 'B', 60_000);
      assert.equal(await store.putBlob('state', new Uint8Array([1, 2, 3]), { name: 'job', holder: 'A', epoch: a.epoch }), false);
      assert.deepEqual(await store.getBlob('state'), bytes);
      assert.equal(await store.putBlob('state', new Uint8Array(0)), true);
      assert.deepEqual(await store.getBlob('state'), new Uint8Array(0));
      await store.close();
    });

    test('meta values round-trip as JSON', async () => {
      const store = await open();
      assert.equal(await store.getMeta('x'), null);
      assert.equal(await store.putMeta('x', { seq: 3, state: [1, 'a'] }), true);
      assert.deepEqual(await store.getMeta('x'), { seq: 3, state: [1, 'a'] });
      await store.close();
    });

    leaseContract(open);
    pendingContract(open);
  });
}

const LONG = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const grantOf = (s: { name: string; holder: string | null; epoch: number }) => ({ name: s.name, holder: s.holder!, epoch: s.epoch });

function leaseContract(open: () => Promise<Store>): void {
  test('a lease has one holder at a time: others are refused until it is released, and the next holder gets a higher epoch', async () => {
    const store = await open();
    assert.deepEqual(await store.getLease('job'), { held: false, name: 'job', holder: null, epoch: 0, expiresAt: null });
    const a = await store.acquireLease('job', 'A', LONG);
    assert.equal(a.held, true);
    assert.equal(a.holder, 'A');
    assert.ok(a.epoch >= 1);
    assert.ok(a.expiresAt! > Date.now());
    const b = await store.acquireLease('job', 'B', LONG);
    assert.equal(b.held, false);
    assert.equal(b.holder, 'A', 'the refusal names the holder');
    assert.equal((await store.acquireLease('other-job', 'B', LONG)).held, true, 'leases are independent by name');
    const again = await store.acquireLease('job', 'A', LONG);
    assert.equal(again.held, true);
    assert.equal(again.epoch, a.epoch, 'acquiring a lease one holds renews it');
    const renewed = await store.renewLease(grantOf(a), LONG);
    assert.equal(renewed.held, true);
    assert.ok(renewed.expiresAt! >= a.expiresAt!);
    assert.equal(await store.releaseLease({ name: 'job', holder: 'B', epoch: a.epoch }), false, 'only the holder releases');
    assert.equal(await store.releaseLease(grantOf(a)), true);
    assert.equal(await store.releaseLease(grantOf(a)), false, 'released once');
    const free = await store.getLease('job');
    assert.equal(free.holder, null);
    assert.equal(free.epoch, a.epoch, 'release keeps the epoch');
    const b2 = await store.acquireLease('job', 'B', LONG);
    assert.equal(b2.held, true);
    assert.ok(b2.epoch > a.epoch);
    assert.equal((await store.renewLease(grantOf(a), LONG)).held, false, 'an old grant cannot be renewed');
    await store.close();
  });

  test('an expired lease is taken over with a higher epoch, and the old holder can neither renew nor release it', async () => {
    const store = await open();
    const a = await store.acquireLease('job', 'A', 20);
    await sleep(60);
    const b = await store.acquireLease('job', 'B', LONG);
    assert.equal(b.held, true);
    assert.ok(b.epoch > a.epoch);
    assert.equal((await store.renewLease(grantOf(a), LONG)).held, false);
    assert.equal(await store.releaseLease(grantOf(a)), false);
    assert.equal((await store.getLease('job')).holder, 'B');
    await store.close();
  });

  test('a lapsed lease nobody took is still its holder\'s to renew, with the same epoch', async () => {
    const store = await open();
    const a = await store.acquireLease('job', 'A', 20);
    await sleep(60);
    const renewed = await store.renewLease(grantOf(a), LONG);
    assert.equal(renewed.held, true);
    assert.equal(renewed.epoch, a.epoch);
    assert.equal((await store.acquireLease('job', 'B', LONG)).held, false);
    await store.close();
  });

  test('a holder known to be dead is replaced only when named exactly', async () => {
    const store = await open();
    const a = await store.acquireLease('job', 'A', LONG);
    assert.equal((await store.acquireLease('job', 'B', LONG, { replacing: 'C' })).held, false);
    const b = await store.acquireLease('job', 'B', LONG, { replacing: 'A' });
    assert.equal(b.held, true);
    assert.ok(b.epoch > a.epoch);
    await store.close();
  });

  test('bad lease arguments are refused', async () => {
    const store = await open();
    await assert.rejects(store.acquireLease('job', 'A', 0));
    await assert.rejects(store.acquireLease('job', '', LONG));
    await assert.rejects(store.acquireLease('job', 'A', 1.5));
    await store.close();
  });

  test('fencing: a replaced holder\'s state and assignments are refused, its articles kept as pending', async () => {
    const store = await open();
    const a = grantOf(await store.acquireLease('assign', 'A', 20));
    assert.equal(await store.putMeta('state', { by: 'A' }, a), true);
    await sleep(60);
    const b = grantOf(await store.acquireLease('assign', 'B', LONG));
    assert.equal(await store.putMeta('state', { by: 'A', late: true }, a), false);
    assert.deepEqual(await store.getMeta('state'), { by: 'A' }, 'the refused write changed nothing');
    assert.equal(await store.putMeta('state', { by: 'B' }, b), true);

    const stale = await store.writeArticle(write(flood, { storyId: 's1', syndicatedFrom: 'x' }), { stories: [story('s1')], merges: [] }, { lease: a, afterSeq: 0 });
    assert.deepEqual([stale.inserted, stale.assigned], [true, false]);
    const kept = await store.getArticle(flood.article.id);
    assert.equal(kept!.storyId, null, 'stored, but pending');
    assert.equal(kept!.syndicatedFrom, null);
    assert.equal(await store.getStory('s1'), null, 'no story rows from a stale holder');
    const pending = { articleId: flood.article.id, storyId: 's1', syndicatedFrom: null, stories: { stories: [story('s1')], merges: [] } };
    assert.equal(await store.assignArticle(pending, a), false);
    assert.equal(await store.getStory('s1'), null);
    assert.equal(await store.assignArticle(pending, b), true);
    assert.equal((await store.getArticle(flood.article.id))!.storyId, 's1');
    await store.close();
  });
}

function pendingContract(open: () => Promise<Store>): void {
  test('a pending article is readable and searchable without a story; its story appears when it is assigned', async () => {
    const store = await open();
    assert.equal(await store.lastSeq(), 0);
    const { seq, assigned } = await store.writeArticle(write(summit), NONE);
    assert.equal(assigned, false);
    assert.equal(await store.lastSeq(), seq);
    assert.equal((await store.getArticle(summit.article.id))!.storyId, null);
    assert.equal((await store.search('Wostotschny')).total, 1);
    assert.equal((await store.listArticles()).total, 1);
    assert.equal((await store.listStories()).total, 0);
    const lease = grantOf(await store.acquireLease('assign', 'H', LONG));
    const assignment = { articleId: summit.article.id, storyId: 's2', syndicatedFrom: null, stories: { stories: [story('s2', { outlets: ['Donaupost'] })], merges: [] } };
    assert.equal(await store.assignArticle(assignment, lease), true);
    assert.equal(await store.assignArticle(assignment, lease), false, 'only a pending article is assigned');
    assert.deepEqual((await store.storyArticles('s2')).map((a) => a.id), [summit.article.id]);
    assert.equal((await store.getStory('s2'))!.updatedSeq, seq, 'the story is marked with the article\'s seq');
    assert.deepEqual((await store.listStories({ text: 'Wostotschny' })).items.map((s) => s.id), ['s2']);
    await store.close();
  });

  test('a fenced write assigns only the next article in seq order; after another article it stores pending', async () => {
    const store = await open();
    const lease = grantOf(await store.acquireLease('assign', 'H', LONG));
    const first = await store.writeArticle(write(flood, { storyId: 's1' }), { stories: [story('s1')], merges: [] }, { lease, afterSeq: 0 });
    assert.equal(first.assigned, true);
    assert.equal((await store.getStory('s1'))!.updatedSeq, first.seq);
    const other = await store.writeArticle(write(english), NONE);
    const late = await store.writeArticle(write(summit, { storyId: 's2' }), { stories: [story('s2')], merges: [] }, { lease, afterSeq: first.seq });
    assert.equal(late.assigned, false, `an article (seq ${other.seq}) came first`);
    assert.equal(await store.getStory('s2'), null);
    const next = await store.writeArticle(write(analyze('Das Wasser geht zurück.', { outlet: 'Rheinblatt' }), { storyId: 's1' }), { stories: [story('s1', { size: 2 })], merges: [] }, { lease, afterSeq: late.seq });
    assert.equal(next.assigned, true);
    assert.equal((await store.getStory('s1'))!.size, 2);
    await store.close();
  });
}
