/**
 * Which capitals are a name's and which only the typography's. English writes
 * headlines in title case ("Mueller Shows Link Between Trump And Stone") and
 * capitalises every sentence's first word ("Leaving the court, …"): read as
 * written, such words become people. The article itself tells them apart: a
 * word the body writes capitalised inside a sentence is a name; one it writes
 * in lower case, or never uses, is not.
 *
 * Only for packs with `nameEvidence` (languages that capitalise nouns have no
 * such signal). One pass over the article's tokens; every test is a set look-up.
 */
import type { Sentence, Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import { stripGenitive } from './fold.js';

/** What the article's ordinary sentences say about its capitalised words. */
export interface CasingEvidence {
  /** Lower-cased forms (and genitive-stripped forms) written capitalised inside a sentence. */
  capitalInside: Set<string>;
  /** Lower-cased forms written in lower case somewhere. */
  lowerUse: Set<string>;
  /** Two capitalised words written side by side ("roger stone"), lower case, one space between. */
  capitalPairs: Set<string>;
  /** Sentences read in title case: every word capitalised, so capitals say nothing. */
  titleCase: Set<number>;
}

/** The tokens recognition reads for a sentence, and where a run of capitalised words must end. */
export interface ReadSentence {
  tokens: readonly Token[];
  /** Token indices before which a run of capitalised words breaks ("Bachmann | Newsweek Cover …"); null when none. */
  breaks: ReadonlySet<number> | null;
}

/** Quote marks and dashes after which a word starts a sentence of its own ("He said: “Leaving …”"). */
const OPENERS = new Set(['"', '“', '„', '«', '»', "'", '‘', '‚', '(', ':', '–', '—']);

/** Whether token `k` starts its sentence or a quoted sentence inside it. */
export function sentenceInitial(toks: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= 0; b--) {
    const t = toks[b]!;
    if (t.kind !== 'punct') return false;
    if (OPENERS.has(t.text)) return true;
  }
  return true;
}

/** Two to six capital letters, or letters with periods ("NSA", "N.R.A."): an acronym keeps its capitals anywhere. */
export function acronymLike(text: string): boolean {
  // Most words fail on their second letter, before the regex.
  const second = text.charAt(1);
  if (text.length < 2 || text.length > 12 || (second === second.toLowerCase() && second !== '.')) return false;
  return /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u.test(text);
}

/** Whether the pack says the word is never a name; only a word with an apostrophe can be one of its contractions. */
function notName(pack: LanguagePack, norm: string): boolean {
  return (norm.includes("'") || norm.includes('’')) && pack.nameEvidence!.notName.test(norm);
}

/**
 * A line of words mostly capitalised: at least two words of four letters or
 * more after the first, three in four of them capitalised.
 */
function isTitleCase(s: Sentence): boolean {
  let long = 0;
  let capital = 0;
  let first = true;
  for (const t of s.tokens) {
    if (t.kind !== 'word') continue;
    if (first) {
      first = false;
      continue;
    }
    if (t.text.length < 4) continue;
    long++;
    // "iPod" counts as capitalised: its capitals are its own.
    if (t.capitalized || /\p{Lu}/u.test(t.text)) capital++;
  }
  return long >= 2 && capital * 4 >= long * 3;
}

export function casingEvidence(sentences: readonly Sentence[], pack: LanguagePack): CasingEvidence | null {
  const names = pack.nameEvidence;
  if (!names) return null;
  const ev: CasingEvidence = { capitalInside: new Set(), lowerUse: new Set(), capitalPairs: new Set(), titleCase: new Set() };
  if (names.titleCaseHeadlines) for (const s of sentences) if ((s.headline || titleLine(sentences, s)) && isTitleCase(s)) ev.titleCase.add(s.index);
  // Pairs of capitalised words only matter to a title-case line.
  const pairs = ev.titleCase.size > 0;
  for (const s of sentences) {
    if (ev.titleCase.has(s.index)) continue;
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.kind !== 'word') continue;
      if (!t.capitalized) ev.lowerUse.add(t.norm);
      else {
        const prev = toks[k - 1];
        if (pairs && prev?.capitalized === true) ev.capitalPairs.add(`${stripGenitive(prev.norm)} ${stripGenitive(t.norm)}`);
        if (!sentenceInitial(toks, k)) {
          ev.capitalInside.add(t.norm);
          const bare = stripGenitive(t.norm);
          if (bare !== t.norm) ev.capitalInside.add(bare);
        }
      }
    }
  }
  return ev;
}

