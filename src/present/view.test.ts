import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleReport, singleArticleReport, tinyEnglishReport } from './fixtures/sample-report.js';
import {
  agreement,
  buildView,
  confidencePercent,
  conflictTitle,
  diffPieces,
  dominantLanguage,
  factCategory,
  findValue,
  formatDate,
  oneLine,
  quoteKindNote,
  stanceSummary,
  statementPlace,
  statementsByArticle,
  storyVerdict,
  updateSteps,
} from './view.js';

describe('view helpers', () => {
  it('labels articles, disambiguating repeated outlets', () => {
    const report = structuredClone(sampleReport);
    report.articles[2]!.outlet = 'Tagesbote';
    const view = buildView(report);
    assert.deepEqual(view.articles.map((a) => a.label), ['Sachsen-Rundschau', 'Tagesbote (1)', 'Tagesbote (2)']);
  });

  it('counts agreement per article', () => {
    const counts = agreement(buildView(sampleReport)).map((a) => [a.view.label, a.shared, a.exclusive, a.uncertain, a.conflict, a.update, a.total]);
    assert.deepEqual(counts, [
      ['Sachsen-Rundschau', 4, 1, 0, 2, 1, 8],
      ['Tagesbote', 3, 1, 1, 2, 1, 8],
      ['Leipziger Abendpost', 4, 1, 0, 1, 0, 6],
    ]);
  });

  it('groups facts as a reader should take them', () => {
    const view = buildView(sampleReport);
    const ids = (facts: { id: string }[]) => facts.map((f) => f.id);
    assert.deepEqual(ids(view.firmShared), ['f1', 'f5', 'f6']);
    assert.deepEqual(ids(view.tentativeShared), ['f4']);
    assert.deepEqual(ids(view.shared), ['f1', 'f5', 'f6', 'f4'], 'firm first');
    assert.deepEqual(ids(view.uncertain), ['f8']);
    assert.deepEqual(ids(view.exclusive), ['f7', 'f9', 'f10']);
    assert.deepEqual(ids(view.conflicting), ['f2', 'f3']);
    assert.deepEqual(ids(view.updated), ['f11']);
    assert.deepEqual(view.disagreements.map((c) => c.about), ['Dämme', 'date']);
    assert.deepEqual(view.updates.map((c) => c.about), ['Leichtverletzte']);
    // A fact with a disagreement and an update is a conflict; with updates only, an update.
    const mixed = structuredClone(sampleReport.facts[1]!);
    mixed.conflicts.push({ ...mixed.conflicts[0]!, update: true });
    assert.equal(factCategory(mixed), 'conflict');
    mixed.conflicts = mixed.conflicts.map((c) => ({ ...c, update: true }));
    assert.equal(factCategory(mixed), 'update');
  });

  it('groups a fact\'s statements by outlet and orders an update by publication', () => {
    const view = buildView(sampleReport);
    const groups = statementsByArticle(sampleReport.facts[0]!);
    assert.deepEqual(groups.map((g) => g.statements.length), [2, 1, 1]);
    assert.equal(statementPlace(groups[0]!.statements[0]!), 'part of sentence 1');
    assert.equal(statementPlace(groups[0]!.statements[1]!), 'sentence 3');
    const update = structuredClone(view.updates[0]!);
    update.values.reverse();
    assert.deepEqual(updateSteps(view, update).map((s) => s.value.value), ['ein', 'drei']);
  });

  it('says nothing about one story for a single article', () => {
    assert.equal(storyVerdict(buildView(singleArticleReport)).kind, 'single');
    assert.doesNotMatch(storyVerdict(buildView(singleArticleReport)).text, /one story/);
    assert.equal(storyVerdict(buildView(sampleReport)).kind, 'same');
    assert.equal(storyVerdict(buildView(tinyEnglishReport)).kind, 'doubt');
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
    assert.equal(conflictTitle({ kind: 'date', about: 'date', values: [], update: false }), 'Date conflict');
    assert.equal(conflictTitle({ kind: 'number', about: 'Dämme', values: [], update: false }), 'Number conflict: Dämme');
    assert.equal(conflictTitle({ kind: 'number', about: 'Tote', values: [], update: true }), 'Number changed over time: Tote');
    assert.equal(conflictTitle({ kind: 'time', about: 'time', values: [], update: false }), 'Time conflict');
    assert.equal(confidencePercent(0.724), '72\u00a0%');
    assert.equal(confidencePercent(1.2), '100\u00a0%');
    assert.equal(quoteKindNote('direct'), null);
    assert.equal(quoteKindNote('indirect'), '(indirect)');
  });
});
