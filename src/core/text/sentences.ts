import type { Span } from '../model/analysis.js';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    let locale = 'en';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([language]).length ? language : 'en';
    } catch {
      locale = 'en';
    }
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

const MONTH_OR_LOWER = /^\s*(?:[a-zäöüß]|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)/i;

/**
 * Sentence spans inside one paragraph (offsets relative to `text`).
 * Intl.Segmenter is quadratic on long inputs, so callers pass one paragraph at a
 * time. It also splits after abbreviations and ordinals ("z. B.", "13. September"),
 * which the merge pass below repairs using the language's abbreviation list.
 */
export function sentenceSpans(text: string, start: number, end: number, language: string, abbreviations: ReadonlySet<string>): Span[] {
  const raw: Span[] = [];
  const para = text.slice(start, end);
  for (const seg of segmenterFor(language).segment(para)) {
    let s = start + seg.index;
    let e = s + seg.segment.length;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) raw.push({ start: s, end: e });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, span, abbreviations)) {
      prev.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** Whitespace as `\s` matches it, without a regular expression per character. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const WORD_OR_DOT = /[\p{L}\p{N}.]/u;

/**
 * The word before the final dot of `text[start, end)` ("z. B." → "B", "Dr." → "Dr",
 * "U.S." → "U.S"), found by scanning back from the end: an end-anchored regular
 * expression would rescan the whole, ever longer sentence from every position.
 */
function lastWordBeforeDot(text: string, start: number, end: number): string {
  let i = end - 1;
  while (i > start && WORD_OR_DOT.test(text[i - 1]!)) i--;
  return text.slice(i, end - 1);
}

function shouldJoin(text: string, prevSpan: Span, nextSpan: Span, abbreviations: ReadonlySet<string>): boolean {
  if (text.charCodeAt(prevSpan.end - 1) !== 46) return false;
  const lastWord = lastWordBeforeDot(text, prevSpan.start, prevSpan.end);
  if (lastWord === '') return false;
  const next = text.slice(nextSpan.start, Math.min(nextSpan.end, nextSpan.start + 8));
  // A single letter ("z. B.", "J. Smith") is an initial or part of an abbreviation.
  if (/^\p{L}$/u.test(lastWord)) return true;
  if (abbreviations.has(lastWord.toLowerCase()) || abbreviations.has(lastWord.toLowerCase().replace(/\.$/, ''))) return true;
  // Dotted abbreviations such as "U.S." or "z.B.".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(lastWord)) return true;
  // An ordinal ("13.") followed by a month or a lower-case word continues the sentence.
  if (/^\d{1,2}$/.test(lastWord) && MONTH_OR_LOWER.test(next)) return true;
  // The next piece starts in lower case: the break was not a sentence end.
  if (/^[\p{Ll}]/u.test(next)) return true;
  return false;
}
