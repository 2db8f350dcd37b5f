import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import { getPack } from '../../index.js';
import { speechBefore } from '../../../core/analyze/speech/passes/harness.js';

// The German speaker-evidence pass, on invented sentences.
const de = getPack('de')!;

function after(text: string) {
  const { ctx, run } = speechBefore(analyze(text), de, 'speaker-evidence');
  run();
  return ctx;
}

const spanText = (text: string, q: { speakerSpan: { start: number; end: number } | null }) =>
  q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null;

test('"seiner Meinung nach" names whose view the reported words are', () => {
  const text =
    'Der Bürgermeister Karl Hübner stellte am Montag den Haushalt vor. Er kündigte einen Plan an, der seiner Meinung nach die Schulden der Stadt halbieren werde.';
  const ctx = after(text);
  const q = ctx.quotes.find((x) => x.text.includes('Schulden'));
  assert.ok(q);
  assert.equal(spanText(text, q), 'seiner Meinung');
});

test('a word that names no actor never speaks', () => {
  const text = 'Insgesamt meldet das Lager weniger Verkäufe. Samstag „war ein guter Tag für alle“.';
  const ctx = after(text);
  for (const q of ctx.quotes) assert.ok(!['Insgesamt', 'Samstag', 'Und'].includes(spanText(text, q) ?? ''), spanText(text, q) ?? '');
});

test('a phrase ending in a number is no one; the Konjunktiv sentence keeps the speaker before', () => {
  const text = 'Die Ärztin Jana Wolff sagte, die Lage sei ernst. Der 5 seien „zu viele Fälle in einer Woche“.';
  const ctx = after(text);
  const q = ctx.quotes.find((x) => x.text.includes('zu viele'));
  assert.ok(q);
  assert.notEqual(spanText(text, q), 'Der 5');
});

test('an expletive "es" without a cue is no speaker; an "es" a cue takes is', () => {
  const text = 'Die Ministerin Eva Roth sagte, man habe genug getan. Es gehe „um die Zukunft aller Kinder im Land“.';
  const ctx = after(text);
  const q = ctx.quotes.find((x) => x.text.includes('Zukunft'));
  assert.ok(q);
  assert.notEqual(spanText(text, q), 'Es');
  // (With "den Vorwurf zurück, man habe …" the clause is the accusation's, and "Es" keeps the act of rejecting it: see contested-claims.)
  const court = 'Das Gericht begründete das Urteil am Freitag. Es wies zurück, dass man zu lange verhandelt habe.';
  const c = after(court).quotes.find((x) => x.text.includes('verhandelt'));
  assert.ok(c);
  assert.equal(spanText(court, c), 'Es');
});

test('a quote without speaker takes the one a reporting verb before it in its sentence names', () => {
  const text = 'Die Ministerin Eva Roth betonte am Dienstag, unter den Bewerbern seien „viele mit langer Erfahrung in der Pflege“.';
  const { ctx, run } = speechBefore(analyze(text), de, 'speaker-evidence');
  const q = ctx.quotes.find((x) => x.kind === 'direct');
  assert.ok(q);
  q.speaker = null;
  q.speakerName = null;
  q.speakerSpan = null;
  run();
  assert.match(q.speakerName ?? '', /Roth/);
});

test('"… Dies gibt X bekannt": the sentence pointing back names the speaker of the one before', () => {
  const text = 'Wer bis Juli keine neue Kasse wählt, wird „automatisch zugeteilt“. Dies gibt der Verband der Apotheker bekannt.';
  const { ctx, run } = speechBefore(analyze(text), de, 'speaker-evidence');
  const q = ctx.quotes.find((x) => x.kind === 'direct');
  assert.ok(q);
  q.speaker = null;
  q.speakerName = null;
  q.speakerSpan = null;
  run();
  assert.match(spanText(text, q) ?? '', /Verband/);
});

test('"Für X sei …" is X\'s view, not the last thing the article named', () => {
  const text = 'Die Veranstaltung am Tor zog viele Menschen an. Der Aktivist Henry Plottke sprach zur Menge. Für Plottke sei es ein Schlüsselereignis, legal feiern zu dürfen.';
  const ctx = after(text);
  const q = ctx.quotes.find((x) => x.text.includes('Schlüsselereignis'));
  assert.ok(q);
  assert.equal(q.speakerName, 'Henry Plottke');
  assert.equal(spanText(text, q), 'Plottke');
});

