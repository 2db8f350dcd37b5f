import type { Quantity, Sentence, Span } from '../model/analysis.js';
import type { LanguagePack, QuantityBound } from '../lang/pack.js';
import { spanCover } from '../collections.js';

/** Languages that write "1.000,5" rather than "1,000.5". */
const DECIMAL_COMMA = new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru', 'da', 'sv', 'nb', 'fi', 'cs', 'tr']);

/** Parses a written number in the given language's convention; NaN when it is not one. */
export function parseNumber(raw: string, language: string): number {
  const digits = /^\d+(?:[.,]\d+)*/.exec(raw)?.[0];
  if (!digits) return Number.NaN;
  const thousands = DECIMAL_COMMA.has(language) ? '.' : ',';
  const decimal = thousands === '.' ? ',' : '.';
  // "1.000" in German and "1,000" in English are thousands; a lone group of 1–2 digits after the mark is a decimal.
  const groups = digits.split(thousands);
  let normalised: string;
  if (groups.length > 1 && groups.slice(1).every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g))) {
    normalised = groups.join('');
  } else if (groups.length > 1) {
    normalised = digits.replace(thousands, '.');
  } else {
    normalised = digits;
  }
  normalised = normalised.replace(decimal, '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : Number.NaN;
}

const PERCENT = new Set(['%', 'prozent', 'percent', 'per cent']);

