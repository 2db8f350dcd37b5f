/**
 * Features of the German entity tagger.
 *
 * Every feature is a template id combined with one or more hashed values (a word,
 * a suffix, a shape, a lexicon class, ...), hashed to a bucket of the weight table.
 * Values are hashed with FNV-1a; templates and values are combined with an FNV-style
 * step and a final avalanche, so no feature string is ever built at tagging time.
 *
 * Besides the token itself the features use a small lexicon learned from the training
 * data (it is saved in the model file): for each lower-cased word how often it was
 * seen, how often it was written in lower case, how often it was capitalised and
 * still outside any entity ("Regierung", "Montag"), and which entity type it usually
 * belonged to; and the multi-token entity names of the training data ("Olaf Scholz",
 * "New York"), matched in the sentence as a gazetteer.
 */
import type { NerSentence } from './germeval.js';

/** Bump when features change: a model file records the version it was trained with. */
export const FEATURE_VERSION = 3;

/**
 * Bits of a word's class from outside word lists (given names, gazetteer, country
 * adjectives, common nouns), supplied by the caller as `(lowerWord) => bits`.
 */
export const WORD_CLASS = {
  givenName: 1,
  place: 2,
  organization: 4,
  namePart: 8,
  adjective: 16,
  commonNoun: 32,
  surname: 64,
  /** A word that heads or closes organisation names ("AG", "Verein", "Universität"). */
  organizationWord: 128,
  /** A word that heads or closes place names ("Straße", "See", "Bahnhof"). */
  placeWord: 256,
} as const;

/** A word-class lookup; `noClasses` when there are no lists. */
export type WordClassOf = (lowerWord: string) => number;
export const noClasses: WordClassOf = () => 0;

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The twelve GermEval outer types, in a fixed order (lexicon codes store indexes into it). */
export const GERMEVAL_TYPES = [
  'PER',
  'LOC',
  'ORG',
  'OTH',
  'PERderiv',
  'LOCderiv',
  'ORGderiv',
  'OTHderiv',
  'PERpart',
  'LOCpart',
  'ORGpart',
  'OTHpart',
] as const;

const TYPE_INDEX = new Map<string, number>(GERMEVAL_TYPES.map((t, i) => [t, i]));

/** FNV-1a over the UTF-16 code units of `s`, continuing from `h`. */
export function fnv1a(s: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Combines a running hash with one more 32-bit value (order matters). */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ (v & 0xffff), FNV_PRIME);
  h = Math.imul(h ^ (v >>> 16), FNV_PRIME);
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32), so the low bits used for the bucket are well mixed. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------------------
// Character classes and word shape

const CC_UPPER = 1;
const CC_LOWER = 2;
const CC_DIGIT = 3;
const CC_OTHER = 4;
const charClasses = new Uint8Array(65536);

function charClass(code: number): number {
  if (code >= 97 && code <= 122) return CC_LOWER;
  if (code >= 65 && code <= 90) return CC_UPPER;
  if (code >= 48 && code <= 57) return CC_DIGIT;
  if (code < 128) return CC_OTHER;
  let c = charClasses[code] ?? 0;
  if (c === 0) {
    const s = String.fromCharCode(code);
    const lower = s.toLowerCase();
    const upper = s.toUpperCase();
    c = lower === upper ? CC_OTHER : s === lower ? CC_LOWER : CC_UPPER;
    charClasses[code] = c;
  }
  return c;
}

/** Shape symbol of one UTF-16 code unit: X, x, d, or the character itself. */
function shapeSymbol(code: number): number {
  switch (charClass(code)) {
    case CC_UPPER:
      return 88; // X
    case CC_LOWER:
      return 120; // x
    case CC_DIGIT:
      return 100; // d
    default:
      return code;
  }
}

/** Collapsed word shape: "Scholz" → "Xx", "SPD" → "X", "US-Bürger" → "X-Xx", "2024" → "d". */
export function wordShape(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const s = shapeSymbol(word.charCodeAt(i));
    if (s !== last) out += String.fromCharCode(s);
    last = s;
  }
  return out;
}

function shapeHash(word: string): number {
  let h = FNV_OFFSET;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const s = shapeSymbol(word.charCodeAt(i));
    if (s !== last) h = Math.imul(h ^ s, FNV_PRIME);
    last = s;
  }
  return h >>> 0;
}

/** First character is an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && charClass(word.charCodeAt(0)) === CC_UPPER;
}

function isLowerInitial(word: string): boolean {
  return word.length > 0 && charClass(word.charCodeAt(0)) === CC_LOWER;
}

function hasLetterOrDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (charClass(word.charCodeAt(i)) !== CC_OTHER) return true;
  return false;
}

/** Index of the first token that can start a sentence (leading quotes and brackets skipped). */
function firstWordIndex(tokens: readonly string[]): number {
  let i = 0;
  while (i < tokens.length && !hasLetterOrDigit(tokens[i] ?? '')) i++;
  return i;
}

// ---------------------------------------------------------------------------
// Lexicon learned from training data

