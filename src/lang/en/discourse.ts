/** English words that shape what a sentence states: clause joiners, denials, pair references, words pointing back. */

/** Conjunctions that join two main clauses after a comma: where a sentence states two things. */
export const clauseJoiners: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/** Joiners that may also join two verb phrases of one subject: a split there needs a subject after it. */
export const coordinators: ReadonlySet<string> = new Set(['and', 'but']);

/** Relative pronouns: a clause one opens after a comma speaks of the noun before it. */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'that']);

/** Words that put a count on one side of a vote or dispute. */
export const sideWords: ReadonlyMap<string, 'for' | 'against'> = new Map([
  ['for', 'for'],
  ['favor', 'for'],
  ['favour', 'for'],
  ['against', 'against'],
  ['opposed', 'against'],
]);

/** Words that deny what their clause states: a statement and its denial are no shared fact. */
export const polarityWords: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor']);

/** Words that make a role noun after them stand for two people named before ("die beiden Staatschefs"). */
export const pairWords: ReadonlySet<string> = new Set(['both', 'two']);

/** Words that point back to an earlier sentence: a sentence opening with one cannot stand alone. */
export const anaphors: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'him', 'them', 'this', 'these', 'his', 'her', 'its', 'their']);

/** Words after a denial that make it add rather than deny ("nicht nur", "not only"). */
export const additiveParticles: ReadonlySet<string> = new Set(['only']);
