import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleAnalysis } from '../model/analysis.js';
import type { Fact, FactStatus, ReportQuote, Statement } from '../model/report.js';
import { readInput } from '../../ingest/read-input.js';
import { compareInputs } from '../../pipeline.js';
import { headlineOrLead, makeBrief, namesSpeaker, quotedShare, usableStatement } from './brief.js';

/** An analysed article with just what the brief reads: sentences (the first a headline when asked), outlet, no markers. */
function article(id: string, outlet: string, sentences: string[], { headline = true } = {}): ArticleAnalysis {
  let at = 0;
  const text = sentences.join('\n\n');
  return {
    article: {
      id,
      source: `${id}.txt`,
      title: headline ? (sentences[0] ?? null) : null,
      outlet,
      url: null,
      author: null,
      published: null,
      language: 'de',
      text,
      bodyStart: 0,
      provenance: {},
    },
    languageSupported: true,
    sentences: sentences.map((s, index) => {
      const start = at;
      at += s.length + 2;
      return { index, paragraph: index, text: s, headline: headline && index === 0, start, end: start + s.length, tokens: [] };
    }),
    quantities: [],
    times: [],
    entities: [],
    mentions: [],
    quotes: [],
    attributions: [],
    hedges: [],
    labels: [],
    loaded: [],
    warnings: [],
  };
}

function statement(a: ArticleAnalysis, sentence: number): Statement {
  const s = a.sentences[sentence]!;
  return { article: a.article.id, sentence, text: s.text, start: s.start, end: s.end, clause: false };
}

let nextId = 0;
function fact(status: FactStatus, parts: [ArticleAnalysis, number][], { firm = true, confidence = 0.9 } = {}): Fact {
  const statements = parts.map(([a, i]) => statement(a, i));
  const articles = [...new Set(statements.map((s) => s.article))];
  const outlets = [...new Set(parts.map(([a]) => a.article.outlet))];
  return { id: `f${++nextId}`, status, articles, outlets, statements, conflicts: [], confidence, firm, possiblyAlso: [] };
}

function quote(a: ArticleAnalysis, sentence: number, text: string, speakerName: string | null, kind: ReportQuote['kind'] = 'direct'): ReportQuote {
  const s = a.sentences[sentence]!;
  const at = s.text.indexOf(text);
  assert.ok(at >= 0, `${text} is in sentence ${sentence}`);
  return {
    id: `q${++nextId}`,
    article: a.article.id,
    sentence,
    start: s.start + at,
    end: s.start + at + text.length,
    speaker: null,
    speakerName,
    text,
    kind,
    cue: 'sagte',
    stance: 'neutral',
    group: null,
  };
}

const byId = (...list: ArticleAnalysis[]) => new Map(list.map((a) => [a.article.id, a]));

// Three outlets on one flood. Sentence 0 is the headline, 1 and 2 the lead, later ones details.
const A = article('a', 'Rundschau', [
  'Hochwasser in Passau: zwei Tote',
  'In Passau sind beim Hochwasser zwei Menschen gestorben.',
  'Die Donau erreichte einen Pegel von 11,2 Metern.',
  'Die Bundeswehr schickte 300 Soldaten.',
  '„Wir haben die Altstadt rechtzeitig geräumt“, sagte Oberbürgermeister Jürgen Dupper.',
  '„Wir haben alles im Griff“, hieß es aus dem Rathaus.',
  'Etwa 4.000 Haushalte hatten keinen Strom.',
]);
const B = article('b', 'Tagesbote', [
  'Zwei Tote bei Hochwasser in Passau',
  'Das Hochwasser in Passau hat zwei Menschen das Leben gekostet.',
  'Der Pegel der Donau stieg auf 11,2 Meter.',
  '300 Soldaten der Bundeswehr helfen der Feuerwehr.',
  '„Wir haben die Altstadt rechtzeitig geräumt“, sagte er.',
  'Das Rathaus erklärte, man habe alles im Griff.',
  'Rund 4.000 Haushalte waren ohne Strom.',
]);
const C = article('c', 'Abendpost', [
  'Passau kämpft gegen die Flut',
  'Die Donau stieg in Passau auf 11,2 Meter.',
  'Die Stadt meldete zwei Tote.',
  'Die Bundeswehr ist mit 300 Soldaten im Einsatz.',
  'Die Altstadt sei rechtzeitig geräumt worden, sagte Dupper.',
  '„Alles im Griff“, so das Rathaus.',
  'Viertausend Haushalte hatten keinen Strom.',
]);
const articles = byId(A, B, C);

