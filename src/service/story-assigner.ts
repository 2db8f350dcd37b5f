/**
 * The port through which the service puts articles into stories. The story
 * clusterer implements it; the service persists what it returns in the same
 * transaction as the article, and the assigner's state separately as a snapshot.
 */
import type { ArticleAnalysis } from '../core/model/analysis.js';

export interface StoryAssignment {
  storyId: string;
  /** Stories that turned out to be this one (or another) and were folded in. */
  merges: { from: string; into: string }[];
}

export interface StoryAssigner {
  /** Puts one analysed article into a story; the same order of articles gives the same ids. */
  assign(analysis: ArticleAnalysis): StoryAssignment;
  /** JSON-serialisable state, restored with the assigner's factory. */
  snapshot(): unknown;
  /**
   * The same state as JSON text in small pieces (joined, they parse to
   * snapshot()), so a large state is written out with pauses between pieces
   * instead of one long stop of the event loop. Optional.
   */
  snapshotJson?(): Iterable<string>;
}

export interface StoryAssignerFactory {
  /** A fresh assigner, or one restored from a snapshot taken earlier. */
  create(snapshot: unknown | null): StoryAssigner;
  /** Bumped when the snapshot format or the model changes: old snapshots are then rebuilt by replay. */
  readonly version: string;
}
