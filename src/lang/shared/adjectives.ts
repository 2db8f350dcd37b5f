/**
 * Country adjectives and demonyms as prefix stems, and the matching rule.
 *
 * Matching rule (the analysis code should use `adjectiveId` / `matchAdjective`):
 * - the word is lower-cased;
 * - the LONGEST stem that is a prefix of the word wins ("nordkoreanischen" →
 *   "nordkoreanisch", never a shorter stem);
 * - only an inflection ending may follow the stem: "", e, en, er, es, em, n, s,
 *   in, innen, nen, 's, ’s, s', s’ — or a hyphen that starts a compound
 *   ("deutsch-französisch"). So "deutsch" does not match "deutschland",
 *   "indian" does not match "indiana", "türke" does not match "türkei";
 *   those nouns are found through the gazetteer, which should be tried first;
 * - English multi-word stems ("north korean", "south african") are matched on
 *   a token pair and take precedence over a single-token match on the first or
 *   second token.
 *
 * The entity recogniser in src/core/analyze/entities/gazetteer-index.ts has
 * its own, looser `adjectiveEntity` (longest stem covering all but at most four
 * trailing letters, stems of four letters or more, after gazetteer matches).
 * The stems are written to work under both rules.
 */
import type { LanguagePack } from '../../core/lang/pack.js';
import { ADJECTIVE_ROWS } from './adjectives-data.js';

export type AdjectiveLang = 'de' | 'en';

/** Endings allowed after a stem. */
export const ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set([
  '', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'in', 'innen', 'nen', "'s", '’s', "s'", 's’',
]);

const LONGEST_ENDING = 5;

export function adjectiveFullId(id: string): string {
  return id.includes(':') ? id : `country:${id}`;
}

function splitStems(field: string): string[] {
  return field.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
}

/** All stems of one language → gazetteer id. */
export function adjectivesFor(lang: AdjectiveLang): Map<string, string> {
  const map = new Map<string, string>();
  for (const [id, de, en] of ADJECTIVE_ROWS) {
    for (const stem of splitStems(lang === 'de' ? de : en)) map.set(stem, adjectiveFullId(id));
  }
  return map;
}

let primaries: Record<AdjectiveLang, Map<string, string>> | null = null;

/** The plain adjective of an id in one language ("russisch", "north korean"), if any. */
export function primaryAdjective(lang: AdjectiveLang, id: string): string | null {
  if (!primaries) {
    primaries = { de: new Map(), en: new Map() };
    for (const [rowId, de, en] of ADJECTIVE_ROWS) {
      const full = adjectiveFullId(rowId);
      const firstDe = de.split('|')[0]?.trim();
      const firstEn = en.split('|')[0]?.trim();
      if (firstDe && !primaries.de.has(full)) primaries.de.set(full, firstDe);
      if (firstEn && !primaries.en.has(full)) primaries.en.set(full, firstEn);
    }
  }
  return primaries[lang].get(id) ?? null;
}

/**
 * Gazetteer id for an adjective or demonym ("nordkoreanischen" → "country:KP"),
 * by longest matching stem followed only by an inflection ending or a hyphen;
 * null when none. `word` may hold two space-separated tokens for multi-word
 * stems ("north koreans"); such a match always uses a stem containing the space.
 */
export function adjectiveId(pack: Pick<LanguagePack, 'adjectives'>, word: string): string | null {
  const w = word.toLowerCase();
  const cuts = new Set<number>();
  for (let k = 0; k <= LONGEST_ENDING && k < w.length; k++) cuts.add(w.length - k);
  for (let i = w.indexOf('-'); i > 0; i = w.indexOf('-', i + 1)) cuts.add(i);
  for (const end of [...cuts].sort((a, b) => b - a)) {
    const rest = w.slice(end);
    if (!rest.startsWith('-') && !ADJECTIVE_ENDINGS.has(rest)) continue;
    const id = pack.adjectives.get(w.slice(0, end));
    if (id !== undefined) return id;
  }
  return null;
}

/**
 * Matches an adjective at a token position: tries the pair "first second"
 * (multi-word stems such as "north korean") before `first` alone. Returns the
 * id and how many tokens the match used.
 */
export function matchAdjective(
  pack: Pick<LanguagePack, 'adjectives'>,
  first: string,
  second?: string | null,
): { id: string; tokens: 1 | 2 } | null {
  if (second) {
    const pair = adjectiveId(pack, `${first} ${second}`);
    if (pair !== null) return { id: pair, tokens: 2 };
  }
  const single = adjectiveId(pack, first);
  return single === null ? null : { id: single, tokens: 1 };
}
