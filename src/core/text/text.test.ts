import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { paragraphSpans } from './paragraphs.js';
import { basePack } from '../lang/base-pack.js';
import { getPack } from '../../lang/index.js';
import { MAX_SENTENCE_CHARS, sentenceSpans, type SentencePack } from './sentences.js';
import { tokenEndingAt, tokenize, tokenStartingAt } from './tokenize.js';

const german = getPack('de')!;
const english = getPack('en')!;
const sentencesOf = (text: string, pack: SentencePack = german) =>
  sentenceSpans(text, 0, text.length, pack).map((s) => text.slice(s.start, s.end));

test('paragraphs are blank-line separated blocks, trimmed', () => {
  const text = '  Erster Absatz.\n\n\n Zweiter\nAbsatz.  \n \nDritter.';
  assert.deepEqual(
    paragraphSpans(text).map((s) => text.slice(s.start, s.end)),
    ['Erster Absatz.', 'Zweiter\nAbsatz.', 'Dritter.'],
  );
});

test('German ordinals and abbreviations do not end sentences', () => {
  assert.deepEqual(sentencesOf('Am 13. September kam er an. Dr. Müller sagte z. B. nichts. Das war alles.'), [
    'Am 13. September kam er an.',
    'Dr. Müller sagte z. B. nichts.',
    'Das war alles.',
  ]);
});

test('tokens keep offsets, hyphenated compounds and numbers with separators', () => {
  const text = 'Kreml-Sprecher Peskow nannte 1.000 Raketen, „aktiv“.';
  const toks = tokenize(text, 0, text.length);
  assert.deepEqual(
    toks.map((t) => [t.text, t.kind]),
    [
      ['Kreml-Sprecher', 'word'],
      ['Peskow', 'word'],
      ['nannte', 'word'],
      ['1.000', 'number'],
      ['Raketen', 'word'],
      [',', 'punct'],
      ['„', 'punct'],
      ['aktiv', 'word'],
      ['“', 'punct'],
      ['.', 'punct'],
    ],
  );
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
});

test('every token is the text at its offsets (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => tokenize(s, 0, s.length).every((t) => s.slice(t.start, t.end) === t.text)),
  );
});

test('sentences cover the paragraph text without overlap (property)', () => {
  const word = fc.constantFrom('Der', 'Mann', 'kam', 'an', '13.', 'Mai', 'z.', 'B.', 'Er', 'sagte', 'nichts', 'Dr.', 'Ja!', 'Nein?', 'gut.');
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
      const text = words.join(' ');
      const spans = sentenceSpans(text, 0, text.length, german);
      for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return false;
      const joined = spans.map((s) => text.slice(s.start, s.end)).join(' ');
      return joined.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' ').trim();
    }),
  );
});

test('score and minute notations stay inside their sentence', () => {
  assert.deepEqual(sentencesOf('Der Ausgleich fiel in der 45.+1 Minute. Danach blieb es ruhig.'), [
    'Der Ausgleich fiel in der 45.+1 Minute.',
    'Danach blieb es ruhig.',
  ]);
  assert.deepEqual(sentencesOf('Erst in der Nachspielzeit (90.+3) traf Meier zum 2:1. Damit war das Spiel entschieden.'), [
    'Erst in der Nachspielzeit (90.+3) traf Meier zum 2:1.',
    'Damit war das Spiel entschieden.',
  ]);
  // A score before a capitalised noun is no ordinal either.
  assert.deepEqual(sentencesOf('Die Gäste gewannen 3:0. Trainer Huber war zufrieden.'), [
    'Die Gäste gewannen 3:0.',
    'Trainer Huber war zufrieden.',
  ]);
});

