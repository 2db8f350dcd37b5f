import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, entityNamed } from '../../test-support/analyze.js';

test('numbers in words and digits, with the noun they count', () => {
  const a = analyze('Nordkorea feuerte zwei ballistische Raketen ab. Rund 4.000 Haushalte und 2,5 Millionen Menschen waren betroffen.');
  const q = a.quantities.map((x) => [x.value, x.unit]);
  assert.deepEqual(q, [
    [2, a.sentences[0]!.tokens.find((t) => t.text === 'Raketen')!.stem],
    [4000, a.sentences[1]!.tokens.find((t) => t.text === 'Haushalte')!.stem],
    [2_500_000, a.sentences[1]!.tokens.find((t) => t.text === 'Menschen')!.stem],
  ]);
});

test('dates resolve against the publication date', () => {
  const a = analyze('Die beiden trafen sich am heutigen Mittwoch. Das letzte Treffen war im April 2019. Seit Beginn des Jahres 2022 testet das Land Raketen. Am Montag war es ruhig.', {
    published: '2023-09-13',
  });
  const times = a.times.map((t) => [t.text, t.granularity, t.value]);
  assert.deepEqual(times, [
    ['Mittwoch', 'day', '2023-09-13'],
    ['April 2019', 'month', '2019-04'],
    ['2022', 'year', '2022'],
    ['Montag', 'day', '2023-09-11'],
  ]);
});

test('English dates and relative days', () => {
  const a = analyze('The bridge collapsed yesterday. It was built on March 3, 1987.', { language: 'en', published: '2025-03-12' });
  assert.deepEqual(
    a.times.map((t) => t.value),
    ['2025-03-11', '1987-03-03'],
  );
});

test('a bare weekday is the coming one when the sentence speaks of the future, else the past one', () => {
  // Published on a Wednesday (2025-03-12).
  const day = (text: string, language: 'de' | 'en') => analyze(text, { language, published: '2025-03-12' }).times[0]?.value;
  assert.equal(day('The leaders are due to meet on Friday.', 'en'), '2025-03-14');
  assert.equal(day('The talks are expected to resume on Monday.', 'en'), '2025-03-17');
  assert.equal(day("They'll vote on Friday.", 'en'), '2025-03-14');
  assert.equal(day('The leaders met on Friday.', 'en'), '2025-03-07');
  assert.equal(day('Das Treffen ist für Freitag geplant.', 'de'), '2025-03-14');
  assert.equal(day('Die Minister trafen sich am Freitag.', 'de'), '2025-03-07');
});

test('a weekday without a publication date stays a weekday', () => {
  const a = analyze('Sie trafen sich am Mittwoch.');
  assert.equal(a.times[0]?.granularity, 'weekday');
  assert.equal(a.times[0]?.value, 'wednesday');
});

test('surname and genitive mentions join the full name; two people with one surname stay apart', () => {
  const a = analyze('Ministerpräsident Markus Söder besuchte Passau. Söder versprach Hilfe. Söders Besuch war kurz.');
  const soeder = entityNamed(a, 'Markus Söder');
  assert.ok(soeder, 'Markus Söder found');
  assert.equal(soeder.type, 'person');
  assert.equal(soeder.mentions, 3);

  const b = analyze('Anna Schmidt und Peter Schmidt kamen. Schmidt sagte, es sei spät.');
  const schmidts = b.entities.filter((e) => /Schmidt/.test(e.name));
  assert.ok(schmidts.length >= 3, 'the lone "Schmidt" is not merged into either person');
});

test('a name ending in a double s keeps it (Poss is not the genitive of Pos)', () => {
  const a = analyze('Trainer Greg Poss sagte, das Team sei bereit. Poss lobte die Abwehr.');
  assert.ok(entityNamed(a, 'Greg Poss'), 'Greg Poss found under his own name');
  assert.ok(!a.entities.some((e) => e.name === 'Greg Pos'));
});

test('a surname that is also a common noun stays part of the name after a given name', () => {
  const a = analyze('Anna Berg kritisierte den Plan. Thomas Koch und Eva Fischer widersprachen. Berg blieb dabei.');
  for (const name of ['Anna Berg', 'Thomas Koch', 'Eva Fischer']) assert.equal(entityNamed(a, name)?.type, 'person', name);
});

test('country adjectives and acronyms resolve to the country', () => {
  const a = analyze('Die russische Regierung und Nordkorea verhandeln. Die DVRK bestätigte das.');
  const kp = a.entities.find((e) => e.keys.includes('country:KP'));
  assert.ok(kp);
  assert.equal(kp.mentions, 2);
  assert.ok(a.entities.some((e) => e.keys.includes('country:RU')));
});

