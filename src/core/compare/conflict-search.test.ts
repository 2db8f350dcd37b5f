import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeInputs, compareInputs } from '../../pipeline.js';
import { getPack } from '../../lang/index.js';
import type { ComparisonReport } from '../model/report.js';
import { findConflicts, type ConflictLexicon } from './conflicts.js';
import { resolveStoryEntities } from './story-entities.js';
import { unitMultiples as germanMultiples } from '../../lang/de/numbers.js';

const article = (language: string, published = '2024-04-01') => (outlet: string, body: string) => ({
  source: outlet,
  title: null,
  body,
  outlet,
  url: null,
  author: null,
  published,
  language,
  provenance: {},
});
const de = article('de');
const conflicts = (r: ComparisonReport, kind: string) => r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === kind);
const values = (r: ComparisonReport, kind: string) => conflicts(r, kind).map((c) => c.values.map((v) => v.value).sort());

/** The conflict words of the packs, as the comparison passes them. */
const lexicon: ConflictLexicon = {
  unitConcepts: (a, q) => (q.unit && !q.unit.startsWith('measure:') && q.unit !== '%' ? getPack(a.article.language)?.concepts(q.unit, (q.unitText ?? q.unit).toLowerCase()) ?? [] : []),
  joins: (a, w) => getPack(a.article.language)?.coordinators.has(w) ?? false,
  side: (a, w) => getPack(a.article.language)?.sideWords.get(w) ?? null,
  relative: (a, w) => getPack(a.article.language)?.relativePronouns.has(w) ?? false,
};

/** The conflicts the story-wide search finds between the first sentences of two one-sentence articles. */
function strictPair(language: string, a: string, b: string, specific?: (stem: string) => boolean) {
  const { analyses } = analyzeInputs([article(language)('A', a), article(language)('B', b)]);
  const { byArticleEntity } = resolveStoryEntities(analyses);
  const members = analyses.map((x) => ({ analysis: x, sentence: x.sentences[0]! }));
  return findConflicts(members, (id) => byArticleEntity.get(id), lexicon, { strict: true, specific });
}
const strictNumbers = (language: string, a: string, b: string, specific?: (stem: string) => boolean) =>
  strictPair(language, a, b, specific).filter((c) => c.kind === 'number').map((c) => c.values.map((v) => v.value).sort());

test('one figure told in sentences no link joins still conflicts: the same counted thing, said alike', () => {
  // Each article's figure sentence is best matched elsewhere (police / landmark), so no likely link joins the two.
  const r = compareInputs([
    de(
      'Nordkurier',
      'In der Nacht zum Ostermontag feierten viele am Brandenburger Tor die Freigabe von Cannabis. Nach Polizeiangaben versammelten sich rund 1500 Menschen vor dem bekannten Wahrzeichen. Viele rauchten um Mitternacht den ersten legalen Joint.',
    ),
    de(
      'Südbote',
      'Am Brandenburger Tor feierten in der Nacht zum Ostermontag viele die Freigabe von Cannabis. Vor dem bekannten Wahrzeichen war die Polizei nach eigenen Angaben mit vielen Beamten im Einsatz. Um Mitternacht rauchten viele ihren ersten legalen Joint. Mehrere hundert Personen versammelten sich, wie ein Reporter der Agentur berichtete, bei Reggae-Musik in ausgelassener Stimmung vor der Bühne.',
    ),
  ]);
  assert.deepEqual(values(r, 'number'), [['200–999', '≈1500']]);
});

