import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basePack } from '../lang/base-pack.js';
import { getPack } from '../../lang/index.js';
import { isBoilerplateSentence } from './boilerplate.js';

const german = getPack('de')!;
const english = getPack('en')!;

test('credit lines and captions are boilerplate', () => {
  for (const s of ['Foto: dpa', 'Bild: Reuters/Karl Beispiel', 'Fotos: picture alliance/dpa | Eva Muster', 'Quelle: Statistisches Landesamt', 'Archivbild: Der Hafen im Winter']) {
    assert.ok(isBoilerplateSentence(s, german), s);
  }
  for (const s of ['Photo: AP', 'Credit: Jane Roe/Getty Images', 'The mayor at the opening (File)']) {
    assert.ok(isBoilerplateSentence(s, english), s);
  }
  assert.ok(isBoilerplateSentence('Der Bürgermeister bei der Eröffnung im Rathaus (Archivbild)', german));
  assert.ok(isBoilerplateSentence('Eva Muster/dpa', german));
  assert.ok(isBoilerplateSentence('© Lokalblatt 2025', german));
});

test('agency tags and editor codes are boilerplate', () => {
  for (const s of ['(dpa)', '(dpa/lno)', 'AFP/dpa', '(AFP)', '(mit dpa)', '/abc/DP/xyz', '(red)', '— AP']) {
    assert.ok(isBoilerplateSentence(s, german), s);
  }
  assert.ok(isBoilerplateSentence('(Reuters)', english));
  assert.ok(isBoilerplateSentence('(Reporting by Jane Roe; Editing by Tom Poe)', english));
});

test('bylines are boilerplate, sentences that open with the same word are not', () => {
  assert.ok(isBoilerplateSentence('Von Anna Beispiel und Tom Muster', german));
  assert.ok(isBoilerplateSentence('Von Carla von Testhausen', german));
  assert.ok(isBoilerplateSentence('By JANE ROE, Associated Press', english));
  assert.equal(isBoilerplateSentence('Von Berlin aus reiste die Delegation weiter.', german), false);
  assert.equal(isBoilerplateSentence('Von Montag an gilt die neue Regel.', german), false);
  assert.equal(isBoilerplateSentence('By Tuesday, the deal was done.', english), false);
});

test('promos and navigation lines are boilerplate', () => {
  for (const s of [
    'Mehr zum Thema',
    'Lesen Sie auch: Was die Reform für Mieter bedeutet',
    'Hier finden Sie alle Ergebnisse aus den Wahlkreisen.',
    'Alle Entwicklungen zum Sturm lesen Sie im Liveblog.',
    'Abonnieren Sie unseren Newsletter.',
    'Die Nachrichtenagentur AP und Eva Muster haben zu diesem sich entwickelnden Bericht beigetragen.',
  ]) {
    assert.ok(isBoilerplateSentence(s, german), s);
  }
  for (const s of ['This story is developing. Check back for updates.', 'Sign up for our morning briefing.', 'Read more: How the vote works', 'The Associated Press contributed to this developing story.']) {
    assert.ok(isBoilerplateSentence(s, english), s);
  }
});

test('story sentences are not boilerplate', () => {
  for (const s of [
    'Die Polizei sperrte die Straße für drei Stunden.',
    'Nach Angaben der dpa wurden zwei Menschen verletzt.',
    'Der Fotograf Max Muster dokumentierte die Proteste.',
    'Mehr als 200 Menschen demonstrierten am Abend.',
    'Hier gibt es nichts zu verbergen, sagte der Minister.',
  ]) {
    assert.equal(isBoilerplateSentence(s, german), false, s);
  }
  for (const s of ['Reuters reported the deal on Monday.', 'The photo was taken in 2019, officials said.', 'More than 200 people attended.']) {
    assert.equal(isBoilerplateSentence(s, english), false, s);
  }
});

test('without a pack only the shapes count', () => {
  const pack = basePack('xx');
  assert.ok(isBoilerplateSentence('© Example 2025', pack));
  assert.ok(isBoilerplateSentence('/abc/DP/xyz', pack));
  assert.equal(isBoilerplateSentence('Foto: dpa', pack), false);
  assert.equal(isBoilerplateSentence('', pack), false);
});
