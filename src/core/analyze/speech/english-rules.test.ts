import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import type { ArticleAnalysis, Quote } from '../../model/analysis.js';

// English attribution rules added for PolNeAR-style attributions, on our own invented sentences.

const en = (text: string) => analyze(text, { language: 'en' });
const spoken = (a: ArticleAnalysis, q: Quote | undefined) => (q?.speakerSpan ? a.article.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null);
const content = (a: ArticleAnalysis, q: Quote | undefined) => (q ? (q.segments ?? [q]).map((p) => a.article.text.slice(p.start, p.end)).join(' … ') : null);
const byLemma = (a: ArticleAnalysis, lemma: string) => a.quotes.find((q) => q.cueLemma === lemma);
const byText = (a: ArticleAnalysis, words: string) => a.quotes.find((q) => q.text.includes(words));

test('a title in the frame does not break an interrupted quote', () => {
  const a = en('“We have a plan,” said Sen. Ann Lee, “and we will keep it.”');
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0]!.segments?.length, 2);
});

test('declining takes its infinitive; finding needs a clause', () => {
  const a = en('Tom Ray declined to comment on the lawsuit.');
  assert.equal(content(a, byLemma(a, 'decline')), 'to comment on the lawsuit');
  assert.equal(byLemma(en('Police found the stolen car near the river on Monday.'), 'find'), undefined);
  const b = en('A new survey found that most farmers back the plan.');
  assert.equal(content(b, byLemma(b, 'find')), 'that most farmers back the plan');
});

test('impressions (seem, appear) and reportative adverbs have content but no source', () => {
  const a = en('The old senator seemed unsure about the plan.');
  const q = byLemma(a, 'seem');
  assert.equal(content(a, q), 'The old senator … unsure about the plan');
  assert.equal(q?.speakerSpan, null);
  assert.equal(byLemma(en('The mayor appeared on local radio on Friday.'), 'appear'), undefined);
  const b = en('The group is reportedly spending millions on new ads.');
  assert.equal(content(b, byLemma(b, 'reportedly')), 'The group is … spending millions on new ads');
});

test('a content clause ends before the writer’s additions and another source’s report', () => {
  const a = en('She said the vote was fair, which surprised nobody in the town.');
  assert.equal(content(a, byLemma(a, 'say')), 'the vote was fair');
  const b = en('He said the plan had failed, drawing boos from the crowd.');
  assert.equal(content(b, byLemma(b, 'say')), 'the plan had failed');
  const c = en('Half of the farmers said taxes were too high and about a third said they were too low.');
  assert.deepEqual(
    c.quotes.filter((q) => q.cueLemma === 'say').map((q) => content(c, q)),
    ['taxes were too high', 'they were too low'],
  );
  const d = en('Voters said the race was close, according to early exit polls.');
  assert.equal(content(d, byLemma(d, 'say')), 'the race was close');
  const e = en('He says the new plan is working, they are not convinced.');
  assert.equal(content(e, byLemma(e, 'say')), 'the new plan is working');
});

test('a clause-opening "In [a poll]," is a source marker; "in the polls" inside a clause is not', () => {
  const a = en('In a new county poll, the mayor leads her rival by nine points.');
  const q = byLemma(a, 'in');
  assert.equal(spoken(a, q), 'a new county poll');
  assert.equal(content(a, q), 'the mayor leads her rival by nine points');
  assert.equal(byLemma(en('The mayor has climbed in the polls since March.'), 'in'), undefined);
});

test('a verb after a quote frames it: what follows is speaker or addressee, never a clause', () => {
  const a = en('“The budget is a mess,” said a longtime adviser to the mayor, who asked not to be named.');
  assert.equal(a.quotes.filter((q) => q.kind !== 'direct' && q.cueLemma === 'say').length, 0);
  // (The relative clause closing the sentence is part of the source phrase, as PolNeAR marks it.)
  assert.equal(spoken(a, a.quotes.find((q) => q.kind === 'direct')), 'a longtime adviser to the mayor, who asked not to be named');
  const b = en('“We are ready,” Lee told the local paper on Monday.');
  assert.equal(b.quotes.filter((q) => q.kind !== 'direct').length, 0);
  const c = en('“It is over,” he said, referring to the long strike at the port.');
  assert.equal(c.quotes.filter((q) => q.kind !== 'direct' && q.cueLemma === 'say').length, 0);
});

