/** The German language pack. */
import type { GazetteerEntry, LanguagePack } from '../../core/lang/pack.js';
import { adjectivesFor } from '../shared/adjectives.js';
import { FIRST_NAMES } from '../shared/first-names.js';
import { gazetteerFor } from '../shared/gazetteer.js';
import { memoised } from '../shared/stemmer.js';
import { germanStem } from './stem.js';
import { abbreviations } from './abbreviations.js';
import { months, relativeDays, weekdays } from './calendar.js';
import { commonCapitalized } from './common.js';
import { particleVerbs, reportingVerbs, sourceMarkers } from './cues.js';
import { adverbialOpeners, complementizers, konjunktivII, pronouns, quotePairs, subjunctiveMarkers } from './grammar.js';
import { nameParticles, orgHeads, placeHeads, vehicleHeads } from './heads.js';
import { hedges } from './hedges.js';
import { loadedWords } from './loaded.js';
import { numberWords, scaleWords } from './numbers.js';
import { roles, speakerRoles } from './roles.js';
import { stopwords } from './stopwords.js';

export { konjunktivII } from './grammar.js';

export const german: LanguagePack = {
  code: 'de',
  name: 'German',
  stem: memoised(germanStem),
  stopwords,
  abbreviations,
  numberWords,
  scaleWords,
  months,
  weekdays,
  relativeDays,
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
    return gazetteerFor('de');
  },
  adjectives: adjectivesFor('de'),
  subjunctiveMarkers,
  conditionalMarkers: konjunktivII,
  complementizers,
  adverbialOpeners,
  placeHeads,
  orgHeads,
  nameParticles,
  vehicleHeads,
  quotePairs,
};