test('a number ends a sentence unless the next word makes it an ordinal', () => {
  // ("kein 2. Wahlgang": a negating determiner keeps the ordinal.)
  assert.deepEqual(sentencesOf('Heute gibt es keinen 2. Wahlgang mehr. Das ist klar.'), ['Heute gibt es keinen 2. Wahlgang mehr.', 'Das ist klar.']);
  assert.deepEqual(sentencesOf('Die Zahl der Verletzten stieg auf mindestens 40. Da die Bergung andauert, kann sie weiter steigen.'), [
    'Die Zahl der Verletzten stieg auf mindestens 40.',
    'Da die Bergung andauert, kann sie weiter steigen.',
  ]);
  assert.deepEqual(sentencesOf('Die Polizei zählte mindestens 12. Rettungskräfte suchen weiter nach Vermissten.'), [
    'Die Polizei zählte mindestens 12.',
    'Rettungskräfte suchen weiter nach Vermissten.',
  ]);
  assert.deepEqual(sentencesOf('Der Verein steht auf Platz 17. Trainer Huber darf trotzdem bleiben.'), [
    'Der Verein steht auf Platz 17.',
    'Trainer Huber darf trotzdem bleiben.',
  ]);
  assert.deepEqual(sentencesOf('Das Archiv schloss im Jahr 2019. Seither lagern die Akten im Keller.'), [
    'Das Archiv schloss im Jahr 2019.',
    'Seither lagern die Akten im Keller.',
  ]);
  for (const one of [
    'Der Umzug ist am 3. Juni geplant.',
    'Es war der 15. Titel des Vereins.',
    'Sie gewann zum 15. Mal das Rennen.',
    'Der 4. Senat entschied anders.',
    'Das Fest beginnt am Freitag, 12. Mai, um acht Uhr.',
    'Er feierte seinen 100. Geburtstag.',
    'Gewählt wird in 2. und 3. Lesung.',
    'Abgezogen wurde das dort stationierte 1. Bataillon.',
    'Der Prozess beginnt am 30.4. mit der Anklage.',
  ]) {
    assert.deepEqual(sentencesOf(one), [one]);
  }
  assert.deepEqual(sentencesOf('Die Frist endet am 30.4. Danach wird geprüft.'), ['Die Frist endet am 30.4.', 'Danach wird geprüft.']);
  // A list number opens the sentence after it.
  assert.deepEqual(sentencesOf('1. Die Gemeinde zahlt die Hälfte.'), ['1. Die Gemeinde zahlt die Hälfte.']);
});

test('a sentence may open with a number', () => {
  assert.deepEqual(sentencesOf('Damit endet die Saison im Verein. 2026 beginnt der Umbau des Stadions.'), [
    'Damit endet die Saison im Verein.',
    '2026 beginnt der Umbau des Stadions.',
  ]);
  // … but not after an abbreviation or an ordinal.
  assert.deepEqual(sentencesOf('Das steht auf S. 12 und in Abs. 3 der Satzung.'), ['Das steht auf S. 12 und in Abs. 3 der Satzung.']);
});

test('sentences glued without a space are split, domain names and abbreviations are not', () => {
  assert.deepEqual(sentencesOf('Der Verein muss absteigen.Zwei weitere Klubs verlieren Punkte.'), [
    'Der Verein muss absteigen.',
    'Zwei weitere Klubs verlieren Punkte.',
  ]);
  for (const one of ['Mehr steht auf www.Beispielseite.de im Netz.', 'Das gilt z.B. auch für Dr.Meier.']) {
    assert.deepEqual(sentencesOf(one), [one]);
  }
});

test('an omission mark stays with the quotation it stands in', () => {
  assert.deepEqual(sentencesOf('Er schrieb: „(...) Es gab auch schwere Jahre.“ Dann ging er.'), [
    'Er schrieb: „(...) Es gab auch schwere Jahre.“',
    'Dann ging er.',
  ]);
});

test('English numbers are never ordinals', () => {
  assert.deepEqual(sentencesOf('The toll rose to 60. Rescuers are still searching.', english), [
    'The toll rose to 60.',
    'Rescuers are still searching.',
  ]);
  assert.deepEqual(sentencesOf('The vote is set for Nov. 4. The count starts at 8 p.m. Tuesday.', english), [
    'The vote is set for Nov. 4.',
    'The count starts at 8 p.m. Tuesday.',
  ]);
});

