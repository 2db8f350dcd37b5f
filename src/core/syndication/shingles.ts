/**
 * Word shingles: every run of k consecutive words, hashed to 32 bits. Two
 * copies of one wire text share most of their shingles even after an outlet
 * edits a sentence, adds an intro or cuts the end; two texts written
 * separately about the same event share almost none.
 */

/** Words as the shingles see them: NFKC, lower case, letters and digits only (punctuation and markup differences vanish). */
export function shingleWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}]+|\p{N}+/gu) ?? [];
}

/** FNV-1a over UTF-16 code units. */
function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads every input bit over the output. A bijection on 32 bits. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The distinct hashes of the k-word shingles of `text` (one shingle for a text shorter than k words). */
export function shingleHashes(text: string, k: number): Uint32Array {
  const words = shingleWords(text).map(hashWord);
  if (words.length === 0) return new Uint32Array(0);
  const out = new Set<number>();
  const last = Math.max(0, words.length - k);
  for (let i = 0; i <= last; i++) {
    let h = 0x9747b28c;
    for (let j = i; j < Math.min(words.length, i + k); j++) h = fmix32(Math.imul(h ^ words[j]!, 0x5bd1e995) + j - i);
    out.add(h);
  }
  return Uint32Array.from(out);
}