/** Numbers in digits or words, with their scale ("Millionen") and the noun they count. */
export function findQuantities(sentences: readonly Sentence[], pack: LanguagePack, claimed: readonly Span[]): Quantity[] {
  const out: Quantity[] = [];
  // Looked up by binary search: a scan of every date per token was quadratic on long articles.
  const inside = spanCover(claimed);
  for (const sentence of sentences) {
    const toks = sentence.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (inside(t.start)) continue;
      let value: number;
      /** The figure's last token: a Swiss "86’000" spans three. */
      let last = i;
      if (t.kind === 'number') {
        // Swiss thousands: "86’000" comes as "86", "’", "000".
        if (isApostropheGroup(toks, i - 2)) continue;
        let digits = t.text;
        for (; isApostropheGroup(toks, last); last += 2) digits += toks[last + 2]!.text;
        value = parseNumber(digits, pack.code);
        // A match minute in brackets ("Kobel pariert (48.)"): a measure of its own, the minute.
        if (pack.sentenceCues.ordinalPeriod && toks[i - 1]?.text === '(' && toks[i + 1]?.text === '.' && toks[i + 2]?.text === ')') {
          out.push({ sentence: sentence.index, start: t.start, end: toks[i + 1]!.end, value, text: sentenceSlice(sentence, t.start, toks[i + 1]!.end), unit: 'measure:minute', unitText: 'Minute' });
          continue;
        }
        // A number followed by a period inside the sentence is an ordinal ("der 3. Versuch").
        if (toks[i + 1]?.text === '.' && i + 2 < toks.length) continue;
      } else if (t.kind === 'word' && pack.numberWords.has(t.norm)) {
        value = pack.numberWords.get(t.norm)!;
        // "ein", "eine", "one": too often an article to count as a quantity.
        if (value === 1) continue;
      } else {
        continue;
      }
      if (!Number.isFinite(value)) continue;
      let end = toks[last]!.end;
      let j = last + 1;
      const scale = toks[j] && pack.scaleWords.get(toks[j]!.norm);
      if (scale) {
        value *= scale;
        end = toks[j]!.end;
        j++;
        if (toks[j]?.text === '.') j++;
      }
      let unit: string | null = null;
      let unitText: string | null = null;
      let modifiers: string[] = [];
      let start = t.start;
      const bound = boundBefore(toks, i, pack);
      let range: { low: number; high: number | null } | null = bound ? interval(value, bound.kind, scale !== undefined) : null;
      let boundKind: Quantity['bound'] = range && bound ? bound.kind : undefined;
      if (bound) start = bound.start;
      else if (t.kind === 'word' && pack.pluralCounts.has(t.norm)) {
        range = interval(value, 'several', true);
        boundKind = 'several';
      }
      // "31,0 bis 32,0 Prozent": one range, counted by what follows the second number.
      if (toks[j] && pack.rangeWords.has(toks[j]!.norm) && toks[j + 1]?.kind === 'number') {
        const upper = parseNumber(toks[j + 1]!.text, pack.code);
        if (Number.isFinite(upper) && upper > value) {
          range = { low: Math.min(range?.low ?? value, value), high: upper };
          boundKind = 'range';
          end = toks[j + 1]!.end;
          j += 2;
        }
      }
      const next = toks[j];
      const measure = t.kind === 'number' ? measureOf(toks, i, pack) : null;
      if (measure) {
        // "Stärke 6,1", "6.1-magnitude": what is measured names the number, whatever follows.
        unit = `measure:${measure.key}`;
        unitText = measure.text;
        start = Math.min(start, measure.start);
      } else if (next && PERCENT.has(next.norm)) {
        unit = '%';
        unitText = next.text;
        end = next.end;
      } else if (t.kind === 'number' && /-\p{L}+$/u.test(t.text)) {
        // "25-jähriger Mann" is an age, not 25 men: the glued word is what the number counts.
        const glued = /-(\p{L}+)$/u.exec(t.text)![1]!.toLowerCase();
        // Whose: "29-jähriger Polizist" and "54-jähriger Mann" are two people's ages.
        const whose = countedNoun(toks, j, pack);
        unit = pack.stem(glued);
        unitText = glued;
        if (whose) modifiers = [whose.head.stem];
      } else {
        const phrase = countedNoun(toks, j, pack);
        if (phrase) {
          unit = phrase.head.stem;
          unitText = phrase.head.text;
          end = phrase.head.end;
          modifiers = phrase.modifiers;
        }
      }
      // "Die Zahl der Toten stieg auf 95": a number with no noun of its own counts what the clause's count noun names.
      if (unit === null) {
        const named = countNamedBefore(toks, i, pack);
        if (named) {
          unit = named.stem;
          unitText = named.text;
        }
      }
      const q: Quantity = { sentence: sentence.index, start, end, value, text: sentenceSlice(sentence, start, end), unit, unitText };
      if (modifiers.length > 0) q.modifiers = modifiers;
      if (range) {
        q.low = range.low;
        q.high = range.high;
        q.bound = boundKind;
      }
      out.push(q);
      // The scale word ("two dozen", "zwei Dutzend") is part of this number, not a number of its own.
      if (scale || last > i) i = Math.max(last, j - 1);
    }
  }
  return out;
}

/**
 * The noun a count noun of the pack names before token `i` in the same clause ("Zahl der
 * Toten … auf 95", "the number of people … to 95"), or null.
 */
function countNamedBefore(toks: Sentence['tokens'], i: number, pack: LanguagePack): { stem: string; text: string } | null {
  const count = pack.countNouns;
  if (!count) return null;
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct') return null;
    if (!count.nouns.has(t.norm) || !count.links.has(toks[k + 1]?.norm ?? '')) continue;
    const noun = toks[k + 2];
    if (!noun || noun.kind !== 'word' || k + 2 >= i) return null;
    return { stem: noun.stem, text: noun.text };
  }
  return null;
}

/** The number at k is followed, without spaces, by an apostrophe and a group of three digits. */
function isApostropheGroup(toks: Sentence['tokens'], k: number): boolean {
  const a = toks[k];
  const mark = toks[k + 1];
  const group = toks[k + 2];
  return (
    a?.kind === 'number' &&
    (mark?.text === '’' || mark?.text === "'") &&
    group?.kind === 'number' &&
    /^\d{3}$/.test(group.text) &&
    mark.start === a.end &&
    group.start === mark.end
  );
}

