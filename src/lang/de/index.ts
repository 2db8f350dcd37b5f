/** The German language pack. */
import type { GazetteerEntry, LanguagePack } from '../../core/lang/pack.js';
// Type only: puts the table in tsc's program, so that the build copies it into dist.
import type SynonymFile from './synonyms.json';
import { adjectivesFor } from '../shared/adjectives.js';
import { lazyConcepts } from '../shared/concepts.js';
import { FIRST_NAMES } from '../shared/first-names.js';
import { gazetteerFor } from '../shared/gazetteer.js';
import { memoised } from '../shared/stemmer.js';
import { germanStem } from './stem.js';
import { germanVerbBase } from './verb-base.js';
import { abbreviations } from './abbreviations.js';
import { futureMarkers, months, relativeDays, weekdays } from './calendar.js';
import { commonCapitalized } from './common.js';
import { evidentialNouns, particleVerbs, reportingVerbs, sourceMarkers, speechNouns } from './cues.js';
import { adverbialOpeners, complementizers, konjunktivII, pronouns, quotePairs, subjunctiveMarkers, speechActLimits, subjunctiveShape, titleNouns } from './grammar.js';
import { appositiveOrgNouns, givenNameParticles, nameParticles, orgHeads, placeHeads, vehicleHeads, metonymyCues } from './heads.js';
import { hedges } from './hedges.js';
import { loadedWords } from './loaded.js';
import { commonVerbs, countNouns, countedStates, measureNouns, numberWords, pluralCounts, quantityBounds, rangeWords, scaleWords, unitMultiples } from './numbers.js';
import { additiveParticles, addresseePrepositions, anaphors, nounClauseOpeners, caseAmbiguousPronouns, clauseJoiners, coordinators, objectCaseWords, pairWords, personNounEnding, polarityWords, relativePronouns, sideWords } from './discourse.js';
import { roles, speakerRoles } from './roles.js';
import { boilerplate, sentenceCues } from './sentences.js';
import { speechRules } from './speech/index.js';
import { stopwords } from './stopwords.js';

export { konjunktivII } from './grammar.js';

/**
 * The near-synonym table (`npm run build:lexicon`), read on the first look-up.
 */
const SYNONYMS_URL = new URL('./synonyms.json', import.meta.url);
export type GermanSynonymFile = typeof SynonymFile;
/** What the stemmer makes of a word's first letters: umlauts folded, "ß" → "ss". */
const foldGerman = (w: string): string => w.replace(/ß/g, 'ss').replace(/[äöü]/g, (c) => ({ ä: 'a', ö: 'o', ü: 'u' })[c as 'ä' | 'ö' | 'ü']);

export const german: LanguagePack = {
  code: 'de',
  name: 'German',
  stem: memoised(germanStem),
  concepts: withVerbBase(lazyConcepts('de', SYNONYMS_URL, () => germanStem, foldGerman)),
  stopwords,
  abbreviations,
  numberWords,
  scaleWords,
  measureNouns,
  quantityBounds,
  rangeWords,
  clauseJoiners,
  polarityWords,
  additiveParticles,
  pairWords,
  anaphors,
  metonymyCues,
  nameGenitiveS: true,
  coordinators,
  sideWords,
  objectCaseWords,
  caseAmbiguousPronouns,
  addresseePrepositions,
  nounClauseOpeners,
  personNounEnding,
  relativePronouns,
  capitalizedNouns: true,
  pluralCounts,
  unitMultiples,
  countedStates,
  countNouns,
  commonVerbs,
  months,
  weekdays,
  relativeDays,
  futureMarkers,
  reportingVerbs,
  particleVerbs,
  sourceMarkers,
  evidentialNouns,
  speechNouns,
  hedges,
  roles,
  speakerRoles,
  loadedWords,
  pronouns,
  firstNames: FIRST_NAMES,
  commonCapitalized,
  /** Built on first use: Intl.DisplayNames loads its locale data then. */
  get gazetteer(): readonly GazetteerEntry[] {
    return gazetteerFor('de');
  },
  adjectives: adjectivesFor('de'),
  subjunctiveMarkers,
  subjunctiveShape,
  conditionalMarkers: konjunktivII,
  complementizers,
  adverbialOpeners,
  placeHeads,
  orgHeads,
  appositiveOrgNouns,
  nameParticles,
  givenNameParticles,
  vehicleHeads,
  quotePairs,
  sentenceCues,
  boilerplate,
  speechRules,
  titleNouns,
  speechActLimits,
};

/**
 * The synonym concepts of a word plus the key its verb forms share ("beobachtet" /
 * "beobachten"). Reporting verbs and hedges get none: how something is told is no
 * content ("sagte", "erklärte", "mitgeteilt").
 */
function withVerbBase(concepts: (stem: string, norm: string) => readonly string[]): (stem: string, norm: string) => readonly string[] {
  const telling = new Set<string>();
  for (const w of [...reportingVerbs.keys(), ...particleVerbs.keys(), ...hedges.keys()]) {
    const base = germanVerbBase(w.toLowerCase());
    if (base !== null) telling.add(base);
    telling.add(w.toLowerCase());
  }
  return (stem, norm) => {
    if (stopwords.has(norm) || telling.has(norm)) return concepts(stem, norm);
    const base = germanVerbBase(norm);
    if (base === null || telling.has(base)) return concepts(stem, norm);
    return [...concepts(stem, norm), `de:verb:${base}`];
  };
}
