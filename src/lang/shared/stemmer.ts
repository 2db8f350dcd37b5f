/**
 * Snowball stemmers wrapped as plain functions with a small memo. The Snowball
 * German stemmer folds umlauts and ß ("präsidenten" → "prasident"); stems are
 * deterministic but not always idempotent ("regierung" → "regier" → "regi"),
 * so callers must stem surface words, never stems.
 *
 * The `snowball-stemmers` package is one 870 kB CommonJS file. It is loaded
 * with `require` (importing it as ESM makes Node scan the whole file for named
 * exports, several times slower) and only on the first call, so loading a
 * language pack stays cheap.
 */
import { createRequire } from 'node:module';

interface SnowballStemmer {
  stem(word: string): string;
}

interface Snowball {
  newStemmer(algorithm: string): SnowballStemmer;
}

const nodeRequire = createRequire(import.meta.url);
let snowball: Snowball | null = null;

function loadSnowball(): Snowball {
  snowball ??= nodeRequire('snowball-stemmers') as Snowball;
  return snowball;
}

const MAX_CACHE = 50_000;

/** A stemming function for one Snowball algorithm ("german", "english"). */
export function makeStemmer(algorithm: string): (word: string) => string {
  let stemmer: SnowballStemmer | null = null;
  return memoised((word) => {
    stemmer ??= loadSnowball().newStemmer(algorithm);
    return stemmer.stem(word);
  });
}

/** A stemming function with a bounded memo (news vocabulary repeats). */
export function memoised(stem: (word: string) => string): (word: string) => string {
  let cache = new Map<string, string>();
  return (word: string): string => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const s = stem(word);
    if (cache.size >= MAX_CACHE) cache = new Map();
    cache.set(word, s);
    return s;
  };
}