const MAX_SPAN = 6;

/** Bit layout of a word code. */
const W_FREQ = 0; // 3 bits: frequency class 1..7 (0 = unseen)
const W_LOWER = 3; // 3 bits: lower-case use
const W_CAPO = 6; // 2 bits: times capitalised and outside entities
const W_CAPENT = 8; // 3 bits: share of capitalised uses inside an entity
const W_TYPE = 11; // 4 bits: 1 + majority entity type (0 = never in an entity)
const W_TYPEB = 15; // 1 bit: that type mostly begins the entity
const W_SHARE = 16; // 2 bits: share of all uses inside an entity

/** Bit layout of a span (gazetteer) code. */
const S_TYPE = 0; // 4 bits: 1 + majority type
const S_RATIO = 4; // 2 bits: share of occurrences of the n-gram that were this entity
const S_COUNT = 6; // 2 bits: how often

function freqClass(n: number): number {
  if (n <= 0) return 0;
  if (n === 1) return 1;
  if (n <= 3) return 2;
  if (n <= 7) return 3;
  if (n <= 20) return 4;
  if (n <= 60) return 5;
  if (n <= 200) return 6;
  return 7;
}

function ratioClass4(part: number, total: number): number {
  if (total === 0 || part === 0) return 0;
  const r = part / total;
  return r < 0.5 ? 1 : r < 0.9 ? 2 : 3;
}

interface WordStats {
  count: number;
  lower: number;
  capNonInitial: number;
  cap: number;
  capO: number;
  capEnt: number;
  types: number[];
  begins: number[];
}

/**
 * Word and entity-name statistics of a training corpus, stored as two sorted hash
 * tables (hash → packed code). Immutable once built.
 */
export class Lexicon {
  private readonly words: Map<number, number>;
  private readonly spans: Map<number, number>;

  constructor(
    readonly wordKeys: Uint32Array,
    readonly wordCodes: Uint32Array,
    readonly spanKeys: Uint32Array,
    readonly spanCodes: Uint32Array,
  ) {
    this.words = new Map();
    for (let i = 0; i < wordKeys.length; i++) this.words.set(wordKeys[i] as number, wordCodes[i] as number);
    this.spans = new Map();
    for (let i = 0; i < spanKeys.length; i++) this.spans.set(spanKeys[i] as number, spanCodes[i] as number);
  }

  static empty(): Lexicon {
    return new Lexicon(new Uint32Array(0), new Uint32Array(0), new Uint32Array(0), new Uint32Array(0));
  }

