import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORD_CLASS } from '../../core/ner/features.js';
import { germanWordClasses } from './word-classes.js';

test('German word classes come from the pack lists', () => {
  const classOf = germanWordClasses();
  const has = (w: string, bit: number) => (classOf(w) & bit) !== 0;
  assert.ok(has('wladimir', WORD_CLASS.givenName));
  assert.ok(has('russland', WORD_CLASS.place));
  assert.ok(has('nordkoreanischen', WORD_CLASS.adjective));
  assert.ok(has('regierung', WORD_CLASS.commonNoun));
  assert.ok(has('chaos', WORD_CLASS.commonNoun));
  assert.ok(has('scholz', WORD_CLASS.surname));
  assert.ok(has('kalabrien', WORD_CLASS.place) && has('elbe', WORD_CLASS.place));
  assert.ok(has('gmbh', WORD_CLASS.organizationWord) && has('universität', WORD_CLASS.organizationWord));
  assert.ok(has('bahnhof', WORD_CLASS.placeWord));
  assert.equal(classOf('xyzzelbrück'), 0);
});
