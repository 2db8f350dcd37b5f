import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Fact, Statement } from '../../model/report.js';
import type { SentenceVector } from '../sentence-features.js';
import type { StoryEntity } from '../story-entities.js';
import type { Link } from './links.js';
import type { ConflictLexicon } from '../conflicts.js';
import type { AlignerModel } from './pair-scorer.js';

export interface FactOptions {
  /** Pair weights; the hand-set model when absent. */
  model?: AlignerModel;
  /** A link this probable founds a shared fact. */
  firm: number;
  /** A statement joins a fact when its links to the others are this probable on average… */
  join: number;
  /** …and none is below this. */
  floor: number;
  /** A link this probable between sentences outside one fact is compared for conflicting figures. */
  possible: number;
  /**
   * A near match this probable on what the two sentences share — scored without the
   * features that rank a sentence within its article or compare polarity — keeps a
   * statement from being called exclusive (see leftovers.ts).
   */
  nearMatch?: number;
  /** Most statements of one article in one fact. */
  perArticle: number;
  /** Things said in common (words outside names, figures, dates, entities named) with a sentence of another article that make it a near match. */
  nearShared?: number;
}

export interface FactInputs {
  analyses: readonly ArticleAnalysis[];
  vectors: readonly SentenceVector[];
  entityOf: (id: string) => StoryEntity | undefined;
  /** The article whose text a syndicated copy republishes (itself when it is none). */
  wireRoot: (article: string) => string;
  /** Sentences that are no statement of the story (credits, captions, promos). */
  boilerplate: (v: SentenceVector) => boolean;
  /** The words the conflict tests need from the articles' language packs. */
  conflictLexicon?: ConflictLexicon;
  /** The unit's sentence opens with a word that points back to the one before ("Dabei", "Er", "This"). */
  pointsBack?: (v: SentenceVector) => boolean;
}

/** A fact before it gets its id, with where it starts in the articles (for ordering). */
export type Draft = Omit<Fact, 'id'> & { order: number };

/** What every fact pass reads: the story's units, their scored links and helpers over them. */
export interface FactContext {
  input: FactInputs;
  options: FactOptions;
  vectors: readonly SentenceVector[];
  byArticle: ReadonlyMap<string, ArticleAnalysis>;
  articleOrder: ReadonlyMap<string, number>;
  /** Links best first. */
  links: readonly Link[];
  /** The probability of the link between two units (0 when none was kept). */
  p: (i: number, j: number) => number;
  /** A unit as a report statement. */
  statement: (v: SentenceVector) => Statement;
  /** Where a unit stands in its article, 0–1. */
  position: (v: SentenceVector) => number;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function factContext(input: FactInputs, options: FactOptions, links: readonly Link[]): FactContext {
  const byArticle = new Map(input.analyses.map((a) => [a.article.id, a]));
  return {
    input,
    options,
    vectors: input.vectors,
    byArticle,
    articleOrder: new Map(input.analyses.map((a, i) => [a.article.id, i])),
    links,
    p: linkTable(links, input.vectors.length),
    statement: (v) => ({ article: v.article, sentence: v.sentence.index, text: v.text, start: v.start, end: v.end, clause: v.clause }),
    position: (v) => v.sentence.index / Math.max(1, byArticle.get(v.article)!.sentences.length),
  };
}

/** Link probabilities by pair, for look-ups inside a fact. */
export function linkTable(links: readonly Link[], units: number): (i: number, j: number) => number {
  // Numeric keys (string keys were a hot spot on long stories).
  const table = new Map<number, number>();
  for (const l of links) table.set(l.i < l.j ? l.i * units + l.j : l.j * units + l.i, l.p);
  return (i, j) => table.get(i < j ? i * units + j : j * units + i) ?? 0;
}
