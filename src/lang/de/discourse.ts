/** German words that shape what a sentence states: clause joiners, denials, pair references, words pointing back. */

/** Conjunctions that join two main clauses after a comma: where a sentence states two things. */
export const clauseJoiners: ReadonlySet<string> = new Set(['und', 'aber', 'doch', 'jedoch', 'sondern', 'denn', 'während', 'wobei', 'zudem']);

/** Joiners that may also join two verb phrases of one subject: a split there needs a subject after it. */
export const coordinators: ReadonlySet<string> = new Set(['und', 'sowie', 'aber', 'doch', 'sondern']);

/** Words that deny what their clause states: a statement and its denial are no shared fact. */
export const polarityWords: ReadonlySet<string> = new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'niemand', 'nichts', 'keineswegs']);

/** Words that put a count on one side of a vote or dispute. */
export const sideWords: ReadonlyMap<string, 'for' | 'against'> = new Map([
  ['für', 'for'],
  ['dafür', 'for'],
  ['gegen', 'against'],
  ['dagegen', 'against'],
]);

/** Relative pronouns: a clause one opens after a comma speaks of the noun before it. */
export const relativePronouns: ReadonlySet<string> = new Set('der die das dem den denen deren dessen welche welcher welches welchem welchen'.split(' '));

/** Determiners and pronouns that stand only for an object (accusative, dative), never a subject. */
export const objectCaseWords: ReadonlySet<string> = new Set(['den', 'dem', 'einem', 'einen', 'diesem', 'diesen', 'seinem', 'seinen', 'ihrem', 'ihren', 'ihn', 'ihm', 'ihnen']);

/**
 * Openers of a clause giving a noun's content ("der Verdacht, wonach …") and relative pronouns that are
 * no article ("denen", "welche"): a Konjunktiv only inside such a clause is no free indirect speech.
 */
export const nounClauseOpeners: ReadonlySet<string> = new Set('wonach demzufolge derzufolge denenzufolge denen deren dessen welche welcher welches welchem welchen'.split(' '));

/** Prepositions naming whom words were addressed to ("ein Schreiben an X"). */
export const addresseePrepositions: ReadonlySet<string> = new Set(['an']);

/** Pronouns that are subject or object by their place alone ("nannte sie …"). */
export const caseAmbiguousPronouns: ReadonlySet<string> = new Set(['sie', 'es']);

/** Endings of nouns that name a person by what they do ("Verfasser", "Studentin", "Demonstrant", "Häftling"). */
export const personNounEnding = /^\p{L}{3,}(?:er|erin|ist|istin|ent|entin|ant|antin|eur|eurin|or|orin|ling)$/u;

/** Words that make a role noun after them stand for two people named before ("die beiden Staatschefs"). */
export const pairWords: ReadonlySet<string> = new Set(['beiden', 'beide']);

/** Words that point back to an earlier sentence: a sentence opening with one cannot stand alone. */
export const anaphors: ReadonlySet<string> = new Set([
  ...['er', 'sie', 'dieser', 'diese', 'dieses', 'dies', 'darin', 'dabei', 'damit', 'dort', 'danach', 'demnach', 'dazu'],
  // Adverbs that take up what was just said: "Darunter waren zwei Generäle", "Deshalb …".
  ...['darunter', 'davon', 'daraufhin', 'deshalb', 'daher', 'dadurch', 'trotzdem', 'dennoch', 'denn'],
  // Possessives: "Seine Frau sagte …" is about someone named before.
  ...['sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'],
]);

/** Words after a denial that make it add rather than deny ("nicht nur", "not only"). */
export const additiveParticles: ReadonlySet<string> = new Set(['nur']);
