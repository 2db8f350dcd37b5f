import type { ArticleEntity, EntityMention, Sentence, Span, Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import { roleOf } from '../entities/recognize.js';
import type { CueHit } from './cues.js';
import { clauseVerb, DETERMINERS, documentAfter, documentPrefield, opensDocument, phraseBefore, phraseFrom, postverbalPhrase, SUBJECT_PRONOUNS, subjectSpan } from './subject.js';
import { ATTACHING, finiteVerbBefore, inOpeningClause, objectPosition, openingSubject, phraseEnd, subjectPosition, svoSubject } from './svo-subject.js';
import { verbSecond } from './rules.js';
import type { Gender } from './gender.js';
import { lastAtOrBefore, maxOf, minOf } from '../../collections.js';

export interface Speaker {
  entity: string | null;
  name: string;
  span: Span;
  /** The mention that names the speaker, when one does (for metonymy marking). */
  mention: EntityMention | null;
}

export interface SpeakerContext {
  pack: LanguagePack;
  sentences: readonly Sentence[];
  mentions: readonly EntityMention[];
  entities: ReadonlyMap<string, ArticleEntity>;
  quoted: (offset: number) => boolean;
  /** Known genders of the article's people, for pronouns. */
  genders?: ReadonlyMap<string, Gender>;
}

const STOP_AT = new Set(['.', '!', '?', ';', '„', '“', '”', '"', '»', '«']);

interface MentionIndex {
  bySentence: Map<number, EntityMention[]>;
  byStart: Map<number, EntityMention>;
  byEnd: Map<number, EntityMention>;
}
const indexes = new WeakMap<readonly EntityMention[], MentionIndex>();

/** Mentions by sentence, start and end offset, built once per article (lookups stay constant-time). */
function mentionIndex(ctx: SpeakerContext): MentionIndex {
  let index = indexes.get(ctx.mentions);
  if (!index) {
    index = { bySentence: new Map(), byStart: new Map(), byEnd: new Map() };
    for (const m of ctx.mentions) {
      const list = index.bySentence.get(m.sentence) ?? [];
      list.push(m);
      index.bySentence.set(m.sentence, list);
      if (!index.byStart.has(m.start)) index.byStart.set(m.start, m);
      if (!index.byEnd.has(m.end)) index.byEnd.set(m.end, m);
    }
    indexes.set(ctx.mentions, index);
  }
  return index;
}

/** The actors named in one sentence outside quotes. */
function actorsIn(ctx: SpeakerContext, sentence: number): EntityMention[] {
  return (mentionIndex(ctx).bySentence.get(sentence) ?? []).filter((m) => !ctx.quoted(m.start) && isActor(ctx, m));
}

function isActor(ctx: SpeakerContext, m: EntityMention): boolean {
  const e = ctx.entities.get(m.entity);
  if (!e) return false;
  // "russische Medien": the adjective names the country, not who speaks.
  if (m.via === 'adjective') return false;
  return e.type === 'person' || e.type === 'organization' || e.type === 'place' || e.type === 'other';
}

function fromMention(ctx: SpeakerContext, m: EntityMention): Speaker {
  return { entity: m.entity, name: ctx.entities.get(m.entity)?.name ?? m.text, span: { start: m.start, end: m.end }, mention: m };
}

/**
 * What "er", "sie", "he", "she" before `offset` refer to. With the pack's speaker
 * evidence (word order), the person in subject position nearest before — the
 * sentence holding the pronoun first, then up to four sentences back, headlines
 * skipped for body text — wins over someone merely named in passing ("Of Obama,
 * he said", "Fox isn't worried that Trump will win. “…,” he said"); a sentence
 * whose subject is a pronoun of the same kind continues the same person, so the
 * search goes on before it. A person known to have the other gender is skipped;
 * "sie"/"they" (either) prefers a person not known to be male. Without a
 * subject, or without evidence, the nearest fitting person.
 */
export function lastPersonBefore(ctx: SpeakerContext, offset: number, pronoun: 'm' | 'f' | 'any' = 'any'): EntityMention | null {
  const people = personIndex(ctx);
  const avoid: Gender = pronoun === 'm' ? 'f' : 'm';
  const before = (list: readonly EntityMention[], starts: readonly number[]) => list[lastAtOrBefore(starts, offset - 1)] ?? null;
  const best = before(people.all, people.allStarts);
  const fitting = avoid === 'f' ? before(people.notF, people.notFStarts) : before(people.notM, people.notMStarts);
  const nearest = fitting ?? best;
  if (!ctx.pack.speakerEvidence || !nearest) return nearest;
  const subject = subjectBefore(ctx, offset, pronoun);
  return subject === UNKNOWN ? null : subject ?? nearest;
}

/** The article's people named outside quotes, in text order, all and by the gender they are not known to have. */
interface PersonIndex {
  all: EntityMention[];
  allStarts: number[];
  notF: EntityMention[];
  notFStarts: number[];
  notM: EntityMention[];
  notMStarts: number[];
}
const personIndexes = new WeakMap<SpeakerContext, { mentions: readonly EntityMention[]; index: PersonIndex }>();

/**
 * Built on the first pronoun, when the quote spans are settled, so that each pronoun
 * finds its antecedent by binary search instead of a walk over all earlier mentions.
 * Mentions stop counting where they start at or after a later one (text order, as the walk had it).
 */
function personIndex(ctx: SpeakerContext): PersonIndex {
  const cached = personIndexes.get(ctx);
  if (cached && cached.mentions === ctx.mentions) return cached.index;
  const index: PersonIndex = { all: [], allStarts: [], notF: [], notFStarts: [], notM: [], notMStarts: [] };
  let last = Number.NEGATIVE_INFINITY;
  for (const m of ctx.mentions) {
    // The walk this replaces stopped at the first mention at or after the offset: mentions out of order are never reached.
    if (m.start < last) break;
    last = m.start;
    if (ctx.quoted(m.start) || ctx.entities.get(m.entity)?.type !== 'person') continue;
    index.all.push(m);
    index.allStarts.push(m.start);
    const gender = ctx.genders?.get(m.entity);
    if (gender !== 'f') {
      index.notF.push(m);
      index.notFStarts.push(m.start);
    }
    if (gender !== 'm') {
      index.notM.push(m);
      index.notMStarts.push(m.start);
    }
  }
  personIndexes.set(ctx, { mentions: ctx.mentions, index });
  return index;
}

/** The evidence contradicts itself: the pronoun stays unresolved. */
const UNKNOWN = Symbol('unknown');

/** How many sentences before the pronoun's own the subject search looks. */
const PRONOUN_REACH = 4;

function subjectBefore(ctx: SpeakerContext, offset: number, pronoun: 'm' | 'f' | 'any'): EntityMention | typeof UNKNOWN | null {
  const avoid: Gender = pronoun === 'm' ? 'f' : 'm';
  const here = sentenceIndexAt(ctx.sentences, offset);
  if (here < 0) return null;
  const body = !ctx.sentences[here]!.headline;
  const index = mentionIndex(ctx);
  for (let si = here; si >= 0 && here - si <= PRONOUN_REACH; si--) {
    const s = ctx.sentences[si]!;
    if (body && s.headline) break;
    const toks = s.tokens;
    const tokenAt = (start: number) => toks.findIndex((t) => t.start >= start);
    // Subjects in text order: people, and pronouns of the same kind that carry the same person on.
    const subjects: { at: number; mention: EntityMention | null }[] = [];
    // A person of the pronoun's known gender named as the sentence's object ("met John Smith"), for when its subjects' genders are unknown.
    let otherFitting: EntityMention | null = null;
    for (const m of index.bySentence.get(si) ?? []) {
      const type = ctx.entities.get(m.entity)?.type;
      if (m.start >= offset || ctx.quoted(m.start) || m.via === 'adjective' || (type !== 'person' && type !== 'organization')) continue;
      const first = tokenAt(m.start);
      let last = first;
      while (last + 1 < toks.length && toks[last + 1]!.end <= m.end) last++;
      if (first >= 0 && subjectPosition(toks, first, last, ctx.quoted, ctx.pack)) subjects.push({ at: m.start, mention: m });
      if (type !== 'person') continue;
      else if (first >= 0 && pronoun !== 'any' && ctx.genders?.get(m.entity) === pronoun && objectPosition(toks, first, last, ctx.pack)) otherFitting ??= m;
    }
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.start >= offset || ctx.quoted(t.start)) continue;
      const kind = ctx.pack.pronouns.get(t.norm);
      if (kind && (kind === pronoun || pronoun === 'any') && subjectPosition(toks, k, k, ctx.quoted, ctx.pack)) subjects.push({ at: t.start, mention: null });
    }
    subjects.sort((a, b) => a.at - b.at);
    const first = subjects.find((x) => x.mention === null || ctx.genders?.get(x.mention.entity) !== avoid);
    if (!first) continue;
    // A pronoun subject first: the same person as before; look further back.
    if (first.mention === null) continue;
    // An organisation as the subject before "he"/"she": someone unnamed speaks for it, or the name was mistyped — unknown.
    if (ctx.entities.get(first.mention.entity)?.type !== 'person') return pronoun === 'any' ? null : UNKNOWN;
    // "Carly Roe met John Smith. He said …": a subject of unknown gender gives way to a person known to fit.
    if (otherFitting && pronoun !== 'any' && ctx.genders?.get(first.mention.entity) === undefined) return otherFitting;
    return first.mention;
  }
  return null;
}

