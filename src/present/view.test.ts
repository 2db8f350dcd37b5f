import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleReport } from './fixtures/sample-report.js';
import { agreement, buildView, conflictTitle, diffPieces, dominantLanguage, findValue, formatDate, oneLine, stanceSummary } from './view.js';

describe('view helpers', () => {
  it('labels articles, disambiguating repeated outlets', () => {
    const report = structuredClone(sampleReport);
    report.articles[2]!.outlet = 'Tagesbote';
    const view = buildView(report);
    assert.deepEqual(view.articles.map((a) => a.label), ['Sachsen-Rundschau', 'Tagesbote (1)', 'Tagesbote (2)']);
  });

  it('counts agreement per article', () => {
    const counts = agreement(buildView(sampleReport)).map((a) => [a.view.label, a.shared, a.exclusive, a.conflict]);
    assert.deepEqual(counts, [
      ['Sachsen-Rundschau', 4, 1, 2],
      ['Tagesbote', 3, 2, 2],
      ['Leipziger Abendpost', 4, 1, 1],
    ]);
  });

  it('joins diff pieces without a space before punctuation', () => {
    const pieces = diffPieces([
      { op: 'same', text: 'im Griff' },
      { op: 'removed', text: ', aber' },
      { op: 'added', text: '(sehr)' },
      { op: 'same', text: '' },
    ]);
    assert.deepEqual(pieces.map((p) => p.space), [false, false, true]);
  });

  it('formats small things', () => {
    assert.equal(stanceSummary({ distancing: 1, neutral: 2 }), 'neutral 2, distancing 1');
    assert.equal(stanceSummary({}), 'none');
    assert.equal(formatDate('2024-09-18T07:30:00+02:00'), '2024-09-18 07:30');
    assert.equal(formatDate('2024-09-18'), '2024-09-18');
    assert.equal(formatDate('gestern'), 'gestern');
    assert.equal(oneLine(' a\n\tb\u0000c '), 'a bc');
    assert.deepEqual(findValue('Es sind Zwei Dämme', 'zwei'), { start: 8, end: 12 });
    assert.equal(findValue('nichts', 'zwei'), null);
    assert.equal(dominantLanguage(sampleReport), 'de');
    assert.equal(conflictTitle({ kind: 'date', about: 'date', values: [] }), 'Date conflict');
    assert.equal(conflictTitle({ kind: 'number', about: 'Dämme', values: [] }), 'Number conflict: Dämme');
  });
});
