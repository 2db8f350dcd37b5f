import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { germanStem } from './stem.js';

const snowball = (createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(a: string): { stem(w: string): string } }).newStemmer(
  'german',
);

test('stems German words as the Snowball package does', () => {
  const words = [
    'präsidenten', 'regierung', 'regier', 'kenntnisse', 'ergebnissen', 'häuser', 'bauer', 'mauer', 'feuer', 'frau', 'staatliche',
    'möglichkeiten', 'herrlichkeit', 'wirtschaftlichen', 'lustigkeit', 'heiligend', 'erledigung', 'kriegerisch', 'weiß',
    'straße', 'großen', 'tags', 'jahres', 'erst', 'fürst', 'bestst', 'beobachtest', 'kreml-sprecher', 'nordkoreanischen',
    'ayuya', 'bayern', 'ufer', 'ab', 'a', '', 'spd', '2024', 'eigentlichen', 'endgültigen', 'freiheit', 'kindheiten',
  ];
  for (const w of words) assert.equal(germanStem(w), snowball.stem(w), w);
});

test('agrees with the Snowball package on random words (property)', () => {
  const letter = fc.constantFrom(...'aeiouyäöüßbcdfghklmnrstwz-'.split(''));
  const ending = fc.constantFrom('', 'e', 'en', 'em', 'ern', 'er', 's', 'es', 'st', 'est', 'end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit', 'igkeit', 'lichkeit', 'nisse', 'erlich');
  fc.assert(
    fc.property(fc.array(letter, { maxLength: 12 }), ending, (letters, end) => {
      const w = letters.join('') + end;
      return germanStem(w) === snowball.stem(w);
    }),
    { numRuns: 3000 },
  );
});
