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
