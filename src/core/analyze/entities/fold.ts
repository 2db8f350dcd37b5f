/**
 * Folds a name to a key that German and English spellings and common
 * transliterations of the same name share: "Wladimir" and "Vladimir",
 * "Peskow" and "Peskov", "Schoigu" and "Shoigu", "Selenskyj" and "Zelensky",
 * "Dmitri" and "Dmitry". Over-folding is cheap here: keys are compared only
 * between names already found as entities.
 */
const foldCache = new Map<string, string>();

export function foldName(name: string): string {
  const hit = foldCache.get(name);
  if (hit !== undefined) return hit;
  // One pass can create a pattern an earlier rewrite looks for ("zch" -> "sch"),
  // so fold until nothing changes: keys must be stable when folded again.
  let folded = fold(name);
  // Most keys are plain and settled at once; a second pass would return them unchanged.
  if (!isSettled(folded)) for (let next = fold(folded); next !== folded; next = fold(folded)) folded = next;
  if (foldCache.size > 100_000) foldCache.clear();
  foldCache.set(name, folded);
  return folded;
}

/** The spelling rewrites, applied in this order. */
interface Rewrite {
  /** A substring that must occur for the rewrite to change anything. */
  pattern: string;
  apply: (s: string) => string;
}

const rewrite = (pattern: string, apply: (s: string) => string): Rewrite => ({ pattern, apply });

const REWRITES: readonly Rewrite[] = [
  rewrite('sch', (s) => s.replace(/tsch/g, 'ch').replace(/sch/g, 'sh')),
  rewrite('ck', (s) => s.replace(/ck/g, 'k')),
  rewrite('ph', (s) => s.replace(/ph/g, 'f')),
  rewrite('kh', (s) => s.replace(/kh/g, 'h')),
  rewrite('w', (s) => s.replace(/w/g, 'v')),
  rewrite('j', (s) => s.replace(/j/g, 'y')),
  rewrite('z', (s) => s.replace(/z/g, 's')),
  rewrite('ou', (s) => s.replace(/ou/g, 'u')),
  rewrite('y', (s) => s.replace(/y/g, 'i')),
  rewrite('ov', (s) => s.replace(/ov\b/g, 'of')),
  rewrite('ev', (s) => s.replace(/ev\b/g, 'ef')),
];

/**
 * A key `fold` returns unchanged: only a-z, 0-9 and single inner spaces, no
 * repeated letter, no rewrite pattern. (Then no step of `fold` changes it.)
 */
function isSettled(s: string): boolean {
  let last = 32;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32)) return false;
    // A leading or doubled space, or a repeated letter (digits may repeat).
    if (c === last && (c === 32 || c >= 97)) return false;
    last = c;
  }
  if (last === 32) return false;
  // An indexed loop: this and `fold` run for every new capitalised word.
  for (let r = 0; r < REWRITES.length; r++) if (s.includes(REWRITES[r]!.pattern)) return false;
  return true;
}

function fold(name: string): string {
  let s = name.toLowerCase();
  if (s.includes('ß')) s = s.replace(/ß/g, 'ss');
  // Only non-ASCII text has marks to strip.
  if (hasNonAscii(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '');
  // Most names are plain ASCII by now: character loops instead of Unicode regexes.
  const ascii = !hasNonAscii(s);
  s = ascii ? asciiSymbolsToSpace(s) : s.replace(/[^\p{L}\p{N} ]+/gu, ' ');
  // Each rewrite runs only when its pattern occurs (most names hit few of them).
  for (let r = 0; r < REWRITES.length; r++) if (s.includes(REWRITES[r]!.pattern)) s = REWRITES[r]!.apply(s);
  if (!ascii) {
    return s
      .replace(/(\p{L})\1+/gu, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  }
  // Only letters, digits and spaces are left: squeeze repeated letters and spaces.
  return squeezeAscii(s);
}

/** ASCII text: every run of characters other than a-z, 0-9 and space becomes one space (the Unicode regex's job). */
function asciiSymbolsToSpace(s: string): string {
  let i = 0;
  while (i < s.length && isAsciiWordOrSpace(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  while (i < s.length) {
    if (isAsciiWordOrSpace(s.charCodeAt(i))) out += s[i++];
    else {
      out += ' ';
      while (i < s.length && !isAsciiWordOrSpace(s.charCodeAt(i))) i++;
    }
  }
  return out;
}

function isAsciiWordOrSpace(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || (c >= 65 && c <= 90);
}

/**
 * Lower-case ASCII letters, digits and spaces: a repeated letter becomes one, runs
 * of spaces one space, no space at either end (as the regexes for any text do).
 */
function squeezeAscii(s: string): string {
  if (isSqueezed(s)) return s;
  let out = '';
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === last && (c === 32 || isAsciiLetter(c))) continue;
    if (c === 32 && out.length === 0) continue;
    out += s[i];
    last = c;
  }
  return last === 32 ? out.slice(0, -1) : out;
}

/** Nothing for `squeezeAscii` to do (the common case: no copy needed). */
function isSqueezed(s: string): boolean {
  let last = 32;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === last && (c === 32 || isAsciiLetter(c))) return false;
    last = c;
  }
  return last !== 32 || s.length === 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/** Strips a genitive ending ("Kims", "Putins", "Russia's") from a single name token. */
export function stripGenitive(token: string): string {
  // Character tests, not regular expressions: this runs for most capitalised tokens.
  const last = token.charCodeAt(token.length - 1);
  if (last === 115 /* s */ && isApostrophe(token.charCodeAt(token.length - 2))) return token.slice(0, -2);
  if (isApostrophe(last)) return token.slice(0, -1);
  return token;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
