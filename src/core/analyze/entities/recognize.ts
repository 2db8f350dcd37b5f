import type { EntityType, Sentence, Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import { adjectiveEntity, aliasValidOn, gazetteerIndex, type GazetteerIndex } from './gazetteer-index.js';
import { stripGenitive } from './fold.js';
import { endsWithHead, roleOf } from './heads.js';
import { orgNameSpans } from './org-names.js';
import { appositiveNameSpans } from './appositive-names.js';
import { acronymLike, capitalElsewhere, casingEvidence, knownWord, readTokens, type CasingEvidence } from './casing.js';

/** A learned tagger: outer BIO labels (B-PER, I-LOC, B-ORGpart, O, …) per token. */
export interface EntityTagger {
  tag(tokens: readonly string[]): string[];
  /** False for a word the tagger knows as a common noun (see src/core/ner/tagger.ts). */
  mayBeName?(token: string): boolean;
  /** Labels with the tokens outside `active` fixed to O. */
  tagActive?(tokens: readonly string[], active: ArrayLike<boolean>): string[];
}

/**
 * The tokens worth the tagger's time: it only adds spans that start with a
 * capitalised word nothing else took, so only such words the tagger may call a
 * name (not a known common noun) and the tokens around them are decoded; every
 * other token is fixed to O. Null when no word qualifies: the sentence is not
 * tagged at all.
 */
const WINDOW = 2;

function tokensToTag(pack: LanguagePack, toks: readonly Token[], taken: readonly boolean[], tagger: EntityTagger): boolean[] | null {
  const n = toks.length;
  const capital = (k: number) => k >= 0 && k < n && !taken[k] && toks[k]!.kind === 'word' && toks[k]!.capitalized && !toks[k]!.stop;
  const strong = new Array<boolean>(n).fill(false);
  let any = false;
  for (let k = 0; k < n; k++) {
    if (capital(k) && (!tagger.mayBeName || tagger.mayBeName(toks[k]!.text))) strong[k] = any = true;
  }
  if (!any) return null;
  // Two tokens either side of each: long names ("Bundesamt für Migration und
  // Flüchtlinge", "Darmstadt 98") and the context that decides the type.
  const active = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; k++) {
    if (!strong[k]) continue;
    for (let d = Math.max(0, k - WINDOW); d <= Math.min(n - 1, k + WINDOW); d++) active[d] = true;
  }
  return active;
}

export { roleOf } from './heads.js';

/** A mention before in-article resolution. Token indices are within its sentence. */
export interface Candidate {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  via: 'gazetteer' | 'tagger' | 'pattern' | 'coreference' | 'adjective';
  /** Gazetteer id when the mention is a known place, country or institution. */
  gazId: string | null;
  role: string | null;
  /**
   * How strongly the evidence that found it says this is a name of this type, 0–1:
   * gazetteer 0.9, an organisation's head noun 0.85, a role or given name 0.8–0.85,
   * the tagger 0.7, a person's name by its shape alone 0.55, an untyped name 0.35–0.45.
   */
  strength: number;
}

/**
 * Two or three plain capitalised words ("Louis Gallois", "Lee Hsien Loong") read as a
 * person's name in English; acronyms, digits and hyphens ("Airbus A330", "KC-45") do not.
 */
function looksLikePersonName(words: readonly Token[]): boolean {
  // Middle initials ("Ada K. Halvorsen") neither count nor spoil the shape.
  const full = words.filter((w) => w.text !== '.' && !/^\p{Lu}$/u.test(w.text));
  return full.length >= 2 && full.length <= 3 && full.every((w) => /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(w.text));
}

/** The last role word inside the run `i..j` that has a word after it, or -1. */
function innerRole(pack: LanguagePack, toks: readonly Token[], i: number, j: number): number {
  for (let k = j - 1; k > i; k--) if (roleOf(pack, toks[k]!)) return k;
  return -1;
}

