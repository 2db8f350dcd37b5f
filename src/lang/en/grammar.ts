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

/** Nouns and verbs after which quote marks hold a name or title, not speech ("the album “…”", "dubbed “…”"). */
export const titleNouns: ReadonlySet<string> = new Set([
  'titled', 'entitled', 'called', 'named', 'dubbed', 'nicknamed', 'headlined', 'motto', 'slogan', 'headline', 'title',
  'book', 'film', 'movie', 'album', 'song', 'single', 'show', 'series', 'program', 'programme', 'campaign', 'operation',
  'project', 'newspaper', 'magazine', 'website', 'group', 'band', 'law', 'act', 'bill', 'report', 'study', 'hashtag',
]);