/** Index of the sentence holding `offset` (binary search over sentences in text order), or -1. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return hi;
}

/**
 * Who a cue attributes speech to. Tries, in order: for markers, the name on the
 * marker's source side; for verbs whose object is the speaker, the person after
 * the verb; a pronoun, a name or a role right after the verb (inverted order,
 * "sagte er", "sagte Kreml-Sprecher Dmitri Peskow"); the nearest actor before
 * the verb in the same clause; a role phrase ("der Sprecher", "the spokeswoman").
 */
export function speakerOf(ctx: SpeakerContext, cue: CueHit): Speaker | null {
  const sentence = ctx.sentences[cue.sentence]!;
  const toks = sentence.tokens;
  const inSentence = actorsIn(ctx, cue.sentence);
  const cueStart = toks[cue.token]!.start;
  const cueEnd = toks[cue.lastToken]!.end;

  const after = (limitTokens: number) => {
    const limit = toks[Math.min(toks.length - 1, cue.lastToken + limitTokens)]!.end;
    let stop = limit;
    for (let k = cue.token + 1; k < toks.length && toks[k]!.start < limit; k++) {
      if (STOP_AT.has(toks[k]!.text) || (toks[k]!.text === ',' && k > cue.lastToken + 1)) {
        stop = toks[k]!.start;
        break;
      }
    }
    return inSentence.filter((m) => m.start >= cueEnd && m.start < stop);
  };
  const before = () => {
    let clauseStart = sentence.start;
    for (let k = cue.token - 1; k >= 0; k--) {
      const t = toks[k]!;
      if (STOP_AT.has(t.text) || ctx.quoted(t.start)) {
        clauseStart = t.end;
        break;
      }
    }
    return inSentence.filter((m) => m.end <= cueStart && m.start >= clauseStart);
  };

  if (cue.kind === 'noun') {
    // "die Forderung des Ministers, …": the attribute names the source; else the subject of the clause ("X erhob den Vorwurf, …").
    if (cue.lastToken > cue.token) {
      let first = cue.token + 1;
      if (['von', 'vom', 'seitens', 'of', 'by', 'from'].includes(toks[first]!.norm)) first++;
      return speakerInPhrase(ctx, sentence, { start: toks[first]!.start, end: cueEnd }, inSentence);
    }
    return clauseSpeaker(ctx, cue.sentence, cueStart);
  }
  if (cue.kind === 'marker') {
    // "Demnach": a marker that only points back stands for the source itself.
    if (cue.sourceSide === null) return anaphoricMarker(toks, cue);
    // "nach eigenen Angaben": the possessive points to the clause's subject, which the marker's words stand for.
    if (toks.slice(cue.token, cue.lastToken + 1).some((t) => OWN.has(t.norm))) {
      const subj = verbSecond(ctx.pack) ? ownerOf(ctx, sentence, cue, inSentence) : null;
      return { ...anaphoricMarker(toks, cue), entity: subj?.entity ?? null, name: subj?.name ?? cue.text, mention: subj?.mention ?? null };
    }
    const side = cue.sourceSide === 'before' ? before() : after(8);
    // "X zufolge": the source ends right before the marker (a name further back is someone else).
    const adjacent = cue.token > 0 ? toks[cue.token - 1]!.end : -1;
    // "laut X": a name inside the phrase right after the marker ("laut Polizeiangaben rund 1,1 Promille": not "Promille").
    const right = verbSecond(ctx.pack) && cue.sourceSide === 'after' ? phraseFrom(toks, cue.lastToken + 1) : null;
    const rightEnd = right ? toks[right.last]!.end : toks[Math.min(toks.length - 1, cue.lastToken + 2)]!.end;
    // ("laut Ministerium Arbeiten an …": a name after the marker's bare noun is no part of the source; after a role it is:
    // "laut Polizeisprecher Ralf Meyer"; and after an article a noun opens an attribute: "des Senders Channel 12".)
    const bare = toks[cue.lastToken + 1];
    const reachable = (x: EntityMention) =>
      !bare || bare.start >= x.start || bare.kind !== 'word' || !bare.capitalized || bare.stop || roleOf(ctx.pack, bare) !== null || ctx.pack.firstNames.has(bare.norm);
    // "Nach Darstellung der Schatzmeisterin von Pax Europa, Stefanie Kizina, wurde …": the person in apposition to the phrase.
    const apposed =
      right && toks[right.last + 1]?.text === ','
        ? inSentence.find((x) => x.start === toks[right.last + 2]?.start && ctx.entities.get(x.entity)?.type === 'person' && toks.find((t) => t.start >= x.end)?.text === ',')
        : undefined;
    const m =
      apposed ?? (cue.sourceSide === 'before' ? side.filter((x) => x.end === adjacent).pop() : side.find((x) => !verbSecond(ctx.pack) || (x.start < rightEnd && reachable(x))));
    // "Dem Sender X zufolge", "Einer Erklärung des Verbandes (VDR) zufolge": the whole noun phrase before the marker.
    if (!m && cue.sourceSide === 'before' && verbSecond(ctx.pack) && cue.token === cue.lastToken) {
      const phrase = phraseBefore(toks, cue.token - 1);
      if (phrase) {
        const sp = speakerInPhrase(ctx, sentence, phrase, inSentence);
        // Named without its article: "Der Feuerwehr zufolge" → "Feuerwehr".
        return sp.entity ? sp : { ...sp, name: sp.name.replace(/^(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines)\s+/i, '') };
      }
    }
    // "Ihnen zufolge", "ihm zufolge": a pronoun source.
    const pronoun = cue.sourceSide === 'before' && cue.token > 0 ? toks[cue.token - 1]! : null;
    if (!m && pronoun && ctx.pack.pronouns.has(pronoun.norm)) {
      const antecedent = lastPersonBefore(ctx, pronoun.start, ctx.pack.pronouns.get(pronoun.norm));
      return { entity: antecedent?.entity ?? null, name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? pronoun.text : pronoun.text, span: { start: pronoun.start, end: pronoun.end }, mention: null };
    }
    // ("laut Ministerium Arbeiten …": the marker's noun alone.)
    const own = m ? null : ownNounPhrase(ctx, sentence, cue);
    if (own) return own;
    const found =
      (m ? fromMention(ctx, m) : null) ??
      rolePhrase(ctx, sentence, cue.sourceSide === 'before' ? cue.token - 1 : cue.lastToken + 1, cue.sourceSide === 'before' ? -1 : 1) ??
      nounPhrase(sentence, cue.sourceSide === 'before' ? cue.token - 1 : cue.lastToken + 1, cue.sourceSide === 'before' ? -1 : 1);
    // The source phrase includes the marker's own noun: "Angaben der Polizei", "Polizeiangaben".
    const noun = toks.slice(cue.token, cue.lastToken + 1).find((t) => t.capitalized && t.kind === 'word' && k0(toks, t) > 0);
    // English "according to a new poll of Iowa voters, …": the source is the whole noun phrase up to the clause's end.
    if (cue.sourceSide === 'after' && !verbSecond(ctx.pack)) {
      const whole = markerPhraseAfter(toks, cue.lastToken + 1, ctx.quoted);
      if (whole) {
        const span = { start: toks[whole.first]!.start, end: toks[whole.last]!.end };
        return { entity: found?.entity ?? null, name: found?.name ?? sentence.text.slice(span.start - sentence.start, span.end - sentence.start), span, mention: found?.mention ?? null };
      }
    }
    if (cue.sourceSide === 'after') {
      const phrase = phraseFrom(toks, cue.lastToken + 1);
      const end = Math.max(found?.span.end ?? 0, phrase ? toks[phrase.last]!.end : 0, noun ? noun.end : 0);
      // "According to the city council, …": without a name, the words up to the clause's comma.
      const comma = toks.findIndex((t, k) => k > cue.lastToken && t.text === ',');
      const plain = !found && !phrase && comma > cue.lastToken + 1 && comma - cue.lastToken <= 7 ? toks[comma - 1]! : null;
      const start = noun ? noun.start : found?.span.start ?? (phrase ? toks[phrase.first]!.start : plain ? toks[cue.lastToken + 1]!.start : -1);
      if (plain && !noun) {
        const span = { start, end: plain.end };
        return { entity: null, name: sentence.text.slice(span.start - sentence.start, span.end - sentence.start), span, mention: null };
      }
      if (start < 0 || end <= start) return found;
      return { entity: found?.entity ?? null, name: whoseReport(ctx, toks, found) ?? found?.name ?? sentence.text.slice(start - sentence.start, end - sentence.start), span: { start, end }, mention: found?.mention ?? null };
    }
    if (found) return found;
    if (noun) return { entity: null, name: noun.text, span: { start: toks[cue.token]!.start, end: noun.end }, mention: null };
    // No source before the marker: its own words point to it ("Demnach", "Berichten zufolge", "nach eigenen Angaben");
    // the caller resolves what they point back to (see `anaphoricMarker`).
    if (cue.sourceSide === 'before') return anaphoricMarker(toks, cue);
    return null;
  }
  const aux = cue.kind === 'verb' && cue.participle ? passiveAuxiliary(toks, cue) : -1;
  if (aux >= 0 && verbSecond(ctx.pack)) {
    // Passive: "X wird (von der Zeitung) mit den Worten zitiert": the subject of "wird" is quoted.
    if (cue.objectIsSpeaker) {
      const subj = subjectSpan(sentence, { ...cue, token: aux, lastToken: aux }, ctx.quoted);
      if (subj) return speakerInPhrase(ctx, sentence, subj, inSentence);
    } else {
      // "Die Pläne wurden von der Ministerin kritisiert": the agent speaks, the subject does not.
      const agent = agentPhrase(toks, Math.min(aux, cue.token), Math.max(aux, cue.token)) ?? documentPrefield(toks, Math.min(aux, cue.token));
      return agent ? speakerInPhrase(ctx, sentence, agent, inSentence) : null;
    }
  }
  if (cue.objectIsSpeaker) {
    // ("zitierte … aus einem Schreiben an UN-Generalsekretär António Guterres": whom it was written to is not who is quoted.)
    const addressed = (m: EntityMention) => {
      const k = toks.findIndex((t) => t.start >= m.start);
      for (let j = k - 1; j >= 0 && k - j <= 4; j--) if (ctx.pack.addresseePrepositions?.has(toks[j]!.norm)) return true;
      return false;
    };
    const people = after(10).filter((m) => ctx.entities.get(m.entity)?.type === 'person' && !addressed(m));
    const m = people[people.length - 1];
    if (m) return fromMention(ctx, m);
    // "Die Zeitung zitiert einen Augenzeugen": a role after the verb is who is quoted, not the medium that quotes.
    const role = rolePhrase(ctx, sentence, cue.lastToken + 1, 1);
    if (role) return role;
  }
  // "In dem Antrag heißt es": the document states it; so does "…, heißt es in dem Bericht".
  if (cue.lemma === 'heißen' && toks[cue.token + 1]?.norm === 'es') {
    const doc = documentPrefield(toks, cue.token) ?? documentAfter(toks, cue.token + 2);
    if (doc) return speakerInPhrase(ctx, sentence, doc, inSentence);
  }
  // "Die Opposition wies die Änderungen zurück und bezeichnete sie als …": a verb joined to an earlier predicate
  // shares its subject; a pronoun after it is its object.
  if (verbSecond(ctx.pack) && cue.kind === 'verb' && cue.token > 1 && ctx.pack.coordinators.has(toks[cue.token - 1]!.norm)) {
    const shared = subjectSpan(sentence, cue, ctx.quoted);
    // (Not a relative clause's pronoun after a comma: "die Seiten, die … liegen und prüft".)
    const opens = shared ? toks.findIndex((t) => t.start === shared.start) : -1;
    if (shared && shared.end <= toks[cue.token - 1]!.start && !(opens > 0 && toks[opens - 1]!.text === ',')) return pronounSpeaker(ctx, sentence, shared) ?? speakerInPhrase(ctx, sentence, shared, inSentence);
  }
  // A pronoun right after the verb ("sagte er") or right before it ("she said").
  const afterTok = toks[cue.token + 1];
  const beforeTok = toks[cue.token - 1];
  // "Der Hauptgeschäftsführer nannte sie „fahrlässig“": a pronoun after the verb that may be an object ("sie", "es")
  // is one when the prefield names someone who speaks, in a form that may be the subject.
  if (verbSecond(ctx.pack) && cue.kind === 'verb' && afterTok && ctx.pack.caseAmbiguousPronouns?.has(afterTok.norm)) {
    const prefield = namedPrefield(ctx, sentence, cue, inSentence);
    if (prefield) return prefield;
  }
  const next =
    // (In English a pronoun after the verb opens the content: "says she plans …".)
    afterTok && verbSecond(ctx.pack) && ctx.pack.pronouns.has(afterTok.norm) && !ctx.pack.objectCaseWords?.has(afterTok.norm) && !ctx.quoted(afterTok.start)
      ? afterTok
      : beforeTok && ctx.pack.pronouns.has(beforeTok.norm) && !ctx.quoted(beforeTok.start)
        ? beforeTok
        : undefined;
  if (next) {
    const antecedent = lastPersonBefore(ctx, next.start, ctx.pack.pronouns.get(next.norm));
    return {
      entity: antecedent?.entity ?? null,
      name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? next.text : next.text,
      span: { start: next.start, end: next.end },
      mention: null,
    };
  }
  // "…, der behauptet, …": a relative pronoun opening the cue's clause is its subject, standing for the noun before it.
  if (verbSecond(ctx.pack) && cue.kind === 'verb') {
    const rel = relativeSubject(ctx, sentence, cue, inSentence) ?? relativeDocument(ctx, sentence, cue);
    if (rel) return rel;
  }
  // German word order (after an explicit pronoun, handled first): the subject phrase (prefield, or the phrase after an inverted verb) and what it names.
  if (verbSecond(ctx.pack) && cue.kind === 'verb' && cue.lemma !== 'so') {
    const subj = subjectSpan(sentence, cue, ctx.quoted);
    const pron = subj ? pronounSpeaker(ctx, sentence, subj) : null;
    if (pron) return pron;
    if (subj) return objectFirst(ctx, sentence, cue.token, subj, inSentence) ?? speakerInPhrase(ctx, sentence, subj, inSentence);
    // "In einer Stellungnahme des Ministeriums, auf die …, wird die Entscheidung damit begründet": no subject, but the document speaks.
    const aux = toks.findIndex((t, k) => k < cue.token && PASSIVE_AUX.has(t.norm));
    const doc = aux > 0 ? documentPrefield(toks, aux) : null;
    if (doc) return speakerInPhrase(ctx, sentence, doc, inSentence);
  }
  // Subject–verb–object order (English): the phrase before the verb, or after it when inverted ("said the spokeswoman").
  if (!verbSecond(ctx.pack) && cue.kind === 'verb' && !cue.objectIsSpeaker) {
    // "Asked about the vote, she …": no source; ", who said …": the relative pronoun.
    if (ctx.pack.speechRules?.subjectlessFrame?.(toks, cue)) return null;
    const relative = ctx.pack.speechRules?.relativeSource?.(toks, cue) ?? -1;
    if (relative >= 0) return relativeSpeaker(ctx, sentence, relative, inSentence);
    // "Cruz hit back on Monday, saying …", "She issued a statement saying …": a participle without an auxiliary
    // speaks for the subject of the nearest finite verb before it.
    const ing = /ing$/.test(toks[cue.token]!.norm) && !PROGRESSIVE_AUX.has(toks[cue.token - 1]?.norm ?? '');
    // "footage of Trump saying …", "a video shows Ann Lee saying …": a participle right after a name speaks for that name.
    const named = ing ? nameRightBefore(ctx, toks, cue.token) : null;
    if (named) return speakerInPhrase(ctx, sentence, named, inSentence);
    const main = ing ? finiteVerbBefore(toks, cue.token, ctx.quoted, ctx.pack) : -1;
    // "Calling the plan “a mess,” the mayor said …": an opening participle speaks for the main clause's subject after its comma.
    if (ing && cue.token === 0) {
      const end = phraseEnd(toks, 0, ctx.quoted);
      const opening = end > 0 && ctx.pack.speakerEvidence ? openingSubject(toks, ctx.quoted, ctx.pack, end) : null;
      if (!opening) return null;
      const span = { start: toks[opening.first]!.start, end: toks[opening.last]!.end };
      return pronounSubject(ctx, sentence, span) ?? speakerInPhrase(ctx, sentence, span, inSentence);
    }
    // "After Lee finished, responding to …, Roe replied": a verb in an opening subordinate clause is not the one the participle hangs on.
    if (main >= 0 && inOpeningClause(toks, main, ctx.quoted, ctx.pack)) {
      const opening = openingSubject(toks, ctx.quoted, ctx.pack);
      if (!opening) return null;
      const span = { start: toks[opening.first]!.start, end: toks[opening.last]!.end };
      return pronounSubject(ctx, sentence, span) ?? speakerInPhrase(ctx, sentence, span, inSentence);
    }
    const found = svoSubject(sentence, main >= 0 ? { ...cue, token: main, lastToken: main } : cue, ctx.quoted, ctx.pack);
    const subj = found ? adjacentNameCut(ctx, sentence, found, inSentence) : null;
    if (subj) return pronounSubject(ctx, sentence, subj) ?? speakerInPhrase(ctx, sentence, subj, inSentence);
    // No subject by word order: unknown rather than the nearest name ("Trump, …, in Virginia, said" is not Virginia).
    return null;
  }
  if (cue.lemma === 'so') {
    // "…“, so letztere": a pronoun source.
    const after = toks[cue.token + 1];
    const pron = after && SUBJECT_PRONOUNS.has(after.norm) ? pronounSpeaker(ctx, sentence, { start: after.start, end: after.end }) : null;
    if (pron) return pron;
    const p = phraseFrom(toks, cue.token + 1);
    if (p) return speakerInPhrase(ctx, sentence, { start: toks[p.first]!.start, end: toks[p.last]!.end }, inSentence);
  }
  // Separable verbs may hold the speaker inside when nothing stands before the verb:
  // "…, teilte der Energieversorger Bayernwerk mit" (but "Ein Vertreter des Kremls teilte RIA Novosti mit").
  const clauseOpens = cue.token === 0 || toks[cue.token - 1]!.text === ',' || ctx.quoted(toks[cue.token - 1]!.start);
  if (cue.lastToken > cue.token + 1 && (clauseOpens || before().length === 0)) {
    const inner = inSentence.filter((m) => m.start >= toks[cue.token]!.end && m.end <= toks[cue.lastToken]!.start);
    if (inner[0]) return fromMention(ctx, inner[0]);
  }
  const immediatelyAfter = after(6).filter((m) => m.start <= (toks[cue.token + 5]?.end ?? Infinity));
  const beforeMentions = before();
  const prevTok = beforeTok;
  // "…“, sagte X" / "Diesbezüglich sagte X, …": the subject follows the verb directly.
  const nextIsName = afterTok !== undefined && afterTok.kind === 'word';
  const invertedOrder =
    nextIsName && (cue.token === 0 || !prevTok || prevTok.text === ',' || ctx.quoted(prevTok.start) || beforeMentions.length === 0);
  if (invertedOrder && cue.kind === 'verb' && verbSecond(ctx.pack)) {
    if (immediatelyAfter[0]) return fromMention(ctx, immediatelyAfter[0]);
    // "…, berichteten nordkoreanische Staatsmedien": a plain noun phrase after the verb.
    const phrase = nounPhrase(sentence, cue.lastToken + 1, 1);
    if (phrase) return phrase;
  }
  const nearestBefore = beforeMentions[beforeMentions.length - 1];
  // "Nordkoreas Staatschef sagte": the country names whose role-holder speaks, not the speaker.
  if (nearestBefore && ctx.entities.get(nearestBefore.entity)?.keys.some((k) => k.startsWith('country:'))) {
    const afterMention = toks.findIndex((t) => t.start >= nearestBefore.end);
    if (afterMention >= 0 && afterMention < cue.token && roleOf(ctx.pack, toks[afterMention]!)) {
      const role = rolePhrase(ctx, sentence, afterMention, 1);
      if (role) return role;
    }
  }
  if (nearestBefore) {
    // A role head before the name owns the clause: "Der Sprecher des Rates, John Kirby, behauptete".
    return fromMention(ctx, nearestBefore);
  }
  if (immediatelyAfter[0]) return fromMention(ctx, immediatelyAfter[0]);
  const role = rolePhrase(ctx, sentence, cue.token - 1, -1, true) ?? rolePhrase(ctx, sentence, cue.lastToken + 1, 1, true);
  if (role) return role;
  return null;
}

