/** English pronouns, reported-speech mood markers (none) and quote marks. */

/** Subject pronouns that can stand for a speaker. */
export const pronouns: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'any'],
]);

/** English has no reportative mood. */
export const subjunctiveMarkers: ReadonlySet<string> = new Set();

/** Paired quote marks: opening → closing. */
export const quotePairs: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
]);

/** Words that open a reported content clause: "said that …", "asked whether …". */
export const complementizers: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where']);

/** Conjunctions that open an adverbial clause, never reported content. */
export const adverbialOpeners: ReadonlySet<string> = new Set([
  'when', 'because', 'after', 'before', 'although', 'though', 'while', 'since', 'once', 'as', 'if', 'unless', 'until',
]);
