/**
 * Concept keys from a pack's near-synonym table (src/lang/<code>/synonyms.json,
 * made by `npm run build:lexicon`): words that state the same thing get a
 * shared key ("streik", "ausstand", "arbeitsniederlegung" → "de:syn:…";
 * "beobachten", "beobachtung" → "de:nom:beobachten").
 *
 * The table is read on the first look-up, not when the pack is loaded. Its
 * words are found by their stem (with the pack's own stemmer), so inflected
 * forms in text find them ("Streiks" → "streik", "resigned" → "resign"); a
 * look-up costs a Map get or two and allocates nothing.
 */
import { readFileSync } from 'node:fs';

/** The shape of a synonyms.json file. */
export interface SynonymTable {
  about: string;
  source: string;
  /** SPDX-style licence of the table (it is derived from the source). */
  license: string;
  /** The copyright notice the source's licence asks to keep with every copy, and what was changed. */
  notice: string;
  /** The full licence text, so that every copy of the table carries it. */
  licenseText: string;
  /** Synonym groups, each lower-case words separated by spaces; a group's id is its index. */
  groups: string[];
  /** "noun verb": a lower-case event noun and the verb it names the act of ("beobachtung beobachten"). */
  nominalisations: string[];
}

/** A word → concept keys function, as `LanguagePack.concepts`. */
export type ConceptLookup = (stem: string, norm: string) => readonly string[];

const NONE: readonly string[] = Object.freeze([]);

/** For packs without a table: no concepts for any word. */
export const noConcepts: ConceptLookup = () => NONE;

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * Reads and checks a synonyms.json file. Throws on a missing or malformed file:
 * a shipped table that does not load is a packaging bug, not a quiet fallback.
 */
export function readSynonymTable(url: URL): SynonymTable {
  const raw = JSON.parse(readFileSync(url, 'utf8')) as Partial<SynonymTable>;
  if (!isStrings(raw.groups) || !isStrings(raw.nominalisations)) {
    throw new Error(`${url.pathname}: not a synonym table (no "groups" or "nominalisations" list)`);
  }
  return raw as SynonymTable;
}

/**
 * Word form → its concept keys: "<code>:syn:<group id>" in group order, then
 * "<code>:nom:<verb>". Lists are frozen; words with one key share one list.
 */
export function conceptsByForm(code: string, table: SynonymTable): Map<string, readonly string[]> {
  const single = table.groups.map((_, id) => Object.freeze([`${code}:syn:${id}`]));
  const out = new Map<string, readonly string[]>();
  table.groups.forEach((g, id) => {
    for (const w of g.split(' ')) {
      const before = out.get(w);
      out.set(w, before === undefined ? single[id]! : [...before, single[id]![0]!]);
    }
  });
  for (const pair of table.nominalisations) {
    const [noun, verb] = pair.split(' ');
    if (!noun || !verb) continue;
    const concept = `${code}:nom:${verb}`;
    for (const w of [noun, verb]) {
      const before = out.get(w) ?? [];
      if (!before.includes(concept)) out.set(w, [...before, concept]);
    }
  }
  for (const [w, list] of out) if (!Object.isFrozen(list)) out.set(w, Object.freeze(list));
  return out;
}

/**
 * The first two letters a word's stem starts with, as the pack's stemmer writes
 * them: the word's own, with `fold` applied (German: "ä" → "a", "ß" → "ss").
 * Stemmers only cut and rewrite word endings, so a stem and its words share
 * this prefix; `synonyms.test.ts` checks it for every word of each table.
 */
export const stemPrefix = (word: string, fold: (w: string) => string): string => fold(word.slice(0, 3)).slice(0, 2);

/**
 * A lazy `concepts` function for a pack. On the first call it reads the table
 * at `url`; then `concepts(stem, norm)` gives the keys of every table word with
 * that stem, else the keys of the table word `norm` itself (for a caller whose
 * stem is not the pack's), else nothing. Table words are stemmed only when a
 * stem with their first two letters is first asked for (`makeStem` gives a
 * stemming function made for the occasion, so the pack's memo is not filled
 * with the table's words): stemming all of them up front would cost the English
 * Snowball stemmer a good part of a second. After that a look-up is a Map get.
 */
export function lazyConcepts(code: string, url: URL, makeStem: () => (word: string) => string, fold: (w: string) => string = (w) => w): ConceptLookup {
  let byForm: Map<string, readonly string[]> | null = null;
  /** Table words not yet stemmed, by stem prefix. */
  const pending = new Map<string, string[]>();
  const byStem = new Map<string, readonly string[]>();
  let stemOf: ((word: string) => string) | null = null;

  const load = (): Map<string, readonly string[]> => {
    const forms = conceptsByForm(code, readSynonymTable(url));
    for (const word of forms.keys()) {
      const p = stemPrefix(word, fold);
      const list = pending.get(p);
      if (list) list.push(word);
      else pending.set(p, [word]);
    }
    stemOf = makeStem();
    return forms;
  };

  const stemBucket = (forms: Map<string, readonly string[]>, prefix: string) => {
    const words = pending.get(prefix);
    if (words === undefined) return;
    pending.delete(prefix);
    for (const word of words) {
      const own = forms.get(word)!;
      const s = stemOf!(word);
      const before = byStem.get(s);
      // Most stems have one word: they share its list.
      byStem.set(s, before === undefined ? own : Object.freeze([...new Set([...before, ...own])]));
    }
    if (pending.size === 0) stemOf = null; // all stemmed: let the stemmer and its memo go
  };

  return (stem: string, norm: string): readonly string[] => {
    byForm ??= load();
    if (pending.size > 0) stemBucket(byForm, stem.slice(0, 2));
    return byStem.get(stem) ?? byForm.get(norm) ?? NONE;
  };
}
