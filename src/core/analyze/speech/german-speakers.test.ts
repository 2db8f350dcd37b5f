import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../test-support/analyze.js';
import type { ArticleAnalysis } from '../../model/analysis.js';

// Who speaks in German: the addressee, the relaying source and adverbs are not the speaker. Our own invented sentences.

const direct = (a: ArticleAnalysis) => a.quotes.filter((q) => q.kind === 'direct');
const spoken = (a: ArticleAnalysis, q: ArticleAnalysis['quotes'][number] | undefined) => (q?.speakerSpan ? a.article.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null);

test('a dative prefield is whom the words were told to; an adverb after the verb does not hide the subject', () => {
  const a = analyze('Es regnete. Der englischsprachigen Zeitung sagte Eva Roth: „Wir geben nicht auf.“');
  assert.equal(direct(a)[0]?.speakerName, 'Eva Roth');
  const b = analyze('Es regnete. Um 15:30 Uhr MEZ meldete dann die Nachrichtenagentur der Regierung, die Lage sei ruhig.');
  assert.equal(spoken(b, b.quotes.find((q) => q.cueLemma === 'melden')), 'die Nachrichtenagentur der Regierung');
  const c = analyze('Es regnete. Ähnlich äußerte sich die Ministerin Eva Roth: „Wir haben die Lage im Griff.“');
  assert.equal(direct(c)[0]?.speakerName, 'Eva Roth');
});

test('the agency that relays a frame is not the speaker of the words it relays', () => {
  const a = analyze('Es regnete. Die Ministerin habe gesagt, sie sei „sehr zufrieden“ mit dem Ergebnis, so die Nachrichtenagentur Nordpress. Ihr Sprecher habe der Presse gedankt, obwohl sie „erschöpft“ sei.');
  const [happy, tired] = direct(a);
  assert.equal(spoken(a, happy), 'Die Ministerin');
  assert.equal(spoken(a, tired), 'Ihr Sprecher');
});

test('whom a paper quotes speaks, not the paper', () => {
  const a = analyze('Es regnete. Die Rundschau zitiert einen Augenzeugen mit den Worten: „Der Wagen fuhr viel zu schnell.“');
  assert.equal(spoken(a, direct(a)[0]), 'einen Augenzeugen');
});

test('a clause subject that cannot speak gives way to the speaker just before', () => {
  const a = analyze('Es regnete. In einem Interview äußerte sich Ministerin Eva Roth zuversichtlich: „Wir werden uns einigen.“ Ihre Zuversicht gründet sich auf frühere Gespräche: „Bisher haben wir uns immer geeinigt.“');
  assert.equal(direct(a)[1]?.speakerName, 'Eva Roth');
});

test('a time phrase before the verb is no speaker: "Kurze Zeit später teilte die Feuerwehr mit"', () => {
  for (const opener of ['Kurze Zeit später', 'Wenige Stunden danach', 'Zwei Tage zuvor']) {
    const text = `${opener} teilte die Feuerwehr der Stadt mit, dass die Straße wieder frei sei.`;
    const a = analyze(text);
    const q = a.quotes.find((x) => x.text.includes('Straße'));
    assert.ok(q, opener);
    assert.match(q.speakerName ?? '', /Feuerwehr/, opener);
  }
});

test('two predicates joined by "und" share the subject: the one before the first verb speaks', () => {
  for (const text of [
    'Auch die Ministerin Eva Roth zeigt sich erleichtert und spricht den Helfern ihren Dank aus: „Sie haben Großes geleistet.“',
    'Auch König Gustav XVI. zeigte sich tief bewegt und sagte: „Wir stehen an der Seite der Opfer.“',
  ]) {
    const a = analyze(text);
    const q = direct(a)[0];
    assert.ok(q, text);
    assert.match(q.speakerName ?? '', /Eva Roth|Gustav XVI/, text);
  }
});

test('a role in an object case is whom the words were told to, not the speaker; a marker and "zitiert" keep theirs', () => {
  const told = analyze('Danach sagte der Pilot den Reportern und erklärte: „Wir sind sicher gelandet.“');
  assert.notEqual(direct(told)[0]?.speakerName, 'den Reportern');
  const marker = analyze('Laut einem Augenzeugen stürzte das Flugzeug kurz nach dem Start ab.');
  assert.match(marker.quotes[0]?.speakerName ?? '', /Augenzeugen/);
});

test('a clause subject naming a person by what they do keeps the quote; the previous quote\'s speaker is not carried onto it', () => {
  const a = analyze('Der Student hatte gefragt: „Was ist mit dem Radler passiert?“ Höhnisch veröffentlichte der Verfasser folgenden Kommentar dazu: „Wer gestrichen werden möchte, hat die Chance.“');
  const q = direct(a).find((x) => x.text.includes('Chance'));
  assert.equal(q?.speakerName, 'der Verfasser');
});

