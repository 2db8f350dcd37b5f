import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import type { ArticleAnalysis, Quote } from '../../model/analysis.js';

// Speaker constructions, on our own sentences.

const spoken = (a: ArticleAnalysis, q: Quote | undefined) => (q?.speakerSpan ? a.article.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null);
const directWith = (a: ArticleAnalysis, words: string) => a.quotes.find((q) => q.kind === 'direct' && q.text.includes(words));

test('a focus particle before the subject: "Auch die Ministerin … äußerte"', () => {
  const a = analyze('Auch die Bauministerin Clara Wendt (SPD) äußerte Zweifel und wagte eine Vorhersage: „Das Projekt wird teurer als geplant.“');
  assert.match(spoken(a, directWith(a, 'teurer')) ?? '', /Bauministerin Clara Wendt/);
});

test('a frame right after the quote is its own, not the verb before the colon', () => {
  const a = analyze('Besorgt äußerte sich auch der Vorsitzende des Vereins, Jonas Kreml, zu dem Brand: „Wir rechnen mit dem Schlimmsten“, sagte er dem Radio.');
  const q = directWith(a, 'Schlimmsten');
  assert.equal(q?.cue, 'sagte');
  assert.equal(spoken(a, q), 'er');
});

test('a document speaks: "In dem Antrag heißt es", "Im Bericht wurde festgestellt"', () => {
  const a = analyze('In dem neuen Antrag heißt es wörtlich: „Die Mittel werden verdoppelt.“ Im Bericht der Prüfer wurde festgestellt, dass die Brücke marode sei.');
  assert.equal(spoken(a, directWith(a, 'verdoppelt')), 'In dem neuen Antrag');
  const indirect = a.quotes.find((q) => q.kind === 'indirect' && q.text.includes('Brücke'));
  assert.equal(spoken(a, indirect), 'Im Bericht der Prüfer');
});

test('a quote in a Konjunktiv sentence without a frame continues the previous speaker', () => {
  const a = analyze('Die Finanzministerin Petra Lohse kritisierte den Haushaltsplan scharf. Hier seien die Ausgaben für Straßen „völlig unrealistisch“.');
  const q = directWith(a, 'unrealistisch');
  assert.match(q?.speakerName ?? '', /Petra Lohse/);
});

test('a single quoted word without a frame is a term; a quoted name with a gloss in parentheses is no quote', () => {
  const a = analyze('Der Hersteller stellte ein „Wunderhandy“ vor. Die Gruppe „Freunde der offenen Straße“ (FOS) lud zum Fest. Der Plan sei „unbezahlbar“.');
  const texts = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.ok(!texts.includes('Wunderhandy'));
  assert.ok(!texts.includes('Freunde der offenen Straße'));
  assert.ok(texts.includes('unbezahlbar'), 'a Konjunktiv sentence keeps its one-word quote');
});

test('"Für X ist Y „…“": the opinion is X\'s', () => {
  const a = analyze('Für den Gesundheitsminister Karl Brandt ist die Lage in der Stadt „äußerst besorgniserregend“.');
  assert.match(spoken(a, directWith(a, 'besorgniserregend')) ?? '', /Karl Brandt/);
});

test('a reporting verb that reports no speech act gives no reported statement', () => {
  const acts = (text: string) => analyze(text).quotes.filter((q) => q.form === 'speech-act').length;
  // Set phrase, denied act, anaphoric object, "drohen" in its other sense.
  assert.equal(acts('Die Polizei sucht den Fahrer, genauer gesagt sein Auto.'), 0);
  assert.equal(acts('Berichte über Schüsse konnten von der Polizei nicht bestätigt werden.'), 0);
  assert.equal(acts('Dies bestätigte der Bürgermeister am Abend.'), 0);
  assert.equal(acts('Der Verein bestätigte das später.'), 0);
  assert.equal(acts('Wenn der Verein verliert, droht ihm der Abstieg.'), 0);
  // Real speech acts stay.
  assert.equal(acts('Der Bürgermeister bestätigte den Einsturz der Brücke am Abend.'), 1);
  assert.equal(acts('Der Verband drohte mit einem Streik.'), 1);
});