/**
 * The speaker of a quote in a German sentence without a reporting verb: the
 * subject of the clause that holds it ("Der Kanzler würdigte ihn als „…“"), or
 * the noun phrase before a colon ("BKA-Präsident Ziercke: „…“").
 */
export function clauseSpeaker(ctx: SpeakerContext, sentenceIndex: number, quoteOpen: number): Speaker | null {
  // Subject–verb–object languages: "Biden was quick to retort: “…”": the subject the sentence opens with, before the colon.
  if (!verbSecond(ctx.pack)) return /:\s*\S?$/.test(ctx.sentences[sentenceIndex]!.text.slice(0, quoteOpen - ctx.sentences[sentenceIndex]!.start)) ? openingSpeaker(ctx, sentenceIndex, quoteOpen) : null;
  const sentence = ctx.sentences[sentenceIndex]!;
  const toks = sentence.tokens;
  const limit = toks.findIndex((t) => t.start >= quoteOpen);
  if (limit <= 0) return null;
  const inSentence = actorsIn(ctx, sentenceIndex);
  // "Für den Minister ist die Lage „…“": the person the opinion belongs to.
  if (toks[0]?.norm === 'für') {
    const p = phraseFrom(toks, 1);
    if (p && p.last + 1 < limit) {
      const span = { start: toks[1]!.start, end: toks[p.last]!.end };
      const person = inSentence.some((m) => m.start >= span.start && m.end <= span.end && ctx.entities.get(m.entity)?.type === 'person');
      if (person || toks.slice(1, p.last + 1).some((t) => roleOf(ctx.pack, t) !== null)) return speakerInPhrase(ctx, sentence, span, inSentence);
    }
  }
  const found = clauseVerb(toks, limit, ctx.quoted);
  if (!found) return null;
  if ('colon' in found) {
    const span = { start: toks[found.colon.first]!.start, end: toks[found.colon.last]!.end };
    return speakerInPhrase(ctx, sentence, span, inSentence);
  }
  const cue: CueHit = {
    sentence: sentenceIndex,
    token: found.verb,
    lastToken: found.verb,
    text: toks[found.verb]!.text,
    lemma: '',
    stance: 'neutral',
    kind: 'verb',
    sourceSide: null,
    objectIsSpeaker: false,
  };
  const pronoun = toks[found.verb + 1];
  if (pronoun && ctx.pack.pronouns.has(pronoun.norm)) {
    const antecedent = lastPersonBefore(ctx, pronoun.start, ctx.pack.pronouns.get(pronoun.norm));
    return {
      entity: antecedent?.entity ?? null,
      name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? pronoun.text : pronoun.text,
      span: { start: pronoun.start, end: pronoun.end },
      mention: null,
    };
  }
  const subj = subjectSpan(sentence, cue, ctx.quoted);
  // "Er schließt sich dem Verdacht an: „…“": a pronoun subject stands for the person before it.
  const pron = subj ? pronounSpeaker(ctx, sentence, subj) : null;
  if (pron) return pron;
  // "In einem Schreiben war von einem „…“ die Rede", "Auf der Homepage fand sich …": the document speaks unless a person does.
  const doc = documentPrefield(toks, found.verb);
  if (doc && !(subj && canSpeak(ctx, sentence, subj, inSentence))) return speakerInPhrase(ctx, sentence, doc, inSentence);
  return subj ? objectFirst(ctx, sentence, found.verb, subj, inSentence) ?? speakerInPhrase(ctx, sentence, subj, inSentence) : null;
}

