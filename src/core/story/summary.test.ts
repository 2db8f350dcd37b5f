import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digestStory, representativeTitle, type StoryMember } from './summary.js';

const member = (over: Partial<StoryMember>): StoryMember => ({
  id: 'a', title: null, outlet: 'A', language: 'de', published: null, entities: [], ...over,
});

test('the representative title is the headline sharing most words with the others', () => {
  const members = [
    member({ id: '1', title: 'Kim trifft Putin' }),
    member({ id: '2', title: 'Putin empfängt Kim im Kosmodrom Wostotschny' }),
    member({ id: '3', title: 'Gipfel im Kosmodrom: Kim trifft Putin in Wostotschny' }),
  ];
  assert.equal(representativeTitle(members), 'Gipfel im Kosmodrom: Kim trifft Putin in Wostotschny');
});

test('digest: span, outlets, languages and key entities counted once per article', () => {
  const putin = { key: 'name:vladimir putin', name: 'Wladimir Putin', type: 'person' as const };
  const d = digestStory([
    member({ id: '1', title: 'A', outlet: 'Zeit', published: '2023-09-13', entities: [putin, putin] }),
    member({ id: '2', title: 'B', outlet: 'Times', language: 'en', published: '2023-09-12', entities: [{ ...putin, name: 'Vladimir Putin' }] }),
    member({ id: '3', title: null, outlet: 'Zeit', published: null, entities: [putin, { key: 'country:KP', name: 'Nordkorea', type: 'place' }] }),
  ]);
  assert.equal(d.size, 3);
  assert.deepEqual(d.outlets, ['Times', 'Zeit']);
  assert.deepEqual(d.languages, ['de', 'en']);
  assert.equal(d.firstPublished, '2023-09-12');
  assert.equal(d.lastPublished, '2023-09-13');
  assert.deepEqual(d.keyEntities[0], { key: 'name:vladimir putin', name: 'Wladimir Putin', type: 'person', articles: 3 });
  assert.equal(d.keyEntities[1]!.key, 'country:KP');
});

test('an untitled story is named after its key entities', () => {
  const d = digestStory([member({ entities: [{ key: 'country:KP', name: 'Nordkorea', type: 'place' }] })]);
  assert.equal(d.title, 'Nordkorea');
});