  /** Learns the lexicon from labelled sentences. */
  static build(sentences: readonly NerSentence[]): Lexicon {
    const stats = new Map<number, WordStats>();
    const entitySpans = new Map<number, { types: number[]; total: number }>();
    for (const s of sentences) {
      const first = firstWordIndex(s.tokens);
      for (let i = 0; i < s.tokens.length; i++) {
        const tok = s.tokens[i] ?? '';
        const key = fnv1a(tok.toLowerCase());
        let st = stats.get(key);
        if (st === undefined) {
          st = {
            count: 0,
            lower: 0,
            capNonInitial: 0,
            cap: 0,
            capO: 0,
            capEnt: 0,
            types: new Array<number>(GERMEVAL_TYPES.length).fill(0),
            begins: new Array<number>(GERMEVAL_TYPES.length).fill(0),
          };
          stats.set(key, st);
        }
        const label = s.labels[i] ?? 'O';
        const type = label === 'O' ? -1 : (TYPE_INDEX.get(label.slice(2)) ?? -1);
        st.count++;
        if (isLowerInitial(tok)) st.lower++;
        if (isCapitalized(tok)) {
          st.cap++;
          if (i !== first) st.capNonInitial++;
          if (type < 0) st.capO++;
          else st.capEnt++;
        }
        if (type >= 0) {
          st.types[type] = (st.types[type] ?? 0) + 1;
          if (label.startsWith('B-')) st.begins[type] = (st.begins[type] ?? 0) + 1;
        }
      }
      // Entity names, as chained hashes of their cased tokens.
      let start = -1;
      let type = -1;
      const close = (end: number): void => {
        if (start < 0 || end - start > MAX_SPAN) return;
        let h = FNV_OFFSET;
        for (let j = start; j < end; j++) h = mix(h, fnv1a(s.tokens[j] ?? ''));
        let e = entitySpans.get(h);
        if (e === undefined) {
          e = { types: new Array<number>(GERMEVAL_TYPES.length).fill(0), total: 0 };
          entitySpans.set(h, e);
        }
        e.types[type] = (e.types[type] ?? 0) + 1;
      };
      for (let i = 0; i <= s.labels.length; i++) {
        const label = s.labels[i] ?? 'O';
        const t = label === 'O' ? -1 : (TYPE_INDEX.get(label.slice(2)) ?? -1);
        if (label.startsWith('I-') && t === type && start >= 0) continue;
        close(i);
        start = t >= 0 ? i : -1;
        type = t;
      }
    }
    // How often each entity name occurs as an n-gram at all (entity or not).
    for (const s of sentences) {
      const hashes = s.tokens.map((t) => fnv1a(t));
      for (let i = 0; i < hashes.length; i++) {
        let h = FNV_OFFSET;
        for (let len = 1; len <= MAX_SPAN && i + len <= hashes.length; len++) {
          h = mix(h, hashes[i + len - 1] as number);
          const e = entitySpans.get(h);
          if (e !== undefined) e.total++;
        }
      }
    }

    const wordEntries: [number, number][] = [];
    for (const [key, st] of stats) {
      let code = freqClass(st.count) << W_FREQ;
      // Lower-case use: 1 only lower, 2 mostly lower, 3 mixed, 4 mostly capitalised
      // mid-sentence, 5 capitalised only at the start of sentences, 6 only capitalised.
      let lower = 0;
      const cased = st.lower + st.capNonInitial;
      if (st.lower > 0 && st.capNonInitial === 0) lower = 1;
      else if (cased > 0 && st.lower / cased >= 0.7) lower = 2;
      else if (cased > 0 && st.lower / cased >= 0.3) lower = 3;
      else if (st.lower > 0) lower = 4;
      else if (st.cap > 0 && st.capNonInitial === 0) lower = 5;
      else if (st.cap > 0) lower = 6;
      code |= lower << W_LOWER;
      code |= (st.capO === 0 ? 0 : st.capO === 1 ? 1 : st.capO <= 4 ? 2 : 3) << W_CAPO;
      let capEnt = 0;
      if (st.cap > 0) {
        const r = st.capEnt / st.cap;
        capEnt = r === 0 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 1 ? 4 : 5;
      }
      code |= capEnt << W_CAPENT;
      let best = -1;
      let bestN = 0;
      let inEntity = 0;
      for (let t = 0; t < GERMEVAL_TYPES.length; t++) {
        const n = st.types[t] ?? 0;
        inEntity += n;
        if (n > bestN) {
          best = t;
          bestN = n;
        }
      }
      if (best >= 0) {
        code |= (best + 1) << W_TYPE;
        if ((st.begins[best] ?? 0) * 2 >= bestN) code |= 1 << W_TYPEB;
      }
      code |= ratioClass4(inEntity, st.count) << W_SHARE;
      wordEntries.push([key, code >>> 0]);
    }
    const spanEntries: [number, number][] = [];
    for (const [key, e] of entitySpans) {
      let best = 0;
      let bestN = 0;
      for (let t = 0; t < GERMEVAL_TYPES.length; t++) {
        const n = e.types[t] ?? 0;
        if (n > bestN) {
          best = t;
          bestN = n;
        }
      }
      const ratio = ratioClass4(bestN, Math.max(e.total, bestN));
      const count = bestN === 1 ? 1 : bestN <= 4 ? 2 : 3;
      spanEntries.push([key, ((best + 1) << S_TYPE) | (ratio << S_RATIO) | (count << S_COUNT)]);
    }
    return Lexicon.fromEntries(wordEntries, spanEntries);
  }

  private static fromEntries(words: [number, number][], spans: [number, number][]): Lexicon {
    words.sort((a, b) => a[0] - b[0]);
    spans.sort((a, b) => a[0] - b[0]);
    return new Lexicon(
      Uint32Array.from(words, (e) => e[0]),
      Uint32Array.from(words, (e) => e[1]),
      Uint32Array.from(spans, (e) => e[0]),
      Uint32Array.from(spans, (e) => e[1]),
    );
  }

  /** Packed code of a lower-cased word's hash (0 when never seen). */
  word(lowerHash: number): number {
    return this.words.get(lowerHash) ?? 0;
  }

  /** Packed code of an entity name's chained hash (0 when not a known name). */
  span(chainHash: number): number {
    return this.spans.get(chainHash) ?? 0;
  }

  /**
   * The word was seen at least twice, capitalised, and rarely (under 30 %) or
   * never inside an entity ("Regierung", "Montag", "Jahr"): a known common noun.
   */
  neverName(word: string): boolean {
    const code = this.word(fnv1a(word.toLowerCase()));
    const capEnt = (code >>> W_CAPENT) & 7;
    return ((code >>> W_FREQ) & 7) >= 2 && (capEnt === 1 || capEnt === 2);
  }

  /** The word was inside an entity at least once in the training data. */
  seenInName(word: string): boolean {
    return ((this.word(fnv1a(word.toLowerCase())) >>> W_TYPE) & 15) !== 0;
  }

  get size(): { words: number; spans: number } {
    return { words: this.wordKeys.length, spans: this.spanKeys.length };
  }
}

// ---------------------------------------------------------------------------
// Feature extraction