describe('makeBrief', () => {
  it('uses firm shared facts only', () => {
    const firm = fact('shared', [[A, 2], [B, 2], [C, 1]]);
    const tentative = fact('shared', [[A, 3], [B, 3], [C, 3]], { firm: false, confidence: 0.55 });
    const conflict = fact('conflict', [[A, 1], [B, 1], [C, 2]]);
    const exclusive = fact('exclusive', [[A, 6]]);
    const uncertain = fact('uncertain', [[B, 6]], { firm: false, confidence: 0.4 });
    const brief = makeBrief({ facts: [firm, tentative, conflict, exclusive, uncertain], byArticle: articles, quotes: [] }, 6);
    assert.deepEqual(
      brief.map((b) => b.facts),
      [[firm.id]],
    );
  });

  it('opens with the main event: of the facts in a headline or lead, the one most outlets state', () => {
    // The army (three outlets) is a later detail everywhere; the toll (two outlets) and the level (three) are in leads.
    const army = fact('shared', [[A, 3], [B, 3], [C, 3]], { confidence: 0.99 });
    const toll = fact('shared', [[A, 1], [B, 1]]);
    const level = fact('shared', [[A, 2], [B, 2], [C, 1]], { confidence: 0.7 });
    const power = fact('shared', [[A, 6], [B, 6]]);
    const brief = makeBrief({ facts: [toll, level, army, power], byArticle: articles, quotes: [] }, 6);
    assert.equal(brief[0]!.facts[0], level.id, 'the lead fact of most outlets opens');
    assert.deepEqual(
      brief.slice(1).map((b) => b.facts[0]),
      [toll.id, army.id, power.id],
      'the rest in story order',
    );
  });

  it('counts a headline as the lead but never uses a headline as a sentence', () => {
    // Stated in C's headline only among leads; the body sentences are later details.
    const flood = fact('shared', [[C, 0], [A, 6], [B, 6]]);
    const other = fact('shared', [[A, 3], [B, 3], [C, 3]]);
    const brief = makeBrief({ facts: [other, flood], byArticle: articles, quotes: [] }, 6);
    assert.equal(brief[0]!.facts[0], flood.id);
    assert.notEqual(brief[0]!.text, C.sentences[0]!.text);
    assert.equal(headlineOrLead(statement(C, 0), C), true);
    assert.equal(headlineOrLead(statement(A, 2), A), true);
    assert.equal(headlineOrLead(statement(A, 3), A), false);
    // A fact told only in headlines has nothing the brief can say.
    const headlines = fact('shared', [[A, 0], [B, 0]]);
    assert.deepEqual(makeBrief({ facts: [headlines], byArticle: articles, quotes: [] }, 6), []);
  });

  it('cites exactly the articles and outlets whose statements are in the fact', () => {
    const toll = fact('shared', [[A, 1], [A, 0], [B, 1]]);
    // The fact's own lists claim a third outlet that states nothing: the brief does not credit it.
    toll.articles = [A.article.id, B.article.id, C.article.id];
    toll.outlets = ['Rundschau', 'Tagesbote', 'Abendpost'];
    const [only] = makeBrief({ facts: [toll], byArticle: articles, quotes: [] }, 6);
    assert.deepEqual(only!.articles, [A.article.id, B.article.id]);
    assert.deepEqual(only!.outlets, ['Rundschau', 'Tagesbote']);
  });

  it('never uses a quote whose speaker is unknown, nor a quotation whose speaker the sentence does not name', () => {
    const quotes = [
      quote(A, 4, 'Wir haben die Altstadt rechtzeitig geräumt', 'Jürgen Dupper'),
      quote(B, 4, 'Wir haben die Altstadt rechtzeitig geräumt', 'Jürgen Dupper'),
      quote(C, 4, 'Die Altstadt sei rechtzeitig geräumt worden', 'Jürgen Dupper', 'indirect'),
      quote(A, 5, 'Wir haben alles im Griff', null),
      quote(C, 5, 'Alles im Griff', null),
    ];
    // B's sentence is the shortest, but "sagte er" names nobody; A names Dupper.
    const cleared = fact('shared', [[A, 4], [B, 4]]);
    const [said] = makeBrief({ facts: [cleared], byArticle: articles, quotes }, 6);
    assert.equal(said!.text, A.sentences[4]!.text);
    // The plain indirect version is plainer still and names its speaker.
    const withIndirect = fact('shared', [[A, 4], [B, 4], [C, 4]]);
    assert.equal(makeBrief({ facts: [withIndirect], byArticle: articles, quotes }, 6)[0]!.text, C.sentences[4]!.text);
    // Quotes of nobody in particular: the paraphrase that says who is used instead.
    const control = fact('shared', [[A, 5], [B, 5], [C, 5]]);
    assert.equal(makeBrief({ facts: [control], byArticle: articles, quotes }, 6)[0]!.text, B.sentences[5]!.text);
    // When no statement can stand, the fact is left out.
    const anonymous = fact('shared', [[A, 5], [C, 5]]);
    assert.deepEqual(makeBrief({ facts: [anonymous], byArticle: articles, quotes }, 6), []);
  });

  it('leaves out a quotation no quote was recognised in', () => {
    const D = article('d', 'Kurier', ['Flut', '„Das Wasser kam in Minuten, und niemand war darauf vorbereitet“, hieß es.']);
    const E = article('e', 'Bote', ['Flut', '„Das Wasser kam in wenigen Minuten“, berichteten Anwohner.']);
    const f = fact('shared', [[D, 1], [E, 1]]);
    assert.deepEqual(makeBrief({ facts: [f], byArticle: byId(D, E), quotes: [] }, 6), []);
  });

  it('says a sentence once even when it supports two facts', () => {
    // A's sentence is the plainest (shortest) statement of both facts.
    const toll = fact('shared', [[A, 1], [B, 1]]);
    const sameSentence = fact('shared', [[A, 1], [C, 4]]);
    const brief = makeBrief({ facts: [toll, sameSentence], byArticle: articles, quotes: [] }, 6);
    assert.deepEqual(
      brief.map((b) => b.text),
      [A.sentences[1]!.text, C.sentences[4]!.text],
      'the second fact is told by its other statement',
    );
  });

  it('leaves out a fact more than half told by the sentences of facts already in it: the same news again', () => {
    const win = fact('shared', [[A, 1], [B, 1], [C, 4]]);
    const again = fact('shared', [[A, 1], [B, 1], [C, 5]], { confidence: 0.8 });
    const brief = makeBrief({ facts: [win, again], byArticle: articles, quotes: [] }, 6);
    assert.equal(brief.length, 1);
    assert.deepEqual(brief[0]!.facts, [win.id]);
  });

  it('keeps to the length asked, the main event included', () => {
    const facts = [fact('shared', [[A, 1], [B, 1]]), fact('shared', [[A, 2], [B, 2], [C, 1]]), fact('shared', [[A, 3], [B, 3]]), fact('shared', [[A, 6], [B, 6]])];
    const brief = makeBrief({ facts, byArticle: articles, quotes: [] }, 2);
    assert.equal(brief.length, 2);
    assert.equal(brief[0]!.facts[0], facts[1]!.id);
    assert.deepEqual(makeBrief({ facts, byArticle: articles, quotes: [] }, 0), []);
  });
});

