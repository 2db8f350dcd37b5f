/**
 * The jobs a store write causes, enqueued in the write's own transaction
 * (PostgresStore write hooks): an article stored pending → assign-stories; a
 * story changed → compare-story (only where workers run them: a CLI ingest
 * compares its stories itself at the end); a feed subscribed → its first
 * poll-feed; a feed's state saved after a poll → the jobs of the new items
 * that poll found (handed over through `withFeedItemJobs`), so the items are
 * marked seen exactly when their jobs exist.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { WriteHooks } from '../../store/postgres/write-hooks.js';
import type { JobKind, JobPayloads, JobQueue } from './queue.js';

export type QueuedJob = { [K in JobKind]: { kind: K; data: JobPayloads[K] } }[JobKind];

/** The item jobs of one poll, waiting for the transaction that saves the feed's state. */
export interface FeedItemJobs {
  feedUrl: string;
  jobs: QueuedJob[];
  /** Set when a feed save carried them (its transaction may still roll back: then the poll fails and runs again). */
  carried: boolean;
}

const pendingItemJobs = new AsyncLocalStorage<FeedItemJobs>();

/** Runs a poll of `batch.feedUrl`: the feed's state save inside it enqueues `batch.jobs` in its transaction. */
export function withFeedItemJobs<T>(batch: FeedItemJobs, poll: () => Promise<T>): Promise<T> {
  return pendingItemJobs.run(batch, poll);
}

export function enqueueingHooks(queue: JobQueue, options: { compareJobs: boolean }): WriteHooks {
  return {
    // The queue was opened for this store: it closes with it.
    close: () => queue.close(5000),
    async articleStored(tx, article) {
      if (article.storyId === null) await queue.enqueue('assign-stories', {}, { tx });
    },
    async storyChanged(tx, story) {
      if (options.compareJobs) await queue.enqueue('compare-story', { storyId: story.id }, { tx });
    },
    async feedSaved(tx, feed) {
      if (feed.created) await queue.enqueue('poll-feed', { feedUrl: feed.url }, { tx });
      const batch = pendingItemJobs.getStore();
      if (!batch || batch.feedUrl !== feed.url) return;
      // Enqueued on every attempt: a transaction retried after a deadlock starts from nothing.
      for (const job of batch.jobs) await queue.enqueue(job.kind, job.data as never, { tx });
      batch.carried = true;
    },
  };
}