test('a marker that points back is its own source expression: "Demnach", "Berichten zufolge", "nach eigenen Angaben"', () => {
  const a = analyze(
    'Die Stadtwerke Nordheim legten am Montag ihren Jahresbericht vor. Demnach sei der Gewinn um ein Drittel gestiegen. Berichten zufolge plant die Firma neue Leitungen. Der Verein hat nach eigenen Angaben zweihundert Mitglieder.',
  );
  const q = (w: string) => a.quotes.find((x) => x.text.includes(w));
  assert.equal(spoken(a, q('Gewinn')), 'Demnach');
  assert.equal(spoken(a, q('Leitungen')), 'Berichten');
  assert.equal(spoken(a, q('Mitglieder')), 'eigenen Angaben');
});

test('a relative pronoun is the subject of a cue in its clause: "ein Zeuge, der angab, …"', () => {
  const a = analyze('Entscheidend war die Aussage des Nachbarn Tom Reiter, der angab, den Wagen zweimal gesehen zu haben.');
  const q = a.quotes.find((x) => x.text.includes('Wagen'));
  assert.equal(spoken(a, q), 'der');
  assert.match(q?.speakerName ?? '', /Tom Reiter/);
});

test('the prefield is no speaker when it is a demonstrative, an adverb or a conjunction', () => {
  const a = analyze(
    'Die Brücke bleibt bis Mai gesperrt. Dies bestätigte der Bürgermeister Paul Anger am Abend. Aber Zeitungen berichteten, die Sperre sei länger geplant. Besorgt äußerte sich die Ärztin Jana Berg: „Der Rettungsdienst braucht länger.“',
  );
  const q = (w: string) => a.quotes.find((x) => x.text.includes(w));
  assert.match(spoken(a, q('gesperrt')) ?? '', /Paul Anger/);
  assert.equal(spoken(a, q('länger geplant')), 'Zeitungen');
  assert.match(spoken(a, q('Rettungsdienst')) ?? '', /Jana Berg/);
});

test('a prepositional attribute in an object prefield: the subject follows the verb', () => {
  const a = analyze('Den Ärger der Anwohner über den Lärm brachte die Sprecherin der Initiative, Lea Sommer, zum Ausdruck: „So geht es nicht weiter.“');
  assert.match(spoken(a, directWith(a, 'So geht')) ?? '', /Sprecherin der Initiative/);
});

test('object-first: an abstract noun in the prefield gives way to the person after the verb', () => {
  const a = analyze('Eine Verschiebung der Wahl bezeichnete die Ministerin Ute Kern als „großen Fehler“.');
  assert.match(spoken(a, directWith(a, 'großen Fehler')) ?? '', /Ministerin Ute Kern/);
  const b = analyze('Die Regierung bezeichnete den Plan als „großen Fehler“.');
  assert.match(spoken(b, directWith(b, 'großen Fehler')) ?? '', /Regierung/);
});

test('an apposition before a finite auxiliary: "X, Rolle, hat … gefordert"', () => {
  const a = analyze('Der Vorsitzende des Mieterbundes Nord, Otto Brandt, hat in einem Interview gefordert, dass die Mieten gedeckelt werden.');
  const q = a.quotes.find((x) => x.text.includes('Mieten'));
  assert.match(spoken(a, q) ?? '', /Otto Brandt/);
});

test('sources: a web address, a pronoun before "zufolge", the noun right before "zufolge", a document after "heißt es", a name in marks as subject', () => {
  const a = analyze(
    'Laut nordblick.de schließt das Museum im Mai. Die Stadtwerke haben Zeitungsberichten zufolge die Preise erhöht. Die Vorwürfe seien haltlos, heißt es in dem Bericht der Prüfer. „Radio Nord“ berichtet, dass die Brücke gesperrt ist.',
  );
  const q = (w: string) => a.quotes.find((x) => x.text.includes(w));
  assert.equal(spoken(a, q('Museum')), 'nordblick.de');
  assert.equal(spoken(a, q('Preise')), 'Zeitungsberichten');
  assert.equal(spoken(a, q('haltlos')), 'in dem Bericht der Prüfer');
  assert.equal(spoken(a, q('Brücke')), '„Radio Nord“');
  const b = analyze('Wie t-nord.de berichtet, ist der Hafen seit Montag gesperrt.');
  assert.equal(spoken(b, b.quotes.find((x) => x.text.includes('Hafen'))), 't-nord.de');
});

