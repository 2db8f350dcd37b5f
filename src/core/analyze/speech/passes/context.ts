/**
 * The state the speech passes share for one article: its text and sentences,
 * the pack, what the passes found so far (quote spans, cues, quotes, speakers
 * by cue) and the notes one pass leaves for a later one (which quote took the
 * previous speaker, which speech act a later sentence took up, …). Passes read
 * and write it in the order `analyzeSpeech` runs them.
 */
import type { ArticleEntity, Attribution, EntityMention, Hedge, LoadedWord, Quote, Sentence, Span } from '../../../model/analysis.js';
import type { LanguagePack } from '../../../lang/pack.js';
import type { CueHit } from '../cues.js';
import type { QuoteSpan } from '../quote-marks.js';
import { sentenceSubject, speakerOf, type Speaker, type SpeakerContext } from '../speakers.js';
import { mainClauseMood } from '../content.js';
import { personGenders, type Gender } from '../gender.js';

/** A direct quote with its word count and the cue that frames it (null: none). */
export interface DirectQuote {
  quote: Quote;
  words: number;
  cue: CueHit | null;
}

export interface SpeechContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly pack: LanguagePack;
  readonly mentions: readonly EntityMention[];
  readonly entities: ReadonlyMap<string, ArticleEntity>;
  readonly idPrefix: string;
  /** Spans in quote marks that hold words quoted (not names), in text order, not overlapping. */
  readonly quoteSpans: QuoteSpan[];
  /** Whether `offset` lies inside one of `quoteSpans` (marks included). */
  readonly quoted: (offset: number) => boolean;
  /** What the speaker finder needs (genders worked out on first use). */
  readonly speakers: SpeakerContext;
  /** The cues of each sentence, by sentence index. */
  cuesBySentence: CueHit[][];
  /** Quotes in the order found; ids follow that order. */
  readonly quotes: Quote[];
  readonly attributions: Attribution[];
  readonly hedges: Hedge[];
  readonly loaded: LoadedWord[];
  /** Mentions that turned out to speak (the speaker of some cue). */
  readonly actingMentions: EntityMention[];
  /** The speaker of each cue, once asked (see `speakerFor`). */
  readonly speakerCache: Map<CueHit, Speaker | null>;
  /** The quote each cue frames or reports (by id). */
  readonly cueQuote: Map<CueHit, string>;
  /** Reported (non-direct) quotes per sentence, so per-sentence checks stay linear. */
  readonly reportedIn: Map<number, Quote[]>;
  /** Direct quotes in text order, and per sentence. */
  readonly direct: DirectQuote[];
  readonly directIn: Map<number, DirectQuote[]>;
  /** A clause subject set aside for a frameless quote in a Konjunktiv sentence, used when nobody spoke before. */
  readonly clauseFallback: Map<Quote, Speaker>;
  /** Speech acts that a later sentence reports as its content ("… aus. Dies bestätigte X"): removed at the end. */
  readonly superseded: Set<Quote>;
  /** Direct quotes in a Konjunktiv sentence without a frame: someone's reported words. */
  readonly frameless: Set<Quote>;
  /** Quotes standing alone that took the previous quote's speaker (a frame right after them may still claim them). */
  readonly standingAlone: Set<Quote>;
  /** Quotes found to be no speech (terms, names, lists); removed by the terms pass. */
  readonly dropped: Set<Quote>;
  /** The subject of each sentence, once asked (see `namedBefore`). */
  readonly subjects: Map<number, Speaker | null>;
}