describe('brief helpers', () => {
  it('quotedShare measures the letters inside quotation marks', () => {
    assert.equal(quotedShare('Kein Zitat hier.'), 0);
    assert.equal(quotedShare('„Alles gut“'), 1);
    assert.ok(quotedShare('„Wir haben die Altstadt rechtzeitig geräumt“, sagte Oberbürgermeister Jürgen Dupper.') > 0.4);
    assert.ok(quotedShare('„Wir haben die Altstadt rechtzeitig geräumt“, sagte er.') > 0.5);
    assert.ok(quotedShare('Er nannte das einen “witch hunt” and left.') < 0.5);
    assert.equal(quotedShare('Putin’s visit, Kim’s reply'), 0, 'apostrophes open nothing');
    assert.equal(quotedShare('« Tout va bien »'), 1);
  });

  it('namesSpeaker finds the name or a name word as a word of its own', () => {
    assert.ok(namesSpeaker('„…“, sagte Dupper.', 'Jürgen Dupper'));
    assert.ok(namesSpeaker('„…“, sagte Oberbürgermeister Jürgen Dupper.', 'Jürgen Dupper'));
    assert.ok(!namesSpeaker('„…“, sagte er.', 'Jürgen Dupper'));
    assert.ok(!namesSpeaker('„…“, sagte Dupperle.', 'Jürgen Dupper'));
    assert.ok(namesSpeaker('“…,” said the Coast Guard.', 'Coast Guard'));
  });

  it('usableStatement refuses headlines and boilerplate', () => {
    assert.equal(usableStatement(statement(A, 0), A, []), false);
    const withCredit = article('x', 'X', ['Titel', 'Foto: dpa']);
    withCredit.sentences[1]!.boilerplate = true;
    assert.equal(usableStatement(statement(withCredit, 1), withCredit, []), false);
    assert.equal(usableStatement(statement(A, 1), A, []), true);
  });

  it('usableStatement refuses a sentence inside a quote that began in an earlier sentence, one that points back, and a clause in lower case', () => {
    const a = article('m', 'M', ['Titel', '„Wir müssen jetzt handeln. Die Lage in der Stadt wird jeden Tag schlimmer“, sagte der Bürgermeister am Abend.', 'Seine Frau bestätigte das am Montag.']);
    // The quote starts in sentence 1 and runs on: sentence 1 as registered, a split piece of it as a statement of its own.
    const q = { ...quote(a, 1, 'Wir müssen jetzt handeln. Die Lage in der Stadt wird jeden Tag schlimmer', 'Anna Roth') };
    const piece = a.sentences[1]!.text.indexOf('Die Lage');
    const second: Statement = { article: 'm', sentence: 2, text: 'Die Lage in der Stadt wird jeden Tag schlimmer', start: a.sentences[1]!.start + piece, end: a.sentences[1]!.start + piece + 46, clause: false };
    assert.equal(usableStatement(second, { ...a, sentences: [...a.sentences.slice(0, 2), { ...a.sentences[1]!, index: 2 }] }, [q]), false);
    a.sentences[2]!.anaphoric = true;
    assert.equal(usableStatement(statement(a, 2), a, []), false);
    const lower: Statement = { ...statement(a, 2), text: 'und die Stadt schwieg dazu', clause: true };
    assert.equal(usableStatement(lower, { ...a, sentences: a.sentences.map((x) => ({ ...x, anaphoric: false })) }, []), false);
  });
});