/** Feature template ids (any distinct constants; changing them invalidates models). */
const enum T {
  Bias = 1,
  Word,
  Cased,
  Suffix,
  Prefix,
  Shape,
  Caps,
  Digit,
  Hyphen,
  Len,
  PrevWord,
  NextWord,
  Prev2Word,
  Next2Word,
  PrevShape,
  NextShape,
  Prev2Shape,
  Next2Shape,
  PrevBigram,
  NextBigram,
  PrevWordShape,
  ShapeTrigram,
  LexFreq,
  LexLower,
  LexCapO,
  LexCapEnt,
  LexType,
  LexShare,
  LexTypeShare,
  LexLowerCaps,
  LexPrevType,
  LexNextType,
  LexPrevCapEnt,
  LexNextCapEnt,
  HyphenFirst,
  HyphenLast,
  HyphenFirstType,
  HyphenLastSuffix,
  Gazetteer,
  GazetteerRatio,
  Suffix3Caps,
  PrevTag,
  PrevTags,
  PrevTagWord,
  PrevTagShape,
  PrevTagCaps,
  NextWordCaps,
  PrevWordCaps,
  CharGram,
  WordClass,
  HyphenClasses,
  PrevClass,
  NextClass,
}

/** A template with one, two or three values, hashed (not yet masked to a bucket). */
function f1(t: number, v: number): number {
  return fmix(mix(t, v));
}
function f2(t: number, v: number, w: number): number {
  return fmix(mix(mix(t, v), w));
}
function f3(t: number, v: number, w: number, x: number): number {
  return fmix(mix(mix(mix(t, v), w), x));
}

/** Distinct value for "before the sentence" and "after the sentence". */
const BOS = fnv1a('<s>');
const EOS = fnv1a('</s>');

/** Static (tag-independent) features of every token of a sentence, as bucket indexes. */
export interface SentenceFeatures {
  length: number;
  /** Features of token i are `features[offsets[i] .. offsets[i+1])`. */
  offsets: Int32Array;
  features: Int32Array;
  /** Per token, hashes the tag-history features need. */
  wordHash: Uint32Array;
  shapeHash: Uint32Array;
  capsCode: Uint8Array;
}

const MAX_CHARGRAMS = 24;

/** At most this many static features per token. */
export const MAX_STATIC_FEATURES = 100;

/** Reusable scratch space for feature extraction of one sentence at a time. */
class Scratch {
  lower: Uint32Array = new Uint32Array(64);
  cased: Uint32Array = new Uint32Array(64);
  shape: Uint32Array = new Uint32Array(64);
  caps: Uint8Array = new Uint8Array(64);
  lex: Uint32Array = new Uint32Array(64);
  gaz: Uint32Array = new Uint32Array(64);
  gazPos: Uint8Array = new Uint8Array(64);
  gazLen: Uint8Array = new Uint8Array(64);
  cls: Uint16Array = new Uint16Array(64);
  slot: Int32Array = new Int32Array(64);

  ensure(n: number): void {
    if (this.lower.length >= n) return;
    const size = Math.max(n, this.lower.length * 2);
    this.lower = new Uint32Array(size);
    this.cased = new Uint32Array(size);
    this.shape = new Uint32Array(size);
    this.caps = new Uint8Array(size);
    this.lex = new Uint32Array(size);
    this.gaz = new Uint32Array(size);
    this.gazPos = new Uint8Array(size);
    this.gazLen = new Uint8Array(size);
    this.cls = new Uint16Array(size);
    this.slot = new Int32Array(size);
  }
}

const scratch = new Scratch();

/**
 * Caps code of a token: 0 no letters or digits, 1 lower initial, 2 capitalised
 * mid-sentence, 3 capitalised at the sentence start, 4 all caps (2+ letters), 5 number-like.
 */
function capsCode(word: string, initial: boolean): number {
  const c0 = charClass(word.charCodeAt(0));
  if (c0 === CC_DIGIT) return 5;
  if (c0 === CC_LOWER) return 1;
  if (c0 !== CC_UPPER) return hasLetterOrDigit(word) ? 1 : 0;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i));
    if (c === CC_UPPER) upper++;
    if (c === CC_UPPER || c === CC_LOWER) letters++;
  }
  if (letters >= 2 && upper === letters) return 4;
  return initial ? 3 : 2;
}

/**
 * Per-sentence arrays the features read (hashes, shapes, caps codes, lexicon and
 * gazetteer codes), in the shared scratch space. Valid until the next call.
 */
