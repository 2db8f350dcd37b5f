import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import type { ArticleAnalysis, Quote } from '../../model/analysis.js';

// Our own sentences, one construction each.

const spoken = (a: ArticleAnalysis, q: Quote | undefined) => (q?.speakerSpan ? a.article.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null);

test('a direct quote over several sentences is one quote', () => {
  const a = analyze('„Wir sind bereit. Wir warten nur noch auf das Signal.“, sagte Bürgermeisterin Anna Berg.');
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0]!.text, 'Wir sind bereit. Wir warten nur noch auf das Signal.');
  assert.match(spoken(a, direct[0]) ?? '', /Anna Berg/);
});

test('Konjunktiv II reports speech next to a frame', () => {
  const a = analyze('Karl Hein sagte, die Preise würden im Herbst steigen.');
  const q = a.quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.text, 'die Preise würden im Herbst steigen');
  assert.equal(q?.form, 'clause');
  assert.equal(q?.speakerName, 'Karl Hein');
});

test('a frame after the reported clause, with a role as speaker', () => {
  const a = analyze('Die Lage sei unter Kontrolle, sagte der Sprecher der Feuerwehr.');
  const q = a.quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.text, 'Die Lage sei unter Kontrolle');
  assert.match(spoken(a, q) ?? '', /Sprecher der Feuerwehr/);
});

test('"Wie X mitteilte, …" reports what follows', () => {
  const a = analyze('Wie die Stadtverwaltung am Abend mitteilte, bleiben alle Schulen geschlossen.');
  const q = a.quotes.find((x) => x.cueLemma === 'mitteilen');
  assert.equal(q?.text, 'bleiben alle Schulen geschlossen');
  assert.match(spoken(a, q) ?? '', /Stadtverwaltung/);
});

test('source markers: "laut X", "X zufolge", "nach Angaben von X"', () => {
  const laut = analyze('Laut Polizei wurden bei dem Unfall drei Menschen verletzt.');
  const q1 = laut.quotes.find((x) => x.form === 'marker');
  assert.equal(q1?.text, 'wurden bei dem Unfall drei Menschen verletzt');
  assert.match(spoken(laut, q1) ?? '', /Polizei/);

  const zufolge = analyze('Die Brücke bleibt dem Gutachten zufolge bis Mai gesperrt.');
  const q2 = zufolge.quotes.find((x) => x.form === 'marker');
  assert.equal(q2?.segments?.length, 2, 'the statement without "dem Gutachten zufolge"');
  assert.match(spoken(zufolge, q2) ?? '', /Gutachten/);

  const angaben = analyze('Nach Angaben von Augenzeugen fielen mehrere Schüsse.');
  const q3 = angaben.quotes.find((x) => x.form === 'marker');
  assert.equal(q3?.text, 'fielen mehrere Schüsse');
  assert.match(spoken(angaben, q3) ?? '', /Angaben von Augenzeugen/);
});

test('reportative "soll … haben" is a reported claim with a distancing cue', () => {
  const a = analyze('Der Händler soll die Ware falsch deklariert haben.');
  const q = a.quotes.find((x) => x.form === 'reportative');
  assert.ok(q);
  assert.equal(q.stance, 'distancing');
});

test('a pronoun speaker resolves to the person named before', () => {
  const a = analyze('Petra Lang kam am Morgen an. „Das wird teuer“, sagte sie.');
  const q = a.quotes.find((x) => x.kind === 'direct');
  assert.equal(spoken(a, q), 'sie');
  assert.equal(q?.speakerName, 'Petra Lang');
});

test('a subjunctive reporting verb inside reported speech is content, not a second frame', () => {
  const a = analyze('Anna Berg sagte, der Besuch unterstreiche die enge Partnerschaft.');
  assert.deepEqual(
    a.attributions.map((x) => x.cueLemma),
    ['sagen'],
  );
  assert.equal(a.quotes.find((x) => x.kind === 'indirect')?.text, 'der Besuch unterstreiche die enge Partnerschaft');
});

test('free indirect speech continues the speaker of a direct quote', () => {
  const a = analyze('„Wir geben nicht auf“, sagte Karl Hein. Man werde weiter verhandeln. Danach regnete es.');
  const continued = a.quotes.find((x) => x.form === 'continued');
  assert.equal(continued?.text, 'Man werde weiter verhandeln.');
  assert.equal(continued?.speakerName, 'Karl Hein');
});

