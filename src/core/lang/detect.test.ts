import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, voteByStopwords } from './detect.js';
import { packs } from '../../lang/index.js';

test('stopwords identify long German and English texts without the n-gram model', () => {
  assert.equal(voteByStopwords('Die Stadt hat am Dienstag die Altstadt geräumt, und die Feuerwehr war mit vielen Kräften vor Ort, weil das Wasser stieg.', packs), 'de');
  assert.equal(voteByStopwords('The city cleared the old town on Tuesday, and the fire service was there with many crews because the water was rising.', packs), 'en');
});

test('short or foreign text is left to the detector, and is "und" without it', () => {
  assert.equal(voteByStopwords('Putin trifft Kim', packs), null);
  assert.equal(voteByStopwords('Le maire a visité le site mercredi et il a promis une enquête indépendante sur la catastrophe.', packs), null);
  assert.equal(detectLanguage('12345 !!!', packs), 'und');
});