test('relative clauses and subjectless frames', () => {
  const a = en('The mayor, who said the budget was balanced, left the meeting early.');
  const q = byLemma(a, 'say');
  assert.equal(content(a, q), 'the budget was balanced');
  assert.equal(spoken(a, q), 'who');
  const b = en('When asked whether he would run, Tom Ray declined to comment.');
  const asked = byLemma(b, 'ask');
  assert.equal(content(b, asked), 'whether he would run');
  assert.equal(asked?.speakerSpan, null);
  assert.equal(content(b, byLemma(b, 'decline')), 'to comment');
  assert.equal(spoken(b, byLemma(b, 'decline')), 'Tom Ray');
});

test('verbs and nouns with a preposition', () => {
  const a = en('The senator railed against the new fuel tax.');
  assert.equal(content(a, byLemma(a, 'rail against')), 'the new fuel tax');
  const b = en('His attacks on the governor grew sharper over the summer.');
  const attack = byLemma(b, 'attack');
  assert.equal(spoken(b, attack), 'His');
  assert.equal(content(b, attack), 'the governor');
  const c = en('The union voiced strong support for the new contract.');
  assert.equal(spoken(c, byLemma(c, 'support')), 'The union');
  // No possessor, no speaking subject: an event, not an attribution.
  assert.equal(byLemma(en('The attack on the depot killed two guards.'), 'attack'), undefined);
});

