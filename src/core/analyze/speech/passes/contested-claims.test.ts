import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

test('a clause after a rejected report or accusation is the report’s claim; the rejecter keeps the act of rejecting', () => {
  const { ctx, run } = speechBefore(
    analyze('Der Bürgermeister Jan Roth hat Berichte der Lokalzeitung „Neue Stimme“ zurückgewiesen, er werde im Herbst „ganz sicher“ zurücktreten.'),
    getPack('de')!,
    'contested-claims',
  );
  run();
  const claim = ctx.quotes.find((q) => q.kind === 'indirect');
  assert.match(claim?.speakerName ?? '', /^Berichte der Lokalzeitung „Neue Stimme“$/);
  assert.equal(claim?.cueLemma, 'bericht');
  assert.match(ctx.quotes.find((q) => q.kind === 'direct')?.speakerName ?? '', /^Berichte/);
  const act = ctx.quotes.find((q) => q.form === 'speech-act');
  assert.match(act?.speakerName ?? '', /Roth/);
  assert.match(act?.text ?? '', /^Berichte der Lokalzeitung/);
});

test('the rejecter’s own justification ("mit dem Hinweis, …") and a plain rejection stay the rejecter’s', () => {
  const de = getPack('de')!;
  const a = speechBefore(analyze('Der Antrag wurde vom Rat mit dem Hinweis abgelehnt, man sei nicht zuständig.'), de, 'contested-claims');
  a.run();
  assert.ok(!a.ctx.quotes.some((q) => q.cueLemma === 'hinweis'), 'no claim of a "Hinweis"');
  const b = speechBefore(analyze('Der Minister Jan Roth wies zurück, dass er Geld veruntreut habe.'), de, 'contested-claims');
  b.run();
  assert.match(b.ctx.quotes.find((q) => q.kind === 'indirect')?.speakerName ?? '', /Roth/);
});
