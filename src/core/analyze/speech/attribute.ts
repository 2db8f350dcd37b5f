import type { ArticleEntity, Attribution, EntityMention, Hedge, LoadedWord, Quote, QuoteForm, Sentence, Span } from '../../model/analysis.js';
import type { LanguagePack, SpeakerEvidence } from '../../lang/pack.js';
import { findCues, type CueHit } from './cues.js';
import { doubledApostrophesAsQuotes, findQuoteSpans, type QuoteSpan } from './quote-marks.js';
import { clauseSpeaker, closingFrameSpeaker, mute, sentenceSubject, speakerOf, type Speaker, type SpeakerContext } from './speakers.js';
import { clauseSpan, contentOf, embeddedCue, markerContent, objectContent, reportedMood } from './content.js';
import { paragraphSpans } from '../../text/paragraphs.js';
import { isNameLike, predicativeQuote } from './titles.js';
import { nounContent } from './noun-frames.js';
import { colonAttribution } from './colon-source.js';
import { personGenders, type Gender } from './gender.js';
import { addImpressions } from './english-seem.js';
import { subjectlessFrame } from './english-frame.js';
import { addNounCues } from './english-noun-cues.js';
import { implausibleSource } from './english-source-check.js';

export interface SpeechResult {
  quotes: Quote[];
  attributions: Attribution[];
  hedges: Hedge[];
  loaded: LoadedWord[];
  /** Mentions that turned out to speak for a government ("Washington behauptete"). */
  actingMentions: EntityMention[];
}

/** Between two quotes of a list: closing mark, comma or conjunction, opening mark. */
const LIST_JOINT = /^[“”"»«]?\s*(?:,|und|oder|sowie)\s*[„“"»«]$/;

/** Demonstratives that take up a quote just before ("„…“. Das sagte X."). */
const CATAPHORA = new Set(['das', 'dies', 'diese', 'dieses']);

/** Verbs that, with "sich", give a name ("die sich „…“ nennt"). */
const SELF_NAMING = new Set(['nennen', 'bezeichnen', 'präsentieren', 'name', 'call']);

/** Sentence-initial words that point back to the previous sentence as what was said ("Dies bestätigte …"). */
const DEMONSTRATIVES = new Set(['dies', 'das', 'this', 'that']);

/** Verbs of knowing and feeling report a thought only with a content clause ("knew that …"), never as a bare act ("knew the area"). */
const CLAUSE_ONLY = new Set(['know', 'feel', 'realize', 'recognize', 'understand', 'doubt', 'find']);

/** Between two pieces of one interrupted quote: ", sagte er, " / ", he said, ". */
const INTERRUPTION = /^\s*,?\s*[^.!?„“”"»«]{1,80}[,:]\s*$/;

const PASSIVE_AUXILIARIES = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden', 'was', 'were', 'been', 'is', 'are']);

/** A participle cue with a passive auxiliary in its clause ("wurde … kritisiert", "was reported"). */
/**
 * A reporting verb that, without a content clause, reports no speech: an action (the pack's
 * `speakerEvidence.actions`: "pleaded guilty"), a set phrase
 * ("genauer gesagt"), a denied act ("konnte nicht bestätigt werden"), an act whose
 * object only points back ("Dies bestätigte X": the words were reported before), or
 * a verb used in its other sense ("droht ihm die Todesstrafe").
 */
function noSpeechAct(s: Sentence, cue: CueHit, pack: LanguagePack): boolean {
  const toks = s.tokens;
  const norm = (k: number) => (k >= 0 && k < toks.length ? toks[k]!.norm : '');
  // "X pleaded guilty": an action in court, not words of X's.
  if (pack.speakerEvidence?.actions.get(cue.lemma)?.has(norm(cue.lastToken + 1))) return true;
  const limits = pack.speechActLimits;
  if (!limits) return false;
  if (limits.idioms.has(norm(cue.token - 1))) return true;
  for (let k = Math.max(0, cue.token - 3); k <= Math.min(toks.length - 1, cue.lastToken + 3); k++) if (limits.negations.has(norm(k))) return true;
  // "Dies bestätigte …", "… bestätigte dieses anschließend", "… bestätigte das."
  if (cue.token === 1 && limits.anaphors.has(norm(0))) return true;
  if (limits.anaphors.has(norm(cue.lastToken + 1)) && (cue.lastToken + 2 >= toks.length || toks[cue.lastToken + 2]!.kind === 'punct' || !toks[cue.lastToken + 2]!.capitalized)) {
    // Only when nothing but adverbs follows: "bestätigte das Ministerium" has a subject, not an anaphor.
    const rest = toks.slice(cue.lastToken + 2).filter((t) => t.kind === 'word');
    if (rest.every((t) => !t.capitalized)) return true;
  }
  const needed = limits.needs.get(cue.lemma);
  if (needed && !toks.slice(cue.lastToken + 1).some((t) => t.norm === needed)) return true;
  return false;
}

/** Definite articles and article-bearing prepositions that introduce a name ("des „…“", "beim „…“"). */
const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'vom', 'beim', 'im', 'zum', 'zur']);

/**
 * A frameless quote of up to a dozen words that opens with a capital right after
 * a definite article, without sentence punctuation inside, names something
 * ("eine Nachricht des „Vereins für …“", "beim „Großen Preis von …“").
 */
