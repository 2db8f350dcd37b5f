import type { Span } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';

/** What the splitter reads from a language pack. */
export type SentencePack = Pick<
  LanguagePack,
  'code' | 'abbreviations' | 'months' | 'stopwords' | 'reportingVerbs' | 'gazetteer' | 'sentenceCues'
>;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    let locale = 'en';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([language]).length ? language : 'en';
    } catch {
      locale = 'en';
    }
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * Sentence spans inside one paragraph (offsets into `text`, which may be the whole
 * article). Intl.Segmenter is quadratic on long inputs, so callers pass one paragraph
 * at a time. Its breaks are then repaired in three linear passes:
 *
 * 1. joins where it broke inside a sentence: after abbreviations, initials and ordinals
 *    ("z. B.", "am 3. Juni", "zum 15. Mal"), inside minute notations ("45.+1"), before a
 *    lower-case word or a short attribution after a quoted question ("“Why?” he asked.");
 * 2. splits where it did not break: before a sentence that opens with a number
 *    ("… in Deutschland. 2025 findet …") and before an agency tag or credit at the end
 *    ("(dpa)", "/maa/DP/mis", "© …");
 * 3. attaches a dateline that opens the paragraph ("München. Der …") to its sentence.
 */
export function sentenceSpans(text: string, start: number, end: number, pack: SentencePack): Span[] {
  const merged: Span[] = [];
  // A paragraph longer than the segmenter handles in linear time goes in pieces cut where a sentence ends.
  for (const piece of segmenterPieces(text, start, end)) {
    const first = merged.length;
    for (const seg of segmenterFor(pack.code).segment(text.slice(piece.start, piece.end))) {
      let s = piece.start + seg.index;
      let e = s + seg.segment.length;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e <= s) continue;
      const span = { start: s, end: e };
      const prev = merged.length > first ? merged[merged.length - 1] : undefined;
      if (prev && shouldJoin(text, prev, span, end, pack)) prev.end = e;
      else merged.push(span);
    }
  }
  const out: Span[] = [];
  for (const span of merged) for (const part of lengthCapped(text, span)) splitInside(text, part, pack, out);
  if (out.length >= 2 && isDateline(text, out[0]!, out[1]!, pack)) {
    out[1]!.start = out[0]!.start;
    out.shift();
  }
  return out;
}

/**
 * Characters of one piece given to Intl.Segmenter: its time grows with the square of
 * its input (400 KB took seconds), so a longer paragraph (a text without blank lines)
 * is cut after a sentence end near this length. Real paragraphs stay far below it.
 */
const SEGMENTER_PIECE = 8000;

/**
 * Characters past which one "sentence" is cut at a space (or anywhere, when it has
 * none): a run of text without sentence marks (a list of names, a page without
 * punctuation) would otherwise make one sentence of the whole text, and every step
 * that reads a sentence's words per word of it would grow with its square. Real
 * sentences are far shorter (a long German sentence has some 600 characters).
 */
export const MAX_SENTENCE_CHARS = 3000;

/** The pieces of a paragraph to segment: whole when short, else cut after sentence ends. */
function segmenterPieces(text: string, start: number, end: number): Span[] {
  if (end - start <= SEGMENTER_PIECE) return [{ start, end }];
  const pieces: Span[] = [];
  let from = start;
  while (end - from > SEGMENTER_PIECE) {
    const cut = cutBefore(text, from, from + SEGMENTER_PIECE, true);
    pieces.push({ start: from, end: cut });
    from = cut;
  }
  pieces.push({ start: from, end });
  return pieces;
}

/** The span cut into parts of at most MAX_SENTENCE_CHARS, at spaces where it has them. */
function lengthCapped(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE_CHARS) return [span];
  const parts: Span[] = [];
  let from = span.start;
  while (span.end - from > MAX_SENTENCE_CHARS) {
    const cut = cutBefore(text, from, from + MAX_SENTENCE_CHARS, false);
    let e = cut;
    while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
    parts.push({ start: from, end: e });
    from = cut;
    while (from < span.end && isSpace(text.charCodeAt(from))) from++;
  }
  if (from < span.end) parts.push({ start: from, end: span.end });
  return parts;
}

/**
 * Where to cut text[from, limit): after the last sentence end followed by a space in
 * its second half (when `atSentenceEnd`), else after the last space there, else at the limit.
 */
