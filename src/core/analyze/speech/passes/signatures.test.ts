import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

test('a quote signed with a dash and a name is the signer’s, in any language', () => {
  const en = speechBefore(
    analyze('Readers wrote in all week. “The new bridge is far too expensive for a town this size.” ― Martha Green “We waited ten years for it and it was worth it.” ― Tom Baker', { language: 'en' }),
    getPack('en')!,
    'signatures',
  );
  en.run();
  const byText = (t: string) => en.ctx.quotes.find((q) => q.kind === 'direct' && q.text.includes(t))?.speakerName;
  assert.equal(byText('bridge'), 'Martha Green');
  assert.equal(byText('ten years'), 'Tom Baker');
  const de = speechBefore(analyze('Die Leser schrieben viel. „Die neue Brücke ist viel zu teuer für unsere kleine Stadt.“ – Anna Berg'), getPack('de')!, 'signatures');
  de.run();
  assert.equal(de.ctx.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Anna Berg');
});

test('a dash that goes on with the sentence, or a quote with its own frame, is no signature', () => {
  const a = speechBefore(analyze('“The bridge is too expensive,” said Martha Green ― Tom Baker disagreed with her at length.', { language: 'en' }), getPack('en')!, 'signatures');
  a.run();
  assert.equal(a.ctx.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Martha Green');
  const b = speechBefore(analyze('The town argued for months. “It is far too expensive for all of us here” ― Tom Baker and his wife left the hall.', { language: 'en' }), getPack('en')!, 'signatures');
  b.run();
  assert.notEqual(b.ctx.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Tom Baker');
});

test('a signature the recogniser does not know as a name still signs its quote, when it is nothing but capitalised words', () => {
  const a = speechBefore(analyze('Readers wrote in all week. “The new bridge is far too expensive for a town.” ― Jo N Mabry “We waited ten years for it.” ― Quill Ostrander', { language: 'en' }), getPack('en')!, 'signatures');
  a.run();
  const byText = (t: string) => a.ctx.quotes.find((q) => q.kind === 'direct' && q.text.includes(t))?.speakerName;
  assert.equal(byText('bridge'), 'Jo N Mabry');
  assert.equal(byText('ten years'), 'Quill Ostrander');
});