test('names and titles in quote marks are not quotes', () => {
  const a = analyze('Das sagte der Minister der „Berliner Zeitung“.');
  assert.ok(!a.quotes.some((q) => q.kind === 'direct'));
});

test('English: phrasal cue "pointed out", "according to", and the spokeswoman', () => {
  const a = analyze('The mayor pointed out that the bridge had been inspected in May. According to the city council, repairs will take a year.', {
    language: 'en',
  });
  const cues = a.attributions.map((x) => x.cueLemma);
  assert.ok(cues.includes('point out'), cues.join(','));
  const clause = a.quotes.find((x) => x.cueLemma === 'point out');
  assert.match(clause?.text ?? '', /the bridge had been inspected in May/);
  const marker = a.quotes.find((x) => x.form === 'marker');
  assert.match(marker?.text ?? '', /repairs will take a year/);
  assert.match(spoken(a, marker) ?? '', /city council/);
});

test('English: an interrupted quote keeps one speaker', () => {
  const a = analyze('“We are ready,” the spokeswoman said, “but not at any price.”', { language: 'en' });
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0]!.segments?.length, 2);
  assert.match(direct[0]!.speakerName ?? '', /spokeswoman/);
});

test('a capitalised adverb before the verb is no speaker: the subject follows the verb', () => {
  const a = analyze('Offiziell geht die Regierung davon aus, dass die Brücke hält. Als Begründung gaben die Behörden an, es fehle Personal.');
  const q1 = a.quotes.find((x) => x.cueLemma === 'ausgehen');
  assert.equal(spoken(a, q1), 'die Regierung');
  const q2 = a.quotes.find((x) => x.cueLemma === 'angeben');
  assert.equal(spoken(a, q2), 'die Behörden');
});

test('a quote without a reporting verb belongs to the subject of its clause', () => {
  const a = analyze(
    'Der Leiter der Studie, Paul Winter, würdigte die Arbeit als „großen Fortschritt für alle Kinder“. Polizeichef Jan Ohm: „Wir haben alles im Griff.“ Hier sparte die Ministerin nicht mit Kritik: „Das reicht nicht.“',
  );
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 3);
  assert.match(spoken(a, direct[0]) ?? '', /Paul Winter/);
  assert.match(spoken(a, direct[1]) ?? '', /Jan Ohm/);
  assert.equal(spoken(a, direct[2]), 'die Ministerin');
});

test('"so X, apposition" closes a quote; "so X" inside a statement splits it', () => {
  const a = analyze('Die Lage sei „völlig unter Kontrolle“, so Eva Roth, die Leiterin des Amtes. Man müsse, so Roth, jetzt schnell handeln.');
  const direct = a.quotes.find((q) => q.kind === 'direct');
  assert.match(spoken(a, direct) ?? '', /Eva Roth/);
  const inner = a.quotes.find((q) => q.kind === 'indirect' && q.segments?.length === 2);
  assert.ok(inner, 'the statement around ", so Roth," is one indirect quote in two pieces');
  assert.equal(inner.speakerName, 'Eva Roth');
});

test('passive "wird … zitiert": the subject of "wird" is the one quoted; "…, wie X zitiert wird" reports what precedes', () => {
  const a = analyze('In der Mitteilung wird Tom Berger mit den Worten zitiert: „Wir starten im Mai.“ Der Plan sei gescheitert, wie Lisa Kern von der Zeitung zitiert wird.');
  const direct = a.quotes.find((q) => q.kind === 'direct');
  assert.equal(spoken(a, direct), 'Tom Berger');
  const clause = a.quotes.find((q) => q.kind === 'indirect');
  assert.equal(clause?.text, 'Der Plan sei gescheitert');
  assert.equal(clause?.speakerName, 'Lisa Kern');
});

test('names and titles in quote marks: after a title noun, a web address, a noun in apposition', () => {
  const a = analyze(
    'Sie demonstrierten unter dem Motto „Wir bleiben hier!“ vor dem Rathaus. Der Händler „shop.de“ senkte die Preise. Die Meeresschnecke „Aplysia punctata“ lebt im Atlantik.',
  );
  assert.deepEqual(
    a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text),
    [],
  );
});

