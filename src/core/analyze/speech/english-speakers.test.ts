import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import type { ArticleAnalysis, Quote } from '../../model/analysis.js';

// Who speaks in English: speakers chosen on evidence, unknown rather than a guess. Our own invented sentences.

const en = (text: string) => analyze(text, { language: 'en' });
const direct = (a: ArticleAnalysis) => a.quotes.filter((q) => q.kind === 'direct');
const byText = (a: ArticleAnalysis, words: string) => a.quotes.find((q) => q.text.includes(words));
const spoken = (a: ArticleAnalysis, q: Quote | undefined) => (q?.speakerSpan ? a.article.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null);

test('the subject stands before a long apposition, a participle phrase or a time adverbial, never the last name before the verb', () => {
  const a = en('It rained. Mayor Ann Lee, speaking to a group of farmers in Ohio and Indiana, said the plan would work.');
  assert.equal(byText(a, 'plan would work')?.speakerName, 'Ann Lee');
  const b = en('It rained. Sen. Tom Ray on Friday said the bill was dead.');
  assert.equal(byText(b, 'bill was dead')?.speakerName, 'Tom Ray');
  const c = en('It rained. The aide, Ann Lee, 31, who has worked for the senator from Ohio since the last election, wrote that the plan would fail.');
  assert.equal(byText(c, 'plan would fail')?.speakerName, 'Ann Lee');
});

test('a participle without auxiliary speaks for the subject of the clause it hangs on', () => {
  const a = en('It rained. Tom Ray issued a statement on Monday saying the bill was dead.');
  assert.equal(byText(a, 'bill was dead')?.speakerName, 'Tom Ray');
  const b = en('It rained. Tom Ray hit back at Bill Cole on Monday, calling his plan “a disaster for the state.”');
  assert.equal(byText(b, 'a disaster')?.speakerName, 'Tom Ray');
  const c = en('It rained. Calling the plan “a disaster for the state,” Tom Ray told voters to reject it.');
  assert.equal(byText(c, 'a disaster')?.speakerName, 'Tom Ray');
});

test('a second verb joined by "but" shares the opening subject; no subject by word order leaves the speaker unknown', () => {
  const a = en('WASHINGTON — Representative Ann Lee, trying to end a long dispute over the budget of New York, denied on Monday that she had lied but said she could not be sure about the figures.');
  assert.equal(byText(a, 'could not be sure')?.speakerName, 'Ann Lee');
  const b = en('It rained. In Boston, near the harbor where the ships of Maine wait, said the plan was late.');
  assert.notEqual(byText(b, 'plan was late')?.speakerName, 'Maine');
});

test('relations: the attorney is not the client, the spokeswoman is not her boss', () => {
  const a = en('It rained. Tom Ray’s attorney Grant Smith said the charges were false.');
  assert.equal(byText(a, 'charges were false')?.speakerName, 'Grant Smith');
  const b = en('It rained. Ann Lee, a spokeswoman for Tom Ray, said the senator would not run.');
  assert.equal(byText(b, 'would not run')?.speakerName, 'Ann Lee');
  const c = en('It rained. A lawyer for Tom Ray said the charges were false.');
  const q = byText(c, 'charges were false');
  assert.ok(q && q.speakerName !== 'Tom Ray', `speaker ${q?.speakerName}`);
  assert.equal(spoken(c, q), 'A lawyer for Tom Ray');
});

test('whom words were told to is not who said them', () => {
  const a = en('“We are ready,” Ann Lee, the longtime director of the largest farm group in the state of Ohio, told The Daily Herald.');
  assert.notEqual(direct(a)[0]?.speakerName, 'The Daily Herald');
  assert.notEqual(spoken(a, direct(a)[0]), 'The Daily Herald');
});

test('a pronoun stands for the person in subject position before it, not for someone named in passing', () => {
  const a = en('It rained. Tom Ray, however, is not worried that Bill Cole will win. “The voters know better,” he said.');
  assert.equal(direct(a)[0]?.speakerName, 'Tom Ray');
  const b = en('Tom Ray spoke at length. Of Bill Cole, he said, “He is a good man.”');
  assert.equal(direct(b)[0]?.speakerName, 'Tom Ray');
  // A surname alone tells no gender ("Obama" is no woman's name for its ending).
  const c = en('Barack Obama spoke in Ohio. Later, Obama met Ann Lee. “It was a good day,” he said.');
  assert.equal(direct(c)[0]?.speakerName, 'Barack Obama');
});