function namedAfterArticle(text: string, q: Quote, words: number): boolean {
  // (A name may end in an abbreviation: "… e.V.", "… Inc.")
  if (words > 12 || !/^\p{Lu}/u.test(q.text) || (/[.!?…:]$/.test(q.text) && !/(?:^|\s|\.)\p{L}{1,4}\.$/u.test(q.text))) return false;
  const prev = /([\p{L}]+)\s*[„“"»«]\s*$/u.exec(text.slice(Math.max(0, q.start - 20), q.start));
  return prev !== null && DEFINITE.has(prev[1]!.toLowerCase());
}

/** "Wie „X“ berichtet", "die „X“ heute mitteilte": the quote is the subject of the cue right after it, a name. */
function subjectOfCue(text: string, q: Quote, cueStart: number | null): boolean {
  // (Names of media may be lower case: „heise online“.)
  if (cueStart === null || cueStart < q.end || !(/^\p{Lu}/u.test(q.text) || q.text.split(/\s+/).length <= 3)) return false;
  const between = text.slice(q.end, cueStart);
  const before = text.slice(Math.max(0, q.start - 12), q.start);
  return /^[“”"»«]\s+(?:[\p{Ll}]+\s+)?$/u.test(between) && /(?:^|\s)(?:wie|der|die|das)\s*[„“"»«]\s*$/iu.test(before);
}

/** The span lies inside the cue's own words ("Demnach", "Berichten zufolge"). */
function withinCue(s: Sentence, cue: CueHit, span: Span): boolean {
  return span.start >= s.tokens[cue.token]!.start && span.end <= s.tokens[cue.lastToken]!.end;
}

function passiveCue(s: Sentence, cue: CueHit): boolean {
  const toks = s.tokens;
  for (let k = cue.token - 1; k >= 0 && k >= cue.token - 12; k--) {
    if (toks[k]!.kind === 'punct') break;
    if (PASSIVE_AUXILIARIES.has(toks[k]!.norm)) return true;
  }
  return PASSIVE_AUXILIARIES.has(toks[cue.token + 1]?.norm ?? '');
}

/** How many sentences back the issuer of a document may be named ("X said in a statement. … the statement said"). */
const ISSUER_REACH = 6;

/**
 * A quote whose source is a document named by a definite noun ("the statement", "the letter")
 * and no entity takes the speaker of the nearest quote before it whose sentence names the same
 * kind of document ("Trump said in a statement released by his campaign"): the issuer.
 */
function speakForIssuers(quotes: Quote[], sentences: readonly Sentence[], ev: SpeakerEvidence): void {
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  // The quote's sentences and the one after it, where a closing frame stands ("“…,” Trump said in a statement").
  const mentions = (q: Quote, noun: string) => {
    for (let k = q.sentence; k < sentences.length && sentences[k]!.start <= q.end; k++) if (sentences[k]!.tokens.some((t) => t.norm === noun)) return true;
    const after = sentenceAt(sentences, q.end);
    return after !== undefined && after.tokens.some((t) => t.norm === noun);
  };
  for (let i = 0; i < ordered.length; i++) {
    const q = ordered[i]!;
    if (q.speaker !== null || !q.speakerName) continue;
    const words = q.speakerName.toLowerCase().split(/\s+/);
    const noun = words[words.length - 1]!;
    if (words.length < 2 || !ev.definiteArticles.has(words[0]!) || !ev.documentNouns.has(noun)) continue;
    for (let j = i - 1; j >= 0 && q.sentence - ordered[j]!.sentence <= ISSUER_REACH; j--) {
      const p = ordered[j]!;
      if (p.speaker === null || !mentions(p, noun)) continue;
      Object.assign(q, { speaker: p.speaker, speakerName: p.speakerName });
      break;
    }
  }
}

/** The sentence holding `offset` (or the next one after it), by binary search over sentences in text order. */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
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

/**
 * Quotes, attributions, hedges and loaded words of one article.
 * Direct quotes come from quote marks (across sentences within a paragraph);
 * each gets the cue and speaker of its own or its closing sentence, or the
 * previous quote's speaker when it stands alone. Indirect speech is a cue
 * with a content clause ("X sagte, Russland werde …"); German free indirect
 * speech carries the speaker on through following Konjunktiv I sentences.
 */
export function analyzeSpeech(
  text: string,
  sentences: readonly Sentence[],
  pack: LanguagePack,
  mentions: readonly EntityMention[],
  entities: readonly ArticleEntity[],
  idPrefix: string,
): SpeechResult {
  const quoteSpans: QuoteSpan[] = [];
  const framedPredicate = (q: QuoteSpan) => {
    const s = sentenceAt(sentences, q.open);
    if (!s || s.start > q.open) return false;
    const inOther = (offset: number) => quoteSpans.some((o) => offset >= o.open && offset <= o.close) || (offset >= q.open && offset <= q.close);
    const verbs = findCues(s, pack, inOther).filter((c) => c.kind === 'verb');
    // "die sich selbst „…“ nennt": a name the speaker gives itself, not words quoted.
    return verbs.length > 0 && !verbs.some((c) => SELF_NAMING.has(c.lemma) && s.tokens.some((t) => t.norm === 'sich'));
  };
  // English archives (NYT) write quotes as two apostrophes (''…''): read each pair as one mark, offsets kept.
  const marks = pack.code !== 'de' && text.includes("''") ? doubledApostrophesAsQuotes(text) : text;
  const nameLike: QuoteSpan[] = [];
  for (const p of paragraphSpans(text)) {
    for (const q of findQuoteSpans(marks, p.start, p.end, pack.quotePairs)) (isNameLike(text, q, pack) ? nameLike : quoteSpans).push(q);
  }
  // "nannte den Bericht eine „Zeitungsente“", "als „Wortbruch“ bezeichnet": capitalised words in the predicate of a reporting verb are words quoted, not a name.
  const predicative = nameLike.filter((q) => predicativeQuote(text, q) && framedPredicate(q));
  if (predicative.length > 0) {
    quoteSpans.push(...predicative);
    quoteSpans.sort((a, b) => a.open - b.open);
  }
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
  const ctx: SpeakerContext = {
    pack,
    sentences,
    mentions,
    entities: entityMap,
    quoted,
    get genders() {
      return (genders ??= personGenders(mentions, entityMap, sentences, (w) => pack.firstNames.has(w)));
    },
  };

  const cuesBySentence = sentences.map((s) => findCues(s, pack, quoted));
  const quotes: Quote[] = [];
  const attributions: Attribution[] = [];
  const actingMentions: EntityMention[] = [];
  const speakerCache = new Map<CueHit, Speaker | null>();
  const speakerFor = (cue: CueHit) => {
    if (!speakerCache.has(cue)) {
      const sp = speakerOf(ctx, cue);
      speakerCache.set(cue, sp);
      if (sp?.mention) actingMentions.push(sp.mention);
    }
    return speakerCache.get(cue) ?? null;
  };
  const cueQuote = new Map<CueHit, string>();

  // Reported (non-direct) quotes per sentence, so per-sentence checks stay linear.
  const reportedIn = new Map<number, Quote[]>();
  const pushQuote = (q: Omit<Quote, 'id'>): Quote => {
    const quote = { id: `${idPrefix}q${quotes.length}`, ...q };
    quotes.push(quote);
    if (quote.kind !== 'direct') {
      const list = reportedIn.get(quote.sentence) ?? [];
      list.push(quote);
      reportedIn.set(quote.sentence, list);
    }
    return quote;
  };
  const withSpeaker = (speaker: Speaker | null) => ({
    speaker: speaker?.entity ?? null,
    speakerName: speaker?.name ?? null,
    speakerSpan: speaker?.span ?? null,
  });
  // A verb that may report a statement of its own: not clause-only, not yet used, not inside a
  // subordinate clause or infinitive, not an agentless passive, not a verb that is no speech act here.
  const mayAct = (s: Sentence, c: CueHit) =>
    c.kind === 'verb' &&
    !CLAUSE_ONLY.has(c.lemma) &&
    !cueQuote.has(c) &&
    !embeddedCue(s, c) &&
    !(c.participle && speakerFor(c) === null && passiveCue(s, c)) &&
    !noSpeechAct(s, c, pack);
  // A speech act whose content is `span` (the verb's object or the whole clause); returns its speaker.
  const pushSpeechAct = (s: Sentence, c: CueHit, span: Span): Speaker | null => {
    const speaker = speakerFor(c);
    const q = pushQuote({
      sentence: s.index,
      start: span.start,
      end: span.end,
      kind: 'reported',
      form: 'speech-act',
      text: text.slice(span.start, span.end),
      ...withSpeaker(speaker),
      cue: c.text,
      cueLemma: c.lemma,
      stance: c.stance,
    });
    cueQuote.set(c, q.id);
    return speaker;
  };

  const inReportedMood = (s: Sentence) =>
    pack.subjunctiveMarkers.size > 0 && s.tokens.some((t, i) => !quoted(t.start) && reportedMood(pack, t, true, s.tokens[i + 1]));
  const clauseFallback = new Map<Quote, Speaker>();
  // Speech acts that a later sentence reports as its content ("… aus. Dies bestätigte X"): removed at the end.
  const superseded = new Set<Quote>();
  // Direct quotes in a Konjunktiv sentence without a frame: someone's reported words.
  const frameless = new Set<Quote>();
  // Quotes standing alone that took the previous quote's speaker (a frame right after them may still claim them).
  const standingAlone = new Set<Quote>();
  // Direct quotes.
  const direct: { quote: Quote; words: number; cue: CueHit | null }[] = [];
  // The person the sentence before `sentence` is about, when that sentence holds no quote and comes after `after`.
  const narratorBefore = (sentence: number, after: number): Speaker | null => {
    const prev = sentences[sentence - 1];
    if (!prev || prev.headline || prev.start <= after || prev.paragraph < sentences[sentence]!.paragraph - 1) return null;
    const sp = sentenceSubject(ctx, prev.index);
    return sp && sp.entity !== null && entityMap.get(sp.entity)?.type === 'person' ? sp : null;
  };
  let previous: { speaker: Speaker | null; cue: CueHit | null; close: number; quote: Quote } | null = null;
  // Where the last direct quote closed.
  let lastClose = -1;
  for (const span of quoteSpans) {
    const first = sentenceAt(sentences, span.open);
    const last = sentenceAt(sentences, span.close);
    if (!first || !last) continue;
    const words = text.slice(span.inner.start, span.inner.end).split(/\s+/).length;
    // „…“, sagte er, „…“: the second piece continues the first quote.
    const gap = previous ? text.slice(previous.close + 1, span.open) : '';
    // A title's period ("Mr.", "Sen.") inside the frame does not end it: „…“, said Sen. Roe, „…“.
    const frame = gap.replace(/(\p{L}+)\./gu, (m, w: string) => (pack.abbreviations.has(w.toLowerCase()) ? w : m));
    const interrupted = INTERRUPTION.test(frame) && (gap.trimStart().startsWith(',') || /,\s*$/.test(previous?.quote.text ?? ''));
    if (previous && previous.cue && interrupted && words >= 2) {
      const q = previous.quote;
      q.segments = [...(q.segments ?? [{ start: q.start, end: q.end }]), span.inner];
      q.end = span.inner.end;
      q.text = `${q.text} … ${text.slice(span.inner.start, span.inner.end)}`;
      previous.close = span.close;
      lastClose = span.close;
      continue;
    }
    const candidates = [first, ...(last.index !== first.index ? [last] : [])];
    let cue: CueHit | null = null;
    for (const s of candidates) {
      const cues = cuesBySentence[s.index]!.filter((c) => c.kind !== 'reportative');
      // The frame is the first cue before the quote ("X sagte, sein Besuch unterstreiche „…“":
      // a cue inside the reported clause is content), else the first after it ("„…“, sagte X").
      // A cue inside a relative clause or infinitive ("Klose, der wegen wiederholten Fouls …, nannte …") frames only when nothing else does.
      const main = cues.filter((c) => !embeddedCue(s, c));
      // A frame right after the quote („…“, sagte er) is its own, even when a verb before a colon introduced it.
      const closing = (list: CueHit[]) =>
        list.find((c) => s.tokens[c.token]!.start > span.close && /^\s*,\s*$/.test(text.slice(span.close + 1, s.tokens[c.token]!.start)));
      // "After Lee spoke, responding to …, Roe replied: “…”": the verb a few words before the colon that opens the quote frames it.
      const colon = (list: CueHit[]) =>
        list.findLast((c) => c.kind === 'verb' && s.tokens[c.lastToken]!.end <= span.open && /^[^.!?„“”"»«:]{0,40}:\s*$/.test(text.slice(s.tokens[c.lastToken]!.end, span.open)));
      const pick = (list: CueHit[]) =>
        closing(list) ?? colon(list) ?? list.find((c) => s.tokens[c.token]!.start < span.open) ?? list.find((c) => s.tokens[c.token]!.start > span.close);
      cue = pick(main) ?? pick(cues) ?? null;
      if (cue) break;
    }
    let speaker = cue ? speakerFor(cue) : null;
    // „…“, strich X heraus: a verb outside the lexicon with its subject right after the quote.
    const closingFrame = cue ? null : closingFrameSpeaker(ctx, last.index, span.close);
    if (closingFrame) speaker = closingFrame;
    const standsAlone = first.start >= span.open - 1 && !cue && !closingFrame;
    // No reporting verb: the subject of the clause holding the quote ("X würdigte ihn als „…“").
    let moodFallback: Speaker | null = null;
    if (!cue && !standsAlone && !closingFrame) speaker = clauseSpeaker(ctx, first.index, span.open);
    // A clause subject that cannot speak ("Seine Zuversicht gründet sich auf …: „…“") gives way to the speaker just before.
    if (!cue && !standsAlone && !closingFrame && speaker && mute(ctx, speaker) && previous?.speaker && first.index - previous.quote.sentence <= 2) speaker = previous.speaker;
    // A Konjunktiv sentence without a frame continues someone's reported words ("Erstmals sei die Lage „…“"):
    // its grammatical subject is no speaker; whoever spoke before is, else that subject.
    const inMoodWithoutFrame = !cue && !standsAlone && !closingFrame && inReportedMood(first);
    if (inMoodWithoutFrame && speaker) {
      moodFallback = speaker;
      speaker = null;
    }
    // A quote standing alone after a sentence about someone ("X expressed concern. “…”") is that person's,
    // not the previous quote's speaker's.
    const narrated: Speaker | null = !cue && standsAlone ? narratorBefore(first.index, lastClose) : null;
    const carriedOn = !cue && standsAlone && (narrated !== null || (previous !== null && previous.speaker !== null && span.open - previous.close < 400));
    if (carriedOn) speaker = narrated ?? previous!.speaker;
    const q = pushQuote({
      sentence: first.index,
      start: span.inner.start,
      end: span.inner.end,
      kind: 'direct',
      form: 'marks',
      text: text.slice(span.inner.start, span.inner.end),
      ...withSpeaker(speaker),
      cue: cue?.text ?? null,
      cueLemma: cue?.lemma ?? null,
      stance: cue?.stance ?? 'neutral',
    });
    direct.push({ quote: q, words, cue });
    if (carriedOn) standingAlone.add(q);
    if (moodFallback) clauseFallback.set(q, moodFallback);
    if (inMoodWithoutFrame) frameless.add(q);
    if (cue && !cueQuote.has(cue)) cueQuote.set(cue, q.id);
    previous = { speaker, cue, close: span.close, quote: q };
    lastClose = span.close;
  }
  // The speaker of the nearest quote before `offset`, up to three sentences back.
  const recentSpeaker = (offset: number, sentence: number): Speaker | null => {
    let best: Quote | null = null;
    for (const q of quotes) if (q.speakerName && q.end <= offset && sentence - q.sentence <= 3 && (!best || q.end > best.end)) best = q;
    return best ? { entity: best.speaker, name: best.speakerName!, span: best.speakerSpan!, mention: null } : null;
  };
  const directIn = new Map<number, typeof direct>();
  for (const d of direct) {
    const list = directIn.get(d.quote.sentence) ?? [];
    list.push(d);
    directIn.set(d.quote.sentence, list);
  }
  const directChars = (sp: Span) =>
    quotes.reduce((n, q) => (superseded.has(q) ? n : n + Math.max(0, Math.min(sp.end, q.end) - Math.max(sp.start, q.start))), 0);

  // The actor named as subject of the sentence right before `sentence` (same paragraph, no quote in it), for frameless reported words.
  const subjects = new Map<number, Speaker | null>();
  const namedBefore = (sentence: number): Speaker | null => {
    const prev = sentences[sentence - 1];
    if (!prev || prev.headline || prev.paragraph !== sentences[sentence]!.paragraph) return null;
    if (!subjects.has(prev.index)) subjects.set(prev.index, sentenceSubject(ctx, prev.index));
    return subjects.get(prev.index) ?? null;
  };

  const namedPerson = (sentence: number) => {
    const sp = namedBefore(sentence);
    return sp !== null && sp.entity !== null && entityMap.get(sp.entity)?.type === 'person';
  };

  // Indirect and reported speech.
  let carried: Speaker | null = null;
  let continued: Quote | null = null;
  for (const s of sentences) {
    const cues = cuesBySentence[s.index]!;
    let framed = false;
    const toks = s.tokens;
    for (const cue of cues) {
      let content: Span | null = null;
      let kind: Quote['kind'] = 'indirect';
      let form: QuoteForm = 'clause';
      let segments: Span[] | undefined;
      if (cue.kind === 'marker') {
        kind = 'reported';
        form = 'marker';
        const pieces = markerContent(s, cue, speakerFor(cue)?.span ?? null);
        if (pieces) {
          content = { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end };
          if (pieces.length > 1) segments = pieces;
        }
      } else if (cue.kind === 'noun') {
        content = nounContent(s, cue, pack, quoted);
      } else if (cue.kind === 'reportative') {
        kind = 'reported';
        form = 'reportative';
        content = clauseSpan(s, 0, toks.length - 1);
      } else {
        content = contentOf(s, cue, pack, quoted);
        // "Sie solle sich, so Gall, auf schwere Fälle begrenzen": the source sits inside the statement.
        if (!content && cue.lemma === 'so') {
          const pieces = markerContent(s, { ...cue, sourceSide: 'after' }, speakerFor(cue)?.span ?? null);
          if (pieces && pieces.length > 1) {
            content = { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end };
            segments = pieces;
          }
        }
        // "Dies/Das bestätigte X": the previous sentence is what X said.
        const prev = sentences[s.index - 1];
        if (!content && cue.token === 1 && DEMONSTRATIVES.has(toks[0]!.norm) && prev && !prev.headline && prev.paragraph === s.paragraph) {
          const prevSpan = clauseSpan(prev, 0, prev.tokens.length - 1);
          // A speech act read in the sentence before ("Die Partei schließt X aus.") is the content confirmed here.
          const before = reportedIn.get(prev.index) ?? [];
          if (prevSpan && before.every((q) => q.form === 'speech-act')) {
            content = { start: prevSpan.start, end: toks[0]!.end };
            segments = [prevSpan, { start: toks[0]!.start, end: toks[0]!.end }];
            for (const q of before) superseded.add(q);
            reportedIn.delete(prev.index);
          }
        }
      }
      // A clause that is mostly a direct quote is that quote's frame, not a second statement;
      // so is a clause holding the quote this cue frames („…“, sagte er), whatever stands before it
      // ("Besorgt äußerte sich X: „…“, sagte er" reports no second, indirect statement).
      const framedQuote = cueQuote.get(cue);
      const cueStart = toks[cue.token]!.start;
      const holdsOwnQuote =
        content !== null &&
        framedQuote !== undefined &&
        quotes.some(
          (q) =>
            q.id === framedQuote &&
            q.kind === 'direct' &&
            q.start >= content!.start &&
            q.end <= content!.end + 1 &&
            /^[“”"»«]?[\s,]*$/.test(text.slice(q.end, cueStart)) &&
            // Only a main clause introducing the quote with a colon, not reported words before it.
            /:\s*[„“"»«]$/.test(text.slice(Math.max(content!.start, q.start - 4), q.start)) &&
            !toks.some((t, i) => t.start >= content!.start && t.end <= q.start && reportedMood(pack, t, true, toks[i + 1])),
        );
      if (content && (holdsOwnQuote || directChars(content) > 0.6 * (content.end - content.start))) {
        if (cueQuote.has(cue)) framed = true;
        content = null;
      }
      if (content && quoted(content.start) && directChars(content) > 0) content = null;
      let speaker: Speaker | null = speakerFor(cue);
      // English "Asked about X, …" names no source and borrows none.
      if (content && (kind !== 'indirect' || speaker === null) && !(pack.code === 'en' && cue.kind === 'verb' && subjectlessFrame(toks, cue))) {
        // "soll … haben" names no speaker: the source marker in the sentence ("laut X") or the
        // source just before speaks. So does an agentless passive frame ("Als Grund wurde angegeben").
        const marker = cue.kind === 'reportative' ? cues.find((c) => c.kind === 'marker') : undefined;
        // "Wie X bekannt gab, soll …": a reporting verb in the same sentence names the source of "soll".
        const frame = cue.kind === 'reportative' ? cues.find((c) => c.kind === 'verb' && speakerFor(c) !== null) : undefined;
        const fallback =
          (marker ? speakerFor(marker) : null) ??
          (frame ? speakerFor(frame) : null) ??
          recentSpeaker(content.start, s.index) ??
          (cue.kind === 'reportative' ? namedBefore(s.index) : null);
        if (cue.kind === 'reportative' || speaker === null) {
          speaker = fallback;
          speakerCache.set(cue, speaker);
        } else if (cue.kind === 'marker' && speaker.entity === null && fallback && withinCue(s, cue, speaker.span)) {
          // "Demnach …", "Berichten zufolge": the marker's words stay the source expression; they point back to the source before.
          speaker = { ...speaker, entity: fallback.entity, name: fallback.name, mention: null };
          speakerCache.set(cue, speaker);
        }
      }
      if (!content) {
        if (cueQuote.has(cue)) framed = true;
        continue;
      }
      const q = pushQuote({
        sentence: s.index,
        start: content.start,
        end: content.end,
        kind,
        form,
        ...(segments ? { segments } : {}),
        // The statement with its marker, as written: the pieces are in `segments`.
        text: text.slice(content.start, content.end),
        ...withSpeaker(speaker),
        cue: cue.text,
        cueLemma: cue.lemma,
        stance: cue.stance,
      });
      framed = true;
      if (!cueQuote.has(cue)) cueQuote.set(cue, q.id);
      if (kind === 'indirect' || form === 'marker') carried = speaker;
      continued = null;
    }
    // A sentence that reports a speech act without its content ("Er bezeichnete die Pläne als Wortbruch").
    // Not a verb inside a subordinate clause or infinitive, not an agentless passive ("Er wurde verurteilt"),
    // and not inside someone's reported words (a Konjunktiv sentence continuing a speaker).
    const inMood = () => carried !== null && pack.subjunctiveMarkers.size > 0 && toks.some((t, i) => !quoted(t.start) && reportedMood(pack, t, true, toks[i + 1]));
    if (!framed && cues.some((c) => c.kind === 'verb') && !inMood()) {
      const act = cues.find((c) => mayAct(s, c));
      // English: what the verb takes — its object or infinitive ("endorsed Cruz", "wants to run", "refused to answer") —
      // is the content (PolNeAR counts beliefs and intentions); German keeps the whole sentence.
      const span = act ? (pack.code === 'de' ? null : objectContent(s, act, pack, quoted)) ?? clauseSpan(s, 0, toks.length - 1) : null;
      if (act && span && !quoted(span.start) && directChars(span) === 0 && !s.headline) {
        carried = pushSpeechAct(s, act, span);
        framed = true;
        continued = null;
        continue;
      }
    }
    // English: further acts of the sentence that nothing framed yet ("When asked …, Lee declined [to comment]"), each with its own object.
    if (pack.code === 'en' && !s.headline) {
      for (const c of cues) {
        if (!mayAct(s, c)) continue;
        const at = toks[c.token]!.start;
        const here = reportedIn.get(s.index) ?? [];
        if (here.some((q) => q.start <= at && q.end > at)) continue;
        const span = objectContent(s, c, pack, quoted);
        if (!span || quoted(span.start) || directChars(span) > 0 || here.some((q) => q.start < span.end && q.end > span.start)) continue;
        pushSpeechAct(s, c, span);
        framed = true;
      }
    }
    // Direct quotes with a speaker open a stretch of reported speech too.
    const lastDirect = directIn.get(s.index)?.filter((d) => d.quote.speakerName).pop();
    const indirectHere = reportedIn.has(s.index);
    if (lastDirect && !indirectHere) {
      carried = { entity: lastDirect.quote.speaker, name: lastDirect.quote.speakerName!, span: lastDirect.quote.speakerSpan!, mention: null };
      continued = null;
      continue;
    }
    // Free indirect speech: a Konjunktiv sentence without its own frame continues the last speaker,
    // or the actor the sentence before was about ("X hatte Gutes zu berichten. Die Lage sei …").
    if (!framed && !carried && pack.subjunctiveMarkers.size > 0 && !quoted(s.start) && inReportedMood(s) && namedPerson(s.index)) carried = namedBefore(s.index);
    if (!framed && carried && pack.subjunctiveMarkers.size > 0 && !quoted(s.start)) {
      const subj = toks.some((t, i) => !quoted(t.start) && reportedMood(pack, t, true, toks[i + 1]));
      if (subj) {
        if (continued && continued.sentence + countSentences(continued) === s.index) {
          continued.end = s.end;
          continued.text = text.slice(continued.start, continued.end);
        } else {
          continued = pushQuote({
            sentence: s.index,
            start: s.start,
            end: s.end,
            kind: 'indirect',
            form: 'continued',
            text: s.text,
            ...withSpeaker(carried),
            cue: null,
            cueLemma: null,
            stance: 'neutral',
          });
        }
        continue;
      }
    }
    if (!framed && cues.length === 0) {
      carried = null;
      continued = null;
    }
  }

  // English headlines and captions that give a statement to a name before a colon ("Senator Roe: Cuts Will Hurt Schools").
  if (pack.code !== 'de') {
    for (const s of sentences) {
      if (reportedIn.has(s.index) || directIn.has(s.index)) continue;
      const found = colonAttribution(s, quoted);
      if (!found || directChars(found.content) > 0) continue;
      const name = text.slice(found.source.start, found.source.end);
      pushQuote({
        sentence: s.index,
        start: found.content.start,
        end: found.content.end,
        kind: 'reported',
        form: 'marker',
        text: text.slice(found.content.start, found.content.end),
        speaker: mentions.find((m) => m.start >= found.source.start && m.end <= found.source.end)?.entity ?? null,
        speakerName: name,
        speakerSpan: found.source,
        cue: ':',
        cueLemma: ':',
        stance: 'neutral',
      });
    }
  }
  // English impressions without a source ("the senator seemed unsure"), outside anything already reported.
  if (pack.code === 'en') addImpressions(sentences, pack, quoted, quotes, pushQuote);
  // English noun cues with a preposition ("his attacks on X", "voiced support for X").
  if (pack.code === 'en') addNounCues(sentences, pack, quoted, quotes, pushQuote);
  // A quote inside a reported clause belongs to that clause's speaker, whatever verb framed the sentence
  // ("X bestritt dies, indem er sagte, eine Achse würde „…“ nicht ersetzen").
  if (pack.code === 'de') {
    for (const d of direct) {
      // Not a clause that only relays the quote's own frame ("Der Präsident habe gesagt, er sei „froh“, so die Agentur":
      // the president's words, which the agency passes on); the innermost clause that holds the quote.
      const frameAt = d.cue ? sentences[d.cue.sentence]!.tokens[d.cue.token]!.start : -1;
      const host = quotes
        .filter((q) => q.form === 'clause' && q.speakerName && q.start <= d.quote.start && q.end >= d.quote.end && q.cue !== d.quote.cue && !(frameAt >= q.start && frameAt < q.end))
        .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      if (host) Object.assign(d.quote, { speaker: host.speaker, speakerName: host.speakerName, speakerSpan: host.speakerSpan });
    }
  }
  // A short quote inside someone's reported words is theirs ("Er habe „nicht den Eindruck“").
  for (const d of direct) {
    if (d.quote.speakerName) continue;
    const host = quotes.find((q) => q.kind !== 'direct' && q.speakerName && q.start <= d.quote.start && q.end >= d.quote.end);
    if (host) Object.assign(d.quote, { speaker: host.speaker, speakerName: host.speakerName, speakerSpan: host.speakerSpan });
  }
  // A direct quote without frame or speaker belongs to whoever spoke just before (up to two sentences back).
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  for (const d of direct) {
    if (d.quote.speakerName && !standingAlone.has(d.quote)) continue;
    // „…“. Das musste X einräumen: a quote standing alone, taken up by a demonstrative frame right after it.
    const after = sentenceAt(sentences, d.quote.end + 1);
    const next = after && after.start > d.quote.end ? after : sentences[(after?.index ?? -2) + 1];
    if (next && CATAPHORA.has(next.tokens[0]?.norm ?? '') && text.slice(d.quote.end, next.start).trim().length <= 2) {
      const taken = (reportedIn.get(next.index) ?? []).find((q) => q.speakerName && q.form === 'speech-act');
      if (taken) {
        Object.assign(d.quote, { speaker: taken.speaker, speakerName: taken.speakerName, speakerSpan: taken.speakerSpan });
        continue;
      }
    }
    if (d.quote.speakerName) continue;
    const prior = ordered.filter((q) => q.end <= d.quote.start && q.speakerName && d.quote.sentence - q.sentence <= 2).pop();
    if (prior) Object.assign(d.quote, { speaker: prior.speaker, speakerName: prior.speakerName, speakerSpan: prior.speakerSpan });
    else if (frameless.has(d.quote) && namedBefore(d.quote.sentence)) {
      // "X hatte Gutes zu berichten. Erstmals sei die Lage „…“": the actor of the sentence before speaks.
      Object.assign(d.quote, withSpeaker(namedBefore(d.quote.sentence)));
    } else {
      const fallback = clauseFallback.get(d.quote);
      if (fallback) Object.assign(d.quote, withSpeaker(fallback));
    }
  }
  // "X said in a statement … “…,” the statement continued": a document speaks for whoever issued it.
  if (pack.speakerEvidence) speakForIssuers(quotes, sentences, pack.speakerEvidence);
  // English: drop sources that word order picked wrongly (the content itself, a lone adverb).
  if (pack.code === 'en') {
    for (const q of quotes) if (implausibleSource(q, text, pack)) Object.assign(q, { speaker: null, speakerName: null, speakerSpan: null });
  }
  // A one-to-three-word quote with neither frame nor speaker is a scare quote or a term, not speech.
  // Without a frame, a single quoted word is a term unless the sentence reports someone's words (Konjunktiv),
  // and a short quote followed by a parenthesis ("„…“ (Council for …)", "„…“ (UDD)") is a name with its gloss.
  const term = (d: (typeof direct)[number]) =>
    !d.cue &&
    ((d.words === 1 && !inReportedMood(sentences[d.quote.sentence]!)) ||
      (d.words <= 6 && /^[^\s(]{0,2}\s\(/.test(text.slice(d.quote.end, d.quote.end + 4))) ||
      namedAfterArticle(text, d.quote, d.words));
  // „A“, „B“ oder „C“ without a frame: a list of titles or names ("Themen wie „…“, „…“").
  const listed = new Set<Quote>();
  for (let i = 0; pack.code === 'de' && i + 1 < direct.length; i++) {
    const a = direct[i]!;
    const b = direct[i + 1]!;
    if (a.cue || b.cue || a.quote.sentence !== b.quote.sentence || /[.!?…]$/.test(a.quote.text) || /[.!?…]$/.test(b.quote.text)) continue;
    if (LIST_JOINT.test(text.slice(a.quote.end, b.quote.start))) listed.add(a.quote).add(b.quote);
  }
  // A short exclamation or sentence after a colon („Lasst mich raus!“) is speech, not a scare quote.
  const spoken = (d: (typeof direct)[number]) => /[.!?]$/.test(d.quote.text) && /:\s*[„“"»«]$/.test(text.slice(Math.max(0, d.quote.start - 4), d.quote.start));
  const cueAt = (d: (typeof direct)[number]) => (d.cue ? sentences[d.cue.sentence]!.tokens[d.cue.token]!.start : null);
  const named = (d: (typeof direct)[number]) => pack.code === 'de' && subjectOfCue(text, d.quote, cueAt(d));
  const dropped = new Set(
    direct.filter((d) => (!d.cue && !d.quote.speakerName && d.words < 4 && !spoken(d)) || term(d) || listed.has(d.quote) || named(d)).map((d) => d.quote),
  );
  for (const q of superseded) dropped.add(q);
  if (dropped.size > 0) {
    const kept = quotes.filter((q) => !dropped.has(q));
    quotes.length = 0;
    quotes.push(...kept);
  }
  function countSentences(q: Quote): number {
    return sentences.filter((x) => x.start >= q.start && x.start < q.end).length;
  }
  quotes.sort((a, b) => a.start - b.start);
  // Attributions point only at quotes that were kept.
  const keptIds = new Set(quotes.map((q) => q.id));
  for (const [cue, id] of cueQuote) if (!keptIds.has(id)) cueQuote.delete(cue);

  // Hedges and loaded words outside quotes.
  const hedges: Hedge[] = [];
  const loaded: LoadedWord[] = [];
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'word' || quoted(t.start)) continue;
      const h = pack.hedges.get(t.norm);
      if (h) hedges.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, lemma: h });
      const l = pack.loadedWords.get(t.norm) ?? pack.loadedWords.get(t.stem);
      if (l) loaded.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, lemma: l });
    }
  }

  const hedgesIn = new Map<number, Hedge[]>();
  for (const h of hedges) {
    const list = hedgesIn.get(h.sentence) ?? [];
    list.push(h);
    hedgesIn.set(h.sentence, list);
  }
  // One attribution per cue; hedges without a cue attribute the claim to its subject.
  for (const s of sentences) {
    const hereHedges = hedgesIn.get(s.index) ?? [];
    const sentenceHedges = hereHedges.map((h) => h.text);
    const cues = cuesBySentence[s.index]!;
    for (const cue of cues) {
      const cueSpan = { start: s.tokens[cue.token]!.start, end: s.tokens[cue.lastToken]!.end };
      // A verb inside someone's reported words ("X sagte, sein Besuch unterstreiche …") is content, not a frame.
      const insideReported = (reportedIn.get(s.index) ?? []).some(
        (q) => q.cue !== cue.text && cueSpan.start >= q.start && cueSpan.start < q.end,
      );
      if (insideReported) continue;
      const speaker = speakerFor(cue);
      attributions.push({
        id: `${idPrefix}a${attributions.length}`,
        sentence: s.index,
        actor: speaker?.entity ?? null,
        actorName: speaker?.name ?? null,
        actorSpan: speaker?.span ?? null,
        cue: cue.text,
        cueLemma: cue.lemma,
        cueSpan,
        stance: sentenceHedges.length > 0 && cue.stance === 'neutral' ? 'distancing' : cue.stance,
        hedges: sentenceHedges,
        quote: cueQuote.get(cue) ?? null,
      });
    }
    if (cues.length === 0 && sentenceHedges.length > 0) {
      const h = hereHedges[0]!;
      const subject = mentions.find((m) => m.sentence === s.index && !quoted(m.start) && m.via !== 'adjective');
      attributions.push({
        id: `${idPrefix}a${attributions.length}`,
        sentence: s.index,
        actor: subject?.entity ?? null,
        actorName: subject ? ctx.entities.get(subject.entity)?.name ?? subject.text : null,
        actorSpan: subject ? { start: subject.start, end: subject.end } : null,
        cue: h.text,
        cueLemma: h.lemma,
        cueSpan: { start: h.start, end: h.end },
        stance: 'distancing',
        hedges: sentenceHedges,
        quote: null,
      });
    }
  }
  return { quotes, attributions, hedges, loaded, actingMentions };
}