function prepareSentence(
  tokens: readonly string[],
  lexicon: Lexicon,
  classOf: WordClassOf,
  cache: WordScoreCache | null = null,
): Scratch {
  const n = tokens.length;
  scratch.ensure(n);
  const { lower, cased, shape, caps, lex, gaz, gazPos, gazLen, cls, slot } = scratch;
  const first = firstWordIndex(tokens);
  // Every word's own values come from the cache when it has them (the caller made
  // room for the sentence, so its slots stay valid until it is tagged).
  for (let i = 0; i < n; i++) {
    const tok = tokens[i] ?? '';
    const cp = tok.length === 0 ? 0 : capsCode(tok, i === first);
    caps[i] = cp;
    gaz[i] = 0;
    gazPos[i] = 0;
    gazLen[i] = 0;
    let at = cache === null ? -1 : cache.find(cp, tok);
    if (at >= 0) {
      slot[i] = at;
      lower[i] = cache!.lowerHash[at] as number;
      cased[i] = cache!.casedHash[at] as number;
      shape[i] = cache!.shapeHash[at] as number;
      lex[i] = cache!.lexCode[at] as number;
      cls[i] = cache!.classBits[at] as number;
      continue;
    }
    const lw = tok.toLowerCase();
    cls[i] = classOf(lw);
    lower[i] = fnv1a(lw);
    cased[i] = fnv1a(tok);
    shape[i] = shapeHash(tok);
    lex[i] = lexicon.word(lower[i] as number);
    if (cache !== null) {
      at = cache.add(cp, tok, lower[i] as number, cased[i] as number, shape[i] as number, lex[i] as number, cls[i] as number);
      slot[i] = at;
    }
  }
  // Gazetteer: the longest known entity name covering each token. Every token of a
  // known name was inside an entity in the training data, so the lexicon tells
  // where a name can start and how far it can reach.
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    for (let len = 1; len <= MAX_SPAN && i + len <= n; len++) {
      if ((((lex[i + len - 1] as number) >>> W_TYPE) & 15) === 0) break;
      h = mix(h, cased[i + len - 1] as number);
      const code = lexicon.span(h);
      if (code === 0) continue;
      for (let j = i; j < i + len; j++) {
        if ((gazLen[j] as number) >= len) continue;
        gaz[j] = code;
        gazLen[j] = len;
        gazPos[j] = len === 1 ? 1 : j === i ? 2 : j === i + len - 1 ? 4 : 3;
      }
    }
  }
  return scratch;
}

/**
 * Features that depend only on the token and its caps code (the word, its affixes,
 * character 4-grams, shape, lexicon entry, hyphen parts), written to `out` from
 * `k`; returns the new end. A tagger may cache their summed scores per word.
 */
function intrinsicFeatures(tok: string, cp: number, cls: number, lexicon: Lexicon, classOf: WordClassOf, mask: number, out: Int32Array, k: number): number {
  const lw = tok.toLowerCase();
  // Outside word lists: given name, known place or organisation, adjective, common noun.
  out[k++] = f2(T.WordClass, cls, cp) & mask;
  const wl = fnv1a(lw);
  const sh = shapeHash(tok);
  const lx = lexicon.word(wl);
  out[k++] = f1(T.Bias, 0) & mask;
  out[k++] = f1(T.Word, wl) & mask;
  if (cp >= 2) out[k++] = f1(T.Cased, fnv1a(tok)) & mask;
  // Prefixes and suffixes (1-5 chars) of the lower-cased word, hashed incrementally.
  let hp = FNV_OFFSET;
  let hs = FNV_OFFSET;
  const maxAffix = Math.min(5, lw.length);
  let suffix3 = 0;
  for (let a = 1; a <= maxAffix; a++) {
    hp = Math.imul(hp ^ lw.charCodeAt(a - 1), FNV_PRIME) >>> 0;
    hs = Math.imul(hs ^ lw.charCodeAt(lw.length - a), FNV_PRIME) >>> 0;
    if (a <= 4) out[k++] = f2(T.Prefix, a, hp) & mask;
    out[k++] = f2(T.Suffix, a, hs) & mask;
    if (a === 3) suffix3 = hs;
  }
  // Character 4-grams inside the word (parts of compounds: "…stadt…", "…bank…"),
  // at most MAX_CHARGRAMS of them.
  for (let a = 1, m = 0; a + 4 <= lw.length - 1 && m < MAX_CHARGRAMS; a++, m++) {
    let hg = FNV_OFFSET;
    for (let c = a; c < a + 4; c++) hg = Math.imul(hg ^ lw.charCodeAt(c), FNV_PRIME) >>> 0;
    out[k++] = f1(T.CharGram, hg) & mask;
  }
  out[k++] = f1(T.Shape, sh) & mask;
  out[k++] = f1(T.Caps, cp) & mask;
  out[k++] = f2(T.Suffix3Caps, suffix3, cp) & mask;
  let digit = 0;
  let hyphen = -1;
  for (let c = 0; c < tok.length; c++) {
    const code = tok.charCodeAt(c);
    if (code >= 48 && code <= 57) digit = 1;
    else if (code === 45 && hyphen < 0 && c > 0 && c < tok.length - 1) hyphen = c;
  }
  if (digit) out[k++] = f1(T.Digit, cp) & mask;
  out[k++] = f1(T.Len, Math.min(tok.length, 12)) & mask;
  // Lexicon learned from the training data.
  const freq = (lx >>> W_FREQ) & 7;
  const lowerUse = (lx >>> W_LOWER) & 7;
  const capO = (lx >>> W_CAPO) & 3;
  const capEnt = (lx >>> W_CAPENT) & 7;
  const type = (lx >>> W_TYPE) & 15;
  const typeB = (lx >>> W_TYPEB) & 1;
  const share = (lx >>> W_SHARE) & 3;
  out[k++] = f2(T.LexFreq, freq, cp) & mask;
  out[k++] = f2(T.LexLower, lowerUse, cp) & mask;
  out[k++] = f2(T.LexCapO, capO, cp) & mask;
  out[k++] = f2(T.LexCapEnt, capEnt, cp) & mask;
  out[k++] = f2(T.LexType, type, typeB) & mask;
  out[k++] = f1(T.LexShare, share) & mask;
  out[k++] = f3(T.LexTypeShare, type, share, cp) & mask;
  out[k++] = f3(T.LexLowerCaps, lowerUse, capEnt, cp) & mask;
  // Hyphenated compounds ("SPD-Chef", "US-Bürger"): the parts on their own.
  if (hyphen > 0) {
    const firstPart = fnv1a(lw.slice(0, hyphen));
    const lastHyphen = lw.lastIndexOf('-');
    const lastPart = lw.slice(lastHyphen + 1);
    const firstLex = lexicon.word(firstPart);
    out[k++] = f1(T.Hyphen, shapeHash(tok.slice(0, hyphen))) & mask;
    out[k++] = f1(T.HyphenFirst, firstPart) & mask;
    out[k++] = f1(T.HyphenLast, fnv1a(lastPart)) & mask;
    out[k++] = f2(T.HyphenFirstType, (firstLex >>> W_TYPE) & 15, (firstLex >>> W_SHARE) & 3) & mask;
    out[k++] = f1(T.HyphenLastSuffix, fnv1a(lastPart.slice(-3))) & mask;
    out[k++] = f2(T.HyphenClasses, classOf(lw.slice(0, hyphen)), classOf(lastPart)) & mask;
  }
  return k;
}

