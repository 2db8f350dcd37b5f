/** English cues for the sentence splitter and for boilerplate lines (credits, bylines, promos). */
import type { BoilerplateCues, SentenceCues } from '../../core/lang/pack.js';
import { INTERNATIONAL_AGENCIES } from '../shared/agencies.js';
import { words } from '../shared/data.js';
import { stopwords } from './stopwords.js';

/**
 * Stopwords that do not mark a sentence start after an abbreviation: contraction
 * pieces, "no" ("the U.S. No. 2 diplomat") and "us".
 */
const NOT_OPENERS = new Set(words('s t d ll m o re ve y no us'));

export const sentenceCues: SentenceCues = {
  /** English writes ordinals as "3rd": "rose to 60. Rescuers …" always ends a sentence. */
  ordinalPeriod: false,
  openers: new Set([...stopwords].filter((w) => !NOT_OPENERS.has(w))),
  ordinalDeterminers: new Set(),
  cardinalMarkers: new Set(),
  /** Company and name suffixes, dotted country names, times, streets, and AP state abbreviations. */
  terminalAbbreviations: new Set(words(`
    etc al inc corp co ltd llc plc bros jr sr
    u.s u.k u.n e.u u.s.a d.c a.m p.m st ave blvd rd
    ala ariz ark calif colo conn fla ga kan kans ky md mich minn mont neb nev okla tenn tex vt va wis wyo
    n.h n.j n.m n.y n.c n.d s.c s.d r.i w.va
  `)),
  datelineConnectors: new Set(words('upon on')),
};

export const boilerplate: BoilerplateCues = {
  creditLabels: new Set(words(`
    photo photos image images picture pictures credit credits source video graphic illustration
    map file
  `)),
  agencies: new Set([...INTERNATIONAL_AGENCIES, ...words('cnn bbc nbc abc cbs dpa apa')]),
  bylineOpeners: new Set(['by']),
  bylineJoiners: new Set(words('and with')),
  captionMarkers: new Set(words('file pictured screenshot screengrab')),
  openingPhrases: [
    'read more', 'read also', 'related:', 'related coverage', 'related content', 'click here', 'sign up',
    'subscribe to', 'follow us', 'download the', 'watch:', 'watch the video', 'listen:', 'see also',
    'more on this', 'more:', 'reporting by', 'additional reporting', 'editing by', 'writing by',
    'compiled by', 'copyright', 'get the latest',
  ],
  phrases: [
    'check back for updates', 'check back later', 'this story has been updated', 'this is a developing story',
    'this story is developing', 'this article has been updated', 'will be updated', 'all rights reserved',
    'contributed to this report', 'contributed to this story', 'contributed to this developing', 'contributed reporting', 'sign up for our', 'our newsletter',
    'download our app', 'breaking news alerts', 'for the latest updates',
  ],
};
