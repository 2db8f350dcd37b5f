import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleEntity, Quote } from '../core/model/analysis.js';
import {
  BasilSpeakerScorer,
  basilFiles,
  coveringQuote,
  evaluateBasilSpeakers,
  groupSpeaker,
  parseBasilSpeakers,
  sameSpeaker,
  unnamedSpeaker,
} from './speakers-basil.js';

const data = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

// A hand-written article and annotation in BASIL's layout (offsets within the sentence).
const ARTICLE = JSON.stringify({
  source: 'nyt',
  title: 'Mayor Defends Plan',
  date: '2014-03-02',
  'main-entities': ['Anna Berg'],
  'body-paragraphs': [['Mayor Anna Berg spoke on Monday.', '“The plan works,” said Anna Berg.'], ['Critics disagreed.']],
});
const ANNOTATION = JSON.stringify({
  'phrase-level-annotations': [
    { bias: 'inf', start: 1, end: 15, txt: 'The plan works', quote: 'yes', speaker: 'Anna_Berg' },
    { bias: 'lex', start: 0, end: 7, txt: 'Critics', quote: 'no', speaker: '' },
  ],
});

const quote = (over: Partial<Quote>): Quote => ({
  id: 'q',
  sentence: 0,
  start: 0,
  end: 0,
  kind: 'direct',
  form: 'marks',
  text: '',
  speaker: null,
  speakerName: null,
  speakerSpan: null,
  cue: null,
  cueLemma: null,
  stance: 'neutral',
  ...over,
});

test('parse: headline first, quoted spans placed in the joined text', () => {
  const doc = parseBasilSpeakers(ARTICLE, ANNOTATION, 'a');
  assert.equal(doc.bodyStart, 'Mayor Defends Plan'.length + 2);
  assert.equal(doc.quotes.length, 1);
  assert.equal(doc.text.slice(doc.quotes[0]!.start, doc.quotes[0]!.end), 'The plan works');
  assert.equal(doc.published, '2014-03-02');
});

test('names: token containment either way, accents folded, cut-off labels', () => {
  assert.ok(sameSpeaker('Ruth_Bader_Ginsburg', ['Ginsburg']));
  assert.ok(sameSpeaker('Anna_Berg', ['Mayor Anna Berg']));
  assert.ok(sameSpeaker('Felipe_Calder', ['Felipe Calderón']));
  assert.ok(!sameSpeaker('Anna_Berg', ['Karl Berger']));
  assert.ok(!sameSpeaker('Anna_Berg', ['a spokeswoman for Berg']));
  assert.ok(unnamedSpeaker('other_anti') && !unnamedSpeaker('Anna_Berg'));
  assert.ok(groupSpeaker('Obama_campaign') && groupSpeaker('NAACP') && groupSpeaker('Republican_Lawmakers') && !groupSpeaker('Anna_Berg'));
});

test('found: the quote covering most of the gold span, at least half of it', () => {
  const gold = { start: 10, end: 20 };
  assert.equal(coveringQuote(gold, [quote({ start: 0, end: 14 })]), null);
  const q = quote({ start: 12, end: 40 });
  assert.equal(coveringQuote(gold, [quote({ start: 0, end: 14 }), q]), q);
});

test('scorer: right, wrongly named, unknown, group and unnamed labels apart', () => {
  const doc = parseBasilSpeakers(ARTICLE, ANNOTATION, 'a');
  const g = doc.quotes[0]!;
  const berg: ArticleEntity = { id: 'e1', name: 'Anna Berg', type: 'person', aliases: ['Berg'], keys: [], institution: false, mentions: 2 };
  const run = (q: Partial<Quote>, speaker = 'Anna_Berg') => {
    const scorer = new BasilSpeakerScorer(new Set(['wrong']));
    scorer.add({ ...doc, quotes: [{ ...g, speaker }] }, { quotes: [quote({ start: g.start, end: g.end, ...q })], entities: [berg], sentences: [] });
    return scorer.result();
  };
  assert.equal(run({ speaker: 'e1', speakerName: 'Anna Berg' }).right, 1);
  assert.equal(run({ speakerName: 'Berg' }).right, 1);
  const wrong = run({ speakerName: 'Karl Hein' });
  assert.equal(wrong.wrong, 1);
  assert.equal(wrong.examples.length, 1);
  assert.equal(run({}).unknown, 1);
  assert.equal(run({ speakerName: 'she' }).unknown, 1);
  const group = run({ speakerName: 'Karl Hein' }, 'Obama_campaign');
  assert.equal(group.gold, 0);
  assert.equal(group.groups.found, 1);
  const other = run({ speaker: 'e1', speakerName: 'Anna Berg' }, 'other_anti');
  assert.deepEqual(other.unnamed, { gold: 1, found: 1, toMainEntity: 1 });
});

const basil = join(data, 'basil');
test('slice: BASIL speakers (60 articles)', { skip: !existsSync(basil) && 'shared data not present' }, () => {
  const r = evaluateBasilSpeakers(basilFiles(basil).slice(0, 60));
  assert.ok(r.found > 0, 'some quoted spans are found');
  assert.ok(r.recall >= 0.6, `recall ${r.recall}`);
  assert.ok(r.accuracy >= 0.4, `accuracy ${r.accuracy}`);
});