/** A genitive or possessive form: "Putins", "Russia's". */
function isPossessive(pack: LanguagePack, word: string): boolean {
  if (/['’]s?$/.test(word)) return true;
  return pack.nameGenitiveS === true && /[^s]s$/.test(word);
}

const ORG_TAGS = /ORG/;
function tagType(label: string): EntityType {
  if (label.includes('PER')) return 'person';
  if (label.includes('LOC')) return 'place';
  if (ORG_TAGS.test(label)) return 'organization';
  return 'other';
}

/** Two to six capital letters ("BUND", "NATO"); the length test skips the regex for most words (an astral letter counts two). */
function isAcronym(text: string): boolean {
  return text.length >= 2 && text.length <= 12 && /^\p{Lu}{2,6}$/u.test(text);
}

function isNameToken(pack: LanguagePack, t: Token, sentenceInitial: boolean): boolean {
  if (t.kind !== 'word' || !t.capitalized) return false;
  // Acronyms ("BUND", "NATO") are names even when the word exists as a common noun.
  if (!sentenceInitial && isAcronym(t.text)) return true;
  if (t.stop && (sentenceInitial || !pack.capitalizedNouns)) return false;
  if (pack.commonCapitalized.has(t.norm) || pack.commonCapitalized.has(stripGenitive(t.norm))) return false;
  if (pack.months.has(t.norm) || pack.weekdays.has(t.norm)) return false;
  // Headline verbs ("Unveils", "Says") and contractions ("I'm") are no names.
  const names = pack.nameEvidence;
  if (names && ((names.runBreakers.has(t.norm) && !pack.firstNames.has(t.norm)) || names.notName.test(t.norm))) return false;
  return true;
}

/** A capitalised word that can close a name after a given name: not a role, month or weekday. */
function surnameLike(pack: LanguagePack, t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !roleOf(pack, t) && !pack.months.has(t.norm) && !pack.weekdays.has(t.norm) && !t.stop;
}

/** One sentence being scanned: its tokens, which of them a mention took, and the mentions found so far. */
interface SentenceScan {
  sentence: Sentence;
  /** The tokens as recognition reads them: a title-case headline's capitals only where the body confirms them. */
  toks: readonly Token[];
  /** Token indices before which a run of capitalised words ends (see ./casing.ts). */
  breaks: ReadonlySet<number> | null;
  /** What the article's casing says about its words, for packs with `nameEvidence`. */
  casing: CasingEvidence | null;
  taken: boolean[];
  out: Candidate[];
}

function add(scan: SentenceScan, first: number, last: number, c: Omit<Candidate, 'sentence' | 'first' | 'last' | 'start' | 'end' | 'text'>): void {
  const { sentence: s, toks, taken } = scan;
  for (let k = first; k <= last; k++) taken[k] = true;
  const start = toks[first]!.start;
  const end = toks[last]!.end;
  scan.out.push({ sentence: s.index, first, last, start, end, text: s.text.slice(start - s.start, end - s.start), ...c });
}

/**
 * Finds entity mentions in every sentence: gazetteer names (countries, cities,
 * institutions, with genitive forms), country adjectives ("russische" → Russia),
 * names from a learned tagger when the language has one, and patterns (a role
 * before a name, a given name, a run of capitalised name-like words).
 * Each step is its own function: small functions are optimised early and alone
 * by the JavaScript engine (a rare path in one step no longer sends the whole
 * scan back to the interpreter).
 */
/** What recognition needs to know about the article beyond its sentences. */
export interface RecognizeContext {
  /** Publication date (ISO 8601) or null: a gazetteer alias valid only from or until a date is applied by it. */
  published?: string | null;
}

export function recognize(sentences: readonly Sentence[], pack: LanguagePack, tagger: EntityTagger | null, context: RecognizeContext = {}): Candidate[] {
  const gaz = gazetteerIndex(pack);
  const casing = casingEvidence(sentences, pack);
  const date = context.published && /^\d{4}-\d{2}-\d{2}/.test(context.published) ? context.published.slice(0, 10) : null;
  const out: Candidate[] = [];
  // Title-case headlines last: a one-word gazetteer name there counts when the body names the same entry.
  const headlines: Sentence[] = [];
  for (const s of sentences) {
    if (casing?.titleCase.has(s.index)) headlines.push(s);
    else scanSentence(s, pack, gaz, tagger, casing, date, out, null);
  }
  if (headlines.length > 0) {
    const inBody = new Set(out.map((c) => c.gazId));
    for (const s of headlines) scanSentence(s, pack, gaz, tagger, casing, date, out, inBody);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * One sentence: gazetteer names on the tokens as written, then patterns, tagger and
 * adjectives on the tokens as read (see ./casing.ts). In a title-case headline
 * (`inBody` given) a one-word gazetteer name counts only when the body names the
 * same entry or writes the word capitalised ("Turkey" in "Obama Pardons Turkey" does not).
 */
function scanSentence(
  s: Sentence,
  pack: LanguagePack,
  gaz: GazetteerIndex,
  tagger: EntityTagger | null,
  casing: CasingEvidence | null,
  date: string | null,
  out: Candidate[],
  inBody: ReadonlySet<string | null> | null,
): void {
  const scan: SentenceScan = { sentence: s, toks: s.tokens, breaks: null, casing, taken: new Array<boolean>(s.tokens.length).fill(false), out };
  const accept =
    inBody && casing
      ? (id: string, first: number, last: number) =>
          last > first || inBody.has(id) || acronymLike(s.tokens[first]!.text) || capitalElsewhere(casing, s.tokens[first]!)
      : null;
  const read = casing ? readTokens(s, pack, casing) : null;
  // Whole organisation names first ("Senate Judiciary Committee", "Bank of America"), on the tokens as read.
  if (read) for (const [first, last] of orgNameSpans(read.tokens, scan.taken, pack, gaz)) add(scan, first, last, { type: 'organization', via: 'pattern', gazId: null, role: null, strength: 0.85 });
  for (const [first, last] of appositiveNameSpans(s.tokens, scan.taken, pack, gaz, (norm) => knownWord(pack, norm))) {
    add(scan, first, last, { type: 'organization', via: 'pattern', gazId: null, role: null, strength: 0.85 });
  }
  matchGazetteer(scan, pack, gaz, date, accept);
  if (read) {
    scan.toks = read.tokens;
    scan.breaks = read.breaks;
  }
  matchPatterns(scan, pack);
  if (tagger) matchTagger(scan, pack, tagger);
  matchAdjectives(scan, pack, gaz);
}

function matchGazetteer(
  scan: SentenceScan,
  pack: LanguagePack,
  gaz: GazetteerIndex,
  date: string | null,
  accept: ((id: string, first: number, last: number) => boolean) | null,
): void {
  const { toks, taken } = scan;
  // 1. Gazetteer: longest alias match, with genitive forms ("Russlands", "Russia's").
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word' || !toks[i]!.capitalized || taken[i]) continue;
    // Only the alias lengths that start with this word ("Vereinigte" → 2, 3); the genitive
    // form of a one-word alias ("Russlands") is indexed under its own first word.
    const lengths = gaz.lengthsByFirst.get(toks[i]!.norm) ?? gaz.lengthsByFirst.get(stripGenitive(toks[i]!.norm));
    if (!lengths) continue;
    for (const len of lengths) {
      if (len > toks.length - i) continue;
      // Built without temporary arrays: this runs for every capitalised word that starts an alias.
      let prefix = '';
      let punct = false;
      for (let k = i; k < i + len; k++) {
        const t = toks[k]!;
        if (taken[k] || (t.kind === 'punct' && t.text !== '.' && t.text !== '-')) {
          punct = true;
          break;
        }
        if (k < i + len - 1) prefix += `${t.norm} `;
      }
      if (punct) continue;
      const lastTok = toks[i + len - 1]!;
      const variants = [prefix + lastTok.norm];
      const gen = stripGenitive(lastTok.norm);
      if (gen !== lastTok.norm) variants.push(prefix + gen);
      else if (lastTok.norm.endsWith('s') && pack.nameGenitiveS === true) variants.push(prefix + lastTok.norm.slice(0, -1));
      let entry = null;
      for (const v of variants) {
        const all = gaz.byAlias.get(v);
        if (!all) continue;
        // "Facebook" names Meta only from 2021-10-28: the entries this alias names on the article's date.
        const entries = gaz.dated.has(v) ? all.filter((e) => aliasValidOn(gaz, e, v, date)) : all;
        if (entries.length === 0) continue;
        // Capitalised aliases ("US", "DVRK") only match as written.
        if (len === 1 && /^[\p{Lu}.]+(?:['’]s)?$/u.test(lastTok.text) === false && entries.every((e) => [e.name, ...e.aliases].some((a) => gaz.caseSensitive.has(a) && a.toLowerCase() === v))) continue;
        entry = entries[0]!;
        break;
      }
      if (!entry) continue;
      if (i > 0 && len === 1 && toks[i - 1]!.text === '-') continue;
      if (currencyPrefix(toks, i + len - 1)) continue;
      // "Michael Bloomberg", "Henry Ford": a one-word organisation right after a given name is that person's surname.
      if (i > 0 && len === 1 && entry.type === 'organization' && toks[i - 1]!.capitalized && pack.firstNames.has(toks[i - 1]!.norm) && !taken[i - 1]) continue;
      if (accept && !accept(entry.id, i, i + len - 1)) continue;
      add(scan, i, i + len - 1, { type: entry.type, via: 'gazetteer', gazId: entry.id, role: null, strength: 0.9 });
      i += len - 1;
      break;
    }
  }
}

function matchPatterns(scan: SentenceScan, pack: LanguagePack): void {
  const { toks, taken } = scan;
  // 2. Patterns over runs of capitalised words.
  let i = 0;
  while (i < toks.length) {
    if (taken[i] || !toks[i]!.capitalized || toks[i]!.kind !== 'word') {
      i++;
      continue;
    }
    const j = runEnd(scan, pack, i);
    let from = i;
    for (let k = i; k < j; k++) {
      // "Netanyahu's Capitol Hill speech": a possessive ends the name it closes.
      if (!pack.capitalizedNouns && /\p{L}['’]s$/u.test(toks[k]!.text)) {
        matchRun(scan, pack, from, k);
        from = k + 1;
      } else if (k > from && breaksRun(scan, pack, from, k, j)) {
        matchRun(scan, pack, from, k - 1);
        from = k + 1;
      }
    }
    matchRun(scan, pack, from, j);
    i = j + 1;
  }
}

/**
 * The last token of the run of capitalised words (with name particles: "Ursula von der
 * Leyen"; and middle initials: "Susan E. Rice") from `i`.
 */
function runEnd(scan: SentenceScan, pack: LanguagePack, i: number): number {
  const { toks, taken } = scan;
  let j = i;
  for (;;) {
    if (j + 1 >= toks.length || taken[j + 1] || scan.breaks?.has(j + 1)) return j;
    const next = toks[j + 1]!;
    if (next.capitalized && next.kind === 'word') {
      // "E. Rice": an initial, its period and the surname go on the name.
      if (next.text.length === 1 && toks[j + 2]?.text === '.' && toks[j + 3]?.capitalized === true && toks[j + 3]!.kind === 'word' && !taken[j + 3] && !taken[j + 2]) j += 3;
      else j++;
    } else if (pack.nameParticles.has(next.norm) && toks[j + 2]?.capitalized === true && !taken[j + 2]) j++;
    else {
      const surname = afterGivenNameParticles(pack, toks, taken, j);
      if (surname < 0) return j;
      j = surname;
    }
  }
}

/**
 * "Ursula von der Leyen": after a known given name at `j`, the longest particle sequence
 * of the pack and a capitalised word; the index of that word, or -1.
 */
function afterGivenNameParticles(pack: LanguagePack, toks: readonly Token[], taken: readonly boolean[], j: number): number {
  const sequences = pack.givenNameParticles;
  if (!sequences || !toks[j]!.norm.split('-').every((part) => pack.firstNames.has(part))) return -1;
  let best = -1;
  for (const seq of sequences) {
    const words = seq.split(' ');
    const end = j + words.length + 1;
    if (end >= toks.length || words.some((w, n) => toks[j + 1 + n]!.norm !== w || toks[j + 1 + n]!.capitalized || taken[j + 1 + n])) continue;
    const surname = toks[end]!;
    if (surname.kind === 'word' && surname.capitalized && !taken[end] && end > best) best = end;
  }
  return best;
}

/**
 * Whether the run `from..end` is two names side by side at `k`: a stopword ("Between",
 * "And") or a headline verb ("Shows") with a name word on either side. Words that join
 * an organisation's name ("Bank of America") and name particles never split it.
 */
function breaksRun(scan: SentenceScan, pack: LanguagePack, from: number, k: number, end: number): boolean {
  const { toks } = scan;
  const t = toks[k]!;
  const names = pack.nameEvidence;
  if (t.kind !== 'word' || pack.nameParticles.has(t.norm) || names?.orgConnectors.has(t.norm)) return false;
  if (!t.stop && !names?.runBreakers.has(t.norm)) return false;
  // "Ursula von der Leyen": the particles after a given name stay inside the name.
  let given = k - 1;
  while (given > from && !toks[given]!.capitalized) given--;
  if (afterGivenNameParticles(pack, toks, scan.taken, given) > k) return false;
  if (pack.firstNames.has(t.norm)) return false;
  let before = false;
  for (let b = from; b < k && !before; b++) before = isNameToken(pack, toks[b]!, b === 0);
  if (!before) return false;
  for (let a = k + 1; a <= end; a++) if (isNameToken(pack, toks[a]!, false)) return true;
  return false;
}

/** An abbreviation with its period before a capitalised word: a title ("Sen. Arlen Specter"). */
function abbreviatedTitle(pack: LanguagePack, toks: readonly Token[], k: number): boolean {
  return pack.abbreviations.has(toks[k]!.norm) && toks[k + 1]?.text === '.' && toks[k + 2]?.capitalized === true;
}

/** Where the name in a run starts, and what the words peeled off before it say about it. */
interface RunFront {
  first: number;
  role: string | null;
  head: EntityType | null;
  vehicleBefore: boolean;
}

/** "US$ 2.7 billion", "HK$": letters written onto a currency sign name the currency, not a place. */
function currencyPrefix(toks: readonly Token[], k: number): boolean {
  const sign = toks[k + 1];
  return sign !== undefined && sign.start === toks[k]!.end && /^\p{Sc}/u.test(sign.text);
}

/** The name inside the run `i..j`, if any, typed by its role, head noun or given name. */
function matchRun(scan: SentenceScan, pack: LanguagePack, i: number, j: number): void {
  const { toks } = scan;
  if (currencyPrefix(toks, j)) {
    if (j > i) matchRun(scan, pack, i, j - 1);
    return;
  }
  // "Sen. Arlen Specter", "Gov. Ann Lee": an abbreviated title before a name is none.
  if (i === j && abbreviatedTitle(pack, toks, i)) return;
  // "Kims Dolmetscher": a role closing the run after a genitive is the possessor's relation, no name of its own.
  if (j > i && roleOf(pack, toks[j]!) && isPossessive(pack, toks[j - 1]!.text)) {
    if (j - 1 > i) matchRun(scan, pack, i, j - 1);
    else if (isNameToken(pack, toks[i]!, i === 0)) add(scan, i, i, { type: 'other', via: 'pattern', gazId: null, role: null, strength: 0.4 });
    return;
  }
  const front: RunFront = { first: i, role: null, head: null, vehicleBefore: false };
  // "Chief of Staff Rahm Emanuel", "Secretary of State Ann Lee": the word after "of" ends the title.
  const before = toks[i - 1];
  if (i < j && before && pack.nameEvidence?.orgConnectors.has(before.norm) && toks[i - 2] && roleOf(pack, toks[i - 2]!)) {
    front.role = `${toks[i - 2]!.text} ${before.text} ${toks[i]!.text}`;
    front.first = i + 1;
  }
  splitAtInnerRole(scan, pack, i, j, front);
  peelFront(scan, pack, j, front);
  const { first } = front;
  // A role or head noun just before the run also types it ("der Sprecher John Kirby").
  if (!front.role && before) front.role = roleOf(pack, before) ? before.text : null;
  let last = j;
  // "Republican Rep. Ann Lee": an abbreviated title closing the run belongs to the name after it.
  while (last >= first && ((!isNameToken(pack, toks[last]!, false) && !pack.nameParticles.has(toks[last]!.norm)) || (last > first && abbreviatedTitle(pack, toks, last)))) last--;
  // A given name followed by a word that is also a common noun: that word is the surname
  // ("Anna Berg", "Thomas Koch", "Eva Fischer"), not a noun left outside the name.
  // ("Theresa May": a month after a given name is a surname unless a day follows it.)
  const monthSurname = (k: number) => pack.months.has(toks[k]!.norm) && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && toks[k + 1]?.kind !== 'number';
  if (last === first && last < j && pack.firstNames.has(toks[first]!.norm) && (surnameLike(pack, toks[first + 1]!) || monthSurname(first + 1))) last = first + 1;
  if (last >= first) addRunName(scan, pack, i, last, front);
}

/**
 * A role inside the run ends what comes before it: "Putins Verteidigungsminister Sergei
 * Schoigu" is a possessor, a role and a name; "Defence Minister Sergei Shoigu" a
 * title of two words and a name.
 */
function splitAtInnerRole(scan: SentenceScan, pack: LanguagePack, i: number, j: number, front: RunFront): void {
  const { toks } = scan;
  const inner = innerRole(pack, toks, i, j);
  if (inner <= i) return;
  const before = toks[inner - 1]!;
  const title = toks.slice(i, inner).every((t) => pack.titleWords?.has(t.norm) === true || roleOf(pack, t) !== null);
  if (inner - 1 === i && isPossessive(pack, before.text) && isNameToken(pack, before, i === 0)) {
    add(scan, i, i, { type: 'other', via: 'pattern', gazId: null, role: null, strength: 0.4 });
  } else if (!title && !pack.capitalizedNouns && toks.slice(i, inner).every((t) => isNameToken(pack, t, false))) {
    // "Boeing CEO Jim McNerney": whoever employs the role-holder is an organisation.
    add(scan, i, inner - 1, { type: 'organization', via: 'pattern', gazId: null, role: null, strength: 0.7 });
  }
  front.role = toks[inner]!.text;
  front.first = inner + 1;
}

/** Peels roles and common nouns off the front: "Kreml-Sprecher Dmitri Peskow", "Raumfahrtzentrum Wostotschny". */
function peelFront(scan: SentenceScan, pack: LanguagePack, j: number, front: RunFront): void {
  const { toks } = scan;
  while (front.first <= j) {
    const first = front.first;
    const t = toks[first]!;
    // "Prime Minister …", "Vice President …": a title word followed by a role.
    if (pack.titleWords?.has(t.norm) && first < j && roleOf(pack, toks[first + 1]!)) {
      front.first++;
      continue;
    }
    const r = roleOf(pack, t);
    if (r) {
      front.role = t.text;
      front.first++;
      continue;
    }
    let isHead = false;
    // A vehicle word before a name is peeled and types it ("Tanker Eagle S").
    if (pack.vehicleHeads !== undefined && first < j && endsWithHead(pack.vehicleHeads, t.norm) && !/^\p{Lu}{2,}$/u.test(t.text)) {
      front.vehicleBefore = true;
      front.first++;
      continue;
    }
    if (endsWithHead(pack.placeHeads, t.norm) && !(first < j && endsWithHead(pack.orgHeads, toks[j]!.norm))) {
      // A place head before a name is peeled ("Kosmodrom Wostotschny"), not inside an
      // organisation's name ("Harbor Authority", "City Council").
      front.head = 'place';
      isHead = true;
    } else if (endsWithHead(pack.orgHeads, t.norm) && first < j) {
      front.head = 'organization';
      isHead = true;
    }
    if (!isNameToken(pack, t, first === 0) || isHead) {
      front.first++;
      continue;
    }
    break;
  }
}

/** Adds the name `front.first..last` of the run starting at `i` when something says it is a name, with its type. */
function addRunName(scan: SentenceScan, pack: LanguagePack, i: number, last: number, front: RunFront): void {
  const { toks } = scan;
  const { first, role, head, vehicleBefore } = front;
  const words = toks.slice(first, last + 1);
  const startsWithGiven = pack.firstNames.has(words[0]!.norm);
  // An acronym ("BUND", "NATO") standing alone is an organisation's short name.
  const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!.text) && first > 0;
  // "Jim Press", "John Church": a given name and one more word are a person's name, whatever that word is.
  const orgTail = acronym || (words.length > 1 && !(words.length === 2 && startsWithGiven) && endsWithHead(pack.orgHeads, words[words.length - 1]!.norm));
  // "Maricopa County", "Staten Island": a place head closing a name makes it a place (English writes it after the name).
  const placeTail = !pack.capitalizedNouns && words.length > 1 && pack.placeHeads.has(words[words.length - 1]!.norm);
  const accept = words.length > 1 || acronym || startsWithGiven || role !== null || head !== null || (!pack.capitalizedNouns && first > 0);
  if (!accept) return;
  // "the executive Branch": one word after a role that the article also writes in lower case is no name.
  if (words.length === 1 && !startsWithGiven && !acronymLike(words[0]!.text) && scan.casing?.lowerUse.has(words[0]!.norm) === true) return;
  // A ship or vehicle: "the tanker Front Altair", "HMS Richmond", "Containerschiff Ever Given".
  const beforeName = toks[first - 1];
  const vehicles = pack.vehicleHeads;
  const isVehicleWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && endsWithHead(vehicles!, t.norm);
  const vehicle =
    vehicles !== undefined && (vehicleBefore || vehicles.has(words[0]!.norm) || isVehicleWord(beforeName) || isVehicleWord(toks[i - 1]));
  // "the Ever Given", "the Queen Mary": a name right after an article is rarely a person's.
  const afterArticle = beforeName !== undefined && pack.articles?.has(beforeName.norm) === true;
  const shape = !pack.capitalizedNouns && !afterArticle && looksLikePersonName(words) && !endsWithCommonWord(scan, pack, words);
  let { type, strength } = runType(orgTail, acronym, placeTail, vehicle, role !== null || startsWithGiven, role !== null, head, shape);
  // "automaker Chrysler", "Ford's shares", "GM dealers": what stands around an untyped name says it is an organisation.
  // A name with digits is a model or product's ("A320 jets"), not its maker.
  if ((type === 'other' || strength < 0.6) && !vehicle && !/\d/.test(words[words.length - 1]!.text) && orgContext(pack, toks, first, last)) {
    type = 'organization';
    strength = 0.75;
  }
  add(scan, first, last, { type, via: 'pattern', gazId: null, role, strength });
}

/** The type a run's evidence gives it, and how strongly (see `Candidate.strength`). */
function runType(
  orgTail: boolean,
  acronym: boolean,
  placeTail: boolean,
  vehicle: boolean,
  person: boolean,
  role: boolean,
  head: EntityType | null,
  shape: boolean,
): { type: EntityType; strength: number } {
  if (orgTail) return { type: 'organization', strength: acronym ? 0.6 : 0.8 };
  if (placeTail) return { type: 'place', strength: 0.75 };
  if (vehicle) return { type: 'other', strength: 0.6 };
  if (person) return { type: 'person', strength: role ? 0.85 : 0.8 };
  if (head) return { type: head, strength: 0.75 };
  if (shape) return { type: 'person', strength: 0.55 };
  return { type: 'other', strength: 0.35 };
}

/**
 * "Apple Computer", "Best Buy", "Capitol Hill": a two-word name whose last word the
 * language knows as a common word (or the article writes in lower case) is no
 * person's by its shape; surnames that are words too come with a given name ("Roger Stone").
 */
function endsWithCommonWord(scan: SentenceScan, pack: LanguagePack, words: readonly Token[]): boolean {
  if (!pack.nameEvidence) return false;
  const lastWord = words[words.length - 1]!;
  const norm = stripGenitive(lastWord.norm);
  return scan.casing?.lowerUse.has(norm) === true || knownWord(pack, norm);
}

/** An organisation's descriptor right before the name, or a word right after it (or its possessive) that only organisations have. */
function orgContext(pack: LanguagePack, toks: readonly Token[], first: number, last: number): boolean {
  const names = pack.nameEvidence;
  if (!names) return false;
  const before = toks[first - 1];
  if (before?.kind === 'word' && !before.capitalized && endsWithHead(names.orgDescriptors, before.norm)) return true;
  let k = last + 1;
  if (toks[k]?.text === "'s" || toks[k]?.text === '’s') k++;
  const after = toks[k];
  return after?.kind === 'word' && !after.capitalized && names.orgFollowers.has(after.norm);
}

function matchTagger(scan: SentenceScan, pack: LanguagePack, tagger: EntityTagger): void {
  const { toks, taken } = scan;
  // 3. Learned tagger spans, where gazetteer and patterns found nothing: single names the
  //    patterns cannot tell from common nouns ("in Passau", "der BUND").
  const active = tokensToTag(pack, toks, taken, tagger);
  if (!active) return;
  const words = toks.map((t) => t.text);
  const labels = tagger.tagActive ? tagger.tagActive(words, active) : tagger.tag(words);
  let i = 0;
  while (i < toks.length) {
    const label = labels[i] ?? 'O';
    if (!label.startsWith('B-') && !label.startsWith('I-')) {
      i++;
      continue;
    }
    const type = label.slice(2);
    let j = i;
    while (j + 1 < toks.length && labels[j + 1] === `I-${type}`) j++;
    // Derived adjectives ("LOCderiv": "russische") are handled by the adjective list.
    // A role the tagger took into the name ("Kreml-Sprecher Dmitri Peskow") is a label, not the name.
    let first = i;
    let role: string | null = null;
    while (first <= j && roleOf(pack, toks[first]!)) role = toks[first++]!.text;
    // …and one after a genitive ("Kims Dolmetscher") is the name's relation, not part of it.
    let last = j;
    while (last > first && roleOf(pack, toks[last]!) && isPossessive(pack, toks[last - 1]!.text)) last--;
    // One word the language's lists know as a capitalised common word ("Updates") is nobody, whatever the tagger says.
    const common = first === last && tagType(type) === 'person' && pack.commonCapitalized.has(toks[first]!.norm);
    if (first <= last && !common && !type.endsWith('deriv') && !taken.slice(first, last + 1).some(Boolean) && toks[first]!.capitalized) {
      add(scan, first, last, { type: tagType(type), via: 'tagger', gazId: null, role, strength: 0.7 });
    }
    i = j + 1;
  }
}

function matchAdjectives(scan: SentenceScan, pack: LanguagePack, gaz: GazetteerIndex): void {
  const { toks, taken } = scan;
  // 4. Country adjectives: "russische Hilfe", "North Korean", "nordkoreanischen".
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (taken[k] || t.kind !== 'word') continue;
    if (pack.capitalizedNouns && t.capitalized && k > 0) continue;
    const phrase = gaz.adjectivePhrases.get(t.norm)?.find((p) => {
      const words = p.split(' ');
      return words.every((w, n) => toks[k + n]?.norm.startsWith(w));
    });
    const id = phrase ? pack.adjectives.get(phrase)! : adjectiveEntity(pack, t.norm);
    if (!id) continue;
    const entry = gaz.byId.get(id);
    if (!entry) continue;
    const last = phrase ? k + phrase.split(' ').length - 1 : k;
    add(scan, k, last, { type: entry.type, via: 'adjective', gazId: id, role: null, strength: 0.7 });
    k = last;
  }
}
