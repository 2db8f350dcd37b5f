/**
 * German: the speaker a quote got is checked against the evidence of its own
 * sentence, and given up when that evidence names no one.
 *
 * - Opinion phrases: "Die Lage sei seiner Meinung nach ernst" — the possessive
 *   of "seiner Meinung/Ansicht/Auffassung/Einschätzung nach" names whose view
 *   it is; the phrase is the speaker's place in the text and the person it
 *   points back to the speaker.
 * - Words that name no actor ("Insgesamt", "Und", "Samstag", "Es", "Der 5"):
 *   a quote is never given to them. A Konjunktiv sentence
 *   carries on the speaker of the quote just before (up to three sentences);
 *   otherwise the speaker stays unknown.
 * - "nach Polizeiangaben": a source compound names its source ("Polizei").
 * - "Wie es aus Sicherheitskreisen heißt": the phrase after "aus" is the source.
 * - "Israels Armee": a country before an institution noun is that institution.
 * - "Für X sei …": a reported-mood sentence opening with "für" and a person is
 *   that person's view.
 * - A quote left without a speaker takes the one its own sentence names with a
 *   reporting verb before it ("Von der Leyen betonte, unter ihnen seien „…“"),
 *   or the one the next sentence names when it only points back ("… Dies gibt
 *   der Verband bekannt.").
 */
import type { Quote, Sentence, Span, Token } from '../../../core/model/analysis.js';
import type { SpeechContext } from '../../../core/analyze/speech/passes/context.js';
import { inReportedMood, recentSpeaker, speakerFor, takeSpeaker, withSpeaker } from '../../../core/analyze/speech/passes/context.js';
import type { Speaker } from '../../../core/analyze/speech/speakers.js';
import { lastPersonBefore } from '../../../core/analyze/speech/speakers.js';
import { adjectiveId } from '../../shared/adjectives.js';
import { bySentence } from '../../../core/collections.js';

/** Nouns of a view held: "seiner Meinung nach", "ihrer Ansicht nach". */
const VIEW_NOUNS = new Set(['meinung', 'ansicht', 'auffassung', 'einschätzung', 'überzeugung', 'sicht', 'worten']);
const POSSESSIVES: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  ['seiner', 'm'],
  ['seinen', 'm'],
  ['ihrer', 'any'],
  ['ihren', 'any'],
]);

/** Whether `toks[k]` opens "<possessive> <view noun> nach" (the noun may take one adjective). */
function viewPhrase(toks: readonly Token[], k: number): { last: number; pronoun: 'm' | 'f' | 'any' } | null {
  const pronoun = POSSESSIVES.get(toks[k]!.norm);
  if (!pronoun) return null;
  for (let j = k + 1; j <= k + 2 && j + 1 < toks.length; j++) {
    if (VIEW_NOUNS.has(toks[j]!.norm) && toks[j + 1]!.norm === 'nach') return { last: j, pronoun };
  }
  return null;
}

/** "seiner Meinung nach" within the quote's own sentence, outside quote marks: the view's holder speaks. */
function opinionHolder(ctx: SpeechContext, q: Quote, s: Sentence): void {
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.start < q.start || t.end > q.end || ctx.quoted(t.start)) continue;
    const view = viewPhrase(toks, k);
    if (!view) continue;
    const span: Span = { start: t.start, end: toks[view.last]!.end };
    const current = q.speaker ? ctx.entities.get(q.speaker) : undefined;
    if (current?.type === 'person') {
      takeSpeaker(q, { speaker: q.speaker, speakerName: q.speakerName, speakerSpan: span });
      return;
    }
    const person = lastPersonBefore(ctx.speakers, t.start, view.pronoun);
    const name = person ? ctx.entities.get(person.entity)?.name ?? person.text : ctx.text.slice(span.start, span.end);
    takeSpeaker(q, { speaker: person?.entity ?? null, speakerName: name, speakerSpan: span });
    return;
  }
}

/** Words that open a sentence or stand in its prefield and never name who speaks. */
const NO_ACTOR = new Set(
  (
    'und aber oder denn doch sondern insgesamt dabei damit daher dadurch danach dazu zudem außerdem ' +
    'jedoch allerdings trotzdem dennoch zufolge laut heute gestern morgen'
  ).split(' '),
);
/** Prepositions: a phrase they open names a document or medium ("in einer Erklärung"), which a medium's name may replace. */
const PREPOSITIONS = new Set('in im bei beim auf an am mit vor seit unter über zu zum zur durch gegen ohne um nach'.split(' '));
/** Days: no one, unless a source marker's phrase holds them ("einer am Dienstag veröffentlichten Mitteilung zufolge"). */
const DAYS = new Set('montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '));

