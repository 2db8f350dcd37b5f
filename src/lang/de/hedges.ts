/**
 * German hedges and evidential adverbs/adjectives, every form → lemma.
 * Adjectival hedges are listed with their inflected forms ("angebliche",
 * "mutmaßlichen"), so matching is by exact lower-case form.
 */
import { words } from '../shared/data.js';

/** Hedges that also inflect as attributive adjectives. */
const ADJECTIVAL = words(`
  angeblich mutmaßlich vermeintlich offensichtlich offenkundig scheinbar wahrscheinlich
  vermutlich unbestätigt sogenannt vorgeblich augenscheinlich
`);

/** Adverbs and particles that do not inflect. */
const ADVERBIAL = words(`
  offenbar anscheinend wohl möglicherweise eventuell vielleicht womöglich gerüchteweise
  mutmaßlicherweise angeblicherweise vermutlicherweise
`);

const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const lemma of ADJECTIVAL) {
    for (const ending of ENDINGS) map.set(lemma + ending, lemma);
  }
  for (const lemma of ADVERBIAL) map.set(lemma, lemma);
  map.set('so-genannt', 'sogenannt');
  for (const ending of ENDINGS.slice(1)) map.set(`so-genannt${ending}`, 'sogenannt');
  return map;
}

export const hedges: ReadonlyMap<string, string> = build();
