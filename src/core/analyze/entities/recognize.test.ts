import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';

const typeOf = (a: ReturnType<typeof analyze>, text: string) => {
  const mention = a.mentions.find((m) => m.text === text);
  return a.entities.find((e) => e.id === mention?.entity)?.type;
};

test('English ship names are vehicles, not people; shipping companies are organisations', () => {
  const en = analyze(
    'The container ship Ever Given blocked the canal for days. The tanker Front Altair was hit near the strait. ' +
      'Later the frigate HMS Richmond sailed past. Maersk Line said freight rates would rise.',
    { language: 'en' },
  );
  const people = en.entities.filter((e) => e.type === 'person').map((e) => e.name);
  for (const name of ['Ever Given', 'Front Altair', 'HMS Richmond', 'Maersk Line', 'Maersk']) {
    assert.ok(!people.includes(name), `${name} typed as a person: ${people.join(', ')}`);
  }
  assert.equal(en.entities.find((e) => e.name.startsWith('Maersk'))?.type, 'organization');
  const other = analyze('Hanseatic Line said freight rates would rise.', { language: 'en' });
  assert.equal(typeOf(other, 'Hanseatic Line'), 'organization');
});

test('a run of two names right after "the" is not typed a person by shape alone', () => {
  const en = analyze('Shares of the Silver Lake fund fell. Analysts at the Blue Harbor said little.', { language: 'en' });
  assert.ok(!en.entities.some((e) => e.type === 'person'), en.entities.map((e) => `${e.name}:${e.type}`).join(', '));
});

test('German regions, islands and rivers are places', () => {
  const de = analyze('Waldbrände wüteten in Kalabrien und auf Kreta. An der Elbe stieg das Hochwasser, auch die Mosel trat über die Ufer.');
  for (const name of ['Kalabrien', 'Kreta', 'Elbe', 'Mosel']) assert.equal(typeOf(de, name), 'place', name);
});

test('a common noun the word lists know is not a person ("Chaos")', () => {
  const de = analyze('Nach dem Sturm herrschte Chaos in der Stadt. Das Chaos dauerte drei Tage, sagte Bürgermeisterin Anna Berger.');
  assert.ok(!de.entities.some((e) => e.name === 'Chaos'), de.entities.map((e) => `${e.name}:${e.type}`).join(', '));
  assert.ok(de.entities.some((e) => e.name === 'Anna Berger' && e.type === 'person'));
});

test('a German given name, its particles and the surname are one person; the surname alone later is the same person', () => {
  const a = analyze('Die Ministerin Ursula von der Leyen stellte den Plan am Montag vor. Später betonte von der Leyen, der Plan sei „gut für Familien“.', { language: 'de' });
  const people = a.entities.filter((e) => e.type === 'person');
  assert.deepEqual(people.map((e) => e.name), ['Ursula von der Leyen']);
  const q = a.quotes.find((x) => x.text.includes('Familien'));
  assert.equal(a.entities.find((e) => e.id === q?.speaker)?.name, 'Ursula von der Leyen');
  // Particles join only after a known given name: "Verbot von Chemiewaffen" stays apart.
  const b = analyze('Das Verbot von Chemiewaffen gilt seit Jahren.', { language: 'de' });
  assert.ok(!b.entities.some((e) => e.name.includes('von')), b.entities.map((e) => e.name).join(', '));
});

test('a club and a sports role before a name ("Real-Schlussmann Courtois") describe the person, they are no part of the name', () => {
  const a = analyze('Der Stürmer scheiterte an Real-Schlussmann Courtois. Später hielt Dortmund-Keeper Gregor Kobel einen Elfmeter.');
  assert.equal(typeOf(a, 'Courtois'), 'person');
  assert.equal(typeOf(a, 'Gregor Kobel'), 'person');
  assert.ok(!a.mentions.some((m) => m.text.includes('Schlussmann') || m.text.includes('Keeper')));
});

test('a role after a genitive name is the name’s relation, no entity of its own ("Kims Dolmetscher")', () => {
  const a = analyze('Kims Dolmetscher dankte Putin für den Empfang. Kim Jong Un kam am Mittwoch an.');
  assert.ok(!a.mentions.some((m) => m.text.includes('Dolmetscher')));
  assert.equal(typeOf(a, 'Kims'), 'person');
});

test('a one-word organisation of the gazetteer right after a given name is that person’s surname ("Michael Bloomberg")', () => {
  const a = analyze('Michael Bloomberg spoke in Philadelphia on Wednesday.', { language: 'en' });
  assert.ok(a.mentions.some((m) => m.text === 'Michael Bloomberg'), a.mentions.map((m) => m.text).join(', '));
  assert.equal(typeOf(a, 'Michael Bloomberg'), 'person');
});

test('a month after a given name is a surname ("Theresa May"), not before a day ("on May 5")', () => {
  const a = analyze('Prime Minister Theresa May spoke in London. Ann Lee arrives on May 5.', { language: 'en' });
  assert.ok(a.mentions.some((m) => m.text === 'Theresa May'), a.mentions.map((m) => m.text).join(', '));
  assert.ok(!a.mentions.some((m) => m.text.includes('May 5')));
});

test('letters on a currency sign name no place ("US$ 2.7 billion"); a date after "on" is no part of an organisation ("Apple Computer on Monday")', () => {
  const a = analyze('Ford posted a profit of US$ 2.7 billion in 2005.', { language: 'en' });
  assert.ok(!a.mentions.some((m) => m.text === 'US'), a.mentions.map((m) => m.text).join(', '));
  const b = analyze('Apple Corps lost its case against Apple Computer on Monday.', { language: 'en' });
  assert.ok(b.mentions.some((m) => m.text === 'Apple Computer'), b.mentions.map((m) => m.text).join(', '));
  assert.ok(!b.mentions.some((m) => m.text.includes('Monday')));
  // The country itself stays a place.
  const c = analyze('The US economy grew in 2005.', { language: 'en' });
  assert.ok(c.mentions.some((m) => m.text === 'US'));
});
