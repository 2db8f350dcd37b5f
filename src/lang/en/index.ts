/** The English language pack. */
import type { GazetteerEntry, LanguagePack } from '../../core/lang/pack.js';
// Type only: puts the table in tsc's program, so that the build copies it into dist.
import type SynonymFile from './synonyms.json';
import { adjectivesFor } from '../shared/adjectives.js';
import { lazyConcepts } from '../shared/concepts.js';
import { FIRST_NAMES } from '../shared/first-names.js';
import { gazetteerFor } from '../shared/gazetteer.js';
import { makeStemmer } from '../shared/stemmer.js';
import { abbreviations } from './abbreviations.js';
import { futureMarkers, months, relativeDays, weekdays } from './calendar.js';
import { commonCapitalized } from './common.js';
import { particleVerbs, reportingVerbs, sourceMarkers } from './cues.js';
import { adverbialOpeners, complementizers, pronouns, quotePairs, subjunctiveMarkers, titleNouns } from './grammar.js';
import { articles, nameParticles, orgHeads, placeHeads, titleWords, vehicleHeads, metonymyCues } from './heads.js';
import { hedges } from './hedges.js';
import { loadedWords } from './loaded.js';
import { nameEvidence } from './names.js';
import { prepositionNouns } from './noun-cues.js';
import { commonVerbs, countNouns, countedStates, measureNouns, numberWords, pluralCounts, quantityBounds, rangeWords, scaleWords, unitMultiples } from './numbers.js';
import { additiveParticles, anaphors, clauseJoiners, coordinators, pairWords, polarityWords, relativePronouns, sideWords } from './discourse.js';
import { roles, speakerRoles } from './roles.js';
import { speakerEvidence } from './speakers.js';
import { speechRules } from './speech/index.js';
import { boilerplate, sentenceCues } from './sentences.js';
import { stopwords } from './stopwords.js';

/**
 * The near-synonym table (`npm run build:lexicon`), read on the first look-up.
 */
const SYNONYMS_URL = new URL('./synonyms.json', import.meta.url);
export type EnglishSynonymFile = typeof SynonymFile;

export const english: LanguagePack = {
  code: 'en',
  name: 'English',
  stem: makeStemmer('english'),
  concepts: lazyConcepts('en', SYNONYMS_URL, () => makeStemmer('english')),
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
  coordinators,
  sideWords,
  relativePronouns,
  capitalizedNouns: false,
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
  hedges,
  roles,
  speakerRoles,
  loadedWords,
  pronouns,
  firstNames: FIRST_NAMES,
  commonCapitalized,
  /** Built on first use: Intl.DisplayNames loads its locale data then. */
  get gazetteer(): readonly GazetteerEntry[] {
    return gazetteerFor('en');
  },
  adjectives: adjectivesFor('en'),
  subjunctiveMarkers,
  complementizers,
  adverbialOpeners,
  placeHeads,
  orgHeads,
  nameParticles,
  titleWords,
  vehicleHeads,
  articles,
  quotePairs,
  sentenceCues,
  boilerplate,
  titleNouns,
  prepositionNouns,
  speakerEvidence,
  speechRules,
  nameEvidence,
};