/**
 * "„…“, strich X heraus": a quote followed by a comma, a verb outside the cue
 * lexicon and a person, role or pronoun right after it. The speaker, or null.
 */
export function closingFrameSpeaker(ctx: SpeakerContext, sentenceIndex: number, quoteClose: number): Speaker | null {
  if (!verbSecond(ctx.pack)) return null;
  const sentence = ctx.sentences[sentenceIndex]!;
  const toks = sentence.tokens;
  let k = toks.findIndex((t) => t.start > quoteClose);
  if (k < 0) return null;
  if (toks[k]!.text === ',') k++;
  else if (!/,\s*$/.test(sentence.text.slice(0, quoteClose - sentence.start).replace(/[“”"»«]\s*$/, ''))) return null;
  // „…“, so charakterisierte ihn der Funktionär X: "so" before the verb, an object pronoun after it.
  if (toks[k]?.norm === 'so' && toks[k + 1]?.kind === 'word' && !toks[k + 1]!.capitalized) k++;
  const verb = toks[k];
  if (!verb || verb.kind !== 'word' || verb.capitalized || ctx.quoted(verb.start) || DETERMINER_LIKE.has(verb.norm)) return null;
  if (ctx.pack.objectCaseWords?.has(toks[k + 1]?.norm ?? '')) k++;
  const next = toks[k + 1];
  if (!next) return null;
  if (ctx.pack.pronouns.has(next.norm)) {
    const antecedent = lastPersonBefore(ctx, next.start, ctx.pack.pronouns.get(next.norm));
    return { entity: antecedent?.entity ?? null, name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? next.text : next.text, span: { start: next.start, end: next.end }, mention: null };
  }
  const subj = postverbalPhrase(toks, k, ctx.quoted);
  const inSentence = actorsIn(ctx, sentenceIndex);
  return subj && (canSpeak(ctx, sentence, subj, inSentence) || personNoun(ctx, { span: subj })) ? speakerInPhrase(ctx, sentence, subj, inSentence) : null;
}

/** Lower-case words after a quote's comma that open no inverted frame ("„…“, die …", "„…“, und …"). */
const DETERMINER_LIKE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'und', 'oder', 'aber', 'doch', 'denn', 'wie', 'wenn', 'weil', 'dass', 'so', 'als', 'was', 'wer', 'wo']);

/** German abstract nouns by suffix ("Verschiebung", "Freiheit", "Ergebnis", "Identität"), and the bodies among them that do speak. */
const ABSTRACT_NOUN = /(?:ung|heit|keit|nis|tät|ismus)$/;
const SPEAKING_BODY = /(?:regierung|verwaltung|leitung|führung|stiftung|vereinigung|bewegung|zeitung|versammlung|vertretung|gewerkschaft)$/;

/** A subject that is one pronoun ("sie", "Dieser"): the pronoun's span, resolved to the person it most likely stands for. */
const GROUP_PRONOUNS = new Set(['beide', 'wir', 'man']);

function pronounSpeaker(ctx: SpeakerContext, sentence: Sentence, subj: Span): Speaker | null {
  const tok = sentence.tokens.find((t) => t.start === subj.start && t.end === subj.end);
  if (!tok || !SUBJECT_PRONOUNS.has(tok.norm)) return null;
  // "Beide", "wir", "man" stand for a group or nobody in particular: no single person before them.
  const antecedent = GROUP_PRONOUNS.has(tok.norm) ? null : lastPersonBefore(ctx, tok.start, ctx.pack.pronouns.get(tok.norm) ?? 'any');
  return {
    entity: antecedent?.entity ?? null,
    name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? tok.text : tok.text,
    span: { start: tok.start, end: tok.end },
    mention: null,
  };
}

/**
 * A subject phrase headed by a noun that names a person by what they do ("der
 * Verfasser", "die Studentin"; the pack's endings): no list calls it a speaker, but
 * the words may well be theirs, so no one else's words are carried onto them.
 */
export function personNoun(ctx: SpeakerContext, sp: Pick<Speaker, 'span'>): boolean {
  const ending = ctx.pack.personNounEnding;
  const sentence = ending ? sentenceHolding(ctx.sentences, sp.span) : undefined;
  if (!ending || !sentence) return false;
  const words = sentence.tokens.filter((t) => t.start >= sp.span.start && t.end <= sp.span.end && t.kind === 'word');
  // The head noun, or the noun before a name in apposition ("der Gewerkschafter Paul Stein").
  // (After its article: a capitalised word opening the sentence may be no noun at all.)
  return words.length > 1 && words.slice(1).some((t) => t.capitalized && ending.test(t.norm));
}

/** A speaker found by word order that names no one who can speak ("Seine Zuversicht", "Daraus"): no person, organisation, role or pronoun. */
export function mute(ctx: SpeakerContext, sp: Speaker): boolean {
  if (sp.entity !== null) return false;
  const sentence = sentenceHolding(ctx.sentences, sp.span);
  if (!sentence) return false;
  if (opensDocument(sentence.tokens, sp.span)) return false;
  if (sentence.tokens.some((t) => t.start >= sp.span.start && t.end <= sp.span.end && (ctx.pack.pronouns.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm)))) return false;
  return !canSpeak(ctx, sentence, sp.span, actorsIn(ctx, sentence.index));
}

/**
 * The first sentence that holds a span, by binary search: sentences are in text order
 * and do not overlap, so their starts and ends both ascend.
 */
function sentenceHolding(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  // The last sentence starting at or before the span, then the first up to it that ends at or after the span's end.
  let lo = 0;
  let hi = sentences.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= span.start) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  lo = 0;
  hi = k;
  let first = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end >= span.end) {
      first = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return first >= 0 ? sentences[first] : undefined;
}