test('noun frames: "der Vorwurf, …", "die Forderung des X, … zu …", with the source in the attribute or the subject', () => {
  const a = analyze('Es regnete. Der Minister erhob den Vorwurf, die Opposition blockiere alles. Die Partei reagierte auf die Forderung des Vorsitzenden Karl Hein, auf die Grünen zuzugehen.');
  const vorwurf = a.quotes.find((q) => q.cueLemma === 'vorwurf');
  assert.equal(vorwurf?.text, 'die Opposition blockiere alles');
  assert.equal(vorwurf?.stance, 'pressure');
  assert.equal(spoken(a, vorwurf), 'Der Minister');
  const forderung = a.quotes.find((q) => q.cueLemma === 'forderung');
  assert.equal(forderung?.text, 'auf die Grünen zuzugehen');
  assert.equal(forderung?.speakerName, 'Karl Hein');
});

test('Konjunktiv I by form beyond the closed list, not before a noun', () => {
  const a = analyze('Es regnete. Er sagte, die Regierung kassiere zu viel. Der Bericht nannte die große Koalition.');
  assert.equal(a.quotes.find((q) => q.cueLemma === 'sagen')?.text, 'die Regierung kassiere zu viel');
  assert.ok(!a.quotes.some((q) => q.kind === 'indirect' && /Koalition/.test(q.text)));
});

test('the reported clause ends before a coordinated main clause', () => {
  const a = analyze('Es regnete. Der Angeklagte hatte erklärt, er sei unschuldig, verweigerte aber jede weitere Aussage.');
  assert.equal(a.quotes.find((q) => q.cueLemma === 'erklären')?.text, 'er sei unschuldig');
});

test('"nach" + evidential noun and "Demnach" are source markers', () => {
  const a = analyze('Es regnete. Nach einer Stellungnahme der Armee flog der Hubschrauber zur Basis. Demnach war die Besatzung unverletzt.');
  const first = a.quotes.find((q) => q.form === 'marker' && /Hubschrauber/.test(q.text));
  assert.equal(first?.text, 'flog der Hubschrauber zur Basis');
  assert.match(spoken(a, first) ?? '', /Stellungnahme der Armee/);
  const demnach = a.quotes.find((q) => q.cueLemma === 'demnach');
  assert.equal(demnach?.text, 'war die Besatzung unverletzt');
});

test('passive frames: the agent speaks; an agentless passive is no speech act of its subject', () => {
  const a = analyze('Es regnete. Die Pläne wurden von der Ministerin als unrealistisch bezeichnet. Der Mann wurde zu drei Jahren Haft verurteilt.');
  const q = a.quotes.find((x) => x.cueLemma === 'bezeichnen');
  assert.equal(spoken(a, q), 'der Ministerin');
  assert.ok(!a.quotes.some((x) => x.cueLemma === 'verurteilen'));
});

test('pronouns resolve to the nearest person of fitting gender', () => {
  const a = analyze('Es regnete. Ministerin Eva Roth traf Karl Hein in Bonn. „Wir sind einig“, sagte sie. „Das stimmt“, sagte er.');
  const [first, second] = a.quotes.filter((q) => q.kind === 'direct');
  assert.match(first?.speakerName ?? '', /Eva|Roth/);
  assert.equal(second?.speakerName, 'Karl Hein');
  const en = analyze('It rained. Carly Fiorina met John Smith in Iowa. He told reporters the plan had failed. She said the talks went well.', { language: 'en' });
  assert.equal(en.quotes.find((q) => q.cueLemma === 'tell')?.speakerName, 'John Smith');
  assert.equal(en.quotes.find((q) => q.cueLemma === 'say')?.speakerName, 'Carly Fiorina');
});

test('English: "X, a spokesman for Y, said" speaks for X; "says" without "that" takes the clause', () => {
  const a = analyze('It rained. Tom Miller, a spokesman for the Red Cross, said the camp was full. Senator Jane Doe says the bill will pass.', { language: 'en' });
  const miller = a.quotes.find((q) => /camp/.test(q.text));
  assert.equal(miller?.text, 'the camp was full');
  assert.equal(miller?.speakerName, 'Tom Miller');
  const doe = a.quotes.find((q) => /bill/.test(q.text));
  assert.equal(doe?.text, 'the bill will pass');
  assert.match(doe?.speakerName ?? '', /Jane Doe/);
});

