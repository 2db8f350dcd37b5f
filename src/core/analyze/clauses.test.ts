import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../test-support/analyze.js';

const clauses = (body: string, language = 'de') => {
  const a = analyze(body, { language });
  const s = a.sentences[0]!;
  return s.clauses?.map((c) => a.article.text.slice(c.start, c.end)) ?? null;
};

test('a sentence that joins two propositions splits into its clauses', () => {
  assert.deepEqual(clauses('Die Partei kommt auf knapp dreißig Prozent der Stimmen, und die Grünen verpassen den Einzug in den Landtag.'), [
    'Die Partei kommt auf knapp dreißig Prozent der Stimmen',
    'und die Grünen verpassen den Einzug in den Landtag.',
  ]);
  assert.deepEqual(clauses('Die Feuerwehr räumte die Altstadt am Morgen; der Pegel der Donau stieg bis zum Abend weiter an.'), [
    'Die Feuerwehr räumte die Altstadt am Morgen',
    'der Pegel der Donau stieg bis zum Abend weiter an.',
  ]);
  assert.deepEqual(clauses('The mayor closed the old bridge on Monday, while engineers inspected the cracked pillars downstream.', 'en'), [
    'The mayor closed the old bridge on Monday',
    'while engineers inspected the cracked pillars downstream.',
  ]);
});

test('lists, short asides and quotes stay whole', () => {
  assert.equal(clauses('Gekommen waren Vertreter aus Bayern, Sachsen, Thüringen und Hessen.'), null);
  assert.equal(clauses('Er kam, und sie ging nach Hause zu ihrer Familie.'), null);
  assert.equal(clauses('„Wir haben die Altstadt geräumt, und niemand musste die Nacht im Wasser verbringen“, sagte der Bürgermeister.'), null);
});

test('a conjunction that continues the same subject does not split', () => {
  assert.equal(clauses('He aimed his fire at the governing party and its rivals, and gave them very little quarter in the long speech.', 'en'), null);
});
