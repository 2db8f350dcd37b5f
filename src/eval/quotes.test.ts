import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { matchSpans, overlap, sameSpans } from './span-match.js';
import { QuoteScorer, evaluateQuotes, parseQuoteDocument, quoteFiles, type GoldDocument } from './quotes.js';
import { attributionFiles, evaluateAttribution, parseBrat } from './attribution.js';
import { basilFiles, evaluateFraming } from './framing.js';
import type { Quote } from '../core/model/analysis.js';

const data = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

test('overlap is shared characters over the longer span; matching is one to one', () => {
  assert.equal(overlap([{ start: 0, end: 10 }], [{ start: 5, end: 10 }]), 0.5);
  assert.equal(overlap([{ start: 0, end: 4 }, { start: 10, end: 14 }], [{ start: 0, end: 14 }]), 8 / 14);
  const pairs = matchSpans([[{ start: 0, end: 10 }]], [[{ start: 0, end: 9 }], [{ start: 1, end: 10 }]]);
  assert.equal(pairs.length, 1);
  assert.ok(sameSpans('„Ja.“', [{ start: 0, end: 5 }], [{ start: 1, end: 3 }]));
});

// A hand-written document in the data set's layout.
const DOC = JSON.stringify({
  documentName: 'Eigener Test (2024-01-02)',
  originalText: 'Anna Berg sagte: „Wir kommen.“ Die Lage sei ruhig.',
  annotations: [
    { type: 'Direct', quote: { spans: [{ charBegin: 16, charEnd: 30 }] }, speaker: { spans: [{ charBegin: 0, charEnd: 9 }] } },
    { type: 'IndirectFreeIndirect', quote: { spans: [{ charBegin: 31, charEnd: 50 }] }, speaker: { spans: [{ charBegin: 0, charEnd: 9 }] } },
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

test('scorer: per-type matches, exact matches and speaker accuracy', () => {
  const doc: GoldDocument = parseQuoteDocument(DOC);
  assert.equal(doc.quotes.length, 2);
  const scorer = new QuoteScorer();
  scorer.add(doc, {
    mentions: [],
    quotes: [
      quote({ start: 17, end: 28, speakerSpan: { start: 0, end: 4 } }),
      // Right span, wrong type: counts for "any type" only.
      quote({ start: 31, end: 50, kind: 'indirect', form: 'clause', speakerSpan: { start: 17, end: 20 } }),
    ],
  });
  const r = scorer.result();
  assert.equal(r.byType.Direct.f1, 1);
  assert.equal(r.exact.Direct.f1, 1);
  assert.equal(r.byType.IndirectFreeIndirect.recall, 0);
  assert.equal(r.byType.Indirect.precision, 0);
  assert.equal(r.anyType.f1, 1);
  assert.equal(r.speakerAccuracy, 0.5);
});

test('brat: discontinuous spans and events', () => {
  const g = parseBrat('T1\tSource 0 3\tHe\nT2\tCue 4 8\tsaid\nT3\tContent 9 12;20 25\tx\nE1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n');
  assert.deepEqual(g, [{ source: [{ start: 0, end: 3 }], cue: [{ start: 4, end: 8 }], content: [{ start: 9, end: 12 }, { start: 20, end: 25 }] }]);
});

// CI slices on the real sets: modest floors, far below the full figures in docs/quotes.md.
const quotesDir = join(data, 'german-news-quotation-attribution');
test('slice: German quotation set (dev, 20 documents)', { skip: !existsSync(quotesDir) && 'shared data not present' }, () => {
  const r = evaluateQuotes(quoteFiles(quotesDir, 'dev').slice(0, 20));
  assert.ok(r.byType.Direct.f1 >= 0.6, `Direct F1 ${r.byType.Direct.f1}`);
  assert.ok(r.byType.Indirect.f1 >= 0.45, `Indirect F1 ${r.byType.Indirect.f1}`);
  assert.ok(r.speakerAccuracy >= 0.5, `speaker accuracy ${r.speakerAccuracy}`);
});

const polnear = join(data, 'polnear');
test('slice: PolNeAR (dev, 10 documents)', { skip: !existsSync(polnear) && 'shared data not present' }, () => {
  const r = evaluateAttribution(attributionFiles(polnear, 'dev').slice(0, 10));
  assert.ok(r.content.f1 >= 0.3, `content F1 ${r.content.f1}`);
  assert.ok(r.source.f1 >= 0.2, `source F1 ${r.source.f1}`);
});

const basil = join(data, 'basil');
test('slice: BASIL loaded language (30 articles)', { skip: !existsSync(basil) && 'shared data not present' }, () => {
  const r = evaluateFraming(basilFiles(basil).slice(0, 30));
  assert.ok(r.overall.predicted > 0, 'the detector finds something');
  assert.ok(r.overall.precision >= 0.02, `precision ${r.overall.precision}`);
});
