/**
 * The story clusterer's contract: articles in, stories out, online. Any
 * implementation must be deterministic for one input order, keep story ids
 * stable across runs and restarts, and ignore an article it has seen.
 */
import type { ClusterDoc } from './doc.js';

export interface StoryEntitySummary {
  key: string;
  name: string;
  /** Summed mention weight in the story. */
  weight: number;
}

/** The articles of one language within a story. */
export interface StoryPart {
  language: string;
  size: number;
  title: string;
}

export interface StorySummary {
  id: string;
  /** Its most representative headline: closest to the story's headline centroid. */
  title: string;
  entities: StoryEntitySummary[];
  /** ISO times of the earliest and latest article with a date, or null. */
  first: string | null;
  last: string | null;
  /** Outlets, most articles first. */
  outlets: string[];
  languages: string[];
  parts: StoryPart[];
  size: number;
  /** Article ids in the order they joined. */
  articles: string[];
  /** In the active pool (false: archived, can still be re-activated). */
  active: boolean;
}

export interface Assignment {
  article: string;
  /** The story the article now belongs to (after any merge). */
  story: string;
  /** The article opened this story. */
  created: boolean;
  /** The article was seen before; nothing changed. */
  duplicate: boolean;
  /** Story ids merged into `story` while adding this article. */
  merged: string[];
  /** An archived story was re-activated by this article. */
  reactivated: boolean;
}

export interface StoryClusterer {
  add(doc: ClusterDoc): Assignment;
  /** Current story of an article, or null when unknown (or forgotten with its archived story). */
  storyOf(articleId: string): string | null;
  /** Follows recorded merges: the id a (possibly merged) story id now lives under. */
  resolve(storyId: string): string | null;
  story(storyId: string): StorySummary | null;
  /** Every story held in memory (active and archived), oldest first. */
  stories(): StorySummary[];
  /** The whole state as a JSON-serialisable object. */
  snapshot(): unknown;
}
