import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { onlineStoryAssigner } from './default-stories.js';
import { SNAPSHOT_KEY, encodeSnapshot, loadSnapshot, storeSnapshot } from './assigner-state.js';
import { NEWS_EVENTS, reportOf } from '../test-support/news-events.js';
import { analyze } from '../test-support/analyze.js';

const factory = onlineStoryAssigner();

function assignerWithStories() {
  const assigner = factory.create(null);
  NEWS_EVENTS.forEach((e, n) => {
    for (const outlet of ['Rheinblatt', 'Donaupost']) {
      const { title, body } = reportOf(e, outlet, n);
      assigner.assign(analyze(body, { title, outlet, published: e.day }));
    }
  });
  return assigner;
}

test('the saved state is the snapshot, gzipped, with its version and seq; restored, it goes on as the original', async () => {
  const assigner = assignerWithStories();
  const bytes = await encodeSnapshot(assigner, factory.version, 8);
  const saved = JSON.parse(gunzipSync(bytes).toString('utf8'));
  assert.equal(saved.version, factory.version);
  assert.equal(saved.seq, 8);
  assert.deepEqual(saved.state, JSON.parse(JSON.stringify(assigner.snapshot())));
  const restored = factory.create(saved.state);
  const next = analyze(NEWS_EVENTS[0]!.followUp, { title: 'Aufräumen in Passau', outlet: 'Nordecho', published: NEWS_EVENTS[0]!.day });
  assert.deepEqual(restored.assign(next), assigner.assign(next));
});

test('the state is read from its blob, or from meta where an older Parallax saved it', async () => {
  const store = openSqliteStore(':memory:');
  assert.equal(await loadSnapshot(store), null);
  await store.putMeta(SNAPSHOT_KEY, { version: 'v-old', seq: 3, state: { x: 1 } });
  assert.deepEqual(await loadSnapshot(store), { version: 'v-old', seq: 3, state: { x: 1 } });
  await store.putBlob(SNAPSHOT_KEY, await encodeSnapshot(assignerWithStories(), factory.version, 8));
  assert.equal((await loadSnapshot(store))!.seq, 8, 'the blob wins');
  await storeSnapshot(store, { version: 'v-imported', seq: 5, state: { y: [1, 2] } });
  assert.deepEqual(await loadSnapshot(store), { version: 'v-imported', seq: 5, state: { y: [1, 2] } }, 'as an import stores it');
  await store.putBlob(SNAPSHOT_KEY, new Uint8Array([1, 2, 3]));
  assert.equal(await loadSnapshot(store), null, 'an unreadable state is rebuilt by replay, not trusted');
  await store.close();
});
