import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

// What the direct-quotes pass contributes: a direct quote per quote span, with frame and speaker.
const directOf = (text: string, language = 'de') => {
  const { ctx, run } = speechBefore(analyze(text, { language }), getPack(language)!, 'direct-quotes');
  assert.equal(ctx.quotes.length, 0);
  run();
  return ctx;
};

test('a frame after the quote gives cue and speaker', () => {
  const ctx = directOf('„Wir sind bereit“, sagte Bürgermeisterin Anna Berg.');
  assert.equal(ctx.quotes.length, 1);
  const q = ctx.quotes[0]!;
  assert.equal(q.kind, 'direct');
  assert.equal(q.cueLemma, 'sagen');
  assert.match(q.speakerName ?? '', /Anna Berg/);
  assert.equal(ctx.direct[0]!.cue?.lemma, 'sagen');
  assert.equal(ctx.directIn.get(0)?.length, 1);
});

test('an interrupted quote is one quote in two pieces', () => {
  const ctx = directOf('“We are ready,” the spokeswoman said, “but not at any price.”', 'en');
  assert.equal(ctx.quotes.length, 1);
  assert.equal(ctx.quotes[0]!.segments?.length, 2);
});

test('a quote standing alone takes the speaker of the quote before it', () => {
  const ctx = directOf('„Wir geben nicht auf“, sagte Karl Hein. „Wir verhandeln weiter.“');
  const [, second] = ctx.quotes;
  assert.equal(second!.cue, null);
  assert.match(second!.speakerName ?? '', /Karl Hein/);
  assert.ok(ctx.standingAlone.has(second!));
});

test('a short frame opening the sentence after a quote that ends with ? or ! frames that quote', () => {
  const a = analyze('“Who would have believed it? Who would have thought we would win?” Ann Lee said, looking at the crowd. “I would,” Tom Baker said.', { language: 'en' });
  const first = a.quotes.find((q) => q.kind === 'direct' && q.text.includes('believed'));
  assert.equal(first?.speakerName, 'Ann Lee');
  assert.ok(!a.quotes.some((q) => q.kind !== 'direct' && q.cueLemma === 'say' && q.text.includes('Ann Lee')), 'the frame reports nothing of its own');
  // A sentence that goes on with a clause is no frame of the quote before.
  const b = analyze('“Who would have believed it? Who would have thought we would win?” Ann Lee said the vote was close.', { language: 'en' });
  assert.notEqual(b.quotes.find((q) => q.kind === 'direct')?.cueLemma, 'say');
});
