import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  collapseLabel,
  collapseType,
  extractSpans,
  labelType,
  parseGermEval,
  scoreSpans,
} from './germeval.js';

// Hand-written sentences in the GermEval layout (not taken from the data set).
const SAMPLE = [
  '#\tselbst geschrieben [2024-01-01]',
  '1\tAngela\tB-PER\tO',
  '2\tMerkel\tI-PER\tO',
  '3\tbesuchte\tO\tO',
  '4\tdie\tO\tO',
  '5\tbayerische\tB-LOCderiv\tO',
  '6\tHauptstadt\tO\tO',
  '7\tMünchen\tB-LOC\tO',
  '8\t.\tO\tO',
  '',
  '#\tnoch ein Satz',
  '1\tDer\tO\tO',
  '2\tSPD-Chef\tB-ORGpart\tO',
  '3\tsprach\tO\tO',
  '4\tbeim\tO\tO',
  '5\tFC\tB-ORG\tO',
  '6\tBayern\tI-ORG\tB-LOC',
  '7\tMünchen\tI-ORG\tB-LOC',
  '',
].join('\n');

test('parseGermEval reads tokens and outer labels, sentence by sentence', () => {
  const sentences = parseGermEval(SAMPLE);
  assert.equal(sentences.length, 2);
  assert.deepEqual(sentences[0]?.tokens, ['Angela', 'Merkel', 'besuchte', 'die', 'bayerische', 'Hauptstadt', 'München', '.']);
  assert.deepEqual(sentences[1]?.labels, ['O', 'B-ORGpart', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
});

test('parseGermEval copes with CRLF line ends and a missing final blank line', () => {
  const sentences = parseGermEval('#\tx\r\n1\tBerlin\tB-LOC\tO\r\n2\tliegt\tO\tO');
  assert.deepEqual(sentences, [{ tokens: ['Berlin', 'liegt'], labels: ['B-LOC', 'O'] }]);
});

test('extractSpans: B starts, I continues the same type', () => {
  assert.deepEqual(extractSpans(['B-PER', 'I-PER', 'O', 'B-LOC']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
  ]);
});

test('extractSpans: two adjacent B of the same type are two spans', () => {
  assert.deepEqual(extractSpans(['B-LOC', 'B-LOC']), [
    { type: 'LOC', start: 0, end: 1 },
    { type: 'LOC', start: 1, end: 2 },
  ]);
});

test('extractSpans: I after O or after another type starts a span (CoNLL style)', () => {
  assert.deepEqual(extractSpans(['O', 'I-ORG', 'I-ORG', 'I-PER', 'B-PER', 'I-PER']), [
    { type: 'ORG', start: 1, end: 3 },
    { type: 'PER', start: 3, end: 4 },
    { type: 'PER', start: 4, end: 6 },
  ]);
  assert.deepEqual(extractSpans(['I-LOCderiv']), [{ type: 'LOCderiv', start: 0, end: 1 }]);
});

test('label helpers', () => {
  assert.equal(labelType('B-LOCderiv'), 'LOCderiv');
  assert.equal(labelType('O'), null);
  assert.equal(collapseType('ORGpart'), 'ORG');
  assert.equal(collapseType('PER'), 'PER');
  assert.equal(collapseLabel('I-OTHderiv'), 'I-OTH');
  assert.equal(collapseLabel('O'), 'O');
});

test('scoreSpans: strict matches, per type', () => {
  const gold = [
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
    ['B-ORG', 'O', 'B-LOCderiv'],
  ];
  const pred = [
    ['B-PER', 'I-PER', 'O', 'B-ORG', 'O'], // PER right; LOC predicted as ORG
    ['B-ORG', 'I-ORG', 'B-LOC'], // ORG span too long; LOCderiv predicted as LOC
  ];
  const s = scoreSpans(gold, pred);
  assert.equal(s.truePositives, 1);
  assert.equal(s.falsePositives, 3);
  assert.equal(s.falseNegatives, 3);
  assert.equal(s.precision, 0.25);
  assert.equal(s.recall, 0.25);
  assert.equal(s.f1, 0.25);
  assert.equal(s.byType.PER?.f1, 1);
  assert.equal(s.byType.LOC?.support, 1);
  assert.equal(s.byType.LOC?.recall, 0);
  assert.equal(s.byType.LOCderiv?.support, 1);
  assert.equal(s.byType.ORG?.precision, 0);

  // Collapsed, LOCderiv counts as LOC: that span now matches.
  const c = scoreSpans(gold, pred, { collapse: true });
  assert.equal(c.truePositives, 2);
  assert.equal(c.byType.LOC?.support, 2);
  assert.equal(c.byType.LOC?.truePositives, 1);
  assert.equal(c.byType.LOCderiv, undefined);
});

test('scoreSpans: precision and recall differ when counts differ', () => {
  const s = scoreSpans([['B-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O']]);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
});

test('scoreSpans rejects sequences of different length', () => {
  assert.throws(() => scoreSpans([['O', 'O']], [['O']]), /length/);
});

const TYPES = ['PER', 'LOC', 'ORG', 'OTH', 'LOCderiv', 'ORGpart'];
const labelArb = fc.oneof(
  fc.constant('O'),
  fc.constantFrom(...TYPES).map((t) => `B-${t}`),
  fc.constantFrom(...TYPES).map((t) => `I-${t}`),
);
const corpusArb = fc.array(fc.array(labelArb, { maxLength: 25 }), { maxLength: 12 });

test('property: gold scored against itself is perfect', () => {
  fc.assert(
    fc.property(corpusArb, (gold) => {
      for (const collapse of [false, true]) {
        const s = scoreSpans(gold, gold, { collapse });
        assert.equal(s.precision, 1);
        assert.equal(s.recall, 1);
        assert.equal(s.f1, 1);
        assert.equal(s.falsePositives + s.falseNegatives, 0);
        for (const t of Object.values(s.byType)) assert.equal(t.f1, 1);
      }
    }),
  );
});

test('property: counts are consistent and scores stay in [0, 1]', () => {
  fc.assert(
    fc.property(
      corpusArb.chain((gold) =>
        fc.tuple(
          fc.constant(gold),
          fc.tuple(...gold.map((s) => fc.array(labelArb, { minLength: s.length, maxLength: s.length }))),
        ),
      ),
      ([gold, pred]) => {
        const s = scoreSpans(gold, pred);
        const goldSpans = gold.reduce((n, l) => n + extractSpans(l).length, 0);
        const predSpans = pred.reduce((n, l) => n + extractSpans(l).length, 0);
        assert.equal(s.truePositives + s.falseNegatives, goldSpans);
        assert.equal(s.truePositives + s.falsePositives, predSpans);
        for (const x of [s.precision, s.recall, s.f1]) assert.ok(x >= 0 && x <= 1);
      },
    ),
  );
});
