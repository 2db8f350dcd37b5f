import { test } from 'node:test';
import assert from 'node:assert/strict';
import { germanVerbBase } from './verb-base.js';

const base = (w: string) => germanVerbBase(w);

test('participles and finite forms meet their infinitive', () => {
  for (const [a, b] of [
    ['beobachtet', 'beobachten'],
    ['beobachtete', 'beobachten'],
    ['gewählt', 'wählen'],
    ['abgebaut', 'abbauen'],
    ['angekündigt', 'ankündigen'],
    ['streikt', 'streiken'],
  ]) {
    assert.equal(base(a!), base(b!), `${a} / ${b}`);
    assert.notEqual(base(a!), null);
  }
});

test('short words and forms without verb morphology have no base', () => {
  assert.equal(base('rat'), null);
  assert.equal(base('gut'), null);
  assert.equal(base('fahrzeug'), null);
  assert.notEqual(base('beobachtet'), base('gewählt'));
});

test('strong verbs meet their other forms, also behind a prefix', () => {
  for (const [a, b] of [
    ['ging', 'geht'],
    ['starb', 'gestorben'],
    ['stirbt', 'sterben'],
    ['stach', 'gestochen'],
    ['verlor', 'verliert'],
    ['gewann', 'gewonnen'],
    ['unterbrach', 'unterbrochen'],
    ['zurückgewiesen', 'zurückweisen'],
    ['erlag', 'erliegen'],
  ]) {
    assert.equal(base(a!), base(b!), `${a} / ${b}`);
    assert.notEqual(base(a!), null);
  }
  assert.notEqual(base('starb'), base('stach'));
});
