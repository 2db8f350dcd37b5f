import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import { CONFIDENT_ENTITY } from '../../model/analysis.js';
import { entityConfidence } from './resolve.js';

const en = (body: string, title: string | null = null) => analyze(body, { language: 'en', title });
const entity = (a: ReturnType<typeof analyze>, name: string) => a.entities.find((e) => e.name === name);

test('every entity carries a confidence, and the flag says whether it reaches CONFIDENT_ENTITY', () => {
  const a = en('Senator Ada Halvorsen met officials in Brazil on Monday. Kestrel Varga watched. The Riverton Harbor Authority said nothing.');
  for (const e of a.entities) {
    assert.equal(typeof e.confidence, 'number', e.name);
    assert.equal(e.confident, e.confidence! >= CONFIDENT_ENTITY, e.name);
  }
  assert.equal(entity(a, 'Brazil')?.confident, true, 'a gazetteer entry');
  assert.equal(entity(a, 'Ada Halvorsen')?.confident, true, 'typed by a role');
  assert.equal(entity(a, 'Riverton Harbor Authority')?.confident, true, 'typed by its head noun');
  // Two capitalised words, a person by their shape alone, named once: not enough to claim an outlet never names it.
  assert.equal(entity(a, 'Kestrel Varga')?.confident, false);
});

test('a name the body repeats gains confidence; one only the headline names loses it', () => {
  const once = en('Kestrel Varga watched the vote.');
  const often = en('Kestrel Varga watched the vote. Later Varga left the hall. Varga declined to comment, aides said.');
  assert.ok(entity(often, 'Kestrel Varga')!.confidence! > entity(once, 'Kestrel Varga')!.confidence!);
  assert.equal(entity(often, 'Kestrel Varga')?.confident, true);
  const headline = en('The ministers met in Lisbon on Monday.', 'Brazil and Chile sign a trade pact');
  assert.equal(entity(headline, 'Brazil')?.confident, false, 'only in the headline');
  assert.equal(entity(headline, 'Lisbon')?.confident, true);
});

test('the confidence formula: evidence, further body sentences, headline only, untyped names', () => {
  assert.equal(entityConfidence(0.9, 1, 'place'), 0.9);
  assert.equal(entityConfidence(0.55, 1, 'person'), 0.55);
  assert.equal(entityConfidence(0.55, 3, 'person'), 0.75);
  assert.equal(entityConfidence(0.55, 20, 'person'), entityConfidence(0.55, 5, 'person'), 'four further sentences at most');
  assert.equal(entityConfidence(0.9, 0, 'place'), 0.45);
  assert.ok(entityConfidence(0.9, 5, 'other') < CONFIDENT_ENTITY);
});