/** A qualifier right before the number: one word ("rund") or two ("mehr als"). */
function boundBefore(toks: Sentence['tokens'], i: number, pack: LanguagePack): { kind: QuantityBound; start: number } | null {
  if (pack.quantityBounds.size === 0 || i === 0) return null;
  const one = toks[i - 1]!;
  if (one.kind !== 'word') return null;
  const two = i >= 2 && toks[i - 2]!.kind === 'word' ? pack.quantityBounds.get(`${toks[i - 2]!.norm} ${one.norm}`) : undefined;
  if (two) return { kind: two, start: toks[i - 2]!.start };
  const kind = pack.quantityBounds.get(one.norm);
  return kind ? { kind, start: one.start } : null;
}

/**
 * The values a qualified number allows. Estimates get a tenth either way; "several" and
 * "many" need a scale ("mehrere hundert", "viele Tausend").
 */
export function interval(value: number, kind: QuantityBound, scaled: boolean): { low: number; high: number | null } | null {
  switch (kind) {
    case 'about':
      return { low: (value * 9) / 10, high: (value * 11) / 10 };
    case 'almost':
      return { low: (value * 85) / 100, high: value };
    case 'atLeast':
      return { low: value, high: null };
    case 'moreThan':
      return { low: value, high: null };
    case 'atMost':
      return { low: 0, high: value };
    case 'lessThan':
      return { low: 0, high: value };
    case 'several':
      // Below the next order of magnitude: more than a thousand would be "Tausende", not "Hunderte".
      return scaled || value >= 10 ? { low: value * 2, high: value * 10 - 1 } : null;
    case 'many':
      // "viele Tausend": at least a few, with no upper bound the words would set.
      return scaled || value >= 10 ? { low: value * 2, high: null } : null;
  }
}

function sentenceSlice(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

/**
 * The noun a number counts, with the words before it that qualify it: where nouns are
 * capitalised (German) the first capitalised word after at most three lower-case
 * adjectives; elsewhere the last word of the run of content words that follows ("two
 * ballistic missiles" → "missiles", qualified by "ballistic").
 */
function countedNoun(toks: Sentence['tokens'], from: number, pack: LanguagePack): { head: Sentence['tokens'][number]; modifiers: string[] } | null {
  const modifiers: string[] = [];
  if (pack.capitalizedNouns) {
    for (let k = from; k < Math.min(toks.length, from + 4); k++) {
      const t = toks[k]!;
      if (t.kind !== 'word') return null;
      if (t.capitalized) return { head: t, modifiers };
      if (t.stop) return null;
      modifiers.push(t.stem);
    }
    return null;
  }
  let last: Sentence['tokens'][number] | null = null;
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || t.stop) break;
    // A verb ends the noun phrase: "five people died" counts people, not "died".
    if (last && (pack.commonVerbs.has(t.norm) || pack.reportingVerbs.has(t.norm) || /[^e]ed$/.test(t.norm))) break;
    if (last) modifiers.push(last.stem);
    last = t;
  }
  return last ? { head: last, modifiers } : null;
}

/**
 * The measure a number is given in, written before it ("Stärke 6,1", "der Stärke
 * 6,1", "magnitude of 6.1", "category 4") or glued after it ("6.1-magnitude").
 */
function measureOf(toks: Sentence['tokens'], i: number, pack: LanguagePack): { key: string; text: string; start: number } | null {
  if (pack.measureNouns.size === 0) return null;
  const t = toks[i]!;
  const glued = /-(\p{L}+)$/u.exec(t.text)?.[1]?.toLowerCase();
  if (glued && pack.measureNouns.has(glued)) return { key: pack.measureNouns.get(glued)!, text: glued, start: t.start };
  // Look back over at most one function word ("von", "of").
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const w = toks[k]!;
    if (w.kind !== 'word') return null;
    const key = pack.measureNouns.get(w.norm);
    if (key) return { key, text: w.text, start: w.start };
    if (!w.stop) return null;
  }
  return null;
}
