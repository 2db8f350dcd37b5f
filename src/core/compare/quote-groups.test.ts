import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportQuote } from '../model/report.js';
import fc from 'fast-check';
import { groupQuotes, MAX_QUOTE_POSTINGS, overlapCandidates } from './quote-groups.js';

let n = 0;
function quote(article: string, text: string, speaker: string | null): ReportQuote {
  n++;
  return {
    id: `q${n}`,
    article,
    sentence: 0,
    start: 0,
    end: text.length,
    speaker,
    speakerName: speaker ? speaker.toUpperCase() : null,
    text,
    kind: 'direct',
    cue: null,
    stance: 'neutral',
    group: null,
  };
}

test('the same words are one quote even when one outlet gave them to someone else, and the group takes the speaker most outlets name', () => {
  const quotes = [
    quote('a', 'Ich bin vollständig und umfassend entlastet worden', 'kim'),
    quote('b', 'ich bin vollständig und umfassend entlastet worden', 'kim'),
    quote('c', 'Ich bin vollständig und umfassend entlastet worden.', 'aide'),
    quote('d', 'Die Brücke bleibt bis Freitag gesperrt', 'kim'),
  ];
  const groups = groupQuotes(quotes);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0]!.articles, ['a', 'b', 'c']);
  assert.equal(groups[0]!.speaker, 'kim');
  assert.equal(quotes[2]!.speaker, 'kim');
  assert.equal(quotes[3]!.group, null);
});

test('loosely similar quotes of different speakers stay apart; a tie leaves the speaker unknown', () => {
  const apart = groupQuotes([
    quote('a', 'Wir werden die Steuern im nächsten Jahr senken', 'x'),
    quote('b', 'Wir werden die Steuern im nächsten Jahr nicht erhöhen', 'y'),
  ]);
  assert.equal(apart.length, 0);
  const tie = groupQuotes([quote('a', 'Das ist ein guter Tag für alle', 'x'), quote('b', 'Das ist ein guter Tag für alle', 'y')]);
  assert.equal(tie.length, 1);
  assert.equal(tie[0]!.speaker, null);
  assert.equal(tie[0]!.speakerName, null);
});

test('one article never contributes two quotes to a group', () => {
  const groups = groupQuotes([quote('a', 'Wir bleiben hier', null), quote('a', 'Wir bleiben hier', null), quote('b', 'Wir bleiben hier', null)]);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0]!.articles, ['a', 'b']);
});

test('quote candidates: every quote pair that can reach the overlap is proposed, and few others (property)', () => {
  const word = fc.constantFrom('wir', 'die', 'steuern', 'senken', 'jahr', 'nicht', 'alle', 'tag', 'gut', 'heute');
  fc.assert(
    fc.property(fc.array(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 12 }), (lists) => {
      const sets = lists.map((l) => new Set(l));
      const candidatesOf = overlapCandidates(sets, 0.45);
      for (let n = 0; n < sets.length; n++) {
        const found = new Set(candidatesOf(n));
        for (let x = 0; x < n; x++) {
          let common = 0;
          for (const w of sets[n]!) if (sets[x]!.has(w)) common++;
          if ((2 * common) / (sets[n]!.size + sets[x]!.size) >= 0.45) assert.ok(found.has(x), `${[...sets[x]!]} / ${[...sets[n]!]}`);
        }
      }
    }),
  );
});

test('quote candidates: index reads grow with the quotes, not with their square, when all share common words', () => {
  // Each quote: five words every quote uses and five of its own.
  const quotes = (n: number) => Array.from({ length: n }, (_, k) => new Set(['wir', 'werden', 'das', 'jetzt', 'machen', ...[0, 1, 2, 3, 4].map((x) => `w${k}x${x}`)]));
  const probes = (n: number) => {
    const candidatesOf = overlapCandidates(quotes(n), 0.45);
    for (let k = 0; k < n; k++) candidatesOf(k);
    return candidatesOf.probes();
  };
  const small = probes(3 * MAX_QUOTE_POSTINGS);
  const large = probes(6 * MAX_QUOTE_POSTINGS);
  assert.ok(large <= 2.2 * small, `${small} → ${large} reads for twice the quotes`);
});