function cutBefore(text: string, from: number, limit: number, atSentenceEnd: boolean): number {
  const floor = from + Math.floor((limit - from) / 2);
  if (atSentenceEnd) {
    for (let i = limit - 1; i > floor; i--) {
      const c = text[i - 1]!;
      // After a word of lower-case letters, so that no abbreviation or initial ("Dr.", "J.") is cut from its name.
      if (isSpace(text.charCodeAt(i)) && (c === '.' || c === '!' || c === '?') && LOWER.test(text[i - 2] ?? '') && LOWER.test(text[i - 3] ?? '') && UPPER.test(text[i + 1] ?? '')) return i + 1;
    }
  }
  for (let i = limit - 1; i > floor; i--) if (isSpace(text.charCodeAt(i))) return i + 1;
  // No space at all: cut between two UTF-16 units of one character never.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** Whitespace as `\s` matches it, without a regular expression per character. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const WORD_OR_DOT = /[\p{L}\p{N}.]/u;
/** Closing quotes and brackets that may follow a sentence's final mark. */
const CLOSERS = new Set(['"', "'", '”', '“', '’', '‘', '»', '«', ')', ']']);
/** An omission in a quotation: "(...)", "[…]". */
const OMISSION = /[([](?:\.\.\.|…)[)\]]$/;
/** Marks that open a quotation or a bracket. */
const OPENERS = new Set(['"', "'", '„', '“', '‚', '‘', '»', '«', '(', '[']);

/**
 * The word before the final dot of `text[start, end)` ("z. B." → "B", "Dr." → "Dr",
 * "U.S." → "U.S"), found by scanning back from the end: an end-anchored regular
 * expression would rescan the whole, ever longer sentence from every position.
 */
function lastWordBeforeDot(text: string, start: number, end: number): string {
  return text.slice(wordStartBeforeDot(text, start, end), end - 1);
}

function wordStartBeforeDot(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && WORD_OR_DOT.test(text[i - 1]!)) i--;
  return i;
}

/** The run of letters from `i` on, at most up to `end` ("Juni", "Die", "Rettungskräfte"). */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && LETTER.test(text[j]!)) j++;
  return text.slice(i, j);
}

/** The word that ends right before `i` (spaces skipped), or null when punctuation or nothing stands there. */
function wordBefore(text: string, floor: number, i: number): string | null {
  let j = i;
  while (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > floor && LETTER.test(text[k - 1]!)) k--;
  return k < j ? text.slice(k, j) : null;
}