test('"ließ … verlauten", "ließ … mitteilen": lassen with an infinitive of speech reports the subject\'s words', () => {
  const a = analyze('Am Abend ließ der Pressedienst des Ministeriums verlauten, dass die Gespräche weitergehen sollten. Später ließ Karl Berg über seinen Anwalt mitteilen, er sei unschuldig.');
  const talks = a.quotes.find((q) => q.text.includes('Gespräche'));
  assert.match(talks?.speakerName ?? '', /Pressedienst/);
  assert.equal(talks?.cueLemma, 'verlauten lassen');
  assert.match(a.quotes.find((q) => q.text.includes('unschuldig'))?.speakerName ?? '', /Karl Berg/);
});

test('„…“, so charakterisierte ihn der X: the subject after the object pronoun speaks, not the man spoken about', () => {
  const a = analyze('Karl Berg leitet den Konzern seit Jahren. „Er ist die eiserne Hand im eisernen Handschuh“, so beschrieb ihn der Gewerkschafter Paul Stein.');
  const q = direct(a).find((x) => x.text.includes('eiserne'));
  assert.match(q?.speakerName ?? '', /Paul Stein/);
});

test('a reporting verb joined by "und" to an earlier predicate shares its subject; the pronoun after it is its object', () => {
  const a = analyze('Die Ministerin Eva Roth verteidigte den Plan. Die Opposition wies die Änderungen scharf zurück und bezeichnete sie als einen Angriff auf die Grundrechte.');
  const act = a.quotes.find((q) => q.sentence === 1);
  assert.match(act?.speakerName ?? '', /Opposition/);
});

test('a few quoted words inside the clause do not cut it: the subject before them speaks', () => {
  const a = analyze('Der Minister Karl Berg hatte am Samstag die Zustimmung seiner Regierung „trotz einiger Bedenken“ bekanntgegeben.');
  assert.match(direct(a)[0]?.speakerName ?? '', /Karl Berg/);
  // A relative clause before an article: its pronoun is the subject, no phrase after it is.
  const b = analyze('In der Zeitung erschien ein Kommentar, der die Entscheidung des Gerichts als „nicht nachvollziehbar“ bezeichnet.');
  assert.ok(!/der die/.test(direct(b)[0]?.speakerName ?? ''), direct(b)[0]?.speakerName ?? '');
});

test('an adverb prefield leaves the subject after the verb, without the verb’s object; "Beide" speaks for a group, not the last person named', () => {
  const a = analyze('Es regnete. Insgesamt spricht die Polizei von weniger schweren Unfällen als im Vorjahr.');
  assert.equal(spoken(a, a.quotes.find((q) => q.cueLemma === 'sprechen')), 'die Polizei');
  const b = analyze('Eva Roth und Jan Berg trafen sich in Bonn. Beide riefen gemeinsam zum Schutz der Wälder auf.');
  const q = b.quotes.find((x) => x.cueLemma?.startsWith('auf'));
  assert.equal(spoken(b, q), 'Beide');
  assert.equal(q?.speaker, null);
});

test('a subject with a foreign name and its short form in brackets keeps its relative clause apart', () => {
  const a = analyze('Es regnete. Die Partei Movement for Democratic Change (MDC), die am Samstag den Sieg für sich beanspruchte, beschuldigte die Regierung des Wahlbetrugs.');
  assert.match(spoken(a, a.quotes.find((q) => q.cueLemma === 'beschuldigen')) ?? '', /^Die Partei Movement for Democratic Change/);
});

test('"eine Erklärung, in der es heißt, …": the document speaks', () => {
  const a = analyze('Es regnete. Die Regierung veröffentlichte eine Erklärung, in der es heißt, die Lage sei ruhig.');
  assert.equal(spoken(a, a.quotes.find((q) => q.cueLemma === 'heißen')), 'eine Erklärung');
});

test('an agentless passive with a list of nouns before its participle reports no speech and names no speaker', () => {
  const a = analyze('Das Gericht tagte am Montag. Er wurde wegen Betrug, Untreue und Bildung einer Bande verurteilt.');
  assert.ok(!a.quotes.some((q) => q.cueLemma === 'verurteilen'), 'no speech act of "Untreue und Bildung"');
});

test('a document before a relative clause with a preposition speaks for an agentless passive; "Art." before an opener ends a sentence', () => {
  const a = analyze('Wale gelten als gefährdete Art. In einer Stellungnahme des Ministeriums, auf die sich mehrere Zeitungen berufen, wird die Entscheidung damit begründet, dass das Land vom Fischfang lebe.');
  assert.equal(a.sentences.length, 2);
  assert.equal(spoken(a, a.quotes.find((q) => q.cueLemma === 'begründen')), 'In einer Stellungnahme des Ministeriums');
});

test('a name with a role in apposition is a person, and "Er" in the next sentence is that person', () => {
  const a = analyze('Davon geht Drago Kovacevic, der für die Region zuständige serbische Minister, aus. Er gehe davon aus, dass die Wahl am Sonntag stattfinde.');
  assert.equal(a.entities.find((e) => e.name.includes('Kovacevic'))?.type, 'person');
  assert.match(a.quotes.find((q) => q.cueLemma?.includes('aus') && q.sentence === 1)?.speakerName ?? '', /Kovacevic/);
});