test('a capital that speaks stands for its government (metonymy)', () => {
  const a = analyze('Washington behauptete, es habe Beweise. Washington ist eine große Stadt.');
  const gov = a.entities.find((e) => e.keys.includes('gov:US'));
  assert.ok(gov, 'government entity');
  assert.equal(gov.institution, true);
  const city = a.entities.find((e) => e.type === 'place' && e.name === 'Washington');
  assert.ok(city, 'the city keeps its other mention');
  assert.ok(a.mentions.some((m) => m.metonymy && m.entity === gov.id));
});

test('direct quotes get speaker and cue, in both word orders', () => {
  const a = analyze('„Wir haben die Altstadt rechtzeitig geräumt“, sagte Oberbürgermeister Jürgen Dupper. Kreml-Sprecher Dmitri Peskow sagte: „Wir handeln im Interesse des Landes.“');
  const [q1, q2] = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(q1?.text, 'Wir haben die Altstadt rechtzeitig geräumt');
  assert.equal(q1?.speakerName, 'Jürgen Dupper');
  assert.equal(q1?.cueLemma, 'sagen');
  assert.equal(q2?.speakerName, 'Dmitri Peskow');
});

test('a quote interrupted by its frame keeps one speaker for both parts', () => {
  const a = analyze('„Wir sind bereit“, sagte Kanzlerin Petra Lang, „aber nicht um jeden Preis.“');
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1, 'one quote in two pieces');
  assert.equal(direct[0]!.speakerName, 'Petra Lang');
  assert.deepEqual(
    direct[0]!.segments?.map((s) => a.article.text.slice(s.start, s.end)),
    ['Wir sind bereit', 'aber nicht um jeden Preis.'],
  );
  assert.equal(direct[0]!.text, 'Wir sind bereit … aber nicht um jeden Preis.');
});

test('indirect speech in Konjunktiv I, carried on to the next subjunctive sentence', () => {
  const a = analyze('Peter Maier sagte, die Lage sei ernst. Die Stadt habe aber vorgesorgt. Danach regnete es.');
  const indirect = a.quotes.filter((q) => q.kind === 'indirect');
  assert.equal(indirect.length, 2);
  assert.equal(indirect[0]!.text, 'die Lage sei ernst');
  assert.equal(indirect[1]!.speakerName, 'Peter Maier');
  assert.ok(!a.quotes.some((q) => q.text.startsWith('Danach')));
});

test('stance of cues: neutral, distancing, contesting, conceding; hedges mark distance', () => {
  const a = analyze(
    'Anna Berg sagte, alles sei gut. Karl Hein behauptete, er habe nichts gewusst. Der Verband bestritt, dass es Fehler gegeben habe. Petra Lang räumte ein, dass Lücken bestünden. Der Minister habe angeblich Geld erhalten.',
  );
  const stances = a.attributions.map((x) => [x.cueLemma, x.stance]);
  assert.deepEqual(stances.slice(0, 4), [
    ['sagen', 'neutral'],
    ['behaupten', 'distancing'],
    ['bestreiten', 'contesting'],
    ['einräumen', 'conceding'],
  ]);
  assert.ok(a.hedges.some((h) => h.lemma === 'angeblich'));
  assert.ok(a.attributions.some((x) => x.hedges.includes('angeblich') && x.stance === 'distancing'));
});

test('reported speech: laut, zufolge, according to', () => {
  const de = analyze('Laut Polizei wurden drei Menschen verletzt. Der Feuerwehr zufolge brannte das Haus.');
  assert.deepEqual(
    de.quotes.map((q) => [q.kind, q.speakerName]),
    [
      ['reported', 'Polizei'],
      ['reported', 'Feuerwehr'],
    ],
  );
  const en = analyze('According to the police, three people were hurt.', { language: 'en' });
  assert.equal(en.quotes[0]?.kind, 'reported');
});

test('English quotes with pronoun speakers resolve to the last person named', () => {
  const a = analyze('Mayor Linda Carver visited the site. "We owe the families answers," she said.', { language: 'en' });
  const q = a.quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.speakerName, 'Linda Carver');
});

test('an unsupported language is analysed without a pack and says so', () => {
  const a = analyze('Le maire Jean Dupont a visité le site mercredi. Il a promis 300 millions.', { language: 'fr' });
  assert.equal(a.languageSupported, false);
  assert.ok(a.warnings[0]?.includes('no language pack'));
  assert.ok(a.quantities.some((q) => q.value === 300));
  assert.ok(a.entities.some((e) => e.name === 'Jean Dupont'));
});

