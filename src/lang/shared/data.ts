import type { SourceMarker } from '../../core/lang/pack.js';
import type { Stance } from '../../core/model/analysis.js';
/** Small helpers for writing word lists as data. */

/** Splits a whitespace-separated list. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * Expands a slash notation for inflected forms: "präsident/en/in/innen" →
 * präsident, präsidenten, präsidentin, präsidentinnen. The first part is the
 * base form; every further part is a suffix appended to it.
 */
export function expand(spec: string): string[] {
  const [base, ...suffixes] = spec.split('/');
  if (base === undefined || base === '') return [];
  return [base, ...suffixes.map((s) => base + s)];
}

/** `words` then `expand` on each item. */
export function expandAll(text: string): string[] {
  return words(text).flatMap(expand);
}

/** Builds a lemma map from lines "lemma: form form form" (the lemma is a form too). */
export function lemmaLines(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const colon = trimmed.indexOf(':');
    const lemma = (colon < 0 ? trimmed : trimmed.slice(0, colon)).trim();
    map.set(lemma, lemma);
    if (colon >= 0) for (const form of expandAll(trimmed.slice(colon + 1))) map.set(form, lemma);
  }
  return map;
}

/** Capitalises the first letter of each space- or hyphen-separated word. */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A source marker from its words ("nach angaben von"), where its source stands, and its stance. */
export function marker(text: string, sourceSide: 'after' | 'before' | null, stance: Stance): SourceMarker {
  const w = words(text);
  return { words: w, sourceSide, lemma: w.join(' '), stance };
}
