import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../test-support/analyze.js';

// Times read from our own sentences; the publication date resolves dates without a year.
const times = (text: string, language = 'de') => analyze(text, { language, published: '2024-04-20T08:00:00Z' }).times.map((t) => `${t.text}=${t.value}`);

test('a clock time written with a space after the colon is read before "Uhr" only', () => {
  assert.ok(times('Der Streik beginnt am Mittwoch um 20: 00 Uhr.').includes('20: 00 Uhr=20:00'), 'read as 20:00');
  // (Pre-split datelines "6: 11 PM" stay out: a stamp, not a time told in the text.)
  assert.ok(!times('Updated 6: 11 PM on Monday.', 'en').some((t) => /(?:06|18):11/.test(t)));
});

test('in German a month before a number is no date: "Anfang April 16 Menschen" is a month and a count', () => {
  assert.ok(!times('Bei dem Angriff Anfang April 16 Menschen getötet.').some((t) => t.endsWith('-04-16')));
  assert.ok(times('Am 16. April wurden Menschen getötet.').some((t) => t.endsWith('-04-16')));
});

test('where a month may come before its day, "the 19 Sept. 11 hijackers" holds the date Sept. 11, not 19 Sept.', () => {
  assert.deepEqual(times('Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.', 'en'), ['Sept. 11=2024-09-11']);
  assert.deepEqual(times('They met on 19 September in Paris.', 'en'), ['19 September=2024-09-19']);
  assert.deepEqual(times('Am 3. Mai 12 Menschen getötet.'), ['3. Mai=2024-05-03']);
});
