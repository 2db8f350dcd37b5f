/**
 * Turns what a user types into a safe FTS5 query: every word becomes a quoted
 * term (so FTS syntax characters in user text never reach the parser), all
 * terms must match; a trailing "*" on a word keeps prefix search.
 */
export function ftsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const m of text.matchAll(/([\p{L}\p{N}]+)(\*)?/gu)) {
    terms.push(`"${m[1]!}"${m[2] ? '*' : ''}`);
  }
  return terms.length ? terms.slice(0, 32).join(' ') : null;
}
