import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../contract.js';
import { openSqliteStore, StoreError } from './sqlite-store.js';
import { analyze } from '../../test-support/analyze.js';
import { entityRows, labelRows } from '../../service/article-rows.js';

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
