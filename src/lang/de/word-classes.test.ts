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
  assert.equal(classOf('xyzzelbrück'), 0);
});