export function createContext(
  text: string,
  sentences: readonly Sentence[],
  pack: LanguagePack,
  mentions: readonly EntityMention[],
  entities: readonly ArticleEntity[],
  idPrefix: string,
): SpeechContext {
  const quoteSpans: QuoteSpan[] = [];
  // Quote spans are in text order and do not overlap: a binary search answers "inside a quote?".
  const quoted = (offset: number) => {
    let lo = 0;
    let hi = quoteSpans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quoteSpans[mid]!;
      if (offset < q.open) hi = mid - 1;
      else if (offset > q.close) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const entityMap = new Map(entities.map((e) => [e.id, e]));
  // Genders are worked out on first use: only pronoun speakers need them.
  let genders: Map<string, Gender> | undefined;
  const speakers: SpeakerContext = {
    pack,
    sentences,
    mentions,
    entities: entityMap,
    quoted,
    get genders() {
      return (genders ??= personGenders(mentions, entityMap, sentences, (w) => pack.firstNames.has(w)));
    },
  };
  return {
    text,
    sentences,
    pack,
    mentions,
    entities: entityMap,
    idPrefix,
    quoteSpans,
    quoted,
    speakers,
    cuesBySentence: [],
    quotes: [],
    attributions: [],
    hedges: [],
    loaded: [],
    actingMentions: [],
    speakerCache: new Map(),
    cueQuote: new Map(),
    reportedIn: new Map(),
    direct: [],
    directIn: new Map(),
    clauseFallback: new Map(),
    superseded: new Set(),
    frameless: new Set(),
    standingAlone: new Set(),
    dropped: new Set(),
    subjects: new Map(),
  };
}

/** The speaker of a cue, found once; a mention found speaking is noted as acting. */
export function speakerFor(ctx: SpeechContext, cue: CueHit): Speaker | null {
  if (!ctx.speakerCache.has(cue)) {
    const sp = speakerOf(ctx.speakers, cue);
    ctx.speakerCache.set(cue, sp);
    if (sp?.mention) ctx.actingMentions.push(sp.mention);
  }
  return ctx.speakerCache.get(cue) ?? null;
}

/** Adds a quote with the next id (reported ones are also listed by sentence). */
export function pushQuote(ctx: SpeechContext, q: Omit<Quote, 'id'>): Quote {
  const quote = { id: `${ctx.idPrefix}q${ctx.quotes.length}`, ...q };
  ctx.quotes.push(quote);
  if (quote.kind !== 'direct') {
    const list = ctx.reportedIn.get(quote.sentence) ?? [];
    list.push(quote);
    ctx.reportedIn.set(quote.sentence, list);
  }
  return quote;
}

/** A quote's speaker fields from a speaker (all null for none). */
export function withSpeaker(speaker: Speaker | null): Pick<Quote, 'speaker' | 'speakerName' | 'speakerSpan'> {
  return {
    speaker: speaker?.entity ?? null,
    speakerName: speaker?.name ?? null,
    speakerSpan: speaker?.span ?? null,
  };
}

/** Gives `q` the speaker of `from` (a quote or speaker fields). */
export function takeSpeaker(q: Quote, from: Pick<Quote, 'speaker' | 'speakerName' | 'speakerSpan'>): void {
  Object.assign(q, { speaker: from.speaker, speakerName: from.speakerName, speakerSpan: from.speakerSpan });
}

/** The sentence holding `offset` (or the next one after it), by binary search over sentences in text order. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let next: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) {
      next = s;
      hi = mid - 1;
    } else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return next ?? sentences.find((s) => offset < s.end);
}

/** Whether a token of the sentence outside quote marks is in the reported mood (Konjunktiv). */
export function inReportedMood(ctx: SpeechContext, s: Sentence): boolean {
  // (A Konjunktiv only in a clause giving a noun's content, "…, wonach … besäße", leaves the sentence narration.)
  return ctx.pack.subjunctiveMarkers.size > 0 && mainClauseMood(s, ctx.pack, ctx.quoted);
}

/**
 * The reported quotes of sentence `sentence` that lie wholly inside `sp` and end before `before`:
 * a frame closing the sentence ("…, sources said.", "…, according to a poll") reports all before
 * it, these included, so they do not count against it.
 */
export function nestedReports(ctx: SpeechContext, sentence: number, sp: Span, before: number): Quote[] {
  return (ctx.reportedIn.get(sentence) ?? []).filter((q) => q.start >= sp.start && q.end <= sp.end && q.end <= before);
}

/** How many characters of `sp` direct and other quotes found so far cover (superseded ones aside). */
export function directChars(ctx: SpeechContext, sp: Span): number {
  // Only quotes near the span can cover any of it.
  return quotesNear(ctx.quotes, sp).reduce((n, q) => (ctx.superseded.has(q) ? n : n + Math.max(0, Math.min(sp.end, q.end) - Math.max(sp.start, q.start))), 0);
}

/** The speaker of the nearest quote before `offset`, up to three sentences back. */
export function recentSpeaker(ctx: SpeechContext, offset: number, sentence: number): Speaker | null {
  let best: Quote | null = null;
  let bestAt = -1;
  // A quote ending before the offset starts in its sentence or an earlier one: only the last four sentences' quotes are read.
  const quotesIn = quotesBySentence(ctx.quotes);
  for (let s = sentence - 3; s <= sentence; s++) {
    for (const { q, at } of quotesIn(s)) {
      if (!q.speakerName || q.end > offset) continue;
      // The first quote (in the list's order) of the latest end, as a scan of the list finds it.
      if (!best || q.end > best.end || (q.end === best.end && at < bestAt)) {
        best = q;
        bestAt = at;
      }
    }
  }
  return best ? { entity: best.speaker, name: best.speakerName!, span: best.speakerSpan!, mention: null } : null;
}

/** Characters per bucket of the quote index. */
const BUCKET = 512;

interface QuoteIndex {
  seen: Quote[];
  bySentence: Map<number, { q: Quote; at: number }[]>;
  /** Quotes by the bucket of their start offset, with their place in the list. */
  byStart: Map<number, { q: Quote; at: number }[]>;
  byId: Map<string, Quote>;
  /** The longest quote so far: how far before a span a quote overlapping it may start. */
  longest: number;
}

const quoteIndexes = new WeakMap<readonly Quote[], QuoteIndex>();

/**
 * The quotes found so far by sentence, start and id, with their place in the list, so
 * that a pass asking about one span reads the quotes near it instead of all of them.
 * The passes only append to the list until the terms pass rewrites it, so new quotes
 * are added as they come; a list that shrank or changed at its ends is indexed anew.
 * A quote's end may move later only through `extendQuote`.
 */
function quoteIndex(quotes: readonly Quote[]): QuoteIndex {
  let index = quoteIndexes.get(quotes);
  const n = index?.seen.length ?? 0;
  const stale = index && (n > quotes.length || (n > 0 && (quotes[0] !== index.seen[0] || quotes[n - 1] !== index.seen[n - 1])));
  if (!index || stale) {
    index = { seen: [], bySentence: new Map(), byStart: new Map(), byId: new Map(), longest: 0 };
    quoteIndexes.set(quotes, index);
  }
  for (let k = index.seen.length; k < quotes.length; k++) {
    const q = quotes[k]!;
    index.seen.push(q);
    addTo(index.bySentence, q.sentence, { q, at: k });
    addTo(index.byStart, Math.floor(q.start / BUCKET), { q, at: k });
    if (!index.byId.has(q.id)) index.byId.set(q.id, q);
    index.longest = Math.max(index.longest, q.end - q.start);
  }
  return index;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function quotesBySentence(quotes: readonly Quote[]): (sentence: number) => readonly { q: Quote; at: number }[] {
  const bySentence = quoteIndex(quotes).bySentence;
  return (sentence) => bySentence.get(sentence) ?? [];
}

/** The quote with this id, when the list holds one (the first, as a search of the list finds it). */
export function quoteById(quotes: readonly Quote[], id: string): Quote | undefined {
  return quoteIndex(quotes).byId.get(id);
}

/**
 * Every quote of the list that overlaps or touches a span (starts at or before its
 * end and ends at or after its start), in list order; callers test exactly what they need.
 */
export function quotesNear(quotes: readonly Quote[], span: Span): Quote[] {
  const index = quoteIndex(quotes);
  const found: { q: Quote; at: number }[] = [];
  const from = Math.floor((span.start - index.longest) / BUCKET);
  for (let b = from; b <= Math.floor(span.end / BUCKET); b++)
    for (const x of index.byStart.get(b) ?? []) if (x.q.start <= span.end && x.q.end >= span.start) found.push(x);
  return found.sort((a, b) => a.at - b.at).map((x) => x.q);
}

/** Drops the index of a list reordered in place (the terms pass sorts the quotes). */
export function forgetQuoteIndex(quotes: readonly Quote[]): void {
  quoteIndexes.delete(quotes);
}

/** Moves a quote's end (a quote continued past its first span), keeping the quote index's reach right. */
export function extendQuote(ctx: SpeechContext, q: Quote, end: number): void {
  q.end = end;
  const index = quoteIndexes.get(ctx.quotes);
  if (index) index.longest = Math.max(index.longest, q.end - q.start);
}

/** The actor named as subject of the sentence right before `sentence` (same paragraph), for frameless reported words. */
export function namedBefore(ctx: SpeechContext, sentence: number): Speaker | null {
  const prev = ctx.sentences[sentence - 1];
  if (!prev || prev.headline || prev.paragraph !== ctx.sentences[sentence]!.paragraph) return null;
  if (!ctx.subjects.has(prev.index)) ctx.subjects.set(prev.index, sentenceSubject(ctx.speakers, prev.index));
  return ctx.subjects.get(prev.index) ?? null;
}

/** Whether the subject of the sentence before is a person. */
export function namedPerson(ctx: SpeechContext, sentence: number): boolean {
  const sp = namedBefore(ctx, sentence);
  return sp !== null && sp.entity !== null && ctx.entities.get(sp.entity)?.type === 'person';
}

/** How many sentences start inside the quote. */
export function countSentences(ctx: SpeechContext, q: Quote): number {
  // Sentences are in text order: count from the first starting inside, not over the whole article.
  const first = sentenceAt(ctx.sentences, q.start);
  let n = 0;
  for (let k = first ? first.index : ctx.sentences.length; k < ctx.sentences.length; k++) {
    const x = ctx.sentences[k]!;
    if (x.start >= q.end) break;
    if (x.start >= q.start) n++;
  }
  return n;
}

/** A speech pass: reads and adds to the shared context. */
export type SpeechPass = (ctx: SpeechContext) => void;
