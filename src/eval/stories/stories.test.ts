import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildGoldDocs, readGold, runBaseline, runClusterer, score } from './evaluate.js';
import { detokenize, isDateline, readSentences, titleIndex } from './ecbplus.js';
import { loadClustererModel } from '../../models/clusterer.js';

const ecb = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'ecbplus', 'ECB+');

test('ECB+ reader drops the URL sentence of ecbplus files only', () => {
  const xml = ['http', ':', '//x.org', 'Quake', 'hits', 'town', '.'].map((t, i) => `<token t_id="${i + 1}" sentence="${i < 3 ? 0 : 1}" number="${i}">${t}</token>`).join('\n');
  assert.deepEqual(readSentences(xml, true), ['Quake hits town.']);
  assert.equal(readSentences(xml, false).length, 2);
  assert.equal(detokenize(['He', 'said', ',', '"', 'no', '"', '(', 'twice', ')', '.']), 'He said, " no " (twice).');
});

test('jsonl reader: stories by label, replayed by time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stories-'));
  const file = join(dir, 'gold.jsonl');
  const rows = [
    { id: 'b', title: 'Flood in town', text: 'River floods the town centre.', published: '2024-05-02', language: 'en', story: 's1' },
    { id: 'a', title: 'Town floods', text: 'The river flooded the centre of the town.', published: '2024-05-01', language: 'en', story: 's1' },
  ];
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  const gold = readGold('jsonl', file);
  assert.deepEqual(gold.map((g) => g.input.source), ['a', 'b']);
  assert.throws(() => readGold('jsonl', join(dir, 'missing.jsonl')));
});

test('CI slice: ECB+ topics 26–29 score above a modest floor', { skip: !existsSync(ecb) && 'shared data not found' }, () => {
  const gold = readGold('ecbplus', ecb).filter((g) => ['26', '27', '28', '29'].includes(g.input.source.split('/')[0]!));
  const built = buildGoldDocs(gold);
  const { model, baselineThreshold } = loadClustererModel();
  const ours = score(runClusterer(built.docs, model).predicted, built.gold, 0);
  const base = score(runBaseline(built.docs, baselineThreshold).predicted, built.gold, 0);
  assert.equal(ours.goldStories, 8);
  assert.ok(ours.bcubed.f1 >= 0.7, `BCubed F1 ${ours.bcubed.f1}`);
  assert.ok(base.bcubed.f1 > 0.3);
});

test('ECB+ reader: a dateline first line is not the headline', () => {
  assert.equal(isDateline('Friday, June 7, 2013'), true);
  assert.equal(isDateline('Updated: November 11, 2011 20: 09 IST'), true);
  assert.equal(isDateline('Colts beat Chiefs 20 - 13'), false);
  assert.equal(isDateline('Fire at supermarket'), false);
  assert.equal(titleIndex(['June 06, 2013', 'Fire at supermarket', 'A fire broke out.']), 1);
  assert.equal(titleIndex(['Fire at supermarket', 'A fire broke out.']), 0);
});