test('source phrases: whole subjects, adverbs before the verb, appositions after it, infinitives', () => {
  const a = en('Aides to the governor say the plan is dead.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'Aides to the governor');
  const b = en('Ann Lee specifically criticized the plan for the harbor.');
  assert.equal(spoken(b, byLemma(b, 'criticize')), 'Ann Lee');
  const c = en('“Prices will rise,” said Dean Roe, co-director of the farm institute.');
  assert.equal(spoken(c, c.quotes[0]), 'Dean Roe, co-director of the farm institute');
  const d = en('The senator declined to say whether she would run again.');
  assert.equal(spoken(d, byLemma(d, 'say')), 'The senator');
});

test('"continued" frames a quote, and only a quote', () => {
  const a = en('“We are ready,” Lee said. “The city is safe,” she continued.');
  const q = byLemma(a, 'continue');
  assert.equal(q?.text, 'The city is safe,');
  assert.equal(spoken(a, q), 'she');
  assert.equal(byLemma(en('The company continued to grow last year.'), 'continue'), undefined);
});

test('sources: restrictive relatives, appositions with titles or without an article, and no implausible ones', () => {
  const a = en('Farmers who say the drought is getting worse want more help.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'who');
  const b = en('Mark Ray, a senior adviser to Mr. Lee, said he expected a close vote.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'Mark Ray, a senior adviser to Mr. Lee');
  const c = en('Amy Roe, deputy director of the port, said the ships were late.');
  assert.equal(spoken(c, byLemma(c, 'say')), 'Amy Roe, deputy director of the port');
  // A lone lower-case word is never a source.
  const d = en('Long opposed by the unions, the plan finally endorsed a shorter week.');
  for (const q of d.quotes) {
    const s = spoken(d, q);
    assert.ok(s === null || !/^\p{Ll}+$/u.test(s), `unexpected source ${s}`);
  }
});

test('a source phrase never runs back over a verb of its clause', () => {
  // The infinitive hangs on "took", not on the place before "to".
  const a = en('The mayor took to the radio on Sunday to accuse the council of lying.');
  assert.equal(spoken(a, byLemma(a, 'accuse')), 'The mayor');
  // A relative "that" stands for the object; the one who put it out is the verb's subject.
  const b = en('The governor released a report from the auditor last week that says the fund is empty.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'The governor');
  // A modal and a negation belong to the clause, not to the phrase before the verb.
  const c = en('Farmers may not let the banks dictate how to plant.');
  assert.ok(!/may|not/.test(spoken(c, byLemma(c, 'dictate')) ?? ''), 'no verb inside the source');
});

test('a frame after the content: its source is a group named by a lower-case noun, its content the clause before', () => {
  const a = en('The mayor was taken to the hospital on Sunday, sources said.');
  const q = byLemma(a, 'say');
  assert.equal(spoken(a, q), 'sources');
  assert.equal(content(a, q), 'The mayor was taken to the hospital on Sunday');
  const b = en('The new tax is unfair to farmers, top local officials said Friday afternoon, as they left the hall.');
  const r = byLemma(b, 'say');
  assert.equal(spoken(b, r), 'top local officials');
  assert.equal(content(b, r), 'The new tax is unfair to farmers');
});

test('the verb whose comma opens a quote frames it, not an earlier cue of the sentence', () => {
  const a = en('At the fair, a man asked for a photo and Mayor Ann Lee said, “Only if we are quick about it.”');
  const q = a.quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.cueLemma, 'say');
  assert.equal(spoken(a, q), 'Mayor Ann Lee');
  const b = en('Asked about the new budget, Tom Ray said, “We will have to wait and see.”');
  assert.equal(spoken(b, b.quotes.find((x) => x.kind === 'direct')), 'Tom Ray');
  // A pronoun is a subject of its own, never the tail of the clause before.
  const c = en('Tom Ray met the board. He hinted he would stay, saying, “I am not done yet.”');
  assert.equal(spoken(c, c.quotes.find((x) => x.kind === 'direct')), 'he');
});

test('a source after its verb keeps its party tag, apposition or relative clause; the name shown is its head', () => {
  const a = en('“The dam must be fixed,” said Rep. Ann Lee (D-Ohio), head of the farm caucus.');
  const q = a.quotes.find((x) => x.kind === 'direct');
  assert.equal(spoken(a, q), 'Rep. Ann Lee (D-Ohio), head of the farm caucus');
  assert.ok(!/head of|\(/.test(q?.speakerName ?? ''), `name ${q?.speakerName}`);
  const b = en('“We need the money,” said Tom Baker, who has four children.');
  assert.equal(spoken(b, b.quotes.find((x) => x.kind === 'direct')), 'Tom Baker, who has four children');
});

test('a source before its verb holds all its appositions and relative clauses; a participle phrase stays out', () => {
  const a = en('Tom Baker, head of the dock workers, which represents the whole port, said the strike would go on.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'Tom Baker, head of the dock workers, which represents the whole port');
  const b = en('Mary Roe, clad in red, said the vote was fair.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'Mary Roe');
  const c = en('“It is over,” said Pat Roe, a lawyer for the club, who has fought the mine for years.');
  assert.equal(spoken(c, c.quotes.find((q) => q.kind === 'direct')), 'Pat Roe, a lawyer for the club, who has fought the mine for years');
});

test('subjects with a restrictive relative clause, a participle phrase, or after a sentence adverb', () => {
  const a = en('But farm groups that have backed him say they will not wait.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'farm groups that have backed him');
  const b = en('People briefed on the talks say that the port will close.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'People briefed on the talks');
  const c = en('Yet local farmers, like their neighbours, say taxing fuel is unfair.');
  const q = byLemma(c, 'say');
  assert.equal(spoken(c, q), 'local farmers, like their neighbours');
  assert.ok(!/neighbours/.test(content(c, q) ?? ''), 'the subject is no content');
});

test('a participle after a comma hangs on the main clause’s verb, past a few quoted words, never on a verb in a subordinate clause', () => {
  const a = en('Mayor Ann Lee hailed the vote as “fantastic,” telling reporters that it was a good day.');
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Ann Lee');
  const b = en('Tom Baker didn’t seem impressed with the plan, telling reporters, “We will see.”');
  assert.equal(spoken(b, b.quotes.find((q) => q.kind === 'direct')), 'Tom Baker');
  const c = en('Ann Roe tried to explain her remark that Mayor Tom Lee favoured “rich friends,” saying she meant the donors.');
  assert.ok(c.quotes.filter((q) => q.cueLemma === 'say').every((q) => q.speakerName === 'Ann Roe'), 'the participle is Ann Roe’s');
  const d = en('Jane Cole was open about her dislike of the plan, saying farmers must unite against it.');
  assert.equal(content(d, byLemma(d, 'say')), 'farmers must unite against it');
});

test('a name in the relative clause closing a source phrase is not the speaker', () => {
  const a = en('“I can do the job,” said Ann Cole, who joins Sen. Tim Scott in the chamber.');
  assert.notEqual(a.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Tim Scott');
});

test('a frame closing the sentence reports all before it, and the report it holds ends before it', () => {
  const a = en('The city plan called for the old bridge to be closed within a week, sources said.');
  const call = a.quotes.find((q) => q.cueLemma === 'call for');
  assert.ok(call && !/sources/.test(content(a, call) ?? ''), 'the inner report ends before the frame');
  const said = byLemma(a, 'say');
  assert.equal(spoken(a, said), 'sources');
  assert.equal(content(a, said), 'The city plan called for the old bridge to be closed within a week');
});

test('whoever cites remarks is the source, not the one who made them; "quoted X as saying" is X’s', () => {
  const a = en('At the debate, Ann Lee cited harsh comments Tom Baker had made about the port as proof of his contempt.');
  assert.equal(byLemma(a, 'cite')?.speakerName, 'Ann Lee');
  const b = en('The paper quoted Tom Baker as saying the port would close.');
  assert.equal(b.quotes.find((q) => q.cueLemma === 'quote')?.speakerName, 'Tom Baker');
});

test('no verb of another clause inside a source: a relative "that", "what", a participle after an auxiliary; a present verb before a participle', () => {
  const a = en('On Sunday, the city paper published parts of his tax returns from 1995 that showed he paid nothing.');
  assert.ok(!/published/.test(spoken(a, byLemma(a, 'show')) ?? ''), 'no clause before the relative "that" in the source');
  const b = en('Many of the staff had been involved with what several lawmakers called “fraud” at the bank.');
  assert.equal(spoken(b, byLemma(b, 'call')), 'several lawmakers');
  const c = en('Mayor Ann Lee avoids criticizing the port authority in public.');
  assert.equal(spoken(c, byLemma(c, 'criticize')), 'Mayor Ann Lee');
});

test('"…, as X, doing Y, said": X is the source of what the frame covers, and the clause before "as" is no content', () => {
  const a = en('He wore a shirt with the words “I can’t breathe,” as Tom Baker, lying on the street in Ohio, said before he died.');
  const q = a.quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.speakerName, 'Tom Baker');
  assert.ok(!a.quotes.some((x) => x.kind !== 'direct' && /wore a shirt/.test(x.text)), 'the writer’s clause is nobody’s statement');
});

test('a passive’s subject never speaks: its agent does, or nobody; a closing "… have shown" frame is a source', () => {
  const a = en('The senator was widely criticized for the remark.');
  assert.ok(!a.quotes.some((q) => q.speakerName === 'The senator'), 'the criticized is not the critic');
  const b = en('The plan was criticized by the mayor on Monday.');
  assert.equal(spoken(b, byLemma(b, 'criticize')), 'the mayor');
  const c = en('Large parts of the city are divided by income, other studies have shown.');
  assert.equal(spoken(c, byLemma(c, 'show')), 'other studies');
});

test('a cue far behind a quote of a few words does not frame it: that quote is a term', () => {
  const a = en('The mayor attacked an ad by a “citizens group” set up by people who want to stop the new port.');
  assert.ok(!a.quotes.some((q) => q.kind === 'direct' && q.speakerName === 'who'), 'no speech of "who"');
  const b = en('“We will win,” said Ann Lee on Monday.');
  assert.equal(b.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Ann Lee');
});

test('a quote without a frame does not take the previous speaker across a sentence about someone else', () => {
  const a = en('Mr. Baker has no tie to the group, and he has denounced the ad. But Mr. Lee has continued to express disbelief. After threatening to “spill the beans” on the wife of his rival, he retweeted a post.');
  const denounced = byLemma(a, 'denounce');
  assert.ok(!a.quotes.some((q) => q.kind === 'direct' && q.speakerSpan !== null && q.speakerSpan === denounced?.speakerSpan), 'not the words of whoever denounced the ad');
});

test('"the governor" with two governors named is the one the sentences before are about, else unknown', () => {
  const a = en('Gov. Ann Lee signed the bill on Monday. In Ohio, Gov. Tom Baker had vowed to fix a similar law. Lee said the country is split. But she cited a gap between old and young. As evidence, the governor said even her own son had signed a petition.');
  const q = a.quotes.find((x) => x.text.includes('own son'));
  assert.equal(q?.speakerName, 'Ann Lee');
});

test('"…, said X, a title of Y." closes the sentence: X speaks the clause before the comma, and X is no content', () => {
  const a = en('The port will close for a week in May, said Tom Baker, a senior official with the harbor board.');
  const q = byLemma(a, 'say');
  assert.equal(spoken(a, q), 'Tom Baker, a senior official with the harbor board');
  assert.equal(content(a, q), 'The port will close for a week in May');
});

test('"X say Y, according to a poll": the closing marker reports the whole clause, the report inside it too', () => {
  const a = en('Most farmers say they want lower taxes, even if it means fewer roads, according to a new county poll released Thursday.');
  assert.ok(byLemma(a, 'say'), 'the farmers’ report');
  const poll = a.quotes.find((q) => q.cueLemma === 'according to');
  assert.match(spoken(a, poll) ?? '', /county poll/);
});

test('"as X condemned the shooting" is no frame of the clause before it; a dash typed as "--" ends a clause', () => {
  const a = en('The vote went ahead on Sunday, as the mayors condemned the shooting in the capital -- and Tom Ray left the hall.');
  const q = byLemma(a, 'condemn');
  assert.notEqual(content(a, q), 'The vote went ahead on Sunday');
  assert.equal(content(a, q), 'the shooting in the capital');
  const b = en('The plan is dead, as the mayor said on Monday.');
  assert.equal(content(b, byLemma(b, 'say')), 'The plan is dead');
});

test('"…, sources told Fox News." reports the clause before; the addressee is not what was said', () => {
  const a = en('The gunman fled the scene on foot, police sources told the Daily Herald on Sunday.');
  assert.equal(content(a, byLemma(a, 'tell')), 'The gunman fled the scene on foot');
  const b = en('Police told reporters the gunman had fled on foot.');
  assert.equal(content(b, byLemma(b, 'tell')), 'the gunman had fled on foot');
});

test('a verb with a particle after a comma is not inverted, and with its object after it frames no clause before', () => {
  const a = en('Tom Ray was planning to give a speech in Dover on Monday, focused on the Lee family.');
  const q = byLemma(a, 'focus on');
  assert.notEqual(q?.speakerName, 'Lee');
  assert.ok(!/^Tom Ray was planning/.test(content(a, q) ?? ''), content(a, q) ?? '');
});

test('a subject phrase never reaches back over a modal and its verb ("would extend to gun shows")', () => {
  const a = en('The new rules would extend to gun shows and private sales, with "limited" exemptions for families.');
  for (const q of a.quotes) assert.ok(!/extend/.test(q.speakerName ?? ''), q.speakerName ?? '');
});

test('names joined by a slash are one source ("a Daily Herald/KTV poll")', () => {
  const a = en('The mayor leads by four points, according to a Daily Herald/KTV News poll released last week.');
  assert.equal(spoken(a, byLemma(a, 'according to')), 'a Daily Herald/KTV News poll released last week');
  assert.equal(content(a, byLemma(a, 'according to')), 'The mayor leads by four points');
  const b = en('A Daily Herald/KTV News poll released last week found that the mayor leads.');
  assert.match(spoken(b, byLemma(b, 'find')) ?? '', /^A Daily Herald\/KTV News poll/);
});

test('two phrases joined by "and" from the clause start are one source; ", including …," is an apposition', () => {
  const a = en('The Daily Herald and the Gannett newspaper chain said they would appeal the ruling.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'The Daily Herald and the Gannett newspaper chain');
  const b = en('Other major unions, including the teachers and the nurses, said they back the plan.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'Other major unions, including the teachers and the nurses');
  // A clause of its own before "and" keeps its subject apart.
  const c = en('A man asked for a photo and Ann Lee said the plan was dead.');
  assert.equal(spoken(c, byLemma(c, 'say')), 'Ann Lee');
});

test('a phrase after a preposition that opens the clause is an adverbial, never the subject', () => {
  const a = en('In a preview clip for Ann Lee’s upcoming Apple Radio show The Hour, Lee sings an old song to the mayor.');
  for (const q of a.quotes) assert.ok(!/preview clip/.test(spoken(a, q) ?? ''), spoken(a, q) ?? '');
});

test('a subject after "Even", with a year before its verb, after a date in a name, or carrying a participle phrase', () => {
  const a = en('The agency said the test was deplorable. Even Norway, Sweden’s closest partner and its largest market, said it was “deeply opposed” to the plan.');
  assert.match(spoken(a, byText(a, 'deeply opposed')) ?? '', /^Norway/);
  const b = en('He met the party leader, who in 2010 said the most important goal was to win.');
  assert.equal(spoken(b, byText(b, 'important goal')), 'who');
  const c = en('Ann Lee in 2010 said the most important goal was to win.');
  assert.equal(byText(c, 'important goal')?.speakerName, 'Ann Lee');
  const d = en('“The reasons for the veto do not hold,” said 9/11 widow Ann Lee.');
  assert.equal(spoken(d, byText(d, 'do not hold')), '9/11 widow Ann Lee');
  const e = en('Officials said the curfew would hold. Marchers walking through the old town chanted “What curfew?” and kept going.');
  assert.equal(spoken(e, byText(e, 'What curfew')), 'Marchers');
  const f = en('The plan was not complete, and human rights groups warned that the army kept its power.');
  assert.equal(spoken(f, byText(f, 'army kept')), 'human rights groups');
});

test('a place acting as the subject of its clause keeps the previous speaker from its quote; a document "reads"', () => {
  const a = en('Foreign Minister Ann Lee said the test was a provocation. Norway compared the regime to “a rogue state in the region.”');
  assert.notEqual(byText(a, 'rogue state')?.speakerName, 'Ann Lee');
  const b = en('Foreign Minister Ann Lee said the test was a provocation. Norway branded the regime “a rogue state in the region.”');
  assert.equal(byText(b, 'rogue state')?.speakerName, 'Norway');
  const c = en('Parents wrote to the board last week. “We see schools offering hope to our families,” the letter reads.');
  assert.equal(spoken(c, byText(c, 'offering hope')), 'the letter');
});

test('an English verb whose subject word order cannot find leaves the speaker unknown, not the last speaker', () => {
  const a = en('Ann Lee said the vote was fair. In the weeks since, amid all the protests, said that the count was wrong.');
  assert.equal(byText(a, 'count was wrong')?.speakerName ?? null, null);
});

test('"…, said one source in the room." reports the clause before; a clause before the last comma is no subject', () => {
  const a = en('The meeting went badly, said one source in the room.');
  assert.equal(content(a, byLemma(a, 'say')), 'The meeting went badly');
  assert.equal(spoken(a, byLemma(a, 'say')), 'one source in the room');
  const b = en('The talks went badly, and the meeting fell apart from there, said one source in the room.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'one source in the room');
  const c = en('Fellow Republicans are urging the mayor to run again.');
  assert.equal(spoken(c, byLemma(c, 'urge')), 'Fellow Republicans');
});

test('subjects with two appositions, a coordinated role, attributes joined by "and", after a relative "that"; a verb in a "where" clause is not the main one', () => {
  const a = en('Ann Lee, the foreign minister of Norway, a founding member of the council, said the test was a provocation.');
  assert.match(spoken(a, byLemma(a, 'say')) ?? '', /^Ann Lee, the foreign minister/);
  const b = en('After the vote, the foreign minister, a member of the cabinet, said the test was a provocation.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'the foreign minister, a member of the cabinet');
  const c = en('The former first lady and U.S. senator said it was a mistake to use the account.');
  assert.equal(spoken(c, byLemma(c, 'say')), 'The former first lady and U.S. senator');
  const d = en('Political observers in Ohio and around the country say Tom Ray deserves the seat.');
  assert.equal(spoken(d, byLemma(d, 'say')), 'Political observers in Ohio and around the country');
  const e = en('Five people were hurt tonight in a crowded street by a blast that Mayor Bill Lee described as “an intentional act.”');
  assert.equal(spoken(e, byText(e, 'intentional act')), 'Mayor Bill Lee');
  const f = en('Small groups of marchers kept calling for the tapes, looping the streets around the arena - where the Ohio Lions played the Texas Bulls - while chanting, “Hands up, do not shoot.”');
  assert.equal(spoken(f, byText(f, 'Hands up')), 'Small groups of marchers');
  const g = en('In announcing the pick, the Flight Crew Union called Ann Lee a “champion” for its members.');
  assert.equal(g.quotes.find((q) => q.kind === 'direct')?.cueLemma, 'call');
});

test('an opening adverbial that runs into the subject is cut at the person named last; a spokeswoman for someone stays whole', () => {
  const a = en('In a March meeting with the editorial board of the New York Times Ann Lee said that the plan may need to change.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'Ann Lee');
  const b = en('A spokeswoman for Ann Lee said that the plan may need to change.');
  assert.equal(spoken(b, byLemma(b, 'say')), 'A spokeswoman for Ann Lee');
});

test('subjects past "-ly" nouns, "has long", a floating "all", a capitalised name word and a time adverbial; lists of names; indefinite and relative sources', () => {
  const a = en('Relatives watched the video on Thursday, lawyers for the family said.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'lawyers for the family');
  const b = en('Tom Ray has long said that he qualifies for the seat.');
  assert.equal(byLemma(b, 'say')?.speakerName, 'Tom Ray');
  const c = en('Sens. Ann Lee (D-Ore.), Tom Ray (D-Ohio) and Bill Cole (D-N.J.) all suggested that the claims could be grounds for a case.');
  assert.equal(spoken(c, byLemma(c, 'suggest')), 'Sens. Ann Lee (D-Ore.), Tom Ray (D-Ohio) and Bill Cole (D-N.J.)');
  const d = en('A reporter for USA Today spotted Ann Lee and reported her presence on Twitter.');
  assert.equal(spoken(d, byLemma(d, 'report')), 'A reporter for USA Today');
  const e = en('The Security Council on Friday made a strong condemnation of the test and pledged to impose further sanctions.');
  assert.equal(spoken(e, byLemma(e, 'pledge')), 'The Security Council');
  const f = en('Then someone asked how the mayor could win young voters.');
  assert.equal(spoken(f, byLemma(f, 'ask')), 'someone');
  const g = en('Tom Ray has said about 20 people have shown an interest in the seat.');
  assert.equal(content(g, byLemma(g, 'say')), 'about 20 people have shown an interest in the seat');
  const h = en('Marchers gathered near the stadium, who have taken to the streets and called for the tapes to be released.');
  assert.equal(spoken(h, byText(h, 'tapes to be released')), 'who');
  const i = en('Prime Minister Theresa May on Monday said that the country would leave the market.');
  assert.equal(spoken(i, byLemma(i, 'say')), 'Prime Minister Theresa May');
});

test('"it" as a source stands for the organisation named just before, else stays unknown', () => {
  const a = en('The New York Times wrote about the deal in 1990. “The builder has erased his debt,” it added.');
  assert.equal(byText(a, 'erased his debt')?.speakerName, 'New York Times');
  assert.equal(spoken(a, byText(a, 'erased his debt')), 'it');
  const b = en('The builder left town in 1990. “He has erased his debt,” it added.');
  assert.equal(byText(b, 'erased his debt')?.speakerName ?? null, null);
});

test('a quote closing with a comma, then a short subject and the verb that ends the sentence, is framed there', () => {
  const a = en('The four “loopholes” he cited are “the ability to use losses to offset other income,” The Daily Herald reported.');
  assert.equal(spoken(a, byText(a, 'offset other income')), 'The Daily Herald');
});

test('a verb with a particle inside an opening "before …" clause frames neither the main clause nor its quote', () => {
  const a = en('After early reports of the blast, but before city officials had weighed in with any account, Republican nominee Tom Ray said at an event in Ohio that “a bomb” had gone off.');
  assert.equal(spoken(a, a.quotes.find((q) => q.kind === 'direct')), 'Republican nominee Tom Ray');
});

test('"Everything X says": the pronoun before the name is no part of the source', () => {
  const a = en('We do not care. Everything Tom Ray says is a lie unless proven otherwise.');
  assert.equal(spoken(a, byLemma(a, 'say')), 'Tom Ray');
});

test('"the mother of three replied" is a verb after a number ending a phrase; an opening subject keeps its apposition', () => {
  const a = en('When asked why the plan leaves out fathers, the 34-year-old mother of three replied, “It is meant to help every family.”');
  assert.equal(spoken(a, byText(a, 'help every family')), 'the 34-year-old mother of three');
  const b = en('There was one reported case in the city.');
  assert.ok(!b.quotes.some((q) => q.cueLemma === 'report'), 'a participle before a noun is an adjective');
  const c = en('Tom Ray, a medical doctor, then appeared on the radio on Tuesday and began by saying he would never do that.');
  assert.equal(spoken(c, byText(c, 'never do that')), 'Tom Ray, a medical doctor');
});

test('"As X talked about Y, Z highlighted …": a verb with its object in an adverbial clause frames nothing after its comma; a year before the subject is no part of it', () => {
  const a = en('As Ann Lee talked about bringing towns together, Tom Ray highlighted his message that the country needs law and order.');
  assert.equal(content(a, byLemma(a, 'talk about')), 'bringing towns together');
  assert.equal(byLemma(a, 'highlight')?.speakerName, 'Tom Ray');
  const b = en('As Ann Lee pointed out with a chart, the gap between the two is vast.');
  assert.equal(content(b, byLemma(b, 'point out')), 'the gap between the two is vast');
  const c = en('She has done nothing wrong. I hope in 2017 America says, “Thank you for your service.”');
  assert.equal(spoken(c, byText(c, 'Thank you')), 'America');
});

test('"X, who served …, said Clinton reached out …": a name with its own past verb after "said" opens the content', () => {
  const a = en('Tom Ray, who served as ambassador to Norway from 2012 until earlier this year, said Ann Lee reached out to him during her first year in office.');
  assert.equal(content(a, byLemma(a, 'say')), 'Ann Lee reached out to him during her first year in office');
  assert.match(spoken(a, byLemma(a, 'say')) ?? '', /^Tom Ray, who served/);
});

test('"said X, an economist who …, a conservative, pro-growth group.": a long apposition to the sentence end belongs to the source', () => {
  const a = en('“This is not reform,” said Tom Ray, an economist who served as director of the Budget Office and is now president of the Action Forum, a conservative, pro-growth advocacy group.');
  assert.match(spoken(a, byText(a, 'not reform')) ?? '', /^Tom Ray, an economist .* advocacy group$/);
});
