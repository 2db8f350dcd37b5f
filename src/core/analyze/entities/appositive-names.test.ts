import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';

// Our own sentences: names in apposition after a German organisation noun.
const de = (body: string) => analyze(body, { language: 'de' });
const names = (a: ReturnType<typeof analyze>) => a.entities.map((e) => `${e.name}:${e.type}`);

test('the name after "des Senders", "des Vereins", "der Konzern" is the organisation, without the noun, with its number', () => {
  const a = de('Nach einem Bericht des britischen Senders Channel 4 habe die Regierung gelogen. Laut einer Mitteilung des Vereins Pax Europa wurde niemand verletzt. Der Konzern Nordstahl baut ab.');
  for (const name of ['Channel 4', 'Pax Europa', 'Nordstahl']) assert.equal(a.entities.find((e) => e.name === name)?.type, 'organization', `${name}: ${names(a).join(', ')}`);
  assert.ok(!a.entities.some((e) => /Senders|Vereins|^Europa$/.test(e.name)), names(a).join(', '));
  // Reported speech with such a source names the organisation.
  const q = a.quotes.find((x) => x.text.includes('Regierung'));
  assert.equal(q?.speakerName, 'Channel 4');
});

test('a number that counts the next noun stays outside the name; nouns that form one name with a place are left alone', () => {
  const a = de('Laut dem Sender Velvo 3 Stunden nach dem Beben stürzte die Brücke ein. Die Universität Hamburg und die Polizei Berlin schwiegen.');
  assert.ok(a.entities.some((e) => e.name === 'Velvo' && e.type === 'organization'), names(a).join(', '));
  assert.ok(!a.entities.some((e) => e.name === 'Velvo 3'), names(a).join(', '));
  assert.ok(!a.entities.some((e) => e.name === 'Hamburg' && e.type === 'organization'), names(a).join(', '));
  assert.ok(!a.entities.some((e) => e.name === 'Berlin' && e.type === 'organization'), names(a).join(', '));
});

test('a common word after the noun is no name ("der Zeitung Bericht")', () => {
  const a = de('Laut dem Bericht der Zeitung Montag soll der Minister zurücktreten.');
  assert.ok(!a.entities.some((e) => e.name === 'Montag' && e.type === 'organization'), names(a).join(', '));
});