/** The non-space character before `i`, or ''. */
function charBefore(text: string, floor: number, i: number): string {
  let j = i;
  while (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
  return j > floor ? text[j - 1]! : '';
}

function isOpener(word: string, pack: SentencePack): boolean {
  const lw = word.toLowerCase();
  return pack.sentenceCues.openers.has(lw) && !pack.months.has(lw);
}

function shouldJoin(text: string, prev: Span, next: Span, end: number, pack: SentencePack): boolean {
  const first = text[next.start]!;
  // A piece of only closing marks ("”" after "… Concerned ... ”") belongs to what it closes.
  if (next.end - next.start <= 3 && [...text.slice(next.start, next.end)].every((c) => CLOSERS.has(c))) return true;
  // No space after the mark: "in der 45.+1 Minute", "(90.+3)".
  if (next.start === prev.end && !UPPER.test(first) && !OPENERS.has(first)) return true;
  // The next piece starts in lower case: the break was not a sentence end ("„Warum?“ fragte er").
  if (LOWER.test(first)) return true;
  // An omission mark opens what follows: "„(...) Es gab auch Jahre …“".
  if (OMISSION.test(text.slice(Math.max(prev.start, prev.end - 5), prev.end))) return true;
  const last = text[prev.end - 1]!;
  if (CLOSERS.has(last)) {
    // "“Who pays?” Obama asked." is one sentence.
    let i = prev.end - 1;
    while (i > prev.start && CLOSERS.has(text[i]!)) i--;
    const mark = text[i];
    if (mark === '?' || mark === '!') return isAttribution(text, next, end, 6, 3, pack);
    // '"… Speaker Boehner." Durbin said.': a period inside the quote where a comma belongs.
    return mark === '.' && isAttribution(text, next, end, 4, 1, pack);
  }
  if (last !== '.') return false;
  const wordStart = wordStartBeforeDot(text, prev.start, prev.end);
  const lastWord = text.slice(wordStart, prev.end - 1);
  if (lastWord === '') return false;
  // A list number alone ("1." before "Die Regierung …") opens the sentence after it.
  if (wordStart === prev.start && /^\d{1,3}$/.test(lastWord)) return true;
  if (DIGIT.test(lastWord[0]!)) return ordinalContinues(text, prev, next, wordStart, lastWord, pack);
  // A single letter ("z. B.", "J. Smith") is an initial or part of an abbreviation.
  if (lastWord.length === 1 && LETTER.test(lastWord)) return true;
  const lower = lastWord.toLowerCase();
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(lastWord);
  if (pack.abbreviations.has(lower) || dotted) {
    if (!pack.sentenceCues.terminalAbbreviations.has(lower)) return true;
    return !abbreviationEndsSentence(text, prev, next, wordStart, pack);
  }
  return false;
}

/**
 * Whether "N." before the next piece is an ordinal or a date inside the sentence
 * ("am 3. Juni", "der 15. Titel", "am 30.10. Premiere") rather than a number that ends
 * it ("stieg auf 60. Da …", "mit 2:0. Damit …", "im Jahr 2024. Merz …").
 */
function ordinalContinues(text: string, prev: Span, next: Span, wordStart: number, lastWord: string, pack: SentencePack): boolean {
  const cues = pack.sentenceCues;
  if (!cues.ordinalPeriod) return false;
  const day = /^\d{1,2}$/.test(lastWord);
  if (!day && !/^\d{3,4}$/.test(lastWord) && !/^\d{1,2}\.\d{1,2}$/.test(lastWord)) return false;
  // A score, a time or a decimal ("2:0.", "18:00.", "30,5.") is never an ordinal.
  const mark = wordStart > prev.start ? text[wordStart - 1]! : '';
  if (mark === ':' || mark === ',' || mark === '.') return false;
  const word = wordAt(text, next.start, next.end);
  if (word === '' || !UPPER.test(word[0]!)) return false;
  if (day && Number(lastWord) >= 1 && Number(lastWord) <= 31 && pack.months.has(word.toLowerCase())) return true;
  if (isOpener(word, pack)) return false;
  // Without word lists (a language without a pack) every such number is an ordinal.
  if (cues.ordinalDeterminers.size === 0) return true;
  // The word before decides between "der 15. Titel" and "auf Platz 17. Beide …".
  const before = wordBefore(text, prev.start, wordStart);
  // Punctuation or nothing before: "(2. Liga)", "Tabelle: 3. Platz" are ordinals, a number
  // of three or four digits is a count ("Müller (GER) 862. Meier (AUT) 543.").
  if (before === null) return day;
  const lower = before.toLowerCase();
  if (cues.ordinalDeterminers.has(lower)) return true;
  // A noun or name ("Platz 17.", "im Jahr 2019."), a preposition or adverb ("auf 60."),
  // a count word ("mindestens 60.") makes the number a cardinal that ends the sentence;
  // an adjective keeps the ordinal ("des stationierten 1. Bataillons").
  return !(UPPER.test(before[0]!) || cues.openers.has(lower) || cues.cardinalMarkers.has(lower));
}

/** Whether an abbreviation that can also end a sentence ("etc.", "Inc.", "Calif.") does so here. */
function abbreviationEndsSentence(text: string, prev: Span, next: Span, wordStart: number, pack: SentencePack): boolean {
  const word = wordAt(text, next.start, next.end);
  // "Jesse Jackson Jr. (D-Ill.) pleaded …"
  if (word === '') return false;
  if (isOpener(word, pack)) return true;
  // "… in Pittsburg, Calif. Dukes is …": after a place and a comma the abbreviation closes it.
  if (!UPPER.test(word[0]!) || charBefore(text, prev.start, wordStart) !== ',') return false;
  const place = wordBefore(text, prev.start, text.lastIndexOf(',', wordStart));
  return place !== null && UPPER.test(place[0]!);
}

/**
 * A short clause with a reporting verb after a quotation: "Scalia asked.", "Mr. Jordan said."
 * The clause runs to the first period that is not an abbreviation's, which may lie beyond
 * `next` ("Mr." is a piece of its own until the join pass reaches it).
 */
function isAttribution(text: string, next: Span, end: number, maxWords: number, maxFromVerb: number, pack: SentencePack): boolean {
  const window = text.slice(next.start, Math.min(end, next.start + 80));
  let stop = -1;
  for (let i = window.indexOf('.'); i >= 0; i = window.indexOf('.', i + 1)) {
    const word = lastWordBeforeDot(window, 0, i + 1).toLowerCase();
    if (word.length === 1 || pack.abbreviations.has(word)) continue;
    stop = i;
    break;
  }
  if (stop < 0) return false;
  const clause = window.slice(0, stop);
  const words = clause.match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > maxWords) return false;
  // The verb ends the clause or comes close to its end: "… asked his daughters.", "… said,
  // her voice rising." — not "Greenpeace fordert die Vernichtung der Bestände."
  const verb = words.findIndex((w) => pack.reportingVerbs.has(w.toLowerCase()));
  if (verb < 0) return false;
  return words.length - verb <= maxFromVerb || new RegExp(`\\b${words[verb]},`, 'u').test(clause);
}

/**
 * A sentence end inside a piece: the final mark, closing quotes, then space, or a period
 * glued to a capitalised word ("… bekommen.Lazio …", text joined from two HTML blocks).
 */
