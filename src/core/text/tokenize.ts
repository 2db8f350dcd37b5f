import type { Token } from '../model/analysis.js';

/**
 * Words keep inner hyphens, apostrophes and dots of abbreviations ("Kreml-Sprecher",
 * "O'Brien", "U.S."); numbers keep thousands separators and decimals ("1.000", "3,5",
 * "2.5"); every other non-space character is a punctuation token.
 */
const TOKEN_RE =
  /(\d+(?:[.,:]\d+)*(?:-\p{L}+)*)|((?:\p{L}\.){2,})|(\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;

export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: Token['kind'];
}

/** Tokens of `text[start, end)` with absolute offsets. */
export function tokenize(text: string, start: number, end: number): RawToken[] {
  return tokenizeInto(text, start, end, (t, s, e, kind) => ({ text: t, start: s, end: e, kind }));
}

/**
 * The same tokens, each built by `make` (text, absolute start and end, kind): the
 * analysis builds its full tokens directly, without an intermediate array.
 */
export function tokenizeInto<T>(text: string, start: number, end: number, make: (text: string, start: number, end: number, kind: Token['kind']) => T): T[] {
  const out: T[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const kind: Token['kind'] = m[1] !== undefined ? 'number' : m[4] !== undefined ? 'punct' : 'word';
    const s = start + m.index;
    out.push(make(m[0], s, s + m[0].length, kind));
  }
  return out;
}

/**
 * Index of the first token starting exactly at `offset`, -1 when none does: a binary
 * search, as a sentence's tokens are in text order and do not overlap (a scan per
 * mention grew with the square of a long sentence's length).
 */
export function tokenStartingAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : -1;
}

/** Index of the first token ending exactly at `offset`, -1 when none does (ends ascend as starts do). */
export function tokenEndingAt(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.end === offset ? lo : -1;
}