test('"nach Polizeiangaben": the compound names its source, not a place nearby', () => {
  const text = 'Rund 900 Menschen feierten nach Polizeiangaben am Rathausplatz das Stadtfest.';
  const q = after(text).quotes.find((x) => x.form === 'marker');
  assert.ok(q);
  assert.equal(q.speakerName, 'Polizei');
  assert.equal(spanText(text, q), 'Polizei');
});

test('"wie es aus Sicherheitskreisen heißt": the phrase after "aus" is the source', () => {
  const text = 'Bei dem Unfall wurden zwei Menschen verletzt. Wie es aus Sicherheitskreisen heißt, schwebt einer in Lebensgefahr.';
  const q = after(text).quotes.find((x) => x.text.includes('Lebensgefahr'));
  assert.ok(q);
  assert.equal(spanText(text, q), 'Sicherheitskreisen');
});

test('a country named before an institution noun is that institution ("Israels Armee … nach eigenen Angaben")', () => {
  const text = 'Frankreichs Armee konnte nach eigenen Angaben fast alle Geschosse abfangen.';
  const q = after(text).quotes[0];
  assert.ok(q);
  assert.equal(q.speakerName, 'Frankreichs Armee');
  assert.equal(q.speaker, null);
});

test('"nach israelischen Angaben" names Israel as the source, not a noun of the clause', () => {
  const text = 'Der Iran hat nach israelischen Angaben einen Drohnenangriff gegen Israel gestartet.';
  const q = after(text).quotes.find((x) => x.form === 'marker');
  assert.ok(q);
  assert.equal(q.speakerName, 'Israel');
});

test('"nach ersten Angaben" names no source: the speaker stays unknown', () => {
  const text = 'In der Halle brach nach ersten Angaben am Abend ein Feuer aus.';
  const q = after(text).quotes.find((x) => x.form === 'marker');
  if (q) assert.equal(q.speakerName, null, `speaker ${q.speakerName}`);
});

test('"nach Angaben der Feuerwehr" keeps its genitive source', () => {
  const text = 'In der Halle brach nach Angaben der Feuerwehr am Abend ein Feuer aus.';
  const q = after(text).quotes.find((x) => x.form === 'marker');
  assert.ok(q);
  assert.match(q.speakerName ?? '', /Feuerwehr/);
});

test('"hieß es in den Staatsmedien": the medium is the source', () => {
  const text = 'Es handele sich um eine Antwort auf den Angriff, hieß es in iranischen Staatsmedien.';
  const q = after(text).quotes.find((x) => x.text.includes('Antwort'));
  assert.ok(q);
  assert.equal(spanText(text, q), 'iranischen Staatsmedien');
});

test('a spokesman of a country\'s army speaks for the army, not the country, and so does the quote continued from him', () => {
  const text = 'Ein Sprecher der französischen Armee sagte: „Die Grenze ist seit dem Morgen geschlossen.“ Die Lage sei unter Kontrolle.';
  const ctx = after(text);
  const quotes = ctx.quotes.filter((x) => x.text.includes('Grenze') || x.text.includes('Lage'));
  assert.equal(quotes.length, 2);
  for (const q of quotes) {
    assert.equal(q.speaker, null, q.text);
    assert.match(q.speakerName ?? '', /Armee/, q.text);
  }
});

test('an adjective before the marker noun keeps the genitive source after it: "Nach offiziellen Angaben der Polizei"', () => {
  for (const [text, source] of [
    ['Nach offiziellen Angaben der Polizei wurden zwei Menschen verletzt.', 'Polizei'],
    ['Nach übereinstimmenden Angaben der Stadtwerke fiel der Strom für drei Stunden aus.', 'Stadtwerke'],
  ] as const) {
    const ctx = after(text);
    assert.match(ctx.quotes[0]?.speakerName ?? '', new RegExp(source), text);
  }
  // Without a source after it, the marker names none.
  assert.equal(after('Nach ersten Angaben wurden zwei Menschen verletzt.').quotes[0]?.speakerName ?? null, null);
});