test('capitalised words after "als" or an indefinite article in a reported sentence are quoted words, not a name', () => {
  const a = analyze('Der Landrat Udo Fels nannte den Entwurf einen „Schildbürgerstreich“. Die Gruppe, die sich selbst „Freie Bürger Nord“ nennt, lud ein. Die Stiftung „Grüne Wiese“ half.');
  const texts = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.ok(texts.includes('Schildbürgerstreich'));
  assert.ok(!texts.includes('Freie Bürger Nord'));
  assert.ok(!texts.includes('Grüne Wiese'));
});

test('a low opening mark closed by a high one („…” or „…") is still a quote', () => {
  const a = analyze('Die Trainerin Lena Vogt sagte: „Wir spielen auf Sieg.” Ihr Kollege meinte: „Das wird schwer." Danach war Ruhe.');
  const texts = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.ok(texts.some((t) => t.startsWith('Wir spielen auf Sieg')));
  assert.ok(texts.some((t) => t.startsWith('Das wird schwer')));
});

test('names, not quotes: a gloss in brackets after a name, a name its bearer gives itself, a frameless name after a definite article', () => {
  const a = analyze(
    'Die Aktion „Helle Nacht“ („Nuit claire“) begann am Abend. Das Bündnis, das sich selbst „Allianz für neue Wege“ nennt, tagte. Es gab eine Mitteilung des „Vereins für alte Mühlen“ im Netz. Der Bürgermeister sagte: „Wir freuen uns.“',
  );
  const texts = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.deepEqual(texts, ['Wir freuen uns.']);
});

test('a frameless list of quoted titles is no speech; a short exclamation after a colon is', () => {
  const a = analyze('Auf dem Programm standen Vorträge wie „Die Bahn im Wandel“, „Brücken der Stadt“ oder „Alte Loks“. Der Mann sprang auf und rief: „Lasst mich raus!“');
  const texts = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.deepEqual(texts, ['Lasst mich raus!']);
});

test('"Dies bestätigte X" takes the sentence before as its content, also when that sentence read as a speech act', () => {
  const a = analyze('Die Liberalen schließen eine Koalition mit den Grünen aus. Dies bestätigte der Parteichef Otto Lenz am Abend.');
  const reported = a.quotes.filter((q) => q.kind !== 'direct');
  assert.equal(reported.length, 1);
  assert.match(reported[0]!.speakerName ?? '', /Otto Lenz/);
  assert.ok(a.attributions.every((x) => x.quote === null || a.quotes.some((q) => q.id === x.quote)));
});

test('a quoted name that is the subject of the cue right after it is a name', () => {
  const a = analyze('Wie „nordblick online“ berichtet, ist die Brücke gesperrt. Die Ministerin sagte: „Wir prüfen das.“');
  const texts = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.deepEqual(texts, ['Wir prüfen das.']);
});

test('a main clause introducing a quote with a colon is not reported content of the closing frame', () => {
  const a = analyze('Besorgt äußerte sich auch die Leiterin der Wache, Pia Sand, zu dem Brand: „Wir rechnen mit dem Schlimmsten“, sagte sie dem Radio.');
  assert.deepEqual(
    a.quotes.map((q) => q.kind),
    ['direct'],
  );
  const b = analyze('Die Lage sei ernst: „Wir rechnen mit dem Schlimmsten“, sagte die Leiterin Pia Sand.');
  assert.ok(b.quotes.some((q) => q.kind === 'indirect'));
});

test('more reporting verbs: argumentieren, bekunden, vermelden, herausstreichen', () => {
  const a = analyze('Die Verteidigerin Ina Vogt argumentierte, der Zeuge sei unglaubwürdig. „Ich bleibe dabei“, strich der Kandidat Udo Brand heraus.');
  const q = a.quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.cueLemma, 'argumentieren');
  assert.equal(a.quotes.find((x) => x.kind === 'direct')?.cueLemma, 'herausstreichen');
});
