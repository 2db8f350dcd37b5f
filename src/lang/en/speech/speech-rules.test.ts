import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import { getPack } from '../../index.js';
import { speechBefore } from '../../../core/analyze/speech/passes/harness.js';

// The English pack's speech rules and passes, each on its own invented sentence.
const en = getPack('en')!;
const added = (text: string, pass: string) => {
  const { ctx, run } = speechBefore(analyze(text, { language: 'en' }), en, pass);
  const before = ctx.quotes.length;
  run();
  return ctx.quotes.slice(before);
};

test('the pack declares subject–verb–object order and its own passes', () => {
  assert.equal(en.speechRules?.wordOrder, 'subject-verb-object');
  assert.deepEqual(en.speechRules?.passes?.map((p) => `${p.name}<${p.after}`), ['headline-colons<indirect', 'impressions<indirect', 'noun-cues<indirect', 'source-check<issuers']);
});

test('"In [a poll], …" and a verb that frames only a quote are cues', () => {
  const s = analyze('In a new county poll, the mayor leads by nine points.', { language: 'en' }).sentences[0]!;
  assert.deepEqual(en.speechRules?.cues?.(s, en, () => false, new Set()).map((c) => `${c.lemma}:${c.kind}`), ['in:marker']);
  const t = analyze('The company continued to grow in May.', { language: 'en' }).sentences[0]!;
  assert.deepEqual(en.speechRules?.cues?.(t, en, () => false, new Set()), []);
});

test('a headline colon gives the statement to the name before it', () => {
  const [q] = added('Senator Ann Roe: Budget Cuts Will Hurt Schools\n\nThe vote is on Monday, Senator Ann Roe said.', 'headline-colons');
  assert.equal(q?.speakerName, 'Senator Ann Roe');
  assert.equal(q?.cueLemma, ':');
});

test('impressions and noun cues are reported quotes', () => {
  const [seem] = added('The old senator seemed unsure about the plan.', 'impressions');
  assert.equal(seem?.cueLemma, 'seem');
  assert.equal(seem?.speakerSpan, null);
  const [attack] = added('His attacks on the governor grew sharper over the summer.', 'noun-cues');
  assert.equal(attack?.cueLemma, 'attack');
  assert.equal(attack?.speakerName, 'His');
});

test('a source that is the content itself is dropped', () => {
  const { ctx, run } = speechBefore(analyze('It rained. Long said the plan was dead.', { language: 'en' }), en, 'source-check');
  const q = ctx.quotes[0]!;
  Object.assign(q, { speakerName: 'x', speakerSpan: { start: q.start, end: q.start + 3 } });
  run();
  assert.equal(q.speakerSpan, null);
});

test('a named colon source takes over what other cues read inside its statement; a capital label is a transcript turn', () => {
  const a = analyze('Ann Lee: I Fear the Cuts Will Hurt Schools\n\nThe vote is on Monday, Ann Lee said.', { language: 'en' });
  const head = a.quotes.filter((q) => q.sentence === 0);
  assert.deepEqual(head.map((q) => `${q.cueLemma} ${q.speakerName}`), [': Ann Lee']);
  const b = analyze('The debate went on for an hour.\n\nMILLER: Well, I think the town needs a new school.\n\nROSS: We have no money for it.', { language: 'en' });
  const turn = b.quotes.filter((q) => q.sentence === 1);
  assert.deepEqual(turn.map((q) => `${q.cueLemma} ${q.speakerName}`), [': MILLER']);
  // Turns of a transcript quoted over several paragraphs each open with a quote mark.
  const t = analyze('A partial transcript follows.\n\n"MILLER: Well, I think the town needs a new school.\n\n"ROSS: We have no money for it at all.', { language: 'en' });
  assert.deepEqual(
    t.quotes.filter((q) => q.cueLemma === ':').map((q) => q.speakerName),
    ['MILLER', 'ROSS'],
  );
  // A word that names nobody does not take over a sentence that reports someone's words.
  const c = analyze('Analysis: Lee said the plan would fail.\n\nThe vote is on Monday.', { language: 'en' });
  assert.ok(!c.quotes.some((q) => q.cueLemma === ':'), 'no colon attribution to "Analysis"');
});

test('a run-in heading before a colon names nobody; a word in capitals is no cue', () => {
  const a = analyze('The report came out on Monday.\n\nLittle Relief for Farmers: The drought is the sort of crisis the new fund was made for.', { language: 'en' });
  assert.ok(!a.quotes.some((q) => q.cueLemma === ':'), 'no statement of "Little Relief for Farmers"');
  const b = analyze('The report came out on Monday. A single label is no transcript.\n\nCORRECTION: An earlier version gave the wrong date.', { language: 'en' });
  assert.ok(!b.quotes.some((q) => q.cueLemma === ':'), 'no statement of "CORRECTION"');
  const c = analyze('HIS OWN DOCTORS CLAIM THE DIET IS FAKE — For years, the host has faced charges of quackery.', { language: 'en' });
  assert.ok(!c.quotes.some((q) => q.cueLemma === 'claim'), 'no cue in a heading in capitals');
});

