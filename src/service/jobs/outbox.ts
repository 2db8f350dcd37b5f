/**
 * The jobs a store write causes, enqueued in the write's own transaction
 * (PostgresStore write hooks): an article stored pending → assign-stories; a
 * story changed → compare-story (only where workers run them: a CLI ingest
 * compares its stories itself at the end); a feed subscribed → its first
 * poll-feed.
 */
import type { WriteHooks } from '../../store/postgres/write-hooks.js';
import type { JobQueue } from './queue.js';

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
    async feedAdded(tx, feed) {
      await queue.enqueue('poll-feed', { feedUrl: feed.url }, { tx });
    },
  };
}
