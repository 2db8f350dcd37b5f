/**
 * Full-text search on PostgreSQL with the same query syntax as the SQLite
 * store: every run of letters and digits is a word, all words must match, a
 * "*" right after a word makes it a prefix; nothing else the user types is
 * syntax. The words are joined into a to_tsquery text here, so no operator of
 * PostgreSQL's own syntax can come from the user. Each article is matched in
 * its own language's configuration (stemming, stop words, accents folded).
 */
import { TS_CONFIGS, TS_FALLBACK, configFor } from './schema.js';

const MAX_TERMS = 32;

/** The to_tsquery text for what a user typed ("Streik* Köln" → "Streik:* & Köln"), or null when it has no words. */
export function tsQueryText(text: string): string | null {
  const terms: string[] = [];
  for (const m of text.matchAll(/([\p{L}\p{N}]+)(\*)?/gu)) {
    if (terms.length === MAX_TERMS) break;
    terms.push(`${m[1]!}${m[2] ? ':*' : ''}`);
  }
  return terms.length ? terms.join(' & ') : null;
}

/**
 * SQL that is true when article `a` matches the query text in parameter `param`:
 * one branch per language so each can use the GIN index on `search`.
 */
export function matchSql(param: string, a = 'a'): string {
  const langs = Object.keys(TS_CONFIGS).map((l) => `'${l}'`).join(', ');
  const branches = Object.entries(TS_CONFIGS).map(([lang, cfg]) => `(${a}.language = '${lang}' AND ${a}.search @@ to_tsquery('${cfg}', ${param}))`);
  branches.push(`(${a}.language NOT IN (${langs}) AND ${a}.search @@ to_tsquery('${TS_FALLBACK}', ${param}))`);
  return `(${branches.join(' OR ')})`;
}

/** The query in article `a`'s own configuration, for ranking and snippets. */
export function querySql(param: string, a = 'a'): string {
  return `to_tsquery(${configFor(`${a}.language`)}, ${param})`;
}

/** Snippets are cut from the first this many characters (ts_headline reads the whole text it is given). */
export const SNIPPET_CHARS = 100_000;

/** A passage of about 16 words around the best match, hits between « and », as the SQLite store marks them. */
export function headlineSql(param: string, a = 'a'): string {
  return `ts_headline(${configFor(`${a}.language`)}, left(${a}.text, ${SNIPPET_CHARS}), ${querySql(param, a)},
    'StartSel=«, StopSel=», MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "')`;
}

/** Adds "…" where the passage does not reach the start or the end of the text, as SQLite's snippet does. */
export function withEllipses(snippet: string, atStart: boolean, atEnd: boolean): string {
  return `${atStart ? '' : '…'}${snippet}${atEnd ? '' : '…'}`;
}
