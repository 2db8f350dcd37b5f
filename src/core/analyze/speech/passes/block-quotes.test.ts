import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';

test('a frame ending its paragraph with a colon quotes the next paragraph, set off without marks', () => {
  const a = analyze('Tom Ray spoke on the radio on Wednesday.\n\nRay added:\n\nIt is typical of her. She knows nothing about the case.\n\nLee did not respond.', { language: 'en' });
  const q = a.quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.text, 'It is typical of her. She knows nothing about the case.');
  assert.equal(q?.speakerName, 'Tom Ray');
  assert.ok(!a.quotes.some((x) => x.form === 'speech-act' && x.cueLemma === 'add'), 'the frame is no bare act of speech any more');
  const de = analyze('Der König trat am Abend vor die Kameras.\n\nFelipe VI. sagte:\n\nWir stehen an der Seite der Opfer. Das ganze Land trauert.\n\nDanach reiste er ab.', { language: 'de' });
  assert.equal(de.quotes.find((x) => x.kind === 'direct')?.text, 'Wir stehen an der Seite der Opfer. Das ganze Land trauert.');
});

test('no block quote after a frame that reports its own clause, nor over a paragraph with quote marks', () => {
  const a = analyze('Tom Ray said the plan was dead:\n\nThe council will vote again in May.', { language: 'en' });
  assert.ok(!a.quotes.some((x) => x.kind === 'direct'));
  const b = analyze('Tom Ray added:\n\n“It is typical of her,” he said, and left.', { language: 'en' });
  assert.equal(b.quotes.filter((x) => x.kind === 'direct').length, 1);
  assert.equal(b.quotes.find((x) => x.kind === 'direct')?.text, 'It is typical of her,');
});
