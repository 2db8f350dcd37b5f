import type { LanguagePack } from './pack.js';

const empty = new Set<string>();
const emptyMap = new Map<string, never>();
const noConcepts: readonly string[] = Object.freeze([]);

/**
 * The pack used for a language without its own pack: no stemming and no word
 * lists, so only what works without language knowledge runs (numbers in digits,
 * numeric dates, quote marks, capitalised names, overlap of words).
 */
export function basePack(code: string): LanguagePack {
  return {
    code,
    name: code,
    stem: (w) => w,
    concepts: () => noConcepts,
    stopwords: empty,
    abbreviations: empty,
    numberWords: emptyMap,
    scaleWords: emptyMap,
    measureNouns: emptyMap,
    quantityBounds: new Map(),
    rangeWords: new Set(),
    clauseJoiners: new Set(),
    coordinators: new Set(),
    sideWords: new Map(),
    relativePronouns: new Set(),
    capitalizedNouns: false,
    polarityWords: new Set(),
    additiveParticles: new Set(),
    pairWords: new Set(),
    anaphors: new Set(),
    pluralCounts: new Set(),
    commonVerbs: new Set(),
    months: emptyMap,
    weekdays: emptyMap,
    relativeDays: emptyMap,
    futureMarkers: new Set(),
    reportingVerbs: emptyMap,
    particleVerbs: emptyMap,
    sourceMarkers: [],
    hedges: emptyMap,
    roles: empty,
    speakerRoles: empty,
    loadedWords: emptyMap,
    pronouns: emptyMap,
    firstNames: empty,
    commonCapitalized: empty,
    gazetteer: [],
    adjectives: emptyMap,
    subjunctiveMarkers: empty,
    placeHeads: empty,
    orgHeads: empty,
    nameParticles: empty,
    sentenceCues: {
      ordinalPeriod: true,
      openers: empty,
      ordinalDeterminers: empty,
      cardinalMarkers: empty,
      terminalAbbreviations: empty,
      datelineConnectors: empty,
    },
    boilerplate: {
      creditLabels: empty,
      agencies: empty,
      bylineOpeners: empty,
      bylineJoiners: empty,
      captionMarkers: empty,
      openingPhrases: [],
      phrases: [],
    },
    quotePairs: new Map([
      ['"', '"'],
      ['“', '”'],
      ['„', '“'],
      ['«', '»'],
      ['»', '«'],
    ]),
  };
}
