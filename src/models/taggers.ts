/**
 * Learned taggers shipped with Parallax, by language. Loading reads a weight
 * file from models/, so it happens once, on first use, outside the pure core.
 */
import type { EntityTagger } from '../core/analyze/entities/recognize.js';
import { loadGermanTagger, type GermanEntityTagger } from '../core/ner/tagger.js';
import { germanWordClasses } from '../lang/de/word-classes.js';

/** The German tagger with the word lists it was trained with. */
export function germanTagger(): GermanEntityTagger {
  return loadGermanTagger(germanWordClasses());
}

const loaders: Record<string, () => EntityTagger> = { de: germanTagger };
const loaded = new Map<string, EntityTagger | null>();

/** The tagger for a language, or null when none is shipped or it cannot be loaded. */
export function taggerFor(language: string): EntityTagger | null {
  if (process.env.PARALLAX_NO_TAGGER === '1') return null;
  if (!loaded.has(language)) {
    const load = loaders[language];
    let tagger: EntityTagger | null = null;
    if (load) {
      try {
        tagger = load();
      } catch {
        tagger = null;
      }
    }
    loaded.set(language, tagger);
  }
  return loaded.get(language) ?? null;
}
