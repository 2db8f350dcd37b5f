import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OnlineClusterer, storyIdFor } from './online.js';
import { lightClusterDoc } from './light-doc.js';
import type { ClusterDoc } from './doc.js';
import { getPack } from '../../lang/index.js';
import { loadClustererModel } from '../../models/clusterer.js';

const { model } = loadClustererModel();

let n = 0;
function doc(language: 'de' | 'en', title: string, body: string, published: string, outlet: string): ClusterDoc {
  return lightClusterDoc({ id: `a${++n}-${language}`, title, body, outlet, language, published }, getPack(language)!);
}

// Two earthquakes: the same kind of event, different places, dates and numbers.
const chile = [
  doc('en', 'Strong earthquake shakes central Chile', 'An earthquake of magnitude 7.1 struck near Valparaíso in Chile on 2024-03-04. Buildings in Santiago swayed and 12 people were injured, the Chilean emergency office said.', '2024-03-04T10:00:00Z', 'Daily Planet'),
  doc('en', 'Chile earthquake injures 12 near Valparaíso', 'The magnitude 7.1 earthquake hit the coast of Chile near Valparaíso on 2024-03-04. Authorities in Santiago reported 12 injured and damaged roads.', '2024-03-04T14:00:00Z', 'Morning Star'),
  doc('en', 'Aftershocks follow Chile earthquake', 'Aftershocks rattled Valparaíso a day after the magnitude 7.1 earthquake in Chile. The 12 injured are recovering, officials in Santiago said.', '2024-03-05T09:00:00Z', 'Evening Post'),
];
const japan = [
  doc('en', 'Strong earthquake shakes northern Japan', 'An earthquake of magnitude 6.4 struck near Sendai in Japan on 2024-11-20. Buildings in Tokyo swayed and 31 people were injured, the Japanese weather agency said.', '2024-11-20T03:00:00Z', 'Daily Planet'),
  doc('en', 'Japan earthquake injures 31 near Sendai', 'The magnitude 6.4 earthquake hit the coast of Japan near Sendai on 2024-11-20. Authorities in Tokyo reported 31 injured and closed rail lines.', '2024-11-20T08:00:00Z', 'Morning Star'),
  doc('en', 'Aftershocks follow Japan earthquake', 'Aftershocks rattled Sendai a day after the magnitude 6.4 earthquake in Japan. The 31 injured are recovering, officials in Tokyo said.', '2024-11-21T06:00:00Z', 'Evening Post'),
];
const stream = [chile[0]!, chile[1]!, japan[0]!, chile[2]!, japan[1]!, japan[2]!];

test('the same kind of event twice stays two stories', () => {
  const c = new OnlineClusterer(model);
  for (const d of stream) c.add(d);
  const chileStory = c.storyOf(chile[0]!.id);
  const japanStory = c.storyOf(japan[0]!.id);
  assert.notEqual(chileStory, japanStory);
  for (const d of chile) assert.equal(c.storyOf(d.id), chileStory);
  for (const d of japan) assert.equal(c.storyOf(d.id), japanStory);
  assert.equal(c.stories().length, 2);
});

test('story ids come from the first article; same input order gives the same state', () => {
  const a = new OnlineClusterer(model);
  const b = new OnlineClusterer(model);
  for (const d of stream) a.add(d);
  for (const d of stream) b.add(d);
  assert.deepEqual(a.snapshot(), b.snapshot());
  assert.equal(a.storyOf(chile[0]!.id), storyIdFor(chile[0]!.id));
});

test('re-adding an article changes nothing', () => {
  const c = new OnlineClusterer(model);
  for (const d of stream) c.add(d);
  const before = JSON.stringify(c.snapshot());
  const again = c.add(chile[1]!);
  assert.equal(again.duplicate, true);
  assert.equal(again.story, c.storyOf(chile[1]!.id));
  assert.equal(JSON.stringify(c.snapshot()), before);
});

test('a restored snapshot goes on exactly as the original', () => {
  const whole = new OnlineClusterer(model);
  for (const d of stream) whole.add(d);
  const half = new OnlineClusterer(model);
  for (const d of stream.slice(0, 3)) half.add(d);
  const restored = OnlineClusterer.restore(JSON.parse(JSON.stringify(half.snapshot())), model);
  for (const d of stream.slice(3)) restored.add(d);
  assert.deepEqual(restored.snapshot(), whole.snapshot());
});

test('the snapshot as JSON pieces is the snapshot, and restoring from it goes on exactly as the original', () => {
  const whole = new OnlineClusterer(model);
  for (const d of stream) whole.add(d);
  const half = new OnlineClusterer(model);
  for (const d of stream.slice(0, 3)) half.add(d);
  const pieces = [...half.snapshotJson()];
  assert.ok(pieces.length >= 4, 'in pieces');
  const text = pieces.join('');
  assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(half.snapshot())));
  const restored = OnlineClusterer.restore(JSON.parse(text), model);
  for (const d of stream.slice(3)) restored.add(d);
  assert.deepEqual(restored.snapshot(), whole.snapshot());
});