/** Features of token `i` that depend on its neighbours (words, shapes, lexicon, known names ±2). */
function contextFeatures(sc: Scratch, n: number, i: number, mask: number, out: Int32Array, k: number): number {
  const { lower, shape, caps, lex, gaz, gazPos, cls } = sc;
  const wl = lower[i] as number;
  const sh = shape[i] as number;
  const cp = caps[i] as number;
  const pw = i > 0 ? (lower[i - 1] as number) : BOS;
  const nw = i + 1 < n ? (lower[i + 1] as number) : EOS;
  const pw2 = i > 1 ? (lower[i - 2] as number) : BOS;
  const nw2 = i + 2 < n ? (lower[i + 2] as number) : EOS;
  const ps = i > 0 ? (shape[i - 1] as number) : BOS;
  const ns = i + 1 < n ? (shape[i + 1] as number) : EOS;
  const ps2 = i > 1 ? (shape[i - 2] as number) : BOS;
  const ns2 = i + 2 < n ? (shape[i + 2] as number) : EOS;
  const pc = i > 0 ? (caps[i - 1] as number) : 9;
  const nc = i + 1 < n ? (caps[i + 1] as number) : 9;
  const plx = i > 0 ? (lex[i - 1] as number) : 0;
  const nlx = i + 1 < n ? (lex[i + 1] as number) : 0;
  out[k++] = f2(T.PrevBigram, pw, wl) & mask;
  out[k++] = f2(T.NextBigram, wl, nw) & mask;
  out[k++] = f1(T.PrevWord, pw) & mask;
  out[k++] = f1(T.NextWord, nw) & mask;
  out[k++] = f1(T.Prev2Word, pw2) & mask;
  out[k++] = f1(T.Next2Word, nw2) & mask;
  out[k++] = f1(T.PrevShape, ps) & mask;
  out[k++] = f1(T.NextShape, ns) & mask;
  out[k++] = f1(T.Prev2Shape, ps2) & mask;
  out[k++] = f1(T.Next2Shape, ns2) & mask;
  out[k++] = f2(T.PrevWordShape, pw, sh) & mask;
  out[k++] = f2(T.NextWordCaps, nw, cp) & mask;
  out[k++] = f2(T.PrevWordCaps, pw, cp) & mask;
  out[k++] = f3(T.ShapeTrigram, ps, sh, ns) & mask;
  out[k++] = f3(T.LexPrevType, (plx >>> W_TYPE) & 15, (plx >>> W_SHARE) & 3, pc) & mask;
  out[k++] = f3(T.LexNextType, (nlx >>> W_TYPE) & 15, (nlx >>> W_SHARE) & 3, nc) & mask;
  out[k++] = f2(T.LexPrevCapEnt, (plx >>> W_CAPENT) & 7, pc) & mask;
  out[k++] = f2(T.LexNextCapEnt, (nlx >>> W_CAPENT) & 7, nc) & mask;
  out[k++] = f3(T.PrevClass, i > 0 ? (cls[i - 1] as number) : 0xffff, cls[i] as number, cp) & mask;
  out[k++] = f3(T.NextClass, i + 1 < n ? (cls[i + 1] as number) : 0xffff, cls[i] as number, cp) & mask;
  // Known entity names.
  const gz = gaz[i] as number;
  if (gz !== 0) {
    out[k++] = f3(T.Gazetteer, (gz >>> S_TYPE) & 15, gazPos[i] as number, cp) & mask;
    out[k++] = f3(T.GazetteerRatio, (gz >>> S_TYPE) & 15, (gz >>> S_RATIO) & 3, (gz >>> S_COUNT) & 3) & mask;
  }
  return k;
}