/** The speaker span names no actor: a lone function word, adverb or day, or a phrase ending in a number. */
function namesNoActor(ctx: SpeechContext, q: Quote): boolean {
  const sp = q.speakerSpan;
  if (!sp) return false;
  const entity = q.speaker ? ctx.entities.get(q.speaker) : undefined;
  if (entity && (entity.type === 'person' || entity.type === 'organization')) return false;
  const raw = ctx.text.slice(sp.start, sp.end).trim();
  const words = raw
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);
  if (words.length === 0) return true;
  const one = words.length === 1 ? words[0]!.toLowerCase() : null;
  if (one && (NO_ACTOR.has(one) || (DAYS.has(one) && q.form !== 'marker'))) return true;
  // "Es drohe „…“": an "es" no cue takes is the expletive, not a neuter actor ("Das Gericht … Es weist … zurück").
  if (one === 'es' && !q.cueLemma && ctx.sentences[q.sentence]!.start <= sp.start) return true;
  // "Der 5", "Die verbleibenden 30.000": a number is no one.
  return /^(?:[Dd](?:er|ie|as|en|em|es)\s+)?(?:\p{Ll}+\s+)?[\d.,]*\d$/u.test(raw);
}

/** A speaker that names someone (a span the checks above accept). */
function named(ctx: SpeechContext, q: Quote, sp: Speaker | null): Speaker | null {
  if (!sp) return null;
  return namesNoActor(ctx, { ...q, ...withSpeaker(sp) }) ? null : sp;
}

/** The speaker of a reporting verb in the quote's own sentence, before the quote and outside quote marks. */
function frameInSentence(ctx: SpeechContext, q: Quote): Speaker | null {
  const s = ctx.sentences[q.sentence]!;
  for (const cue of ctx.cuesBySentence[q.sentence] ?? []) {
    const t = s.tokens[cue.token]!;
    if (cue.kind !== 'verb' || t.start >= q.start || ctx.quoted(t.start)) continue;
    const sp = named(ctx, q, speakerFor(ctx, cue));
    if (sp && (sp.span.end <= q.start || sp.span.start >= q.end)) return sp;
  }
  return null;
}

/** Words that open a sentence pointing back to the one before as what was said. */
const POINTING_BACK = new Set(['dies', 'das', 'dieses']);

/** "… Dies gibt der Verband bekannt.": the next sentence (same paragraph) opens by pointing back, and its verb names the speaker. */
function pointedBackBy(ctx: SpeechContext, q: Quote): Speaker | null {
  const here = ctx.sentences[q.sentence]!;
  const next = ctx.sentences[q.sentence + 1];
  if (!next || next.paragraph !== here.paragraph || q.end > next.start) return null;
  if (!POINTING_BACK.has(next.tokens[0]?.norm ?? '')) return null;
  // Verb second: the cue is the finite verb right after the demonstrative.
  const cue = (ctx.cuesBySentence[next.index] ?? []).find((c) => c.kind === 'verb' && c.token === 1);
  return cue ? named(ctx, q, speakerFor(ctx, cue)) : null;
}

/**
 * "Für Plottke sei es ein Schlüsselereignis, …": a reported-mood sentence that opens with
 * "für" and a person states that person's view; the person speaks.
 */
function viewFor(ctx: SpeechContext, q: Quote, s: Sentence): void {
  const first = s.tokens[0];
  if (first?.norm !== 'für' || ctx.quoted(first.start) || !inReportedMood(ctx, s)) return;
  const after = s.tokens[1];
  if (!after) return;
  // The sentence's own mentions: a scan of all mentions per quote grew with the square of the article.
  const m = bySentence(ctx.speakers.mentions)(s.index).find((x) => x.start === after.start && ctx.entities.get(x.entity)?.type === 'person');
  if (!m) return;
  const current = q.speaker ? ctx.entities.get(q.speaker) : undefined;
  if (current?.type === 'person' && q.speaker !== m.entity) return;
  takeSpeaker(q, { speaker: m.entity, speakerName: ctx.entities.get(m.entity)?.name ?? m.text, speakerSpan: { start: m.start, end: m.end } });
}

