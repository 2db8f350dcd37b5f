import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';

const en = (body: string, published: string | null = null) => analyze(body, { language: 'en', published });
const names = (a: ReturnType<typeof analyze>) => a.entities.map((e) => `${e.name}:${e.type}`);

test('committees are kept whole and apart, and a shorter name joins the one committee it ends', () => {
  const a = en(
    'The House Intelligence Committee met on Monday. Later the Senate Judiciary Committee and the House Oversight Committee issued subpoenas. ' +
      'The Judiciary Committee said it would wait.',
  );
  const orgs = a.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort();
  assert.deepEqual(orgs, ['House Intelligence Committee', 'House Oversight Committee', 'Senate Judiciary Committee'], names(a).join(', '));
  assert.equal(a.entities.find((e) => e.name === 'Senate Judiciary Committee')?.mentions, 2);
  // Two committees the shorter name could end: it stays apart rather than merge wrongly.
  const b = en('The House Intelligence Committee met. The Senate Intelligence Committee did not. The Intelligence Committee later agreed.');
  assert.equal(b.entities.filter((e) => e.type === 'organization').length, 3, names(b).join(', '));
});

test('an organisation head keeps a place or institution inside the name, and connectors carry it on', () => {
  const a = en(
    'Shares of Bank of Riverton and Kestrel Airlines fell, while the Department of Health and Human Services and the Ways and Means Committee said nothing. ' +
      'Officials in Singapore watched.',
  );
  for (const name of ['Bank of Riverton', 'Kestrel Airlines', 'Department of Health and Human Services', 'Ways and Means Committee']) {
    assert.equal(a.entities.find((e) => e.name === name)?.type, 'organization', `${name}: ${names(a).join(', ')}`);
  }
  const b = en('Shares of Bank of America fell.');
  assert.ok(!b.entities.some((e) => e.name === 'America' || e.name === 'United States'), names(b).join(', '));
  // A role after the head word makes it a title: "Press Secretary" is no "White House Press".
  const c = en('White House Press Secretary Dana Kellner said the talks would go on.');
  assert.ok(!c.entities.some((e) => e.name.includes('Press')), names(c).join(', '));
  assert.equal(c.entities.find((e) => e.name === 'Dana Kellner')?.type, 'person');
});

test('a gazetteer alias valid from a date is not applied to articles published before it', () => {
  const old = en('Facebook said its users grew. Instagram grew too.', '2018-05-02');
  assert.equal(old.entities.find((e) => e.name === 'Facebook')?.keys.includes('org:facebook'), true, names(old).join(', '));
  assert.ok(!old.entities.some((e) => e.name === 'Meta'), names(old).join(', '));
  const recent = en('Facebook said its users grew.', '2023-02-01T09:00:00Z');
  assert.equal(recent.entities[0]?.name, 'Meta');
  // Without a date an alias valid from some day is taken as current.
  assert.equal(en('Facebook said its users grew.').entities[0]?.name, 'Meta');
  assert.ok(!en('Instagram said its users grew.', '2023-02-01').entities.some((e) => e.name === 'Meta'), 'Instagram is no alias of Meta');
});

test('German: the US National Security Council is not the UN Security Council; "Updates" is nobody', () => {
  const a = analyze('Updates: Der Nationale Sicherheitsrat der USA tagte am Montag. Später beriet auch der UN-Sicherheitsrat.', { title: 'Updates zum Krieg' });
  const nsc = a.mentions.find((m) => m.text === 'Nationale Sicherheitsrat');
  const unsc = a.mentions.find((m) => m.text === 'UN-Sicherheitsrat');
  assert.ok(nsc && unsc && nsc.entity !== unsc.entity, a.mentions.map((m) => m.text).join(', '));
  assert.ok(!a.entities.some((e) => e.name === 'Updates'), names(a).join(', '));
});

test('an untyped company name is typed by what stands around it: descriptors, followers, coordination, legal form', () => {
  const a = en(
    'The automaker Kestrel cut jobs on Monday. Kestrel dealers were worried. Lenders said Dunmore and Kestrel asked for loans. On Tuesday Dunmore said more. ' +
      'Varga Motors Inc. said it would wait, and Varga said nothing more.',
  );
  assert.equal(a.entities.find((e) => e.name === 'Kestrel')?.type, 'organization', names(a).join(', '));
  assert.equal(a.entities.find((e) => e.name === 'Dunmore')?.type, 'organization', names(a).join(', '));
  // "Varga Motors Inc." and "Varga Motors" are one company; the legal form is no part of who it is.
  const varga = a.entities.find((e) => e.name.startsWith('Varga Motors'));
  assert.equal(varga?.type, 'organization');
  assert.ok(varga?.keys.includes('name:varga motors'), varga?.keys.join(', '));
  // A model's name is no maker's: "K320 jets".
  const b = en('Airlines ordered twelve Kestrel K320 jets on Monday.');
  assert.ok(!b.entities.some((e) => e.name.includes('K320') && e.type === 'organization'), names(b).join(', '));
});

test('a two-word name whose last word is a common word is no person by its shape; a given name and a head word are a person', () => {
  const a = en('Investors in Kestrel Computer were told on Monday that Dunmore Aircraft had bought the Palm Heights plant from Jim Press.');
  assert.notEqual(a.entities.find((e) => e.name === 'Kestrel Computer')?.type, 'person', names(a).join(', '));
  assert.equal(a.entities.find((e) => e.name === 'Dunmore Aircraft')?.type, 'organization', names(a).join(', '));
  assert.equal(a.entities.find((e) => e.name === 'Jim Press')?.type, 'person', names(a).join(', '));
});
