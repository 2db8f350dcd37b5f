import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../test-support/analyze.js';
import { getPack } from '../../../../lang/index.js';
import { speechBefore } from './harness.js';

test('a quote without a speaker inside someone’s reported words becomes theirs', () => {
  const { ctx, run } = speechBefore(analyze('Anna Berg sagte, die Lage sei ernst. Sie habe „nicht den Eindruck“, dass sich etwas ändere.'), getPack('de')!, 'reported-hosts');
  const quote = ctx.quotes.find((q) => q.kind === 'direct')!;
  assert.equal(quote.speakerName, null);
  run();
  assert.equal(quote.speakerName, 'Anna Berg');
});
