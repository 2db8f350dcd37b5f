/**
 * The German entity tagger as the rest of Parallax uses it.
 *
 * `tag` returns outer-level BIO labels with the four coarse types PER, LOC, ORG, OTH.
 * The model itself predicts the twelve GermEval types; `tagFine` returns those
 * (e.g. "deutschen" is B-LOCderiv, "SPD-Chef" is B-ORGpart, which `tag` reports as
 * B-LOC and B-ORG).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collapseLabel } from './germeval.js';
import { loadModel } from './model-io.js';
import type { ModelHeader } from './model-io.js';
import type { NerModel } from './perceptron.js';
import { WORD_CLASS } from './features.js';
import type { WordClassOf } from './features.js';

export interface EntityTagger {
  /** One outer BIO label per token ("O", "B-PER", "I-PER", "B-LOC", ...). */
  tag(tokens: readonly string[]): string[];
  /**
   * False when the tagger's training data knows the word as a common noun (seen
   * capitalised, never in a name): callers may skip sentences with nothing else.
   */
  mayBeName?(token: string): boolean;
  /** Labels with the tokens outside `active` fixed to O (decoded on the active ones only). */
  tagActive?(tokens: readonly string[], active: ArrayLike<boolean>): string[];
}

export interface GermanEntityTagger extends EntityTagger {
  /** Outer BIO labels with the twelve GermEval types (LOCderiv, ORGpart, ...). */
  tagFine(tokens: readonly string[]): string[];
  readonly header: ModelHeader | null;
}

/** The shipped model: models/ner-de.bin at the repository root (same path from src/ and dist/). */
export const GERMAN_MODEL_URL = new URL('../../../models/ner-de.bin', import.meta.url);

/** Wraps a model (trained or loaded) as a tagger. */
export function taggerFromModel(model: NerModel, header: ModelHeader | null = null): GermanEntityTagger {
  return {
    header,
    tagFine: (tokens) => model.tag(tokens),
    tag: (tokens) => model.tag(tokens).map(collapseLabel),
    mayBeName: memoized((token) => !model.lexicon.neverName(token) && !knownNoun(model, token)),
    tagActive: (tokens, active) => model.tagActive(tokens, active).map(collapseLabel),
  };
}

/** A word's answer is fixed by the model: asked for every capitalised token, so kept per word (bounded). */
function memoized(f: (token: string) => boolean): (token: string) => boolean {
  const memo = new Map<string, boolean>();
  return (token) => {
    let hit = memo.get(token);
    if (hit === undefined) {
      hit = f(token);
      if (memo.size >= 100_000) memo.clear();
      memo.set(token, hit);
    }
    return hit;
  };
}

const NAME_CLASSES =
  WORD_CLASS.givenName | WORD_CLASS.surname | WORD_CLASS.place | WORD_CLASS.organization | WORD_CLASS.namePart;

/**
 * A common noun by the word lists ("Chaos", "Becken") that is in no list of
 * names and was never part of a name in the training data.
 */
function knownNoun(model: NerModel, token: string): boolean {
  const c = model.classOf(token.toLowerCase());
  return (c & WORD_CLASS.commonNoun) !== 0 && (c & NAME_CLASSES) === 0 && !model.lexicon.seenInName(token);
}

let cached: GermanEntityTagger | null = null;

/**
 * The shipped German tagger, loaded once (synchronously) and then shared.
 * `classOf` gives the word lists behind the word-class features, the same the
 * model was trained with (`germanWordClasses()` in src/lang/de/word-classes.ts;
 * src/models/taggers.ts passes it).
 */
export function loadGermanTagger(classOf?: WordClassOf): GermanEntityTagger {
  if (cached !== null) return cached;
  if (!existsSync(GERMAN_MODEL_URL)) {
    throw new Error(
      `German NER model not found at ${fileURLToPath(GERMAN_MODEL_URL)}; train it with "npm run train:ner"`,
    );
  }
  const { model, header } = loadModel(GERMAN_MODEL_URL);
  if (classOf) model.classOf = classOf;
  cached = taggerFromModel(model, header);
  return cached;
}