/** A phrase that can speak: it names a person or organisation, or holds a role word ("die Sprecherin"). */
function canSpeak(ctx: SpeakerContext, sentence: Sentence, span: Span, inSentence: readonly EntityMention[]): boolean {
  const kinds = inSentence.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => ctx.entities.get(m.entity)?.type);
  if (kinds.includes('person') || kinds.includes('organization')) return true;
  return sentence.tokens.some((t) => t.start >= span.start && t.end <= span.end && (roleOf(ctx.pack, t) !== null || (t.capitalized && orgWord(ctx.pack, t.norm))));
}

/** A noun headed by an organisation word, inflected or in a compound ("Gesundheitsbehörden", "Ministeriums"). */
function orgWord(pack: LanguagePack, norm: string): boolean {
  const heads = pack.orgHeads;
  for (const end of ['', 'n', 'en', 's', 'es']) {
    const stem = end && norm.endsWith(end) ? norm.slice(0, norm.length - end.length) : end ? null : norm;
    if (stem === null) continue;
    for (let cut = 0; cut <= stem.length - 4; cut++) if (heads.has(stem.slice(cut))) return true;
  }
  return false;
}

/**
 * German object-first order: the prefield is a thing ("Eine Verschiebung der Wahl
 * bezeichnete Conze als fatal", "Die Anwendung der Regel stellte der Vorsitzende
 * in Frage") and the phrase right after the finite verb names a person or role:
 * that phrase is the subject. Without case endings, only a prefield that names
 * no actor at all gives way, and only to a phrase that names one.
 */
function objectFirst(ctx: SpeakerContext, sentence: Sentence, verb: number, subj: Span, inSentence: readonly EntityMention[]): Speaker | null {
  const toks = sentence.tokens;
  if (subj.end > toks[verb]!.start) return null;
  const head = toks.find((t) => t.start >= subj.start);
  // "Der …"/"Ein …" opens a nominative (masculine) subject; a bare prefield pronoun speaks.
  if (!head || head.norm === 'der' || head.norm === 'ein' || ctx.pack.pronouns.has(head.norm)) return null;
  // Only an abstract head noun is surely no speaker ("Verschiebung", "Mitverantwortung"; not "Regierung", "Zeitung").
  // (The head is among the first two capitalised words: "Jegliche Mitverantwortung für …".)
  const nouns = sentence.tokens.filter((t) => t.start >= subj.start && t.end <= subj.end && t.capitalized && t.kind === 'word' && !t.stop).slice(0, 2);
  const noun = nouns.find((t) => ABSTRACT_NOUN.test(t.norm));
  if (!noun || SPEAKING_BODY.test(noun.norm)) return null;
  if (canSpeak(ctx, sentence, subj, inSentence)) return null;
  const other = postverbalPhrase(toks, verb, ctx.quoted);
  if (!other || !canSpeak(ctx, sentence, other, inSentence)) return null;
  return speakerInPhrase(ctx, sentence, other, inSentence);
}

const PASSIVE_AUX = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden', 'is', 'was', 'were', 'been', 'being']);

/**
 * The auxiliary of a passive participle cue in its clause: "wird … zitiert",
 * "zitiert wird", "was quoted"; -1 when the cue is active.
 */
function passiveAuxiliary(toks: readonly Token[], cue: CueHit): number {
  if (cue.token !== cue.lastToken) return -1;
  const next = toks[cue.token + 1];
  if (next && PASSIVE_AUX.has(next.norm)) return cue.token + 1;
  for (let k = cue.token - 1; k >= 0 && k >= cue.token - 20; k--) {
    const t = toks[k]!;
    // (A comma inside a list of nouns does not end the clause: "wegen Gründung einer Vereinigung, Volksverhetzung und … verurteilt".)
    const listComma = t.text === ',' && toks[k + 1]?.capitalized === true && k > 0 && toks[k - 1]!.capitalized;
    if (t.kind === 'punct' && t.text !== '„' && t.text !== '“' && !listComma) return -1;
    if (PASSIVE_AUX.has(t.norm)) return k;
  }
  return -1;
}

const AGENT_MARKERS = new Set(['von', 'vom', 'seitens', 'durch', 'by']);

/** The agent of a passive between its auxiliary and participle: "von der Ministerin", "von Seiten der Delegation". */
function agentPhrase(toks: readonly Token[], from: number, to: number): Span | null {
  let clauseStart = from;
  while (clauseStart > 0 && toks[clauseStart - 1]!.kind !== 'punct') clauseStart--;
  for (let k = clauseStart; k < to; k++) {
    if (!AGENT_MARKERS.has(toks[k]!.norm)) continue;
    let p = phraseFrom(toks, k + 1);
    // "von Seiten der Delegation": the phrase after "Seiten".
    if (p && toks[k + 1]!.norm === 'seiten' && p.last > k + 1) p = { first: k + 2, last: p.last };
    if (p && p.last < to) return { start: toks[p.first]!.start, end: toks[p.last]!.end };
  }
  return null;
}

function k0(toks: readonly Token[], t: Token): number {
  return toks.indexOf(t);
}

/** The speaker a subject phrase names: a person in it, a role (with its organisation), an organisation, or the phrase itself. */
function speakerInPhrase(ctx: SpeakerContext, sentence: Sentence, span: Span, inSentence: readonly EntityMention[]): Speaker {
  // Names in a relative clause closing the phrase describe the speaker's doings, never the speaker ("said Roe, who joins Sen. Lee as …").
  const rel = /,\s+(?:who|which|whose)\s/i.exec(sentence.text.slice(span.start - sentence.start, span.end - sentence.start));
  const headEnd = rel ? span.start + rel.index : span.end;
  const inside = inSentence.filter((m) => m.start >= span.start && m.end <= headEnd);
  const toks = sentence.tokens;
  const people = inside.filter((m) => ctx.entities.get(m.entity)?.type === 'person');
  // Not a person the phrase only relates the speaker to: "Stone's attorney Grant Smith", "a spokeswoman for Ryan", "Obama adviser Ann Lee".
  const person = people.find((m, i) => !relatedOnly(ctx, sentence, m, span, i < people.length - 1)) ?? (people.length > 0 && !relationalPhrase(ctx, sentence, span) ? people[0] : undefined);
  if (person) return { ...fromMention(ctx, person), span };
  const roleAt = toks.findIndex((t) => t.start >= span.start && t.end <= span.end && roleOf(ctx.pack, t) !== null);
  if (roleAt >= 0) {
    const role = rolePhrase(ctx, sentence, roleAt, 1);
    if (role) {
      const named = role.entity ? null : roleHolder(ctx, sentence, span, toks[roleAt]!);
      if (named) return { entity: named.entity, name: ctx.entities.get(named.entity)?.name ?? named.text, span, mention: null };
      return { ...role, name: phraseHead(sentence, span), span };
    }
  }
  const other = inside.find((m) => !ctx.entities.get(m.entity)?.keys.some((k) => k.startsWith('country:')) || inside.length === 1);
  if (other && other.start === span.start) return { ...fromMention(ctx, other), span };
  return { entity: other?.entity ?? null, name: phraseHead(sentence, span), span, mention: other ?? null };
}

