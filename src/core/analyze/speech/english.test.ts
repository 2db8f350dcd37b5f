import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import type { ArticleAnalysis, Quote } from '../../model/analysis.js';

// English attribution constructions, on our own sentences.

const en = (text: string) => analyze(text, { language: 'en' });
const spoken = (a: ArticleAnalysis, q: Quote | undefined) => (q?.speakerSpan ? a.article.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null);
const content = (a: ArticleAnalysis, q: Quote | undefined) => (q ? (q.segments ?? [q]).map((p) => a.article.text.slice(p.start, p.end)).join(' … ') : null);

test('"according to" takes the whole source phrase, and the content is the rest of the clause', () => {
  const a = en('According to a new survey of farmers in Ohio, most of them plan to vote early.');
  const q = a.quotes.find((x) => x.form === 'marker');
  assert.equal(spoken(a, q), 'a new survey of farmers in Ohio');
  assert.equal(content(a, q), 'most of them plan to vote early');
  const b = en('The bridge will stay closed until May, according to state transportation officials.');
  const r = b.quotes.find((x) => x.form === 'marker');
  assert.equal(spoken(b, r), 'state transportation officials');
  assert.equal(content(b, r), 'The bridge will stay closed until May');
});

test('doubled apostrophes are quote marks', () => {
  const a = en("''We will not give up,'' said Mayor Ann Lee. Then she left.");
  const q = a.quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.text, 'We will not give up,');
  assert.match(spoken(a, q) ?? '', /Ann Lee/);
});

test('a content clause stops before a coordinated clause of the writer', () => {
  const a = en('Most farmers said they were worried about the harvest, but the minister did not answer.');
  const q = a.quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.text, 'they were worried about the harvest');
  const b = en('She said that rents were rising, and that wages were not.');
  assert.equal(b.quotes.find((x) => x.kind === 'indirect')?.text, 'that rents were rising, and that wages were not');
});

test('intentions and endorsements: the verb takes its object as content', () => {
  const a = en('The senator wants to run for governor next year.');
  const q = a.quotes.find((x) => x.cueLemma === 'want');
  assert.equal(content(a, q), 'to run for governor next year');
  assert.equal(spoken(a, q), 'The senator');
  const b = en('The former mayor endorsed Jane Roe on Tuesday.');
  const r = b.quotes.find((x) => x.cueLemma === 'endorse');
  assert.equal(content(b, r), 'Jane Roe on Tuesday');
  assert.equal(spoken(b, r), 'The former mayor');
});

test('source phrases: party tags, role words between names, a closing apposition', () => {
  const a = en('Gov. Ann Lee (D-Ohio) said the budget was balanced.');
  assert.equal(spoken(a, a.quotes[0]), 'Gov. Ann Lee (D-Ohio)');
  const b = en('“We need more buses,” said Ohio delegate Ben Carter.');
  assert.equal(spoken(b, b.quotes[0]), 'Ohio delegate Ben Carter');
  const c = en('“The plan is late,” said Tom Ray, a planner at the city office.');
  assert.equal(spoken(c, c.quotes[0]), 'Tom Ray, a planner at the city office');
  const d = en('Tom Ray, clad in a red coat, said the plan was late.');
  assert.equal(spoken(d, d.quotes[0]), 'Tom Ray');
});

test('proportions are sources, a sentence-opening conjunction is not', () => {
  const a = en('Six in 10 say the economy is getting worse.');
  assert.equal(spoken(a, a.quotes[0]), 'Six in 10');
  const b = en('About half of the voters said the debate changed nothing.');
  assert.equal(spoken(b, b.quotes[0]), 'About half of the voters');
  const c = en('But Ray says the road is safe.');
  assert.equal(spoken(c, c.quotes[0]), 'Ray');
});

test('a headline colon gives the statement to the name before it', () => {
  const a = en('Senator Jane Roe: Budget Cuts Will Hurt Rural Schools\n\nThe senator spoke on Monday.');
  const q = a.quotes.find((x) => x.cue === ':');
  assert.equal(spoken(a, q), 'Senator Jane Roe');
  assert.equal(content(a, q), 'Budget Cuts Will Hurt Rural Schools');
  const b = en('The plan has three parts: roads, schools and parks.');
  assert.equal(b.quotes.find((x) => x.cue === ':'), undefined);
});

test('a comma far from the verb does not open its content; the next act ends it', () => {
  const a = en('Sen. Ann Lee refused to back the plan of Tom Ray, a rival from the north.');
  const q = a.quotes.find((x) => x.cueLemma === 'refuse');
  assert.equal(content(a, q), 'to back the plan of Tom Ray');
  const b = en('Lee said the plan was too costly and did not say what she would cut.');
  assert.equal(b.quotes.find((x) => x.cueLemma === 'say')?.text, 'the plan was too costly');
});

test('a participle frame after a comma speaks for the main clause subject', () => {
  const a = en('Sen. Ann Lee hit back on Monday, saying the report was false.');
  const q = a.quotes.find((x) => x.cueLemma === 'say');
  assert.equal(q?.text, 'the report was false');
  assert.equal(spoken(a, q), 'Sen. Ann Lee');
  const b = en('The billionaire businessman responded angrily, saying the plan was a joke.');
  assert.equal(spoken(b, b.quotes.find((x) => x.cueLemma === 'say')), 'The billionaire businessman');
});
