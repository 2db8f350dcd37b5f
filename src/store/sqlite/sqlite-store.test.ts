import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../contract.js';
import { openSqliteStore, StoreError } from './sqlite-store.js';
import { analyze } from '../../test-support/analyze.js';
import { entityRows, labelRows } from '../article-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
let n = 0;

storeContract('sqlite (file)', async () => openSqliteStore(join(dir, `t${n++}.db`)));
storeContract('sqlite (memory)', async () => openSqliteStore(':memory:'));

test('a reopened database has everything, with no recomputation', async () => {
  const path = join(dir, 'reopen.db');
  const a = analyze('Der Rhein tritt über die Ufer.', { title: 'Hochwasser', outlet: 'Rheinblatt' });
  const store = openSqliteStore(path);
  await store.writeArticle(
    { analysis: a, urls: [], sourceKey: null, syndicatedFrom: null, entities: entityRows(a), labels: labelRows(a), storyId: 's1' },
    { stories: [{ id: 's1', title: 'Hochwasser', firstPublished: null, lastPublished: null, size: 1, outlets: ['Rheinblatt'], languages: ['de'], keyEntities: [], conflicts: null, updatedSeq: 0 }], merges: [] },
  );
  await store.close();
  const again = openSqliteStore(path);
  assert.deepEqual((await again.getArticle(a.article.id))!.analysis, a);
  assert.equal((await again.getStory('s1'))!.title, 'Hochwasser');
  await again.close();
});

test('a file that is not a database gives a clear error naming it', () => {
  const path = join(dir, 'not-a-db.db');
  writeFileSync(path, 'this is plain text, not SQLite '.repeat(200));
  assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof StoreError && e.message.startsWith(path));
});

test('a path in a missing folder gives a clear error naming it', () => {
  const path = join(dir, 'no', 'such', 'folder', 'x.db');
  assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof StoreError && e.message.includes(path));
});

test('the change mark sees writes made by another connection to the same file', async () => {
  const path = join(dir, 'two-connections.db');
  const reader = openSqliteStore(path);
  const writer = openSqliteStore(path);
  const before = await reader.changeMark();
  await writer.putMeta('x', 1);
  assert.notEqual(await reader.changeMark(), before);
  await reader.close();
  await writer.close();
});

test('statements are prepared once per SQL text: their number does not grow with the queries asked', async () => {
  const store = openSqliteStore(':memory:');
  const a = analyze('Wladimir Putin traf Kim Jong Un in Wladiwostok.', { title: 'Gipfel', outlet: 'Donaupost' });
  const round = async (i: number) => {
    await store.writeArticle(
      { analysis: i === 0 ? a : analyze(`Bericht ${i}: Putin traf Kim.`, { outlet: `Zeitung ${i}` }), urls: [`https://x.example/${i}`], sourceKey: `k${i}`, syndicatedFrom: null, entities: [], labels: [], storyId: null },
      { stories: [], merges: [] },
    );
    await store.getArticle(a.article.id);
    await store.search(`Putin ${i}`, { offset: i });
    await store.listStories({ language: 'de', minSize: i + 1, text: 'Putin', offset: i });
    await store.listArticles({ outlet: `Zeitung ${i}`, limit: i + 1 });
    // Lists of keys of every length share one statement each.
    const keys = Array.from({ length: i + 1 }, (_, k) => `name:person ${k}`);
    await store.entityStories(keys);
    await store.entityLabels(keys);
    await store.entityOutlets(keys);
    await store.changeMark();
    await store.putMeta('m', i);
    await store.acquireLease('l', 'A', 1000);
  };
  await round(0);
  const afterOne = store.preparedStatements;
  for (let i = 1; i < 25; i++) await round(i);
  assert.equal(store.preparedStatements, afterOne);
  await store.close();
});

test('two connections to one file see one lease: one holder, and the other takes over only after expiry', async () => {
  const path = join(dir, 'lease-two.db');
  const one = openSqliteStore(path);
  const two = openSqliteStore(path);
  const results = await Promise.all([one.acquireLease('assign', 'one', 30), two.acquireLease('assign', 'two', 30)]);
  assert.equal(results.filter((r) => r.held).length, 1);
  const loser = results[0]!.held ? two : one;
  await new Promise((r) => setTimeout(r, 80));
  const taken = await loser.acquireLease('assign', loser === one ? 'one' : 'two', 60_000);
  assert.equal(taken.held, true);
  assert.equal(taken.epoch, 2);
  await one.close();
  await two.close();
});

test('processes racing for one lease on one file: exactly one gets it', async () => {
  const path = join(dir, 'lease-race.db');
  openSqliteStore(path).close();
  const storeModule = new URL('./sqlite-store.ts', import.meta.url).href;
  const script = `const { openSqliteStore } = await import(${JSON.stringify(storeModule)});
    const s = openSqliteStore(process.argv[1]);
    const r = await s.acquireLease('assign', 'p' + process.pid, 60000);
    process.stdout.write(JSON.stringify(r)); await s.close();`;
  const race = () =>
    new Promise<{ held: boolean; epoch: number; holder: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited with ${code}`))));
    });
  const results = await Promise.all([race(), race(), race()]);
  assert.equal(results.filter((r) => r.held).length, 1, JSON.stringify(results));
  assert.ok(results.every((r) => r.epoch === 1 && r.holder === results.find((x) => x.held)!.holder), 'every loser names the winner');
});
