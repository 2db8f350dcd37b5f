/**
 * Word shingles: every run of k consecutive words, hashed to 32 bits. Two
 * copies of one wire text share most of their shingles even after an outlet
 * edits a sentence, adds an intro or cuts the end; two texts written
 * separately about the same event share almost none.
 */

const letterCache = new Map<number, boolean>();
const LETTER = /[\p{L}\p{M}]/u;

/** Whether code point `c` belongs to a word (letters, marks; digits are words of their own). Memoised: no Unicode regex per character. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER.test(String.fromCodePoint(c));
    letterCache.set(c, v);
  }
  return v;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Words as the shingles see them: lower case, runs of letters or of digits (punctuation and markup differences vanish). */
export function shingleWords(text: string): string[] {
  const t = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let digits = false;
  for (let i = 0; i < t.length; ) {
    const c = t.codePointAt(i)!;
    const size = c > 0xffff ? 2 : 1;
    const letter = isLetter(c);
    const digit = !letter && isDigit(c);
    if (start >= 0 && (!(letter || digit) || digit !== digits)) {
      out.push(t.slice(start, i));
      start = -1;
    }
    if (start < 0 && (letter || digit)) {
      start = i;
      digits = digit;
    }
    i += size;
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
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

/** The distinct hashes of the k-word shingles of `text` (one shingle for a text shorter than k words), sorted. */
export function shingleHashes(text: string, k: number): Uint32Array {
  const words = shingleWords(text).map(hashWord);
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - k + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    const end = Math.min(words.length, i + k);
    for (let j = i; j < end; j++) {
      h = Math.imul(h ^ words[j]!, 0x5bd1e995);
      h ^= h >>> 15;
    }
    hashes[i] = fmix32(h);
  }
  // Distinct values: sort, then keep each once.
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.slice(0, n);
}