test('"sie"/"es" after the verb is its object when the prefield names a speaker, its subject when the prefield is an adverbial or a thing', () => {
  const a = analyze('Die Ministerin legte den Plan vor. Der Präsident des Verbands nannte sie „fahrlässig“ und verwies auf eine Studie.');
  assert.equal(direct(a)[0]?.speakerName, 'Der Präsident des Verbands');
  const b = analyze('Die Ministerin Eva Roth kam am Abend. Am Montag nannte sie den Plan „fahrlässig“.');
  assert.equal(spoken(b, direct(b)[0]), 'sie');
  const c = analyze('Die Ministerin Eva Roth kam am Abend. Die Reform nannte sie „fahrlässig“.');
  assert.equal(spoken(c, direct(c)[0]), 'sie');
});

test('after "laut" a bare noun is the source, not the subject after it; "laut Angaben der Polizei" is the police', () => {
  const a = analyze('Es brannte. Am Abend haben laut Polizei Unbekannte ein Auto angezündet.');
  assert.equal(a.quotes.find((q) => q.cueLemma === 'laut')?.speakerName, 'Polizei');
  const b = analyze('Es brannte. Grund für den Brand waren laut Ministerium Arbeiten an der Leitung.');
  assert.equal(b.quotes.find((q) => q.cueLemma === 'laut')?.speakerName, 'Ministerium');
  const c = analyze('Es brannte. Der Täter floh laut Angaben der Polizei zu Fuß.');
  assert.equal(c.quotes.find((q) => q.cueLemma === 'laut')?.speakerName, 'Polizei');
  const d = analyze('Es brannte. Der Täter floh laut Polizeisprecher Ralf Meyer zu Fuß.');
  assert.equal(d.quotes.find((q) => q.cueLemma === 'laut')?.speakerName, 'Ralf Meyer');
});

test('a party in brackets after the subject keeps it the subject ("Christian Wulff (CDU) nahm …"), so a frameless quote after it is his', () => {
  const a = analyze('Es regnete. Der Ministerpräsident Christian Wulff (CDU) nahm zu der Frage Stellung. Jeder Lehrer könne „das Konto jetzt einlösen, er kann es später einlösen“.');
  assert.equal(direct(a)[0]?.speakerName, 'Christian Wulff');
});

test('a Konjunktiv only in a clause giving a noun’s content ("…, wonach …") leaves the sentence narration: its subject speaks the quote in it', () => {
  const a = analyze('Der Ministerpräsident Kurt Beck hat eigenen Angaben zufolge Briefe erhalten. Er schließt sich dem Verdacht der Kritiker an, wonach die Wahl politische Gründe habe: „Man muss sich nur das Personal ansehen.“');
  assert.ok(!a.quotes.some((q) => q.form === 'continued'), 'the narrated sentence is no free indirect speech');
  assert.equal(spoken(a, direct(a)[0]), 'Er');
  assert.equal(direct(a)[0]?.speakerName, 'Kurt Beck');
});

test('a person in apposition to a marker’s phrase is its source ("Nach Darstellung der Schatzmeisterin des Vereins, Eva Roth, …")', () => {
  const a = analyze('Es regnete. Nach Darstellung der Schatzmeisterin des Vereins Pax Europa, Eva Roth, wurde bei dem Angriff auch das Vorstandsmitglied Tom Berg verletzt.');
  assert.equal(a.quotes.find((q) => q.form === 'marker')?.speakerName, 'Eva Roth');
});

test('whom a quoted letter was addressed to is not who is quoted ("zitierte … aus einem Schreiben an X")', () => {
  const a = analyze('Es regnete. „Die Antwort wird stärker ausfallen“, zitierte die Agentur Irna aus einem Schreiben an Generalsekretär Tom Berg.');
  assert.notEqual(direct(a)[0]?.speakerName, 'Tom Berg');
});

test('„…,“ sagte X closes a reported clause (the quote is X’s); "Und ergänzte: „…“" shares the speaker before', () => {
  const a = analyze('Es regnete. Der Sieg bedeute ihm „unfassbar viel,“ sagte Eva Roth. Und ergänzte: „Natürlich wollte ich mit diesem Titel gehen.“');
  assert.deepEqual(direct(a).map((q) => q.speakerName), ['Eva Roth', 'Eva Roth']);
});

test('a pronoun after the verb framing the next quote is the speaker just before, not the person he was talking to', () => {
  const a = analyze('Es regnete. „Mein Glückwunsch zur Wahl“, sagte Tom Berg, als er Paul Kern im Schloss empfing. „Gutes Gelingen für das, was vor Ihnen liegt“, fügte er hinzu.');
  assert.deepEqual(direct(a).map((q) => q.speakerName), ['Tom Berg', 'Tom Berg']);
});
