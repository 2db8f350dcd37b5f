import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../test-support/analyze.js';

const figures = (body: string, language = 'de') =>
  analyze(body, { language }).quantities.map((q) => ({ value: q.value, unit: q.unitText, low: q.low, high: q.high, bound: q.bound }));

test('German estimates, bounds, ranges and plural counts become value ranges', () => {
  assert.deepEqual(figures('Am Fluss feierten rund 1.500 Menschen.')[0], { value: 1500, unit: 'Menschen', low: 1350, high: 1650, bound: 'about' });
  assert.deepEqual(figures('Es gab mindestens 95 Tote.')[0], { value: 95, unit: 'Tote', low: 95, high: null, bound: 'atLeast' });
  assert.deepEqual(figures('Die Partei erreicht 31,0 bis 32,0 Prozent.')[0], { value: 31, unit: 'Prozent', low: 31, high: 32, bound: 'range' });
  assert.deepEqual(figures('Es kamen Hunderte Menschen.')[0], { value: 100, unit: 'Menschen', low: 200, high: 999, bound: 'several' });
  assert.deepEqual(figures('Es kamen mehrere hundert Menschen.')[0], { value: 100, unit: 'Menschen', low: 200, high: 999, bound: 'several' });
  assert.deepEqual(figures('Es gingen viele Tausend Stellen verloren.')[0], { value: 1000, unit: 'Stellen', low: 2000, high: null, bound: 'many' });
  assert.deepEqual(figures('Es kamen mehr als 30 Gäste.')[0], { value: 30, unit: 'Gäste', low: 30, high: null, bound: 'moreThan' });
  // An exact figure has no range.
  assert.deepEqual(figures('Es kamen 30 Gäste.')[0], { value: 30, unit: 'Gäste', low: undefined, high: undefined, bound: undefined });
});

test('English bounds', () => {
  assert.deepEqual(figures('At least 12 people died.', 'en')[0], { value: 12, unit: 'people', low: 12, high: null, bound: 'atLeast' });
  assert.deepEqual(figures('Nearly 40 people were hurt.', 'en')[0], { value: 40, unit: 'people', low: 34, high: 40, bound: 'almost' });
});

test('Swiss thousands with an apostrophe are one figure', () => {
  assert.deepEqual(
    analyze('Im Stadion waren 86’000 Zuschauer.', { language: 'de' }).quantities.map((q) => [q.value, q.unitText]),
    [[86000, 'Zuschauer']],
  );
});

test('ages, match minutes and qualified nouns', () => {
  const a = analyze('Ein 25-jähriger Mann griff an. Adeyemi scheiterte (20.) an Courtois. Es flogen 110 ballistische Raketen.', { language: 'de' });
  const qs = a.quantities.map((q) => ({ value: q.value, unit: q.unit, modifiers: q.modifiers }));
  assert.deepEqual(qs[0], { value: 25, unit: 'jahrig', modifiers: ['mann'] });
  assert.deepEqual(qs[1], { value: 20, unit: 'measure:minute', modifiers: undefined });
  assert.equal(qs[2]!.value, 110);
  assert.equal(qs[2]!.modifiers?.length, 1);
});

test('a number with no noun of its own counts what the clause’s count noun names ("Die Zahl der Toten stieg auf 95")', () => {
  const de = analyze('Die Zahl der Toten stieg bis zum Abend auf mindestens 95.');
  assert.equal(de.quantities[0]?.unit, de.sentences[0]!.tokens.find((t) => t.norm === 'toten')!.stem);
  const en = analyze('The number of victims rose to 95 on Thursday.', { language: 'en' });
  assert.equal(en.quantities.find((q) => q.value === 95)?.unitText, 'victims');
  // Across a comma it is another clause.
  const other = analyze('Die Zahl der Toten ist unklar, die Polizei nannte 12.');
  assert.equal(other.quantities.find((q) => q.value === 12)?.unit ?? null, null);
});
