/**
 * The clusterer's working state of one story: capped term vectors per channel
 * (word channels per language, entities across languages), numbers and dates,
 * time span, outlets, and a few headlines to pick its title from.
 */
import { emptyVector, type TermVector } from './term-vector.js';

/** Word channels of one language: tokens and stems, title and body, with cached norms. */
export interface WordPart {
  articles: number;
  tokT: TermVector;
  tokB: TermVector;
  stemT: TermVector;
  stemB: TermVector;
  /** Norms of tokT, tokB, tokT+tokB, stemT, stemB, stemT+stemB (IDF of the last update). */
  norms: Float64Array;
}

export interface Headline {
  article: string;
  text: string;
  language: string;
  stems: number[];
}

export interface StoryState {
  /** Internal handle: creation order. Candidate ties break on it. */
  handle: number;
  id: string;
  articles: string[];
  parts: Map<string, WordPart>;
  entT: TermVector;
  entB: TermVector;
  /** Norms of entT, entB, entT+entB. */
  entNorms: Float64Array;
  numbers: Map<string, number>;
  dates: Map<string, number>;
  /** Earliest and latest publication time (ms), NaN when no article had one. */
  first: number;
  last: number;
  outlets: Map<string, number>;
  headlines: Headline[];
  entityNames: Map<string, string>;
  /** Term ids under which the story is in the candidate index. */
  indexed: Int32Array;
  /** Stream position of the last article added (for the active pool's order). */
  touched: number;
  archived: boolean;
}

export function newWordPart(): WordPart {
  return { articles: 0, tokT: emptyVector(), tokB: emptyVector(), stemT: emptyVector(), stemB: emptyVector(), norms: new Float64Array(6) };
}

export function newStoryState(handle: number, id: string): StoryState {
  return {
    handle,
    id,
    articles: [],
    parts: new Map(),
    entT: emptyVector(),
    entB: emptyVector(),
    entNorms: new Float64Array(3),
    numbers: new Map(),
    dates: new Map(),
    first: NaN,
    last: NaN,
    outlets: new Map(),
    headlines: [],
    entityNames: new Map(),
    indexed: new Int32Array(0),
    touched: 0,
    archived: false,
  };
}
