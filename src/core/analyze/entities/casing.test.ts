import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';

const en = (body: string, title: string | null = null) => analyze(body, { language: 'en', title });
const names = (a: ReturnType<typeof analyze>) => a.entities.map((e) => `${e.name}:${e.type}`);
/** Entities named only in the headline (the body never mentions them). */
const headlineOnly = (a: ReturnType<typeof analyze>) =>
  a.entities.filter((e) => a.mentions.filter((m) => m.entity === e.id).every((m) => m.end <= a.article.bodyStart)).map((e) => e.name);

test('a title-case headline keeps only the capitals the body confirms', () => {
  const a = en(
    'Investigators said the probe shows a link between Governor Ada Halvorsen and the lobbyist Marek Dunst, who was indicted on Monday. Dunst denied any wrongdoing.',
    'Probe Shows Link Between Halvorsen and Indicted Lobbyist Marek Dunst',
  );
  assert.deepEqual(headlineOnly(a), [], names(a).join(', '));
  assert.ok(!a.entities.some((e) => /Shows|Link|Probe|Indicted|Lobbyist/.test(e.name)), names(a).join(', '));
  const halvorsen = a.entities.find((e) => e.name === 'Ada Halvorsen');
  const dunst = a.entities.find((e) => e.name === 'Marek Dunst');
  assert.equal(halvorsen?.type, 'person');
  assert.equal(dunst?.type, 'person');
  // The headline's "Halvorsen" and "Marek Dunst" are the body's people, not a name joining both.
  assert.equal(halvorsen!.mentions, 2);
  assert.equal(dunst!.mentions, 3);
});

test('a name run never joins two people across a headline verb or "and"', () => {
  const a = en('Ada Halvorsen said that Marek Dunst had lied to the committee.', 'Halvorsen Says Dunst Lied and Tillmann Agrees');
  assert.ok(!a.entities.some((e) => e.name.includes(' Says ') || e.name.includes('Dunst Lied')), names(a).join(', '));
  assert.equal(a.entities.find((e) => e.name === 'Marek Dunst')?.mentions, 2);
  assert.ok(!a.entities.some((e) => e.name.includes('Tillmann')), 'a name the body never uses stays out');
});

test('a one-word gazetteer name in a title-case headline needs the body to name it too', () => {
  const a = en('The governor spared a bird from the oven, as every year before the holiday.', 'Governor Pardons Turkey Before Holiday');
  assert.deepEqual(names(a), []);
  const b = en('The governor flew to Ankara, where Turkey hosted the talks.', 'Governor Visits Turkey');
  assert.ok(b.entities.some((e) => e.name === 'Turkey' && e.mentions === 2), names(b).join(', '));
});

test('a possessive ends the name before it; a middle initial stays inside the name', () => {
  const a = en("Critics attacked Halvorsen's Riverton speech on Friday. Ada K. Halvorsen did not answer.");
  assert.ok(!a.entities.some((e) => e.name.includes('Riverton') && e.name.includes('Halvorsen')), names(a).join(', '));
  const ada = a.entities.find((e) => e.name === 'Ada K. Halvorsen');
  assert.equal(ada?.type, 'person');
  assert.equal(ada?.mentions, 2);
});

test('a sentence-case headline is read as written', () => {
  const a = en('Marek Dunst resigned on Monday.', 'Police question Marek Dunst after probe');
  assert.equal(a.entities.find((e) => e.name === 'Marek Dunst')?.mentions, 2);
});

test('contractions and words that are capitalised only because they start a sentence are no names', () => {
  const a = en(
    '"I\'m not leaving," Marek Dunst said. Leaving the courthouse, he waved. "We\'ve won," he added. Indicting Dunst was a mistake, said Ada Halvorsen. God help us, she said.',
  );
  assert.deepEqual(a.entities.map((e) => e.name).sort(), ['Ada Halvorsen', 'Marek Dunst'], names(a).join(', '));
});

test('a sentence-initial word stays a name when the article confirms it or the language does not know it', () => {
  const a = en('Halvorsen said the talks had failed. Prosecutors said Halvorsen knew. Tillmann Okorafor declined to comment.');
  assert.equal(a.entities.find((e) => e.name === 'Halvorsen')?.mentions, 2, names(a).join(', '));
  assert.ok(a.entities.some((e) => e.name === 'Tillmann Okorafor'), names(a).join(', '));
  // A descriptor before a given name is no part of the name.
  const b = en('Lobbyist Marek Dunst resigned on Monday.');
  assert.deepEqual(names(b), ['Marek Dunst:person']);
});

test('a title-case line in the body is read like the headline; two names the body never joins stay apart', () => {
  const a = en(
    'Governor Ada Halvorsen criticised the magazine. The Riverton Courier printed the photo on Monday.\n\nHalvorsen Riverton Courier Photo Sparks Anger Among Supporters\n\nSupporters of Halvorsen wrote letters.',
    'Halvorsen Riverton Courier Photo Sparks Anger',
  );
  assert.ok(!a.entities.some((e) => /Halvorsen Riverton|Photo|Sparks|Anger/.test(e.name)), names(a).join(', '));
  assert.equal(a.entities.find((e) => e.name === 'Ada Halvorsen')?.mentions, 4, names(a).join(', '));
});

test('participles and adverbs opening a sentence are no names unless the article confirms them', () => {
  const a = en('Following Halvorsen, the delegates left. Certainly Dunmore agreed, aides said. Halvorsen and Dunmore declined to comment.');
  assert.ok(!a.entities.some((e) => /Following|Certainly/.test(e.name)), names(a).join(', '));
});

test('a headline word the article also writes in lower case is no short form of a longer name ("Court" beside "the court" and "Court of Appeal")', () => {
  const a = en('The label Apple Corps lost its court case against Apple Computer today. Apple Corps will take the case to the Court of Appeal.', 'Apple Corps Loses Court Case Against Apple Computer');
  assert.ok(!a.mentions.some((m) => m.text === 'Court'), a.mentions.map((m) => m.text).join(', '));
  assert.ok(a.mentions.some((m) => m.text === 'Court of Appeal'));
});
