/**
 * Statements that must commit together with a write, or not at all: a job
 * queue in the same database enqueues the work a write causes (an article
 * stored pending → its assignment; a story changed → its comparison; a feed
 * subscribed → its first poll; a feed's state saved after a poll → the jobs of
 * its new items) inside the write's own transaction, so no
 * crash can leave the write without its job or a job without its write.
 * The store knows nothing about the queue; it only calls these, before COMMIT.
 */
import type { Client } from './runner.js';

export interface WriteHooks {
  /** A new article was stored; `storyId` is null while it is pending. */
  articleStored?(tx: Client, article: { id: string; seq: number; storyId: string | null }): Promise<void>;
  /** A story gained an article (written with it, or a pending one assigned to it). */
  storyChanged?(tx: Client, story: { id: string }): Promise<void>;
  /** A feed's row was written: subscribed (`created`), or its poller state saved after a poll. */
  feedSaved?(tx: Client, feed: { url: string; created: boolean }): Promise<void>;
  /** Called when the store closes, after its connections: what the hooks hold open (a queue's pool) ends with it. */
  close?(): Promise<void>;
}
