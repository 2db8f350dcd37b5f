import type { Span } from '../../model/analysis.js';

export interface QuoteSpan {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** The content between the marks. */
  inner: Span;
}

/**
 * Outermost quotations in `text[start, end)`, using the language's paired marks.
 * Symmetric marks (") pair in order; a quote never runs past the paragraph, and
 * an opening mark left unclosed is ignored. Apostrophe-like marks (‚ ‘ ’ ') only
 * count when nested inside a quotation, so "O'Brien" and "Kims’" stay words.
 */
export function findQuoteSpans(text: string, start: number, end: number, pairs: ReadonlyMap<string, string>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const closers = closersOf(pairs);
  const openers = openersOf(pairs);
  let i = start;
  while (i < end) {
    // Jump to the next character that can open a quotation.
    openers.lastIndex = i;
    const next = openers.exec(text);
    if (!next || next.index >= end) break;
    i = next.index;
    const ch = text[i]!;
    // ”…” opening a paragraph: a closing mark typed as the opening one (reader comments, letters).
    // (Or after a space before words or an ellipsis, where no quote can close: "said. ” … what I learned …,” he said.")
    const stray = !pairs.has(ch) && closers.has(ch) && (paragraphStart(text, i, start) || strayOpener(text, i, start));
    const closeMark = pairs.get(ch) ?? (stray ? ch : undefined);
    if (closeMark === undefined || ch === '‚' || ch === "'" || ch === '‘' || !(opensHere(text, i, start) || stray)) {
      i++;
      continue;
    }
    let j = i + 1;
    let depth = 0;
    let found = -1;
    while (j < end) {
      const c = text[j]!;
      if (c === closeMark && depth === 0 && (closeMark !== '"' || closesHere(text, j, end))) {
        found = j;
        break;
      }
      // (A nested quote with the same closing mark: “… “hell” …”.)
      if (c === closeMark && depth > 0 && closeMark !== '"') {
        depth--;
        j++;
        continue;
      }
      if (c !== closeMark && pairs.has(c) && c !== '"' && c !== "'" && c !== '‘' && c !== '‚' && opensHere(text, j, start)) depth++;
      // (An apostrophe inside a word, "you’re", closes nothing.)
      else if (depth > 0 && closers.has(c) && c !== closeMark && !(/[’']/.test(c) && /\p{L}/u.test(text[j - 1] ?? '') && /\p{L}/u.test(text[j + 1] ?? ''))) depth--;
      j++;
    }
    // „…” or „…": a low opening mark closed by the wrong high mark, when its own never comes.
    if (found < 0 && ch === '„') found = fallbackClose(text, i + 1, end);
    if (found < 0) {
      i++;
      continue;
    }
    const inner = trim(text, i + 1, found);
    if (inner.end > inner.start) out.push({ open: i, close: found, inner });
    i = found + 1;
  }
  return out;
}

const closerSets = new WeakMap<ReadonlyMap<string, string>, Set<string>>();

/** The closing marks of a language's pairs, built once per pack. */
function closersOf(pairs: ReadonlyMap<string, string>): Set<string> {
  let set = closerSets.get(pairs);
  if (!set) closerSets.set(pairs, (set = new Set(pairs.values())));
  return set;
}

const openerPatterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();

/** A sticky-free global pattern of the marks that open a top-level quotation (apostrophe-like marks only nest). */
function openersOf(pairs: ReadonlyMap<string, string>): RegExp {
  let re = openerPatterns.get(pairs);
  if (!re) {
    // (Closing marks too: one may open a paragraph's quote, see findQuoteSpans.)
    const marks = [...new Set([...pairs.keys(), ...pairs.values()])].filter((c) => c !== '‚' && c !== "'" && c !== '‘' && c !== '’');
    re = new RegExp(`[${marks.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
    openerPatterns.set(pairs, re);
  }
  return re;
}

/** A closing mark after a space, before a word or " …": it can close nothing there, so it opens. */
function strayOpener(text: string, i: number, start: number): boolean {
  if (i <= start || !/\s/.test(text[i - 1]!)) return false;
  const after = text.slice(i + 1, i + 3);
  return /^\p{L}/u.test(after) || /^\s…/.test(after);
}

/** Offset `i` opens a paragraph: only spaces since the text start or the last line break. */
function paragraphStart(text: string, i: number, start: number): boolean {
  let k = i - 1;
  while (k >= start && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < start || text[k] === '\n';
}

/** An opening mark stands before a word: after start, space or an opening bracket. */
function opensHere(text: string, i: number, start: number): boolean {
  const prev = i > start ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? ' ';
  return /[\s([{\-–—:/]/.test(prev) || i === start ? !/\s/.test(next) : false;
}

function closesHere(text: string, j: number, end: number): boolean {
  const next = j + 1 < end ? text[j + 1]! : ' ';
  return !/[\p{L}\p{N}]/u.test(next);
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && (/\s/.test(text[s]!) || text[s] === FILLER)) s++;
  while (e > s && (/\s/.test(text[e - 1]!) || text[e - 1] === FILLER)) e--;
  return { start: s, end: e };
}

/** Stands in for the second apostrophe of a doubled one: neither space nor letter, so the mark before it opens before a word and closes after one. */
const FILLER = '\u2060';

/**
 * The text with each doubled apostrophe ('') written as a straight quote mark
 * and a filler character, so offsets stay the same: ''Yes,'' he said → "⁠Yes,"⁠ he said.
 */
export function doubledApostrophesAsQuotes(text: string): string {
  return text.replace(/''/g, `"${FILLER}`);
}

/**
 * The first ” or " after a „ that no “ closes, within the paragraph and before
 * the next „ (a mixed-up pair „…” or „…"); -1 when none.
 */
function fallbackClose(text: string, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const c = text[j]!;
    if (c === '„') return -1;
    if ((c === '”' || c === '"') && closesHere(text, j, end)) return j;
  }
  return -1;
}