test('sentences no link joins: the clauses must say alike what happened', () => {
  const said = 'Rund 1500 Menschen versammelten sich am Abend vor dem Tor.';
  assert.deepEqual(strictNumbers('de', said, 'Mehrere hundert Personen versammelten sich in guter Stimmung.'), [['200–999', '≈1500']]);
  // Nothing said alike: a bare count is no common ground when no link joins the sentences.
  assert.deepEqual(strictNumbers('de', said, 'Mehrere hundert Personen.'), []);
  // A word many sentences of the story use tells no two events apart ("sechs Tage lang" / "drei Tage lang": an earlier strike).
  const strike = ['Pendler müssen sich sechs Tage lang auf Ausfälle einstellen.', 'Schon vorvergangene Woche fielen drei Tage lang die meisten Züge aus.'] as const;
  assert.deepEqual(strictNumbers('de', ...strike), [['3', '6']]);
  assert.deepEqual(strictNumbers('de', ...strike, (stem) => stem !== 'lang'), []);
  // The words of other figures are no common ground ("six seats" / "six years").
  assert.deepEqual(
    strictNumbers('en', 'Democrats picked up just six seats and remain in the minority with 194 seats.', 'Democrats have lost nearly 60 seats over the past six years.'),
    [],
  );
});

test('sentences no link joins: the same qualifiers, the same year, one individual, no ordinal, no table', () => {
  // "two Republican senators" are not "three Republican state senators".
  assert.deepEqual(
    strictNumbers('en', 'The two Republican senators urged the governor to veto the bill.', 'Three Republican state senators urged the governor to veto the bill.'),
    [],
  );
  assert.deepEqual(
    strictNumbers('en', 'Two Republican senators urged the governor to veto the bill.', 'Three Republican senators urged the governor to veto the bill.'),
    [['2', '3']],
  );
  // A year in one clause only: a figure of another time.
  assert.deepEqual(strictNumbers('de', 'Die Grünen kamen 2019 auf 10,8 Prozent.', 'Die Grünen kommen auf 4,1 Prozent.'), []);
  assert.deepEqual(strictNumbers('de', 'Die Grünen kamen auf 10,8 Prozent.', 'Die Grünen kommen auf 4,1 Prozent.'), [['10.8', '4.1']]);
  // Two people's ages, not two values of one.
  assert.deepEqual(strictNumbers('de', 'Der 54-jährige Mann erlitt schwere Verletzungen.', 'Ein 25-jähriger Mann erlitt schwere Verletzungen.'), []);
  // "18th Amendment" is an ordinal.
  assert.deepEqual(strictNumbers('en', 'Volunteers read aloud the 27 amendments on Thursday.', 'Volunteers did not read aloud the 18th Amendment on Thursday.'), []);
  // A sentence listing the shares of several owners is a table whose scope the clause does not tell.
  assert.deepEqual(
    strictNumbers('en', 'In the poll, Newt Gingrich garnered 11 percent.', 'Among supporters, Romney (17 percent), Huckabee (14 percent) and Gingrich (9 percent) followed.'),
    [],
  );
});

test('sentences no link joins: figures an order of magnitude apart count two things', () => {
  assert.deepEqual(
    strictNumbers('de', 'Merz hatte mit nur 310 Stimmen die erforderliche Mehrheit verfehlt.', 'Merz hatten sechs Stimmen zur erforderlichen Mehrheit gefehlt.'),
    [],
  );
  assert.deepEqual(
    strictNumbers('de', 'Merz hatte mit nur 310 Stimmen die erforderliche Mehrheit verfehlt.', 'Merz hatte mit 290 Stimmen die erforderliche Mehrheit verfehlt.'),
    [['290', '310']],
  );
});

test('a match minute belongs to the event its players tell, however the tagger named them; minutes far apart are two events', () => {
  const r = compareInputs([
    de('Nordkurier', 'Adeyemi scheitert aber alleine vor Real-Schlussmann Courtois (20.).'),
    de('Südbote', 'Erst verpasste Karim Adeyemi im Eins-gegen-Eins gegen Thibaut Courtois den Abschluss (21.).'),
  ]);
  assert.deepEqual(values(r, 'number'), [['20', '21']]);
  const chance = 'Karim Adeyemi scheitert alleine vor Real-Schlussmann Courtois (20.).';
  assert.deepEqual(strictNumbers('de', chance, 'Erst verpasste Karim Adeyemi gegen Thibaut Courtois den Abschluss (21.).'), [['20', '21']]);
  assert.deepEqual(strictNumbers('de', chance, 'Erst verpasste Karim Adeyemi gegen Thibaut Courtois den Abschluss (35.).'), []);
  // One player in common is not enough where no link joins the sentences.
  assert.deepEqual(strictNumbers('de', chance, 'Erst verpasste Karim Adeyemi den Abschluss (21.).'), []);
});