/** The words of a source phrase before its party tag, apposition or relative clause: the name to show ("Rep. Ann Lee (D-Ohio), head of …" → "Rep. Ann Lee"). */
function phraseHead(sentence: Sentence, span: Span): string {
  const words = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
  // (Not before a name: "Der Umweltminister, Jean-Louis Borloo" names the holder after the comma.)
  const cut = words.search(/\s\(|,\s+\p{Ll}/u);
  return cut > 0 ? words.slice(0, cut) : words;
}

/** Words before a name that attach it to another noun ("a lawyer for X", "the wife of X", "an aide to X"). */
const ATTACHING_BEFORE = new Set(['for', 'of', 'to', 'at', 'with', 'von', 'für', 'des', 'der']);

/**
 * A person named in a subject phrase only as someone the speaker relates to: a possessive
 * ("Stone's attorney"), the object of a preposition after a noun ("a lawyer for Stone"), or a
 * name used as a modifier before another name ("Obama adviser Ann Lee": `another` says a
 * further person follows in the phrase).
 */
function relatedOnly(ctx: SpeakerContext, sentence: Sentence, m: EntityMention, span: Span, another: boolean): boolean {
  const toks = sentence.tokens;
  const last = toks.findIndex((t) => t.end >= m.end);
  const first = toks.findIndex((t) => t.start >= m.start);
  const next = toks[last + 1];
  if (next && next.end <= span.end && (next.norm === '’s' || next.norm === "'s" || ((next.text === '’' || next.text === "'") && /s$/.test(toks[last]!.norm)))) return true;
  if (/['’]s$/.test(toks[last]!.text) && last + 1 < toks.length && toks[last + 1]!.end <= span.end) return true;
  const prev = toks[first - 1];
  if (prev && prev.start >= span.start && ATTACHING_BEFORE.has(prev.norm) && first - 1 > toks.findIndex((t) => t.start >= span.start)) return true;
  return another && next !== undefined && next.end <= span.end && next.kind === 'word' && !next.capitalized;
}

/** The phrase is headed by a role or relation noun ("a lawyer for Stone"): its names are not the speaker. */
function relationalPhrase(ctx: SpeakerContext, sentence: Sentence, span: Span): boolean {
  return sentence.tokens.some((t) => t.start >= span.start && t.end <= span.end && !t.capitalized && roleOf(ctx.pack, t) !== null);
}

/**
 * Who a definite role phrase stands for ("the governor", "the Texas governor", "der
 * Minister"): the person named most recently before it with that role or a title that
 * implies it ("Gov. Rick Perry", "Representative Ann Lee, a Democrat", "Lee, the governor
 * of Ohio"). Null when no one is, or the phrase is not definite ("a governor").
 */
function roleHolder(ctx: SpeakerContext, sentence: Sentence, span: Span, roleToken: Token): EntityMention | null {
  const ev = ctx.pack.speakerEvidence;
  if (!ev) return null;
  const opener = sentence.tokens.find((t) => t.start >= span.start);
  if (!opener || !ev.definiteArticles.has(opener.norm)) return null;
  const role = roleOf(ctx.pack, roleToken);
  if (!role) return null;
  const fits = (t: Token | undefined) => {
    if (!t || t.kind !== 'word') return false;
    const r = roleOf(ctx.pack, t);
    return r === role || (ev.titleRoles.get(t.norm)?.has(role) ?? false) || (r !== null && (ev.titleRoles.get(r)?.has(role) ?? false));
  };
  let found: EntityMention | null = null;
  const holders = new Map<string, EntityMention>();
  for (const m of ctx.mentions) {
    if (m.start >= span.start) break;
    if (ctx.quoted(m.start) || ctx.entities.get(m.entity)?.type !== 'person') continue;
    const s = ctx.sentences[m.sentence]!;
    const toks = s.tokens;
    const first = toks.findIndex((t) => t.start >= m.start);
    let last = first;
    while (last + 1 < toks.length && toks[last + 1]!.end <= m.end) last++;
    // A title or role just before the name ("Gov. Rick Perry", "Texas Governor Rick Perry") or in an apposition after it ("Perry, the governor").
    // (Only the words written with the name: titles, roles, their qualifiers — "Texas Gov.", "Republican presidential nominee".)
    let before = m.role !== null && fits({ ...roleToken, norm: m.role.toLowerCase(), text: m.role });
    for (let k = first - 1; k >= 0 && k >= first - 4 && !before; k--) {
      const t = toks[k]!;
      if (fits(t)) before = true;
      else if (t.kind === 'punct' ? t.text !== '.' : !t.capitalized) break;
    }
    const after = toks[last + 1]?.text === ',' && toks.slice(last + 2, last + 9).some(fits);
    if (before || after) {
      found = m;
      holders.set(m.entity, m);
    }
  }
  if (holders.size <= 1) return found;
  // Two people hold the role ("Gov. Asa Hutchinson" … "Gov. Mike Pence"): the one the sentences just before are about, else unknown.
  // (One level only: a subject found there that is itself such a phrase is not looked into again.)
  if (roleLookback) return null;
  roleLookback = true;
  try {
    for (let si = sentence.index - 1; si >= 0 && sentence.index - si <= 3; si--) {
      const sp = sentenceSubject(ctx, si);
      const held = sp?.entity ? holders.get(sp.entity) : undefined;
      if (held) return held;
    }
  } finally {
    roleLookback = false;
  }
  return null;
}
let roleLookback = false;

/**
 * A speaker named only by a role: "der Sprecher", "ein Vertreter des Kremls",
 * "the spokeswoman". The entity is the organisation named inside the phrase,
 * when one is ("des Kremls" → the Kremlin). `subject`: the role must be able to be
 * the verb's subject (not in an object case of the pack).
 */
function rolePhrase(ctx: SpeakerContext, sentence: Sentence, from: number, dir: 1 | -1, subject = false): Speaker | null {
  const toks = sentence.tokens;
  for (let k = from, n = 0; k >= 0 && k < toks.length && n < 6; k += dir, n++) {
    const t = toks[k]!;
    if (STOP_AT.has(t.text) || ctx.quoted(t.start)) return null;
    if (roleOf(ctx.pack, t)) {
      // Extend over a genitive attribute: "Vertreter des Kremls".
      let end = t.end;
      let entity: string | null = null;
      for (let q = k + 1; q < Math.min(toks.length, k + 5); q++) {
        const m = mentionIndex(ctx).byStart.get(toks[q]!.start);
        if (m) {
          end = m.end;
          // An organisation speaks through its spokesman; a person named after the role is someone else ("a lawyer for X" is not X).
          if (ctx.entities.get(m.entity)?.type !== 'person') entity = m.entity;
          break;
        }
        if (!toks[q]!.stop) break;
      }
      // Extend back over a country adjective or genitive ("der russische Präsident", "Nordkoreas Staatschef") and an article.
      let first = k;
      const qualifier = toks[k - 1] ? mentionIndex(ctx).byEnd.get(toks[k - 1]!.end) : undefined;
      if (qualifier && ctx.entities.get(qualifier.entity)?.keys.some((key) => key.startsWith('country:'))) {
        first = toks.findIndex((tt) => tt.start === qualifier.start);
      }
      let start = toks[first]!.start;
      const det = toks[first - 1];
      // A reporting verb's subject: "sagte den Reportern" (an object case) was told the words, it did not say them.
      // (Markers take their source in such a case, "laut dem Sprecher"; "zitiert einen Augenzeugen" quotes its object.)
      if (subject && det && ctx.pack.objectCaseWords?.has(det.norm)) return null;
      if (det && det.stop && det.kind === 'word') start = det.start;
      return { entity, name: sentence.text.slice(start - sentence.start, end - sentence.start), span: { start, end }, mention: null };
    }
  }
  return null;
}

/**
 * The source named by a plain noun phrase after or before a marker when it is
 * no known entity: "laut Stadtverwaltung", "nach Angaben der Polizei".
 */
function nounPhrase(sentence: Sentence, from: number, dir: 1 | -1): Speaker | null {
  const toks = sentence.tokens;
  const words: number[] = [];
  for (let k = from, n = 0; k >= 0 && k < toks.length && n < 5; k += dir, n++) {
    const t = toks[k]!;
    if (t.kind !== 'word') break;
    if (t.stop) {
      if (words.length > 0) break;
    } else if (t.capitalized) words.push(k);
    else if (dir === 1 && words.length === 0 && /(?:e|en|er|es|em)$/.test(t.norm)) words.push(k);
    else break;
  }
  // A phrase must end in a noun: adjectives alone ("neue") name no one.
  if (words.length === 0 || !toks[maxOf(words)]!.capitalized) return null;
  const first = minOf(words);
  const last = maxOf(words);
  const start = toks[first]!.start;
  const end = toks[last]!.end;
  return { entity: null, name: sentence.text.slice(start - sentence.start, end - sentence.start), span: { start, end }, mention: null };
}

/** Words that end an English source phrase after "according to": a new clause or the content resuming. */
const PHRASE_END = new Set(['that', 'who', 'which', 'and', 'but', 'while', 'as', 'because', 'when']);

/**
 * The noun phrase after an English source marker, to the next comma, clause
 * word or sentence end ("according to [early results of exit polls conducted
 * by Edison Research], …"); null when it opens with no word or runs past 20 tokens.
 */
function markerPhraseAfter(toks: readonly Token[], from: number, quoted: (offset: number) => boolean): { first: number; last: number } | null {
  const first = toks[from];
  if (!first || first.kind === 'punct' || quoted(first.start)) return null;
  let last = from;
  for (let k = from; k < toks.length && k < from + 20; k++) {
    const t = toks[k]!;
    // ("a New York Times/CBS News poll": a slash between names joins them.)
    const slash = t.text === '/' && toks[k - 1]?.kind === 'word' && toks[k + 1]?.kind === 'word';
    if (quoted(t.start) || (t.kind === 'punct' && !/^[.’'\-&]$/.test(t.text) && !slash) || (k > from && PHRASE_END.has(t.norm))) break;
    // A sentence-final full stop ends it; one inside an abbreviation ("Gov.", "U.S.") does not.
    if (t.text === '.' && (k === toks.length - 1 || !toks[k + 1] || toks[k + 1]!.kind === 'punct')) break;
    if (t.kind !== 'punct') last = k;
  }
  return { first: from, last };
}

/**
 * The actor a sentence opens with as its subject, by word order (the pack's speaker evidence):
 * a pronoun resolved to its person, a name, a role — "Mr. Fox’s successor, Felipe Calderón,
 * expressed …" is Calderón, the apposition naming whom the relation phrase stands for. Null when
 * the sentence holds a quote or opens otherwise.
 */
function openingSpeaker(ctx: SpeakerContext, sentenceIndex: number, quoteOpen = Infinity): Speaker | null {
  if (!ctx.pack.speakerEvidence) return null;
  const sentence = ctx.sentences[sentenceIndex]!;
  const toks = sentence.tokens;
  // (Only a quote the sentence introduces, after its subject and verb, may stand in it.)
  if (toks.some((t) => t.start < quoteOpen && ctx.quoted(t.start)) || (quoteOpen === Infinity && toks.some((t) => ctx.quoted(t.start)))) return null;
  const p = openingSubject(toks, ctx.quoted, ctx.pack);
  if (!p) return null;
  let span = { start: toks[p.first]!.start, end: toks[p.last]!.end };
  const pron = pronounSubject(ctx, sentence, span);
  if (pron) return pron;
  const inSentence = actorsIn(ctx, sentenceIndex);
  if (toks[p.last + 1]?.text === ',') {
    const close = toks.findIndex((t, k) => k > p.last + 1 && k <= p.last + 10 && t.text === ',');
    const named = close > 0 ? inSentence.find((m) => m.start >= toks[p.last + 1]!.end && m.end <= toks[close]!.start && ctx.entities.get(m.entity)?.type === 'person') : undefined;
    if (named) span = { start: span.start, end: toks[close - 1]!.end };
  }
  return speakerInPhrase(ctx, sentence, span, inSentence);
}

/** Auxiliaries before an "-ing" form that make it a finite verb ("was saying"), not a participle adjunct. */
const PROGRESSIVE_AUX = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', "'s", '’s', 'not']);

/** A subject that is one personal pronoun of the pack ("she" in "She issued a statement saying …"), resolved to the person it stands for. */
function pronounSubject(ctx: SpeakerContext, sentence: Sentence, subj: Span): Speaker | null {
  const tok = sentence.tokens.find((t) => t.start === subj.start && t.end === subj.end);
  if (tok && ctx.pack.speakerEvidence?.thingPronouns?.has(tok.norm)) {
    const org = lastOrganisationBefore(ctx, sentence, tok.start);
    return org ? { entity: org.entity, name: ctx.entities.get(org.entity)?.name ?? tok.text, span: subj, mention: null } : null;
  }
  const gender = tok ? ctx.pack.pronouns.get(tok.norm) : undefined;
  if (!tok || !gender) return null;
  const antecedent = lastPersonBefore(ctx, tok.start, gender);
  return { entity: antecedent?.entity ?? null, name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? tok.text : tok.text, span: subj, mention: null };
}

/**
 * What "it" stands for as a source: the organisation named last before it, outside quotes, in
 * its sentence or the two before ("The Times wrote … “…,” it added"); null when none is.
 */
function lastOrganisationBefore(ctx: SpeakerContext, sentence: Sentence, offset: number): EntityMention | null {
  const { bySentence } = mentionIndex(ctx);
  for (let si = sentence.index; si >= sentence.index - 2; si--) {
    const found = (bySentence.get(si) ?? []).filter((m) => m.start < offset && !ctx.quoted(m.start) && ctx.entities.get(m.entity)?.type === 'organization').pop();
    if (found) return found;
  }
  return null;
}

/**
 * ", who said …": the relative pronoun is the source span; it stands for the actor named right
 * before its comma ("Joe Roe, who said …"), whose entity it takes when there is one.
 */
function relativeSpeaker(ctx: SpeakerContext, sentence: Sentence, relative: number, inSentence: readonly EntityMention[]): Speaker {
  const toks = sentence.tokens;
  const pron = toks[relative]!;
  const comma = toks[relative - 1]?.text === ',' ? toks[relative - 1]! : null;
  const antecedent = comma ? inSentence.filter((m) => m.end <= comma.start && m.end >= comma.start - 1).pop() : undefined;
  return {
    entity: antecedent?.entity ?? null,
    name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? pron.text : pron.text,
    span: { start: pron.start, end: pron.end },
    mention: null,
  };
}

/**
 * "… nach einer Erklärung, in der es heißt / in der X vorgeworfen wird, …": a cue inside a relative
 * clause opened by "in" and a relative pronoun, after a statement or report noun (the pack's speech
 * or evidential nouns), is that document's: its phrase is the source.
 */
function relativeDocument(ctx: SpeakerContext, sentence: Sentence, cue: CueHit): Speaker | null {
  const toks = sentence.tokens;
  let comma = -1;
  for (let k = cue.token - 1; k >= 0 && k >= cue.token - 20; k--) {
    if (toks[k]!.text === ',') {
      comma = k;
      break;
    }
    if (toks[k]!.kind === 'punct') return null;
  }
  if (comma < 1 || toks[comma + 1]?.norm !== 'in' || !RELATIVE_SUBJECTS.has(toks[comma + 2]?.norm ?? '') && toks[comma + 2]?.norm !== 'dem' && toks[comma + 2]?.norm !== 'denen') return null;
  const head = toks[comma - 1]!;
  const documentNoun = (w: string) => ctx.pack.speechNouns?.has(w) === true || ctx.pack.evidentialNouns?.has(w) === true;
  if (!head.capitalized || !documentNoun(head.norm)) return null;
  // With its article and up to two adjectives ("einer gemeinsamen Erklärung").
  let first = comma - 1;
  for (let j = comma - 2; j >= 0 && j >= comma - 4; j--) {
    const t = toks[j]!;
    if (t.kind !== 'word' || t.capitalized) break;
    if (DETERMINERS.has(t.norm)) {
      first = j;
      break;
    }
  }
  const span = { start: toks[first]!.start, end: head.end };
  return { entity: null, name: sentence.text.slice(span.start - sentence.start, span.end - sentence.start), span, mention: null };
}

/** Possessives inside a source marker that point back to the clause's subject ("nach eigenen Angaben"). */
const OWN = new Set(['eigenen', 'eigener', 'seinen', 'ihren']);

/** A marker that names its source only by pointing back: its own words are the source expression. */
function anaphoricMarker(toks: readonly Token[], cue: CueHit): Speaker {
  let first = cue.token;
  // "nach eigenen Angaben", "Berichten zufolge": the noun phrase, without the preposition or "zufolge".
  while (first < cue.lastToken && !toks[first]!.capitalized && !OWN.has(toks[first]!.norm)) first++;
  let last = cue.lastToken;
  while (last > first && (toks[last]!.norm === 'zufolge' || toks[last]!.norm === 'folge' || toks[last]!.norm === 'zu')) last--;
  const span = { start: toks[first]!.start, end: toks[last]!.end };
  return { entity: null, name: toks.slice(first, last + 1).map((t) => t.text).join(' '), span, mention: null };
}

/** The subject of the clause a possessive marker sits in ("Die Feuerwehr hat nach eigenen Angaben …"). */
function ownerOf(ctx: SpeakerContext, sentence: Sentence, cue: CueHit, inSentence: readonly EntityMention[]): Speaker | null {
  const toks = sentence.tokens;
  const verb = cue.token > 0 ? clauseVerb(toks, cue.token, ctx.quoted) : null;
  if (verb && 'verb' in verb) {
    const subj = subjectSpan(sentence, { ...cue, kind: 'verb', token: verb.verb, lastToken: verb.verb }, ctx.quoted);
    if (subj && subj.end <= toks[cue.token]!.start + 200) return speakerInPhrase(ctx, sentence, subj, inSentence);
  }
  const before = inSentence.filter((m) => m.end <= toks[cue.token]!.start);
  return before.length > 0 ? fromMention(ctx, before[before.length - 1]!) : null;
}

const RELATIVE_SUBJECTS = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']);

/**
 * "Die Aussage eines Jungen, der angab, …": the cue stands in a relative clause
 * whose pronoun is its subject. Span: the pronoun; entity: the actor named
 * right before the comma (the antecedent), when one is.
 */
function relativeSubject(ctx: SpeakerContext, sentence: Sentence, cue: CueHit, inSentence: readonly EntityMention[]): Speaker | null {
  const toks = sentence.tokens;
  let comma = -1;
  for (let k = cue.token - 1; k >= 0 && k >= cue.token - 20; k--) {
    const t = toks[k]!;
    if (t.text === ',') {
      comma = k;
      break;
    }
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')') return null;
  }
  if (comma < 1) return null;
  const pron = toks[comma + 1]!;
  if (!RELATIVE_SUBJECTS.has(pron.norm) || comma + 1 === cue.token) return null;
  // The pronoun is the clause's subject only when no other subject-like word follows it before the verb
  // ("…, die der Minister vorschlug": "der Minister" is the subject, "die" the object).
  const next = toks[comma + 2];
  // (Nor "…, die Gerhard Schröder erklärt hatte": a name there is the subject.)
  if (next && next !== toks[cue.token] && (ctx.pack.pronouns.has(next.norm) || ['der', 'die', 'das', 'ein', 'eine', 'man'].includes(next.norm) || next.capitalized)) return null;
  // The verb closes the relative clause: the cue, possibly with an auxiliary, is followed by punctuation.
  let after = cue.lastToken + 1;
  while (after < toks.length && /^(?:hat|hatte|habe|hätte|ist|war|sei|wird|wurde|haben|hatten|hätten|sind|waren|seien|werden|wurden)$/.test(toks[after]!.norm)) after++;
  if (after < toks.length && toks[after]!.kind !== 'punct') return null;
  const commaStart = toks[comma]!.start;
  const antecedent = inSentence.filter((m) => m.end <= commaStart && m.end >= toks[Math.max(0, comma - 4)]!.start).pop();
  return {
    entity: antecedent?.entity ?? null,
    name: antecedent ? ctx.entities.get(antecedent.entity)?.name ?? pron.text : pron.text,
    span: { start: pron.start, end: pron.end },
    mention: null,
  };
}

/**
 * The actor a German sentence without any quote is about: the subject of its
 * main clause when it names a person, an organisation or a role, or a pronoun
 * subject ("Er hatte Gutes zu berichten."). A following Konjunktiv sentence or
 * quote without a frame is most likely that actor's words.
 */
export function sentenceSubject(ctx: SpeakerContext, sentenceIndex: number): Speaker | null {
  if (!verbSecond(ctx.pack)) return openingSpeaker(ctx, sentenceIndex);
  const sentence = ctx.sentences[sentenceIndex]!;
  const toks = sentence.tokens;
  if (toks.length < 3 || toks.some((t) => ctx.quoted(t.start))) return null;
  const first = toks[0]!;
  if (ctx.pack.pronouns.has(first.norm) && toks[1]?.kind === 'word') {
    const antecedent = lastPersonBefore(ctx, first.start, ctx.pack.pronouns.get(first.norm));
    return antecedent ? { ...fromMention(ctx, antecedent), span: { start: first.start, end: first.end } } : null;
  }
  const found = clauseVerb(toks, toks.length, ctx.quoted);
  if (!found || !('verb' in found)) return null;
  const cue: CueHit = { sentence: sentenceIndex, token: found.verb, lastToken: found.verb, text: '', lemma: '', stance: 'neutral', kind: 'verb', sourceSide: null, objectIsSpeaker: false };
  const subj = subjectSpan(sentence, cue, ctx.quoted);
  if (!subj) return null;
  const inSentence = actorsIn(ctx, sentenceIndex);
  // A name the recogniser could not type ("other") at the head of the subject counts too.
  const named = inSentence.some((m) => m.start === subj.start && ctx.entities.get(m.entity)?.type === 'other');
  if (!named && !canSpeak(ctx, sentence, subj, inSentence)) return null;
  return speakerInPhrase(ctx, sentence, subj, inSentence);
}

/**
 * A subject by word order that ends in two names with nothing between them ("… with the
 * editorial board of the Washington Post Trump said"): an opening adverbial ran on into the
 * subject, which is the last name alone. Else the span unchanged.
 */
function adjacentNameCut(ctx: SpeakerContext, sentence: Sentence, span: Span, inSentence: readonly EntityMention[]): Span {
  const inside = inSentence.filter((m) => m.start >= span.start && m.end <= span.end);
  const last = inside[inside.length - 1];
  const before = inside[inside.length - 2];
  if (!last || !before || last.end !== span.end || before.end >= last.start) return span;
  // (An organisation or place, then someone else: "a spokeswoman for Hillary Clinton" split in two names stays whole.)
  const type = (m: EntityMention) => ctx.entities.get(m.entity)?.type;
  if (before.entity === last.entity || (type(before) !== 'organization' && type(before) !== 'place') || type(last) === 'organization' || type(last) === 'place') return span;
  // (Only after a preposition, inside the span or right before it: "Fox News host X", "Republican nominee X" are one phrase.)
  const first = sentence.tokens.findIndex((t) => t.start >= span.start);
  if (!sentence.tokens.slice(Math.max(0, first - 1)).some((t) => t.start < before.start && ATTACHING.has(t.norm))) return span;
  return /^\s+$/.test(sentence.text.slice(before.end - sentence.start, last.start - sentence.start)) ? { start: last.start, end: last.end } : span;
}

/**
 * English: the name that ends right before token `at` (capitalised words, a title's period),
 * after a lower-case word that takes it as its object ("of", "shows"), as a span; null when
 * there is none, or when the word before is a weekday or month ("a statement Monday saying").
 */
function nameRightBefore(ctx: SpeakerContext, toks: readonly Token[], at: number): Span | null {
  let first = at;
  while (first > 0) {
    const t = toks[first - 1]!;
    if (ctx.quoted(t.start)) break;
    if (t.kind === 'word' && t.capitalized && !ctx.pack.weekdays.has(t.norm) && !ctx.pack.months.has(t.norm)) first--;
    else if (t.text === '.' && first - 2 >= 0 && toks[first - 2]!.capitalized && first < at) first--;
    else break;
  }
  if (first === at || first === 0) return null;
  const before = toks[first - 1]!;
  if (before.kind !== 'word' || before.capitalized) return null;
  return { start: toks[first]!.start, end: toks[at - 1]!.end };
}

/**
 * German: the speaker named by the prefield before the verb at `cue`, when it is a noun
 * phrase that may be the subject (not in object case, no preposition) and names someone
 * who can speak (a person, an organisation, a role); else null.
 */
function namedPrefield(ctx: SpeakerContext, sentence: Sentence, cue: CueHit, inSentence: readonly EntityMention[]): Speaker | null {
  const toks = sentence.tokens;
  const subj = subjectSpan(sentence, cue, ctx.quoted);
  if (!subj || subj.end > toks[cue.token]!.start || subj.start !== toks[0]!.start) return null;
  const first = toks[0]!;
  if (first.kind !== 'word' || ctx.quoted(first.start) || ctx.pack.objectCaseWords?.has(first.norm) || ctx.pack.pronouns.has(first.norm)) return null;
  const speaker = speakerInPhrase(ctx, sentence, subj, inSentence);
  return speaker.entity !== null || !mute(ctx, speaker) ? speaker : null;
}

/**
 * German: after "laut", the phrase the marker takes — nouns up to the first one that is
 * no role before a name ("laut Ministerium Arbeiten …" is "Ministerium"; "laut
 * Polizeisprecher Ralf Meyer" goes on). Null where the plain noun phrase finder decides.
 */
function ownNounPhrase(ctx: SpeakerContext, sentence: Sentence, cue: CueHit): Speaker | null {
  if (!verbSecond(ctx.pack) || cue.sourceSide !== 'after') return null;
  const toks = sentence.tokens;
  const first = toks[cue.lastToken + 1];
  const second = toks[cue.lastToken + 2];
  if (!first || !second || first.kind !== 'word' || !first.capitalized || first.stop || second.kind !== 'word' || !second.capitalized || second.stop) return null;
  if (roleOf(ctx.pack, first) || ctx.pack.firstNames.has(first.norm)) return null;
  return { entity: null, name: first.text, span: { start: first.start, end: first.end }, mention: null };
}

/**
 * "laut Angaben der Polizei": a report noun of the pack with an attribute names its
 * issuer, the attribute ("Polizei"); null otherwise.
 */
function whoseReport(ctx: SpeakerContext, toks: readonly Token[], found: Speaker | null): string | null {
  if (!found || found.entity !== null || !ctx.pack.evidentialNouns) return null;
  const k = toks.findIndex((t) => t.start === found.span.start);
  if (k < 0 || !ctx.pack.evidentialNouns.has(toks[k]!.norm) || toks[k]!.end !== found.span.end) return null;
  const p = phraseFrom(toks, k + 2);
  if (!p || !toks[k + 1] || !toks[k + 1]!.stop) return null;
  return toks.slice(p.first, p.last + 1).filter((t) => t.kind === 'word' && t.capitalized).map((t) => t.text).join(' ') || null;
}
