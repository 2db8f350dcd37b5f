import type { AliasValidity, GazetteerEntry, LanguagePack } from '../../lang/pack.js';

export interface GazetteerIndex {
  /** Lower-cased alias (tokens joined by one space) → entries. */
  byAlias: Map<string, GazetteerEntry[]>;
  /** Aliases written in capitals ("USA", "DVRK") must match exactly, so "us" is not "US". */
  caseSensitive: Set<string>;
  byId: Map<string, GazetteerEntry>;
  maxTokens: number;
  /** For each alias's first word, the token lengths of the aliases that start with it (longest first). */
  lengthsByFirst: Map<string, number[]>;
  /** Multi-word adjective keys ("north korean") by their first word. */
  adjectivePhrases: Map<string, string[]>;
  /** Aliases that name their entry only for a time, by entry id and alias key ("org:meta facebook"). */
  validity: Map<string, AliasValidity>;
  /** Alias keys of which some entry is dated: only their entries need the date test. */
  dated: Set<string>;
}

/**
 * Whether the alias (its key) names the entry in an article published on `date`
 * (YYYY-MM-DD). Without a date, an alias valid until some day is taken as past,
 * one valid from some day as current.
 */
export function aliasValidOn(gaz: GazetteerIndex, entry: GazetteerEntry, key: string, date: string | null): boolean {
  if (!entry.validity) return true;
  const v = gaz.validity.get(`${entry.id} ${key}`);
  if (!v) return true;
  if (date === null) return v.until === undefined;
  return (v.from === undefined || v.from <= date) && (v.until === undefined || date < v.until);
}

const cache = new WeakMap<LanguagePack, GazetteerIndex>();

/** Splits an alias the way the tokenizer splits text, so both meet on the same keys. */
export function aliasKey(alias: string): string {
  return alias
    .toLowerCase()
    .match(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)!
    .join(' ');
}

export function gazetteerIndex(pack: LanguagePack): GazetteerIndex {
  const hit = cache.get(pack);
  if (hit) return hit;
  const byAlias = new Map<string, GazetteerEntry[]>();
  const caseSensitive = new Set<string>();
  const byId = new Map<string, GazetteerEntry>();
  const validity = new Map<string, AliasValidity>();
  const dated = new Set<string>();
  let maxTokens = 1;
  const lengthsByFirst = new Map<string, number[]>();
  for (const entry of pack.gazetteer) {
    byId.set(entry.id, entry);
    for (const alias of new Set([entry.name, ...entry.aliases])) {
      if (!alias.trim()) continue;
      const key = aliasKey(alias);
      const valid = entry.validity?.[alias];
      if (valid) {
        validity.set(`${entry.id} ${key}`, valid);
        dated.add(key);
      }
      const list = byAlias.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byAlias.set(key, list);
      if (/^[\p{Lu}\p{N}.-]{2,}$/u.test(alias)) caseSensitive.add(alias);
      const words = key.split(' ');
      maxTokens = Math.max(maxTokens, words.length);
      for (const first of [words[0]!, `${words[0]!}s`]) {
        const lengths = lengthsByFirst.get(first) ?? [];
        if (!lengths.includes(words.length)) lengths.push(words.length);
        lengthsByFirst.set(first, lengths);
      }
    }
  }
  const adjectivePhrases = new Map<string, string[]>();
  for (const key of pack.adjectives.keys()) {
    const words = key.split(' ');
    if (words.length > 1) {
      const list = adjectivePhrases.get(words[0]!) ?? [];
      list.push(key);
      adjectivePhrases.set(words[0]!, list);
    }
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  const index = { byAlias, caseSensitive, byId, maxTokens, lengthsByFirst, adjectivePhrases, validity, dated };
  cache.set(pack, index);
  return index;
}

/** Longest adjective stem that the lower-cased word starts with ("nordkoreanischen" → "nordkoreanisch"). */
const adjectiveCache = new WeakMap<LanguagePack, Map<string, string | null>>();

export function adjectiveEntity(pack: LanguagePack, word: string): string | null {
  let cache = adjectiveCache.get(pack);
  if (!cache) adjectiveCache.set(pack, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const id = findAdjective(pack, word);
  if (cache.size > 100_000) cache.clear();
  cache.set(word, id);
  return id;
}

function findAdjective(pack: LanguagePack, word: string): string | null {
  const w = word.toLowerCase();
  // The stem must cover the word but for an inflection ending ("-en", "-ischen"
  // is covered by "…isch"), so "deutsch" never claims a longer compound.
  for (let len = w.length; len >= Math.max(4, w.length - 4); len--) {
    const id = pack.adjectives.get(w.slice(0, len));
    if (id) return id;
  }
  return null;
}