test('abbreviations that can end a sentence end one before a sentence opener', () => {
  assert.deepEqual(sentencesOf('She grew up near Fresno, Calif. Her brother still lives there.', english), [
    'She grew up near Fresno, Calif.',
    'Her brother still lives there.',
  ]);
  assert.deepEqual(sentencesOf('The letter went to Ariz. Gov. Dana Price and to the U.S. Senate.', english), [
    'The letter went to Ariz. Gov. Dana Price and to the U.S. Senate.',
  ]);
  assert.deepEqual(sentencesOf('The firm moved to the U.S. The move took a year.', english), ['The firm moved to the U.S.', 'The move took a year.']);
  assert.deepEqual(sentencesOf('Earlier, U.S. officials declined to comment.', english), ['Earlier, U.S. officials declined to comment.']);
  assert.deepEqual(sentencesOf('The bill was backed by Sens. Ann Lee and Tom Ray.', english), ['The bill was backed by Sens. Ann Lee and Tom Ray.']);
  assert.deepEqual(sentencesOf('Former Rep. Paul Kent Jr. (D-Ohio) resigned.', english), ['Former Rep. Paul Kent Jr. (D-Ohio) resigned.']);
});

test('an attribution after a quoted question stays with the quote', () => {
  assert.deepEqual(sentencesOf('“Who will pay for this?” he asked. Nobody answered.', english), [
    '“Who will pay for this?” he asked.',
    'Nobody answered.',
  ]);
  assert.deepEqual(sentencesOf('“Why now?” Mr. Lane asked. The room fell silent.', english), [
    '“Why now?” Mr. Lane asked.',
    'The room fell silent.',
  ]);
  assert.deepEqual(sentencesOf('„Warum jetzt?“ fragte die Ministerin.'), ['„Warum jetzt?“ fragte die Ministerin.']);
  assert.deepEqual(sentencesOf('„Wer zahlt das?“ Der Verband fordert eine Antwort vom Land.'), [
    '„Wer zahlt das?“',
    'Der Verband fordert eine Antwort vom Land.',
  ]);
  // A closing quote on its own belongs to its sentence.
  assert.deepEqual(sentencesOf('He called it “a matter of ‘trust.’ ”', english), ['He called it “a matter of ‘trust.’ ”']);
});

test('a dateline joins the sentence it opens, with exact offsets', () => {
  for (const [text, pack] of [
    ['Regensburg. Der Stadtrat hat den Haushalt beschlossen. Die Opposition stimmte dagegen.', german],
    ['Frankfurt am Main. Die Börse schloss fester. Händler sprachen von Erleichterung.', german],
    ['Hamburg (dpa). Ein Frachter ist im Hafen auf Grund gelaufen. Verletzt wurde niemand.', german],
    ['DENVER. Snow closed the airport on Sunday. Flights resume today.', english],
  ] as const) {
    const spans = sentenceSpans(text, 0, text.length, pack);
    assert.equal(spans.length, 2, text);
    assert.equal(spans[0]!.start, 0);
    assert.ok(text.slice(spans[0]!.start, spans[0]!.end).endsWith('.'));
  }
  assert.deepEqual(sentencesOf('Köln (dpa) - Der Dom bleibt gesperrt. Grund ist ein Gerüst.'), [
    'Köln (dpa) - Der Dom bleibt gesperrt.',
    'Grund ist ein Gerüst.',
  ]);
  assert.deepEqual(sentencesOf('BOSTON (AP) — The city opened a new bridge. It cost $2 million.', english), [
    'BOSTON (AP) — The city opened a new bridge.',
    'It cost $2 million.',
  ]);
  // The offsets are into the whole text, not the paragraph.
  const text = 'Erster Absatz.\n\nPassau. Die Donau steigt weiter.';
  const start = text.indexOf('Passau');
  const spans = sentenceSpans(text, start, text.length, german);
  assert.deepEqual(spans, [{ start, end: text.length }]);
  // Short sentences that are no place stay sentences.
  assert.deepEqual(sentencesOf('Danke. Das war es für heute.'), ['Danke.', 'Das war es für heute.']);
  assert.deepEqual(sentencesOf('Tja. Da kann man nichts machen.'), ['Tja.', 'Da kann man nichts machen.']);
  assert.deepEqual(sentencesOf('Die Linke. Sie war dagegen.'), ['Die Linke.', 'Sie war dagegen.']);
  assert.deepEqual(sentencesOf('Miller is a Baptist. He says so often.', english), ['Miller is a Baptist.', 'He says so often.']);
});