/** The noun of a source marker ("Angaben"), as the end of a compound: "Polizeiangaben", "Behördenangaben". */
const SOURCE_NOUN = 'angaben';
/** Shortest first part that names a source ("Polizei", "Stadt"). */
const MIN_SOURCE = 4;

/**
 * A source marker whose noun is a compound of the source and "Angaben" ("nach
 * Polizeiangaben", "Regierungsangaben zufolge"): its first part is the speaker, not a
 * name the word order found around it ("am Brandenburger Tor").
 */
function compoundSource(ctx: SpeechContext, q: Quote, s: Sentence): void {
  if (q.form !== 'marker' || !q.cue?.toLowerCase().includes(SOURCE_NOUN)) return;
  const t = s.tokens.find((x) => x.norm.endsWith(SOURCE_NOUN) && x.norm.length >= SOURCE_NOUN.length + MIN_SOURCE && q.cue!.includes(x.text));
  if (!t) return;
  const end = t.end - SOURCE_NOUN.length;
  takeSpeaker(q, { speaker: null, speakerName: ctx.text.slice(t.start, end), speakerSpan: { start: t.start, end } });
}

/** Nouns of source markers that an adjective before them may name: "nach israelischen Angaben", "iranischen Berichten zufolge". */
const MARKER_NOUNS = new Set(['angaben', 'berichten', 'informationen', 'erkenntnissen', 'schätzungen']);
/** Articles that open a genitive source after the marker's noun ("nach Angaben der Polizei"). */
const GENITIVE_ARTICLES = new Set(['der', 'des', 'eines', 'einer']);

/**
 * "nach israelischen Angaben": a country adjective before the marker's noun names the
 * source (Israel); "nach ersten/offiziellen Angaben" names none, and the speaker stays
 * unknown rather than a noun the clause happens to hold ("einen Drohnenangriff").
 * A genitive source after the noun ("nach offiziellen Angaben der Stadt") stays.
 */
function adjectiveSource(ctx: SpeechContext, q: Quote, s: Sentence): void {
  if (q.form !== 'marker' || !q.cue) return;
  const toks = s.tokens;
  for (let k = 1; k < toks.length; k++) {
    const noun = toks[k]!;
    const adj = toks[k - 1]!;
    if (!MARKER_NOUNS.has(noun.norm) || !q.cue.includes(noun.text) || ctx.quoted(noun.start)) continue;
    // "nach eigenen Angaben" points to the clause's subject; the speech passes resolve it.
    if (adj.kind !== 'word' || adj.capitalized || adj.stop || adj.norm.startsWith('eigen')) return;
    const next = toks[k + 1];
    // (The marker's speaker phrase may start at the noun: "Angaben der Polizei".)
    if (next && GENITIVE_ARTICLES.has(next.norm) && q.speakerSpan && q.speakerSpan.end > next.start) return;
    const pack = ctx.speakers.pack;
    const id = adjectiveId(pack, adj.norm);
    const country = id ? pack.gazetteer.find((e) => e.id === id) : undefined;
    if (country) takeSpeaker(q, { speaker: null, speakerName: country.name, speakerSpan: { start: adj.start, end: noun.end } });
    else takeSpeaker(q, { speaker: null, speakerName: null, speakerSpan: null });
    return;
  }
}

/** Forms of "heißen" that report what a source says ("wie es … heißt", "hieß es"). */
const SAYS_FORMS = new Set(['heißt', 'hieß', 'heisst', 'hiess', 'hieße']);
/** Articles between "aus" and the source ("aus dem Ministerium"). */
const ARTICLES = new Set(['dem', 'der', 'den']);

/**
 * "Wie es aus Sicherheitskreisen heißt", "aus dem Ministerium hieß es": the phrase
 * after "aus" is the source of what "es heißt".
 */