describe('the brief of a real comparison', () => {
  it('opens with a headline or lead fact, uses firm shared facts, cites their outlets and quotes no one anonymously', async () => {
    const dir = fileURLToPath(new URL('../../../fixtures/stories/de-hochwasser/', import.meta.url));
    const inputs = [];
    for (const f of readdirSync(dir).sort()) inputs.push(...(await readInput(join(dir, f))));
    const report = compareInputs(inputs);
    assert.ok(report.brief.length > 0);
    const outletOf = new Map(report.articles.map((a) => [a.id, a.outlet]));
    for (const b of report.brief) {
      const f = report.facts.find((x) => x.id === b.facts[0])!;
      assert.equal(f.status, 'shared', b.text);
      assert.equal(f.firm, true, b.text);
      const stating = [...new Set(f.statements.map((s) => s.article))];
      assert.deepEqual(b.articles, stating, b.text);
      assert.deepEqual(b.outlets, [...new Set(stating.map((id) => outletOf.get(id)))], b.text);
      const s = f.statements.find((x) => x.text === b.text)!;
      assert.ok(s, 'the text is one of the fact\'s statements');
      const anonymous = report.quotes.filter((q) => q.article === s.article && q.sentence === s.sentence && q.speakerName === null);
      assert.deepEqual(anonymous, [], b.text);
    }
    // The opening fact is in some outlet's headline or lead, and no fact in one is stated by more outlets.
    const first = report.facts.find((x) => x.id === report.brief[0]!.facts[0])!;
    const leadSentences = (f: Fact) => f.statements.some((s) => s.sentence <= 2);
    assert.ok(leadSentences(first), report.brief[0]!.text);
    assert.equal(new Set(report.brief.map((b) => b.text)).size, report.brief.length, 'no sentence twice');
  });
});

it('reported speech whose speaker the sentence does not name stays out of the brief', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2025-04-03', language: 'de', provenance: {} });
  const body = (lead: string) => `${lead} Die Opposition kritisierte die Hilfe scharf. Die Regierung habe versprochene Mittel nur zum Teil ausgezahlt.`;
  const r = compareInputs([
    input('Nordkurier', body('Ein Sturm hat in der Nacht zum Montag zahlreiche Dächer in der Altstadt abgedeckt.')),
    input('Südbote', body('Ein Sturm deckte in der Nacht zum Montag zahlreiche Dächer in der Altstadt ab.')),
  ]);
  assert.ok(r.brief.length > 0);
  assert.ok(!r.brief.some((b) => b.text.includes('ausgezahlt')), r.brief.map((b) => b.text).join(' | '));
});