test('frames without a lexicon verb: "„…“, strich X heraus", a quote taken up by "Das musste X einräumen", a document prefield', () => {
  const a = analyze(
    'Der Wahlkampf begann früh. „Ich bleibe dabei“, strich die Kandidatin Maria Olt in Bremen heraus. „Es gibt Engpässe.“ Das musste der Landrat Kurt Brenner einräumen. In einem Brief an die Eltern war von einer „schwierigen Lage“ die Rede.',
  );
  assert.match(spoken(a, directWith(a, 'bleibe dabei')) ?? '', /Maria Olt/);
  assert.match(directWith(a, 'Engpässe')?.speakerName ?? '', /Kurt Brenner/);
  assert.equal(spoken(a, directWith(a, 'schwierigen Lage')), 'In einem Brief');
});

test('the finite auxiliary holds second place before a participle cue; pronoun subjects open a clause', () => {
  const a = analyze(
    'Erst gestern hatte der Investor der Halle, Jan Holt, zugesagt, den Bau zu beenden. Auch einige kleinere Vereine haben angekündigt, vor Gericht zu ziehen. Der Trainer Paul Weiß bat um Ruhe. Dieser behaupte, die Mannschaft sei müde.',
  );
  const q = (w: string) => a.quotes.find((x) => x.text.includes(w));
  assert.match(spoken(a, q('Bau')) ?? '', /Investor der Halle|Jan Holt/);
  assert.match(spoken(a, q('Gericht')) ?? '', /einige kleinere Vereine/);
  assert.equal(spoken(a, q('müde')), 'Dieser');
  assert.match(q('müde')?.speakerName ?? '', /Paul Weiß/);
});

test('marker sources: the whole phrase before "zufolge", only the phrase right after "laut"', () => {
  const a = analyze('Einer Erklärung des Verbandes Nordbau (VNB) zufolge fehlen tausend Wohnungen. Der Fahrer hatte laut Polizeiangaben rund zwei Promille im Blut.');
  const q = (w: string) => a.quotes.find((x) => x.text.includes(w));
  assert.equal(spoken(a, q('Wohnungen')), 'Einer Erklärung des Verbandes Nordbau (VNB)');
  assert.equal(spoken(a, q('Promille')), 'Polizeiangaben');
});

test('a quote inside someone\'s reported clause is theirs; a name after a relative pronoun is the subject', () => {
  const a = analyze('Der Minister Karl Baum widersprach dem Bericht, indem er sagte, ein neuer Pakt könne die „alte Freundschaft“ nicht ersetzen. Das ist die Grenze, die Anna Roth im Wahlkampf zum Ziel erklärt hatte: „Wir schaffen das bis Mai.“');
  assert.match(directWith(a, 'alte Freundschaft')?.speakerName ?? '', /Karl Baum/);
  assert.match(spoken(a, directWith(a, 'bis Mai')) ?? '', /Anna Roth/);
});

test('"soll" without a source takes the organisation the sentence before was about', () => {
  const b = analyze('Die Gesundheitsbehörden der Stadt haben einen neuen Erreger gefunden. Er soll gegen Mittel resistent sein.');
  assert.match(spoken(b, b.quotes.find((x) => x.text.includes('resistent'))) ?? '', /Gesundheitsbehörden/);
});

test('a document prefield may carry a relative clause: "In einer Erklärung, die …, hieß es"', () => {
  const a = analyze('In einer Erklärung, die am Montag erschien, hieß es, die Brücke sei marode.');
  assert.equal(spoken(a, a.quotes.find((x) => x.text.includes('marode'))), 'In einer Erklärung');
});

test('"…“, so letztere": a pronoun closing a quote is its speaker', () => {
  const a = analyze('Die Sängerin Mia Lorenz stand neben dem Käfig. „Das Leiden der Tiere muss enden“, so letztere.');
  assert.equal(spoken(a, directWith(a, 'Leiden')), 'letztere');
});