test('a definite role names the person given that title before; a document speaks for whoever issued it', () => {
  const a = en('Gov. Ann Lee signed the bill on Monday. Critics were angry. “It is a good day for the state,” the governor said.');
  const q = direct(a)[0];
  assert.equal(q?.speakerName, 'Ann Lee');
  assert.equal(spoken(a, q), 'the governor');
  const b = en('It rained. “We will win this race,” Tom Ray said in a statement. “The voters are with us,” the statement continued.');
  assert.equal(byText(b, 'voters are with us')?.speakerName, 'Tom Ray');
  const c = en('It rained. “We will win this race,” the governor said.');
  assert.equal(direct(c)[0]?.speaker, null);
});

test('a quote standing alone after a sentence about someone is theirs; a colon frame is the verb right before it', () => {
  const a = en('“We will win,” Bill Cole said. Tom Ray disagreed with the plan on Monday. “It will fail and everyone knows it.”');
  assert.equal(byText(a, 'It will fail')?.speakerName, 'Tom Ray');
  const b = en('After Bill Cole finished, responding to a question about taxes, Tom Ray replied: “That is simply wrong.”');
  assert.equal(direct(b)[0]?.speakerName, 'Tom Ray');
  // (The participle after the opening clause is the main subject's too.)
  assert.equal(b.quotes.find((q) => q.cue?.startsWith('responding'))?.speakerName, 'Tom Ray');
  const c = en('Bill Cole spoke first. Tom Ray was quick to retort: “That is simply wrong.”');
  assert.equal(direct(c)[0]?.speakerName, 'Tom Ray');
});

test('the writer and the reader are no source; a participle after an article is an adjective', () => {
  const a = en('Dear friends and neighbors, I know you will try showing some class at the game.');
  assert.ok(!a.quotes.some((q) => q.speakerName === 'I'));
  const b = en('It rained. In one emailed statement, Tom Ray stated: “The plan is dead.”');
  assert.equal(direct(b)[0]?.speakerName, 'Tom Ray');
  assert.equal(direct(b)[0]?.cueLemma, 'state');
});

test('a pronoun after an organisation as subject stays unknown; a possessive in passing is no antecedent', () => {
  const a = en('Tom Ray made the offer to the firm. Google rejected it on Monday. “We will not sell,” he said.');
  assert.equal(direct(a)[0]?.speaker, null);
  assert.notEqual(direct(a)[0]?.speakerName, 'Tom Ray');
  const b = en('Taro Okafor spoke in Ohio. Okafor, however, kept the seat in an interview on John Cole’s radio show. “We will win,” he said.');
  assert.equal(direct(b)[0]?.speakerName, 'Taro Okafor');
});

test('a plea in court is an action reported, not words', () => {
  const a = en('It rained. Tom Ray, the former lawyer of Bill Cole, pleaded guilty on Tuesday to lying to the committee.');
  assert.ok(!a.quotes.some((q) => q.cueLemma === 'plead'), JSON.stringify(a.quotes.map((q) => q.text)));
});

test('a role with its attribute phrase before the named apposition is the whole source', () => {
  const a = en('It rained. A lawyer for the two newspapers, Tom Ray, said no decision had been made about whether to appeal.');
  const q = byText(a, 'no decision');
  assert.equal(q?.speakerName, 'Tom Ray');
  assert.equal(spoken(a, q), 'A lawyer for the two newspapers, Tom Ray');
  // The "whether" inside the reported clause belongs to it, not to "said".
  assert.equal(q?.text, 'no decision had been made about whether to appeal');
});

test('a pronoun subject takes no attribute phrase before it', () => {
  const a = en('It rained. Even now at 86 she said the town had changed too much.');
  assert.equal(spoken(a, byText(a, 'town had changed')), 'she');
});

test('"Del." is a title, not a sentence end', () => {
  const a = en('“The committee is being destroyed,” said Del. Stacey Plaskett of the Virgin Islands. The vote was on Monday.');
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Stacey Plaskett');
});

test('a participle right after a name speaks for that name, not for the clause around it', () => {
  const a = en('It rained. The ad ends with footage of Ann Lee saying during the debate, “That makes me smart.”');
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Ann Lee');
  // A weekday before the participle is no name: the statement is the subject's.
  const b = en('It rained. Tom Ray issued a statement Monday saying the bill was dead.');
  assert.equal(byText(b, 'bill was dead')?.speakerName, 'Tom Ray');
});

test('a party tag with its period ("R-Fla.") is part of the subject; "he" in the next paragraph is that subject, not a name inside the quote', () => {
  const a = en('Sen. Tom Ray, R-Fla., accused Ann Lee of trying to undermine the plan.\n\n"Nothing she proposes would have stopped the flood. Governor Bill Cole is ignoring the real causes of it," he said.');
  assert.equal(byText(a, 'trying to undermine')?.speakerName, 'Tom Ray');
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Tom Ray');
});