test('a time given in two zones ("18:00 Uhr (20:00 Uhr MEZ)") is compared by the one in brackets, its clause read around the bracket', () => {
  const r = compareInputs([
    de('Nordkurier', 'Die Protestaktion wird am 29. Januar bis 18:00 Uhr (20:00 Uhr MEZ) dauern.'),
    de('Südbote', 'Der Arbeitskampf soll bis Montagabend um 18 Uhr dauern.'),
  ]);
  assert.deepEqual(values(r, 'time'), [['18:00', '20:00']]);
});

test('sentences no link joins: clock times on one weekday, the same in the other zone, conflict; on another weekday they do not', () => {
  const pravda = 'In der Nacht zum Mittwoch - um 02:00 Uhr (04:00 Uhr MEZ) - schließen sich die Kollegen an.';
  const times = (a: string, b: string) => strictPair('de', a, b).filter((c) => c.kind === 'time').map((c) => c.values.map((v) => v.value).sort());
  assert.deepEqual(times(pravda, 'Danach folgen ab Mittwoch, 2 Uhr, sämtliche Unternehmen der Bahn.'), [['02:00', '04:00']]);
  assert.deepEqual(times(pravda, 'Danach folgen ab Donnerstag, 2 Uhr, sämtliche Unternehmen der Bahn.'), []);
  // Without the other zone's time and without a word in common, two times of one day are two things.
  assert.deepEqual(times('Am Mittwoch um 10 Uhr treffen sich die Tarifparteien.', 'Danach folgen ab Mittwoch, 2 Uhr, sämtliche Unternehmen der Bahn.'), []);
});

test('linked sentences whose match minute names no one are read as other figures are', () => {
  const r = compareInputs([
    de('Nordkurier', 'Kurz darauf trifft der Stürmer sogar die Innenstange, der Ball kullert an der Torlinie entlang (22.).'),
    de('Südbote', 'Kurz darauf setzte der Stürmer den Ball an die Innenstange (23.).'),
  ]);
  assert.deepEqual(values(r, 'number'), [['22', '23']]);
});

test('a person’s nationality told differently is an attribute conflict; a name without a country adjective is none', () => {
  const actor = (r: ComparisonReport) => conflicts(r, 'actor').map((c) => c.values.map((v) => v.value).sort());
  const laureate = (country: string) => `Der ${country} Physiker Anton Zeilinger erhält in diesem Jahr den Nobelpreis für seine Arbeiten.`;
  assert.deepEqual(actor(compareInputs([de('Nordkurier', laureate('österreichische')), de('Südbote', laureate('deutsche'))])), [['Deutschland', 'Österreich']]);
  assert.deepEqual(actor(compareInputs([de('Nordkurier', laureate('österreichische')), de('Südbote', laureate('bekannte'))])), []);
  const en = article('en');
  assert.deepEqual(
    actor(compareInputs([en('Daily A', 'Austrian physicist Anton Zeilinger won the Nobel Prize for his work.'), en('Daily B', 'German physicist Anton Zeilinger won the Nobel Prize for his work.')])),
    [['Austria', 'Germany']],
  );
});

test('sentences no link joins: of a statement’s several clock times, the one on the same weekday is compared', () => {
  const times = (a: string, b: string) => strictPair('de', a, b).filter((c) => c.kind === 'time').map((c) => c.values.map((v) => v.value).sort());
  const mail = 'Bereits ab Dienstagabend, 18 Uhr, soll der Güterverkehr ruhen, wie aus einer Mitteilung hervorgeht, die kurz nach 2 Uhr in der Nacht auf Montag verschickt wurde.';
  assert.deepEqual(times(mail, 'Die Lokführer von Güterzügen werden am Dienstag um 18:00 Uhr (20:00 Uhr MEZ) die Arbeit einstellen.'), [['18:00', '20:00']]);
  // Two times of that weekday in one statement leave its value open.
  const pravda = 'Die Lokführer werden am Dienstag um 18:00 Uhr (20:00 Uhr MEZ) die Arbeit niederlegen.';
  assert.deepEqual(times('Am Dienstag um 17 Uhr legen die Lokführer die Arbeit nieder, um 19 Uhr die Fahrdienstleiter die Arbeit.', pravda), []);
  assert.deepEqual(times('Am Dienstag um 17 Uhr legen die Lokführer die Arbeit nieder, um 19 Uhr folgt der Rest.', pravda), [['17:00', '20:00']]);
});