const INNER_END = /[.!?]["'”“’»«)\]]*(?:\s+|(?<=\.)(?=\p{Lu}\p{Ll}{2}))/gu;
const TAG_AT_END = /^\(\p{L}[^()]{0,40}\)$/u;
const CODE_AT_END = /^\/\p{L}{1,6}(?:\/\p{L}{1,6})+\/?$/u;

/**
 * Pushes `span` onto `out`, split where Intl.Segmenter did not break but a reader does:
 * before a sentence that opens with a number after a full word ("… Deutschland. 2025
 * findet …") and before an agency tag or credit that ends the paragraph ("… mit. (dpa)",
 * "… mit. /maa/DP/mis", "… © dpa").
 */
function splitInside(text: string, span: Span, pack: SentencePack, out: Span[]): void {
  const s = text.slice(span.start, span.end);
  let pieceStart = span.start;
  INNER_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INNER_END.exec(s)) !== null) {
    const markEnd = span.start + m.index + m[0].trimEnd().length;
    const k = m.index + m[0].length;
    if (k >= s.length) break;
    if (!splitsBefore(text, s, k, span.start + m.index, pieceStart, pack)) continue;
    out.push({ start: pieceStart, end: markEnd });
    pieceStart = span.start + k;
  }
  out.push({ start: pieceStart, end: span.end });
}

function splitsBefore(text: string, s: string, k: number, markAt: number, pieceStart: number, pack: SentencePack): boolean {
  const c = s[k]!;
  if (!isSpace(s.charCodeAt(k - 1))) {
    // Glued: a full word before, and no domain name ("www.Beispiel.de") after.
    const lastWord = lastWordBeforeDot(text, pieceStart, markAt + 1);
    if (!/^\p{L}{3,}$/u.test(lastWord) || pack.abbreviations.has(lastWord.toLowerCase())) return false;
    const next = wordAt(s, k, s.length);
    return !(s[k + next.length] === '.' && LETTER.test(s[k + next.length + 1] ?? ''));
  }
  if (c === '©') return true;
  if ((c === '(' || c === '/') && s.length - k <= 48) {
    const rest = s.slice(k);
    return TAG_AT_END.test(rest) || CODE_AT_END.test(rest);
  }
  if (DIGIT.test(c) && text[markAt] === '.') {
    const lastWord = lastWordBeforeDot(text, pieceStart, markAt + 1);
    return /^\p{L}{2,}$/u.test(lastWord) && !pack.abbreviations.has(lastWord.toLowerCase());
  }
  return false;
}

const placeNameCache = new WeakMap<SentencePack, ReadonlySet<string>>();

/** Lower-case names of the pack's places, built on the first dateline candidate. */
function placeNames(pack: SentencePack): ReadonlySet<string> {
  let names = placeNameCache.get(pack);
  if (!names) {
    const set = new Set<string>();
    for (const entry of pack.gazetteer) if (entry.type === 'place') for (const alias of entry.aliases) set.add(alias.toLowerCase());
    names = set;
    placeNameCache.set(pack, names);
  }
  return names;
}

/**
 * A dateline that Intl.Segmenter made a sentence of its own, before a sentence at the
 * start of a paragraph: a known place ("München.", "Frankfurt am Main.", "München/Berlin."),
 * a place in capitals ("DENVER.") or any place-shaped name with an agency ("Hamburg (dpa).").
 */
function isDateline(text: string, a: Span, b: Span, pack: SentencePack): boolean {
  if (a.end - a.start > 48 || text[a.end - 1] !== '.') return false;
  const nextFirst = text[b.start]!;
  if (!UPPER.test(nextFirst) && !OPENERS.has(nextFirst)) return false;
  let body = text.slice(a.start, a.end - 1);
  const paren = body.indexOf('(');
  if (paren >= 0) {
    if (!/^[^()]*\([^()]{1,30}\)$/.test(body)) return false;
    body = body.slice(0, paren);
  }
  const words = body.split(/[\s/]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 5) return false;
  const connectors = pack.sentenceCues.datelineConnectors;
  for (const w of words) {
    if (!/^[\p{L}][\p{L}'’.-]*$/u.test(w)) return false;
    if (connectors.has(w)) continue;
    // "Perry is a Methodist.", "Die Linke." are sentences.
    if (LOWER.test(w[0]!) || pack.stopwords.has(w.toLowerCase())) return false;
  }
  if (connectors.has(words[words.length - 1]!)) return false;
  if (paren >= 0) return true;
  if (words.every((w) => w.length >= 3 && w === w.toUpperCase())) return true;
  const places = placeNames(pack);
  const name = body.trim().replace(/\s+/g, ' ').toLowerCase();
  return places.has(name) || (body.includes('/') && words.every((w) => places.has(w.toLowerCase())));
}