test('agency tags and credits at the end become sentences of their own', () => {
  assert.deepEqual(sentencesOf('Die Straße bleibt bis Montag gesperrt. (dpa)'), ['Die Straße bleibt bis Montag gesperrt.', '(dpa)']);
  assert.deepEqual(sentencesOf('Die Aktie legte zwei Prozent zu. /abc/DP/xyz'), ['Die Aktie legte zwei Prozent zu.', '/abc/DP/xyz']);
  assert.deepEqual(sentencesOf('Die Feuerwehr rückte mit 30 Kräften an. © Stadtanzeiger 2025'), [
    'Die Feuerwehr rückte mit 30 Kräften an.',
    '© Stadtanzeiger 2025',
  ]);
  assert.deepEqual(sentencesOf('Der Bürgermeister eröffnet das Fest. Foto: Anna Beispiel/dpa'), [
    'Der Bürgermeister eröffnet das Fest.',
    'Foto: Anna Beispiel/dpa',
  ]);
  assert.deepEqual(sentencesOf('The bridge reopened on Monday. (AFP)', english), ['The bridge reopened on Monday.', '(AFP)']);
  // A parenthesis inside the text stays where it is.
  assert.deepEqual(sentencesOf('Er kam spät. (Der Zug hatte Verspätung.) Dann begann die Sitzung.'), [
    'Er kam spät.',
    '(Der Zug hatte Verspätung.)',
    'Dann begann die Sitzung.',
  ]);
});

test('languages without a pack keep the old behaviour for ordinals', () => {
  const pack = basePack('xx');
  assert.deepEqual(sentencesOf('Am 3. Juni kam er an. Dann ging er.', pack), ['Am 3. Juni kam er an.', 'Dann ging er.']);
});

/** A German paragraph of five sentences, our own. */
const PARAGRAPH =
  'Der Stadtrat hat am Dienstag über den neuen Haushalt beraten. Die Opposition kritisierte die hohen Ausgaben für den Straßenbau. ' +
  'Bürgermeisterin Anna Keller verteidigte den Entwurf. „Wir investieren in die Zukunft“, sagte sie. Die Abstimmung folgt im März.';

test('a paragraph far longer than the segmenter takes at once splits into the same sentences', () => {
  const repeats = 200; // ≈ 46,000 characters on one line
  const text = Array.from({ length: repeats }, () => PARAGRAPH).join(' ');
  const sentences = sentencesOf(text);
  assert.equal(sentences.length, 5 * repeats);
  assert.deepEqual(sentences.slice(0, 5), sentencesOf(PARAGRAPH));
  assert.deepEqual(new Set(sentences), new Set(sentencesOf(PARAGRAPH)));
});

test('text without sentence marks is cut into sentences of bounded length, every word kept', () => {
  const text = 'Berlin '.repeat(20_000).trim();
  const spans = sentenceSpans(text, 0, text.length, german);
  assert.ok(spans.length > 1);
  for (const s of spans) assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS);
  const words = spans.flatMap((s) => text.slice(s.start, s.end).split(' '));
  assert.equal(words.length, 20_000);
  assert.ok(words.every((w) => w === 'Berlin'));
});

test('tokenStartingAt and tokenEndingAt find what a scan of the tokens finds (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.nat(90), (text, offset) => {
      const tokens = tokenize(text, 0, text.length);
      assert.equal(tokenStartingAt(tokens, offset), tokens.findIndex((t) => t.start === offset));
      assert.equal(tokenEndingAt(tokens, offset), tokens.findIndex((t) => t.end === offset));
    }),
  );
});
