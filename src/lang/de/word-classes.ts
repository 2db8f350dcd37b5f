/**
 * Word classes the German entity tagger uses as features, from the pack's own
 * lists (not from the training data): given names, single-word names of places
 * and organisations in the gazetteer, country adjectives and demonyms, and
 * capitalised common nouns. Lower-case word → bit set (see WORD_CLASS in
 * src/core/ner/features.ts).
 */
import { WORD_CLASS } from '../../core/ner/features.js';
import { FIRST_NAMES } from '../shared/first-names.js';
import { gazetteerFor } from '../shared/gazetteer.js';
import { adjectiveId } from '../shared/adjectives.js';
import { german } from './index.js';
import { SURNAMES } from '../shared/surnames.js';
import { MORE_NOUNS } from './nouns.js';
import { ORGANIZATION_WORDS, PLACE_WORDS } from './name-words.js';
import { minOf } from '../../core/collections.js';

let classes: ((word: string) => number) | null = null;

/** The class bits of a lower-case German word (0 when it is in no list). */
export function germanWordClasses(): (word: string) => number {
  if (classes) return classes;
  const map = new Map<string, number>();
  const add = (w: string, bit: number) => map.set(w, (map.get(w) ?? 0) | bit);
  for (const n of FIRST_NAMES) add(n, WORD_CLASS.givenName);
  for (const e of gazetteerFor('de')) {
    const bit = e.type === 'organization' ? WORD_CLASS.organization : WORD_CLASS.place;
    for (const alias of [e.name, ...e.aliases]) {
      const words = alias.toLowerCase().split(/\s+/);
      if (words.length === 1) add(words[0]!, bit);
      else for (const w of words) if (w.length > 3) add(w, WORD_CLASS.namePart);
    }
  }
  for (const w of german.commonCapitalized) add(w, WORD_CLASS.commonNoun);
  for (const w of MORE_NOUNS) add(w, WORD_CLASS.commonNoun);
  for (const w of SURNAMES) add(w, WORD_CLASS.surname);
  for (const w of ORGANIZATION_WORDS) add(w, WORD_CLASS.organizationWord);
  for (const w of PLACE_WORDS) add(w, WORD_CLASS.placeWord);
  // Only words that start like some adjective stem are looked up (the lookup is slow).
  const stems = [...german.adjectives.keys()];
  const starts = new Set(stems.map((stem) => stem.slice(0, 4)));
  const shortest = Math.min(4, minOf(stems.map((stem) => stem.length)));
  const mayBeAdjective = (w: string): boolean => {
    for (let k = shortest; k <= 4; k++) if (starts.has(w.slice(0, k))) return true;
    return false;
  };
  const memo = new Map<string, number>();
  classes = (word) => {
    let c = memo.get(word);
    if (c === undefined) {
      c = map.get(word) ?? 0;
      if (mayBeAdjective(word) && adjectiveId(german, word) !== null) c |= WORD_CLASS.adjective;
      if (memo.size > 200_000) memo.clear();
      memo.set(word, c);
    }
    return c;
  };
  return classes;
}