/**
 * A paragraph of one sentence without a closing stop: a headline repeated in the body,
 * a subheading ("Obama Gun Control Proposals Unveiled, Marking Biggest Effort").
 */
function titleLine(sentences: readonly Sentence[], s: Sentence): boolean {
  if (sentences[s.index - 1]?.paragraph === s.paragraph || sentences[s.index + 1]?.paragraph === s.paragraph) return false;
  return !/[.!?…"”’'»)]\s*$/u.test(s.text);
}

/** Per pack: lower-case word → whether the pack's word table knows it as a common word (cached: news repeats words). */
const knownCache = new WeakMap<LanguagePack, Map<string, boolean>>();

/** Whether the language knows the lower-case word as a common word ("leaving", "computer"; not "mubarak"). */
export function knownWord(pack: LanguagePack, norm: string): boolean {
  let cache = knownCache.get(pack);
  if (!cache) knownCache.set(pack, (cache = new Map()));
  let hit = cache.get(norm);
  if (hit === undefined) {
    hit = pack.concepts(pack.stem(norm), norm).length > 0;
    if (cache.size > 100_000) cache.clear();
    cache.set(norm, hit);
  }
  return hit;
}

/** Whether the article writes this word capitalised inside a sentence. */
export function capitalElsewhere(ev: CasingEvidence, t: Token): boolean {
  return ev.capitalInside.has(t.norm) || ev.capitalInside.has(stripGenitive(t.norm));
}

/** A copy of the token that is read as a lower-case word. */
function lowered(t: Token): Token {
  return { ...t, capitalized: false };
}

/**
 * The tokens recognition reads for one sentence. In a title-case headline only
 * words the body writes capitalised inside a sentence, acronyms and given names
 * before such a word keep their capital. In an ordinary sentence, its first word
 * (and the first word of a quoted sentence) keeps it when the article writes it
 * capitalised elsewhere, when it is a given name, or when it is no word the
 * language knows and never written in lower case ("Hosni Mubarak said …"; not
 * "Leaving the court, …"). Contractions ("I'm", "We've") never are names.
 * Returns the sentence's own tokens when nothing changes.
 */
export function readTokens(s: Sentence, pack: LanguagePack, ev: CasingEvidence): ReadSentence {
  const names = pack.nameEvidence!;
  const toks = s.tokens;
  if (ev.titleCase.has(s.index)) return readTitleCase(toks, pack, ev);
  let out: Token[] | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || !t.capitalized) continue;
    if (notName(pack, t.norm)) {
      (out ??= [...toks])[k] = lowered(t);
      continue;
    }
    if (!sentenceInitial(toks, k) || acronymLike(t.text) || capitalElsewhere(ev, t) || pack.firstNames.has(t.norm)) continue;
    // "Lobbyist Marek Dunst said": a word before a given name that nothing else confirms describes the person.
    const beforeGiven = toks[k + 1]?.capitalized === true && pack.firstNames.has(toks[k + 1]!.norm);
    if (beforeGiven || ev.lowerUse.has(t.norm) || names.initialShapes.test(t.norm) || knownWord(pack, t.norm)) (out ??= [...toks])[k] = lowered(t);
  }
  return { tokens: out ?? toks, breaks: null };
}

/** A title-case line: see `readTokens`. */
function readTitleCase(toks: readonly Token[], pack: LanguagePack, ev: CasingEvidence): ReadSentence {
  let out: Token[] | null = null;
  const keep = toks.map((t) => t.kind === 'word' && t.capitalized && !notName(pack, t.norm) && (acronymLike(t.text) || capitalElsewhere(ev, t)));
  const given = new Set<number>();
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word' || !t.capitalized || keep[k]) continue;
    // A given name before a name the body knows ("Roger Stone" where the body says "Stone").
    if (pack.firstNames.has(t.norm) && keep[k + 1] === true) {
      keep[k] = true;
      given.add(k);
      continue;
    }
    (out ??= [...toks])[k] = lowered(t);
  }
  // Two kept words the body never writes side by side are two names ("Bachmann Newsweek Cover").
  let breaks: Set<number> | null = null;
  for (let k = 1; k < toks.length; k++) {
    if (!keep[k] || !keep[k - 1] || given.has(k - 1)) continue;
    if (ev.capitalPairs.has(`${stripGenitive(toks[k - 1]!.norm)} ${stripGenitive(toks[k]!.norm)}`)) continue;
    (breaks ??= new Set()).add(k);
  }
  return { tokens: out ?? toks, breaks };
}