test('seats of power are the government; capitals only when they act, not after a preposition', () => {
  const a = analyze('Der Kreml wies das zurück. In Moskau wolle man nichts ändern, hieß es. Moskau wolle verhandeln.');
  const gov = a.entities.find((e) => e.keys.includes('gov:RU'));
  assert.ok(gov, 'government entity');
  const marked = a.mentions.filter((m) => m.metonymy).map((m) => `${m.text}@${m.start}`);
  assert.equal(marked.length, 2, marked.join(', '));
  assert.ok(a.mentions.filter((m) => m.metonymy).every((m) => m.entity === gov.id));
  assert.ok(a.entities.some((e) => e.type === 'place' && e.keys.includes('city:moscow')), 'the city keeps "in Moskau"');
});

test('a role inside a run of names separates possessor and person', () => {
  const de = analyze('Wladimir Putin kam an. Putins Verteidigungsminister Sergei Schoigu begleitete ihn.');
  assert.ok(de.mentions.some((m) => m.text === 'Sergei Schoigu'));
  assert.ok(de.mentions.some((m) => m.text === 'Putins'));
  const putin = de.entities.find((e) => e.name === 'Wladimir Putin')!;
  assert.equal(putin.mentions, 2);
  const en = analyze('Defence Minister Sergei Shoigu joined the talks.', { language: 'en' });
  assert.ok(en.mentions.some((m) => m.text === 'Sergei Shoigu'), en.mentions.map((m) => m.text).join(', '));
});

test('a weekday in a past clause resolves to the past even when another clause speaks of the future', () => {
  const a = analyze('The statement, issued Thursday, says the senator will resign next month.', { language: 'en', published: '2017-11-17' });
  const thursday = a.times.find((t) => t.text.toLowerCase().includes('thursday'));
  assert.equal(thursday?.value, '2017-11-16');
  const b = analyze('The senator will resign on Thursday.', { language: 'en', published: '2017-11-17' });
  assert.equal(b.times.find((t) => t.text.toLowerCase().includes('thursday'))?.value, '2017-11-23');
});

test('a future marker far from the weekday does not move it forward', () => {
  const a = analyze('The House ensured the bill will become law after voting 348-77 to override Wednesday afternoon.', { language: 'en', published: '2016-09-28' });
  assert.equal(a.times.find((t) => t.text.toLowerCase().includes('wednesday'))?.value, '2016-09-28');
});

test('words that deny mark their sentence; "nicht nur" and "not only" do not', () => {
  assert.equal(analyze('Er wird sich nicht schuldig bekennen.').sentences[0]!.negations?.length, 1);
  assert.equal(analyze('Er kam nicht nur pünktlich, sondern früh.').sentences[0]!.negations, undefined);
  assert.equal(analyze("He didn't plead guilty.", { language: 'en' }).sentences[0]!.negations?.length, 1);
  // Typeset apostrophes deny as well.
  assert.equal(analyze('He didn’t plead guilty.', { language: 'en' }).sentences[0]!.negations?.length, 1);
  assert.equal(analyze('He pleaded guilty.', { language: 'en' }).sentences[0]!.negations, undefined);
});

test('a pair word before a role noun marks a reference to two people ("die beiden Staatschefs", "both leaders")', () => {
  const de = analyze('Anna Berg traf Otto Klein. Die beiden Staatschefs sprachen lange.');
  assert.deepEqual(de.sentences[1]!.pairs?.map((p) => de.article.text.slice(p.start, p.end)), ['beiden Staatschefs']);
  const en = analyze('Both leaders spoke at length.', { language: 'en' });
  assert.deepEqual(en.sentences[0]!.pairs?.map((p) => en.article.text.slice(p.start, p.end)), ['Both leaders']);
  assert.equal(analyze('Beide Seiten sprachen lange.').sentences[0]!.pairs, undefined);
});

test('a sentence that points back in its first words is marked anaphoric', () => {
  assert.equal(analyze('Darin verkündet er den härtesten Streik.').sentences[0]!.anaphoric, true);
  assert.equal(analyze('Im Güterverkehr soll dieser am Dienstag beginnen.').sentences[0]!.anaphoric, true);
  assert.equal(analyze('Der Streik im Güterverkehr beginnt am Dienstag.').sentences[0]!.anaphoric, undefined);
  assert.equal(analyze('He said the bridge was closed.', { language: 'en' }).sentences[0]!.anaphoric, true);
});

test('names in credit lines are no entities of the story', () => {
  const a = analyze('Der Bürgermeister eröffnete am Montag die neue Brücke in Passau.\n\nDie Nachrichtenagentur AP und Eva Muster haben zu diesem Bericht beigetragen.');
  assert.ok(a.sentences[1]?.boilerplate);
  assert.ok(!a.mentions.some((m) => m.sentence === 1), a.mentions.map((m) => m.text).join(', '));
  assert.ok(a.mentions.some((m) => m.text === 'Passau'));
});
