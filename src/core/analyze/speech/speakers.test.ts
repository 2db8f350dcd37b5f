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
