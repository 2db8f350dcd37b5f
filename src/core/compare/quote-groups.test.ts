import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportQuote } from '../model/report.js';
import { groupQuotes } from './quote-groups.js';

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