test('each story carries title, entities, span, outlets, languages and size', () => {
  const c = new OnlineClusterer(model);
  for (const d of stream) c.add(d);
  const s = c.story(c.storyOf(chile[0]!.id)!)!;
  assert.equal(s.size, 3);
  assert.ok(chile.some((d) => d.title === s.title));
  assert.deepEqual([...s.outlets].sort(), ['Daily Planet', 'Evening Post', 'Morning Star']);
  assert.deepEqual(s.languages, ['en']);
  assert.equal(s.first, '2024-03-04T10:00:00.000Z');
  assert.equal(s.last, '2024-03-05T09:00:00.000Z');
  assert.ok(s.entities.some((e) => e.key === 'country:CL'), JSON.stringify(s.entities));
});

test('a German and an English article about one event form one story with two language parts', () => {
  const en = doc('en', 'Earthquake of magnitude 7.1 hits Chile', 'A magnitude 7.1 earthquake struck Chile near Valparaíso on 2024-03-04; 12 people were injured in Santiago.', '2024-03-04T10:00:00Z', 'Daily Planet');
  const de = doc('de', 'Erdbeben der Stärke 7,1 erschüttert Chile', 'Ein Erdbeben der Stärke 7,1 hat Chile nahe Valparaíso am 2024-03-04 erschüttert; in Santiago wurden 12 Menschen verletzt.', '2024-03-04T12:00:00Z', 'Tagesblatt');
  const other = doc('de', 'Erdbeben der Stärke 6,4 erschüttert Japan', 'Ein Erdbeben der Stärke 6,4 hat Japan nahe Sendai am 2024-11-20 erschüttert; in Tokio wurden 31 Menschen verletzt.', '2024-11-20T05:00:00Z', 'Tagesblatt');
  const c = new OnlineClusterer(model);
  c.add(en);
  c.add(other);
  c.add(de);
  assert.equal(c.storyOf(de.id), c.storyOf(en.id));
  assert.notEqual(c.storyOf(other.id), c.storyOf(en.id));
  const s = c.story(c.storyOf(en.id)!)!;
  assert.deepEqual(s.parts.map((p) => p.language).sort(), ['de', 'en']);
});

test('merged stories leave their ids resolvable', () => {
  // First never joining (threshold above any probability), so the two articles open two stories.
  const eager = { ...model, mergeThreshold: 0, joinThreshold: 2 };
  const c = new OnlineClusterer(eager);
  c.add(chile[0]!);
  c.add(chile[1]!);
  const first = c.storyOf(chile[0]!.id)!;
  const second = c.storyOf(chile[1]!.id)!;
  assert.notEqual(first, second);
  // Restored with joining and merging always on: the third article joins one half and merges the other.
  const split = OnlineClusterer.restore(c.snapshot(), { ...model, joinThreshold: 0, mergeThreshold: 0 });
  const a = split.add(chile[2]!);
  assert.equal(a.merged.length, 1);
  const gone = a.merged[0]!;
  assert.equal(split.resolve(gone), a.story);
  assert.equal(split.story(gone)!.id, a.story);
  for (const d of chile) assert.equal(split.storyOf(d.id), a.story);
  assert.equal(split.resolve('st-unknown'), null);
});

test('the active pool is capped; an archived story is re-activated when an article clearly continues it', () => {
  const c = new OnlineClusterer({ ...model, reactivateThreshold: model.joinThreshold }, { activeCap: 1, archiveCap: 10 });
  c.add(chile[0]!);
  c.add(japan[0]!);
  assert.equal(c.activeCount, 1);
  assert.equal(c.story(c.storyOf(chile[0]!.id)!)!.active, false);
  const a = c.add(chile[1]!);
  assert.equal(a.reactivated, true);
  assert.equal(a.story, c.storyOf(chile[0]!.id));
  assert.equal(c.story(a.story)!.active, true);
  assert.equal(c.story(c.storyOf(japan[0]!.id)!)!.active, false);
});

test('beyond the archive cap, stories are forgotten and memory stays bounded', () => {
  const c = new OnlineClusterer(model, { activeCap: 1, archiveCap: 1 });
  for (const d of [chile[0]!, japan[0]!]) c.add(d);
  c.add(doc('en', 'Parliament passes budget', 'The parliament passed the 2025 budget after a long debate about taxes and pensions.', '2024-12-01T10:00:00Z', 'Morning Star'));
  assert.equal(c.stories().length, 2);
  assert.equal(c.storyOf(chile[0]!.id), null);
});