/**
 * Computes the static features of every token of `tokens` into bucket indexes
 * (`hash & mask`): the token's own features, then its context features.
 * Allocates only the result arrays.
 */
export function extractSentenceFeatures(
  tokens: readonly string[],
  lexicon: Lexicon,
  mask: number,
  classOf: WordClassOf = noClasses,
): SentenceFeatures {
  const n = tokens.length;
  const sc = prepareSentence(tokens, lexicon, classOf);
  const offsets = new Int32Array(n + 1);
  const out = new Int32Array(n * MAX_STATIC_FEATURES);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    k = intrinsicFeatures(tokens[i] ?? '', sc.caps[i] as number, sc.cls[i] as number, lexicon, classOf, mask, out, k);
    k = contextFeatures(sc, n, i, mask, out, k);
  }
  offsets[n] = k;
  return {
    length: n,
    offsets,
    features: out.subarray(0, k),
    wordHash: sc.lower.slice(0, n),
    shapeHash: sc.shape.slice(0, n),
    capsCode: sc.caps.slice(0, n),
  };
}

/** Largest number of features `contextFeatures` and `intrinsicFeatures` write for one token. */
const MAX_CONTEXT = 26;

/**
 * The tagging fast path: per-token label scores, with the scores of each token's
 * own features looked up in `cache` (by caps code and token) and computed only
 * for words not seen before. Integer weights add up exactly, so the scores equal
 * those of `extractSentenceFeatures` followed by `addScores`.
 */
export function emissionScores(
  tokens: readonly string[],
  lexicon: Lexicon,
  mask: number,
  weights: EmissionWeights,
  cache: WordScoreCache,
  active: ArrayLike<boolean> | null = null,
  classOf: WordClassOf = noClasses,
): Float64Array {
  const n = tokens.length;
  const cached = cache.makeRoom(n);
  const sc = prepareSentence(tokens, lexicon, classOf, cached ? cache : null);
  const emit = new Float64Array(n * weights.numLabels);
  // One loop per kind of scoring, each a small function of its own: the integer
  // one is the analysis's hot path and stays free of the others' branches.
  const job: ScoringJob = { tokens, lexicon, mask, weights, cache, active, classOf, sc, emit };
  if (!cached) scoreUncached(job);
  else if (weights.addScoresAt !== undefined) scoreInteger(job);
  else scoreCached(job);
  return emit;
}

/** What each scoring loop reads, and `emit`, which it fills (one row of label scores per token). */
interface ScoringJob {
  readonly tokens: readonly string[];
  readonly lexicon: Lexicon;
  readonly mask: number;
  readonly weights: EmissionWeights;
  readonly cache: WordScoreCache;
  /** Tokens to score; null scores all. */
  readonly active: ArrayLike<boolean> | null;
  readonly classOf: WordClassOf;
  readonly sc: Scratch;
  readonly emit: Float64Array;
}

/** The weight table as `emissionScores` uses it. */
interface EmissionWeights {
  readonly numLabels: number;
  addScores(f: ArrayLike<number>, from: number, to: number, s: Float64Array): void;
  /** Integer weights only: adds into `s[at …]` directly (see SparseWeights). */
  addScoresAt?(f: ArrayLike<number>, from: number, to: number, s: Float64Array, at: number): void;
}

/** Integer weights: each word's cached scores, then its context's, added in place. */
function scoreInteger(job: ScoringJob): void {
  const { tokens, lexicon, mask, weights, cache, active, classOf, sc, emit } = job;
  const n = tokens.length;
  const L = weights.numLabels;
  const buf = cache.buffer;
  const slab = cache.slab;
  for (let i = 0; i < n; i++) {
    // Tokens the caller fixes to O need no scores.
    if (active !== null && !active[i]) continue;
    const at = sc.slot[i] as number;
    const base = at * L;
    if (cache.scored[at] === 0) {
      const k = intrinsicFeatures(tokens[i] ?? '', sc.caps[i] as number, sc.cls[i] as number, lexicon, classOf, mask, buf, 0);
      slab.fill(0, base, base + L);
      weights.addScoresAt!(buf, 0, k, slab, base);
      cache.scored[at] = 1;
    }
    const out = i * L;
    for (let l = 0; l < L; l++) emit[out + l] = slab[base + l] as number;
    weights.addScoresAt!(buf, 0, contextFeatures(sc, n, i, mask, buf, 0), emit, out);
  }
}

