/**
 * Concept keys from a pack's near-synonym table (src/lang/<code>/synonyms.json,
 * made by `npm run build:lexicon`): words that state the same thing get a
 * shared key ("streik", "ausstand", "arbeitsniederlegung" → "de:syn:…";
 * "beobachten", "beobachtung" → "de:nom:beobachten").
 *
 * The table is read and turned into a Map on the first look-up, not when the
 * pack is loaded. Every word of the table is indexed under its stem (with the
 * pack's own stemmer), so inflected forms in text find it ("Streiks" → "streik",
 * "resigned" → "resign"); a look-up costs one Map get and allocates nothing.
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

/** Lower-case word form → its synonym group ids (the table's groups inverted). */
export function groupIds(table: SynonymTable): Map<string, number[]> {
  const out = new Map<string, number[]>();
  table.groups.forEach((g, id) => {
    for (const w of g.split(' ')) {
      const ids = out.get(w);
      if (ids) ids.push(id);
      else out.set(w, [id]);
    }
  });
  return out;
}

/** Key → concept keys of the table's words, keyed by `key(word)` (a stem, or the word itself); lists sorted and frozen. */
export function conceptIndex(code: string, table: SynonymTable, key: (word: string) => string): Map<string, readonly string[]> {
  const keys = new Map<string, Set<string>>();
  const add = (word: string, concept: string) => {
    const k = key(word);
    let set = keys.get(k);
    if (!set) keys.set(k, (set = new Set()));
    set.add(concept);
  };
  for (const [word, ids] of groupIds(table)) for (const id of ids) add(word, `${code}:syn:${id}`);
  for (const pair of table.nominalisations) {
    const [noun, verb] = pair.split(' ');
    if (!noun || !verb) continue;
    const concept = `${code}:nom:${verb}`;
    add(noun, concept);
    add(verb, concept);
  }
  const index = new Map<string, readonly string[]>();
  for (const [k, set] of keys) index.set(k, Object.freeze([...set].sort()));
  return index;
}

/**
 * A lazy `concepts` function for a pack: on the first call it reads the table
 * at `url` and indexes its words by their stems (`makeStem` gives the pack's
 * stemming function; one made for the occasion, so the pack's memo is not
 * filled with the table's words). Then `concepts(stem, norm)` gives the keys of
 * every table word with that stem; when there are none, the keys of the table
 * word `norm` itself (for a caller whose stem is not the pack's); else nothing.
 */
export function lazyConcepts(code: string, url: URL, makeStem: () => (word: string) => string): ConceptLookup {
  let byStem: Map<string, readonly string[]> | null = null;
  let byForm: Map<string, readonly string[]> | null = null;
  return (stem: string, norm: string): readonly string[] => {
    if (byStem === null || byForm === null) {
      const table = readSynonymTable(url);
      byStem = conceptIndex(code, table, makeStem());
      byForm = conceptIndex(code, table, (w) => w);
    }
    return byStem.get(stem) ?? byForm.get(norm) ?? NONE;
  };
}