function heardFrom(ctx: SpeechContext, q: Quote, s: Sentence): void {
  if (!q.cue || !SAYS_FORMS.has(q.cue.toLowerCase())) return;
  // A speaker the sentence itself names stays; one carried from elsewhere gives way to the source here.
  if (q.speakerSpan && q.speakerSpan.start >= s.start && q.speakerSpan.end <= s.end && !PREPOSITIONS.has(ctx.text.slice(q.speakerSpan.start, q.speakerSpan.end).split(/\s+/)[0]!.toLowerCase())) return;
  const toks = s.tokens;
  for (let k = 0; k + 1 < toks.length; k++) {
    const via = toks[k]!.norm;
    if ((via !== 'aus' && via !== 'in' && via !== 'im') || ctx.quoted(toks[k]!.start)) continue;
    let j = k + 1;
    if (ARTICLES.has(toks[j]!.norm)) j++;
    // "in iranischen Staatsmedien": adjectives may come before the noun.
    let first = j;
    while (via !== 'aus' && toks[j]?.kind === 'word' && !toks[j]!.capitalized && !toks[j]!.stop) j++;
    const head = toks[j];
    if (!head || head.kind !== 'word' || !head.capitalized) continue;
    let last = j;
    while (toks[last + 1]?.kind === 'word' && toks[last + 1]!.capitalized) last++;
    // "hieß es in …" names a source only when the phrase is a medium ("in den Staatsmedien"), not a document or place.
    if (via !== 'aus' && ![...MEDIA_HEADS].some((h) => toks[last]!.norm.endsWith(h))) continue;
    if (via === 'aus') first = j;
    const span = { start: toks[first]!.start, end: toks[last]!.end };
    takeSpeaker(q, { speaker: null, speakerName: ctx.text.slice(span.start, span.end), speakerSpan: span });
    return;
  }
}

/** Ends of nouns that name a medium speaking for its owner ("Staatsmedien", "Staatsfernsehen", "Nachrichtenagentur"). */
const MEDIA_HEADS = new Set(['medien', 'fernsehen', 'sender', 'rundfunk', 'agentur', 'zeitung', 'radio']);

/**
 * "Israels Armee konnte nach eigenen Angaben …": a country named right before an
 * institution noun of the pack ("Armee", "Regierung", "Militär") stands for that
 * institution; the institution speaks, not the country.
 */
function institutionOf(ctx: SpeechContext, q: Quote, s: Sentence): void {
  if (!q.speaker || ctx.entities.get(q.speaker)?.type !== 'place') return;
  for (const m of bySentence(ctx.speakers.mentions)(s.index)) {
    if (m.entity !== q.speaker || ctx.quoted(m.start)) continue;
    const next = s.tokens.find((t) => t.start >= m.end);
    if (!next || !next.capitalized || !ctx.speakers.pack.orgHeads.has(next.norm)) continue;
    // A speaker phrase that already holds the institution ("Ein Sprecher der israelischen Armee") stays,
    // but speaks for the institution, not for the country its adjective names.
    if (q.speakerSpan && q.speakerSpan.start <= next.start && q.speakerSpan.end >= next.end) {
      takeSpeaker(q, { speaker: null, speakerName: q.speakerName, speakerSpan: q.speakerSpan });
      return;
    }
    const span = { start: m.start, end: next.end };
    takeSpeaker(q, { speaker: null, speakerName: ctx.text.slice(span.start, span.end), speakerSpan: span });
    return;
  }
}

export function speakerEvidence(ctx: SpeechContext): void {
  // What the evidence made of each speaker phrase: a quote continued from one (carried over before this pass) follows it.
  const settled = new Map<string, Pick<Quote, 'speaker' | 'speakerName' | 'speakerSpan'>>();
  for (const q of ctx.quotes) {
    const s = ctx.sentences[q.sentence];
    if (!s) continue;
    const key = q.speakerSpan ? `${q.speakerSpan.start}:${q.speakerSpan.end}` : null;
    const earlier = key && q.form === 'continued' ? settled.get(key) : undefined;
    if (earlier) takeSpeaker(q, earlier);
    compoundSource(ctx, q, s);
    adjectiveSource(ctx, q, s);
    heardFrom(ctx, q, s);
    institutionOf(ctx, q, s);
    opinionHolder(ctx, q, s);
    viewFor(ctx, q, s);
    if (namesNoActor(ctx, q)) {
      const carried = inReportedMood(ctx, s) ? recentSpeaker(ctx, q.start, q.sentence) : null;
      takeSpeaker(q, withSpeaker(carried && carried.span.start !== q.speakerSpan!.start ? carried : null));
    }
    if (key) settled.set(key, { speaker: q.speaker, speakerName: q.speakerName, speakerSpan: q.speakerSpan });
    if (q.speakerSpan) continue;
    const found = frameInSentence(ctx, q) ?? pointedBackBy(ctx, q);
    if (found) takeSpeaker(q, withSpeaker(found));
  }
}