/** Any weights: each word's cached scores plus its context's, summed apart. */
function scoreCached(job: ScoringJob): void {
  const { tokens, lexicon, mask, weights, cache, active, classOf, sc, emit } = job;
  const n = tokens.length;
  const L = weights.numLabels;
  const { buffer: buf, row, slab } = cache;
  for (let i = 0; i < n; i++) {
    if (active !== null && !active[i]) continue;
    const at = sc.slot[i] as number;
    const base = at * L;
    if (cache.scored[at] === 0) {
      const k = intrinsicFeatures(tokens[i] ?? '', sc.caps[i] as number, sc.cls[i] as number, lexicon, classOf, mask, buf, 0);
      row.fill(0);
      weights.addScores(buf, 0, k, row);
      slab.set(row, base);
      cache.scored[at] = 1;
    }
    const k = contextFeatures(sc, n, i, mask, buf, 0);
    row.fill(0);
    weights.addScores(buf, 0, k, row);
    const out = i * L;
    for (let l = 0; l < L; l++) emit[out + l] = (slab[base + l] as number) + (row[l] as number);
  }
}

/** A sentence longer than the whole cache: every token scored directly. */
function scoreUncached(job: ScoringJob): void {
  const { tokens, lexicon, mask, weights, cache, active, classOf, sc, emit } = job;
  const n = tokens.length;
  const L = weights.numLabels;
  const { buffer: buf, row } = cache;
  for (let i = 0; i < n; i++) {
    if (active !== null && !active[i]) continue;
    let k = intrinsicFeatures(tokens[i] ?? '', sc.caps[i] as number, sc.cls[i] as number, lexicon, classOf, mask, buf, 0);
    k = contextFeatures(sc, n, i, mask, buf, k);
    row.fill(0);
    weights.addScores(buf, 0, k, row);
    emit.set(row, i * L);
  }
}

/**
 * Bounded memo, per word form and caps code, of the values features read (hashes,
 * lexicon code, word classes) and of the summed scores of the word's own features
 * (filled the first time the word is scored). Emptied when full.
 */
export class WordScoreCache {
  readonly buffer = new Int32Array(MAX_STATIC_FEATURES + MAX_CONTEXT);
  readonly row: Float64Array;
  readonly slab: Float64Array;
  readonly lowerHash: Uint32Array;
  readonly casedHash: Uint32Array;
  readonly shapeHash: Uint32Array;
  readonly lexCode: Uint32Array;
  readonly classBits: Uint16Array;
  /** 1 when the slot's scores in `slab` are filled. */
  readonly scored: Uint8Array;
  private readonly index: Map<string, number>[] = [];
  private used = 0;

  constructor(
    numLabels: number,
    private readonly capacity = 65536,
  ) {
    this.row = new Float64Array(numLabels);
    this.slab = new Float64Array(numLabels * capacity);
    this.lowerHash = new Uint32Array(capacity);
    this.casedHash = new Uint32Array(capacity);
    this.shapeHash = new Uint32Array(capacity);
    this.lexCode = new Uint32Array(capacity);
    this.classBits = new Uint16Array(capacity);
    this.scored = new Uint8Array(capacity);
    for (let c = 0; c < 10; c++) this.index.push(new Map());
  }

  /** Slot of `tok` with caps code `cp`, or -1. */
  find(cp: number, tok: string): number {
    return this.index[cp]!.get(tok) ?? -1;
  }

  /** Makes room for `n` more words (empties the cache when they do not fit); false when n never fits. */
  makeRoom(n: number): boolean {
    if (this.used + n <= this.capacity) return true;
    if (n > this.capacity) return false;
    for (const m of this.index) m.clear();
    this.used = 0;
    return true;
  }

  add(cp: number, tok: string, lower: number, cased: number, shape: number, lex: number, cls: number): number {
    const at = this.used++;
    this.lowerHash[at] = lower;
    this.casedHash[at] = cased;
    this.shapeHash[at] = shape;
    this.lexCode[at] = lex;
    this.classBits[at] = cls;
    this.scored[at] = 0;
    this.index[cp]!.set(tok, at);
    return at;
  }
}

/** Number of tag-history features `historyFeatures` writes. */
export const HISTORY_FEATURES = 5;

/**
 * Features of the previous predicted labels (greedy left-to-right decoding): label
 * indexes `prev1` and `prev2`, where `start` stands for "before the sentence".
 */
export function historyFeatures(
  sf: SentenceFeatures,
  i: number,
  prev1: number,
  prev2: number,
  mask: number,
  out: Int32Array,
): void {
  const w = sf.wordHash[i] as number;
  const sh = sf.shapeHash[i] as number;
  const cp = sf.capsCode[i] as number;
  out[0] = previousLabelFeature(prev1, mask);
  out[1] = fmix(mix(mix(T.PrevTags, prev2), prev1)) & mask;
  out[2] = fmix(mix(mix(T.PrevTagWord, prev1), w)) & mask;
  out[3] = fmix(mix(mix(T.PrevTagShape, prev1), sh)) & mask;
  out[4] = fmix(mix(mix(T.PrevTagCaps, prev1), cp)) & mask;
}

/** The "previous label" feature alone (the label-pair score of the Viterbi decoder). */
export function previousLabelFeature(prev: number, mask: number): number {
  return fmix(mix(T.PrevTag, prev)) & mask;
}