test('a noun that is a multiple of another is compared in the smaller unit, when the pack tells it ("vier Jahrzehnte" / "30 Jahre")', () => {
  const { analyses } = analyzeInputs([
    de('Nordkurier', 'Es ist das schwerste Unwetter seit fast 30 Jahren in der Region.'),
    de('Südbote', 'Es ist das schlimmste Unwetter seit mehr als vier Jahrzehnten in der Region.'),
  ]);
  const { byArticleEntity } = resolveStoryEntities(analyses);
  const members = analyses.map((x) => ({ analysis: x, sentence: x.sentences[0]! }));
  const numbers = (lex: ConflictLexicon) =>
    findConflicts(members, (id) => byArticleEntity.get(id), lex).filter((c) => c.kind === 'number').map((c) => c.values.map((v) => v.value).sort());
  assert.deepEqual(numbers(lexicon), []);
  // The German pack's table, by its stems.
  const scaled: ConflictLexicon = {
    ...lexicon,
    unitScale: (_a, unit) => {
      const m = germanMultiples.get(unit);
      return m ? { unit: m[0], factor: m[1] } : null;
    },
  };
  assert.deepEqual(numbers(scaled), [['>40', '≲30']]);
});

test('an ordinal with its letters glued on ("13th game", "20th century") is no count', () => {
  const en = article('en', '2012-12-23');
  const r = compareInputs([
    en('Daily A', 'The Chiefs lost their 13th game of the season on Sunday at Arrowhead Stadium.'),
    en('Daily B', 'The Chiefs lost their 7th game of the season on Sunday at Arrowhead Stadium.'),
  ]);
  assert.deepEqual(values(r, 'number'), []);
});

test('a detail between commas that counts a part ("sieben Personen, darunter zwei Generäle, getötet") does not end the figure’s clause', () => {
  assert.deepEqual(
    strictNumbers('de', 'Dabei waren Anfang des Monats 16 Menschen getötet worden.', 'Bei dem Angriff waren nach Angaben der Regierung sieben Personen, darunter zwei Generäle, getötet worden.'),
    [['16', '7']],
  );
});

test('a denial inside a direct quote is its speaker’s words, not an outlet’s claim against another', () => {
  const en = article('en', '2016-01-28');
  const claims = (a: string, b: string) => conflicts(compareInputs([en('Daily A', a), en('Daily B', b)]), 'claim').length;
  const narrated = 'The judge told the hearing on Tuesday that she does not have discretion over the sentence.';
  assert.equal(claims(narrated, 'The judge has discretion over the sentence, the prosecutor told the hearing on Tuesday.'), 1);
  // The same quote in two transcriptions (one spells the denial with a curly apostrophe).
  assert.equal(
    claims(
      '"If somebody tells you how to exercise discretion, you don\'t have discretion," the judge said at the hearing on Tuesday.',
      '“If somebody tells you how to exercise discretion,” the judge said at the hearing on Tuesday, “you don’t have discretion.”',
    ),
    0,
  );
});

test('a denial conflicts only with the same predicate of the same thing: what follows it must meet', () => {
  const en = article('en', '2015-04-02');
  const claims = (a: string, b: string) => conflicts(compareInputs([en('Daily A', a), en('Daily B', b)]), 'claim').length;
  const denied = 'The state assembly passed new language stating that the religious freedom law does not allow discrimination in the state.';
  assert.equal(claims(denied, 'Critics of the religious freedom law in the state assembly warned that it could allow businesses to refuse service.'), 0);
  assert.equal(claims(denied, 'Critics of the religious freedom law in the state assembly warned that it could allow discrimination in the state.'), 1);
});
