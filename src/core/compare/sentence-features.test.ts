import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compoundParts, sentenceVectors } from './sentence-features.js';
import { analyzeInputs } from '../../pipeline.js';
import { resolveStoryEntities } from './story-entities.js';
import type { ArticleInput } from '../model/article.js';

test('a compound is split at the words the story uses: its longest first and last part', () => {
  const parts = compoundParts(new Set(['verfassungsschutz', 'bericht', 'kahlschlag', 'regierung', 'bildung', 'wembley', 'stadion']));
  assert.deepEqual(parts('verfassungsschutzbericht'), ['verfassungsschutz', 'bericht']);
  assert.deepEqual(parts('kahlschlagkonzept'), ['kahlschlag']);
  // A linking "s" stays between the parts.
  assert.deepEqual(parts('regierungsbildung'), ['regierung', 'bildung']);
  assert.deepEqual(parts('wembley-stadion'), ['wembley', 'stadion']);
  // The word itself and words the story does not use are no parts; short pieces are not tried.
  assert.deepEqual(parts('kahlschlag'), []);
  assert.deepEqual(parts('konzernumbau'), []);
  assert.deepEqual(compoundParts(new Set(['stand']))('widerstand'), []);
});

const article = (outlet: string, title: string, body: string): ArticleInput => ({ title, body, outlet, language: 'de', published: '2024-03-02T10:00:00Z', url: null, author: null, provenance: {}, source: `${outlet}.txt` });

test('units carry the specific story words their compounds are built on, not the story\'s common ones', () => {
  // Our own text: "Stahl" is in every sentence; "Kahlschlag" in one.
  const { analyses } = analyzeInputs([
    article('Stahlbote', 'Stahl in der Krise', 'Der Stahl wird teurer. Gewerkschafter sprechen beim Stahl von einem Kahlschlag. Der Stahl bleibt gefragt.'),
    article('Revierblatt', 'Stahl unter Druck', 'Das Kahlschlagkonzept für die Stahlwerke trifft junge Beschäftigte. Der Stahl kostet mehr. Beim Stahl fehlen Aufträge.'),
  ]);
  const { byArticleEntity } = resolveStoryEntities(analyses);
  const vectors = sentenceVectors(analyses, (id) => byArticleEntity.get(id));
  const unit = vectors.find((v) => v.text.includes('Kahlschlagkonzept'))!;
  assert.ok(unit.parts?.has('w:kahlschlag'), JSON.stringify([...(unit.parts ?? [])]));
  assert.ok(!unit.parts?.has('w:stahl'));
});