test('"citing" something that names no source reports nothing; citing people or a report does', () => {
  const a = analyze('“The city has changed for the better,” Ann Lee said in June, citing the opening of the new port.', { language: 'en' });
  assert.ok(!a.quotes.some((q) => q.cueLemma === 'citing'), 'the opening of a port is no source');
  // (A name after the head does not make it one: what is cited is the arrest.)
  const n = analyze('The city “is much safer now,” Ann Lee said in May 2013, citing the arrest of armed gangs and Tom Roe’s election.', { language: 'en' });
  assert.ok(!n.quotes.some((q) => q.cueLemma === 'citing'), 'the arrest of gangs is no source');
  const w = analyze('The union called her a “champion” for its members, citing her work after the Sept. 11 attacks.', { language: 'en' });
  assert.ok(!w.quotes.some((q) => q.cueLemma === 'citing'), 'her work after a date is no source');
  const s = analyze('The toll rose to 40, citing sources familiar with the matter.', { language: 'en' });
  assert.ok(s.quotes.some((q) => q.cueLemma === 'citing'), 'sources are a source');
  const b = analyze('The toll rose to 40, citing a police report.', { language: 'en' });
  assert.ok(b.quotes.some((q) => q.cueLemma === 'citing'));
});

test('a noun-like "-s" form is a cue after a subject and before "that", not after a determiner or a modifier', () => {
  const cues = (text: string) => en.speechRules?.cues?.(analyze(text, { language: 'en' }).sentences[0]!, en, () => false, new Set()).map((c) => c.lemma) ?? [];
  assert.deepEqual(cues('The Daily Mail reports that the mayor left early.'), ['report']);
  assert.deepEqual(cues('The study estimates that ten schools will close.'), ['estimate']);
  assert.deepEqual(cues('The reports that the mayor left early were wrong.'), []);
  assert.deepEqual(cues('Media reports that the mayor left early were wrong.'), []);
  assert.deepEqual(cues('His demands that the mayor leave were ignored.'), []);
});

test('"put it" reports words only in a clause opened by "as"', () => {
  const a = analyze('The fund is a lawful source of income, as a Treasury memo put it. As Ms. Lee put it in a statement, the plan is dead.', { language: 'en' });
  assert.deepEqual(
    a.quotes.filter((q) => q.cueLemma === 'put it').map((q) => `${q.speakerName}: ${q.text}`),
    ['a Treasury memo: The fund is a lawful source of income', 'Ms. Lee: the plan is dead'],
  );
  const b = analyze('He put it on the table and said nothing more about the plan.', { language: 'en' });
  assert.ok(!b.quotes.some((q) => q.cueLemma === 'put it'));
  // Past an apposition; but not past a clause of its own.
  const c = analyze('As Tom Ray, a tax lawyer and fellow at the institute, recently put it, the plan is a mess.', { language: 'en' });
  assert.equal(c.quotes.find((q) => q.cueLemma === 'put it')?.text, 'the plan is a mess');
  const d = analyze('He was late, as usual, and put it on the table.', { language: 'en' });
  assert.ok(!d.quotes.some((q) => q.cueLemma === 'put it'));
});

test('a noun-like "-s" form before a colon opens what the subject reports', () => {
  const a = analyze('The Daily Herald reports: “Donors gave less than in any year before.”', { language: 'en' });
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speakerName, 'The Daily Herald');
});

test('a source that is a piece of a clause, not a phrase, is dropped', () => {
  for (const piece of ['been dogged by charges', 'the financial help of', 'throughout this election', 'let editorials']) {
    const text = `It rained. The mayor, ${piece} here, said the plan was dead.`;
    const { ctx, run } = speechBefore(analyze(text, { language: 'en' }), en, 'source-check');
    const q = ctx.quotes.find((x) => x.text.includes('plan was dead'))!;
    const at = text.indexOf(piece);
    Object.assign(q, { speakerName: piece, speakerSpan: { start: at, end: at + piece.length } });
    run();
    assert.equal(q.speakerSpan, null, piece);
  }
});

test('a possessive source of a noun cue is the person named before it, as "he" would be', () => {
  const a = analyze('Tom Ray spoke in Ohio on Monday. His attacks on the governor grew sharper over the summer.', { language: 'en' });
  assert.equal(a.quotes.find((q) => q.cueLemma === 'attack')?.speakerName, 'Tom Ray');
});

test('a source that is a piece of a clause but holds the speaker keeps the speaker, with the name as its span', () => {
  const text = 'It rained. It was during a stop in Ohio that Tom Ray described the plan as “a phony theology.”';
  const { ctx, run } = speechBefore(analyze(text, { language: 'en' }), en, 'source-check');
  const q = ctx.quotes.find((x) => x.kind === 'direct')!;
  const at = text.indexOf('during');
  const name = text.indexOf('Tom Ray');
  const m = ctx.mentions.find((x) => x.start === name)!;
  Object.assign(q, { speaker: m.entity, speakerName: 'Tom Ray', speakerSpan: { start: at, end: name + 7 } });
  run();
  assert.equal(q.speakerName, 'Tom Ray');
  assert.deepEqual(q.speakerSpan, { start: name, end: name + 7 });
});
