/**
 * What a worker does with each kind of job. Every handler is idempotent: a
 * job is delivered at least once (a worker killed mid-job, a lost connection
 * before "completed" was recorded), so running it again must change nothing:
 *
 * - analyse-article / fetch-url: the article id is a content hash and URLs and
 *   source keys are unique keys, so a second run finds the article stored
 *   (and a fetch-url finds its URL) and stops.
 * - assign-stories: assigns what is pending, in seq order, under the lease;
 *   nothing pending, nothing done.
 * - compare-story: the comparison is kept per set of compared articles; a
 *   second run finds it current.
 * - poll-feed: the new items' jobs are enqueued in the transaction that saves
 *   the feed's state (its seen items): a poll run again finds them seen.
 */
import { canonicalUrl, urlKey } from '../../core/url/canonical.js';
import type { ArticleInput } from '../../core/model/article.js';
import { articlesFromResource } from '../../ingest/fetch-url.js';
import { feedItemToArticleInput, hasFullText } from '../../ingest/feeds/to-article.js';
import type { FeedItem, ParsedFeed } from '../../ingest/feeds/feed-item.js';
import type { FeedPoller } from '../../ingest/feeds/poller.js';
import type { PageFetcher } from '../../ingest/http/polite-fetcher.js';
import type { ParallaxService } from '../service.js';
import type { JobHandlers, JobQueue } from './queue.js';
import { withFeedItemJobs, type FeedItemJobs, type QueuedJob } from './outbox.js';

export interface WorkerContext {
  service: ParallaxService;
  queue: JobQueue;
  /** Fetches article pages (polite: robots.txt, per-host gate, the outbound policy). */
  fetcher: PageFetcher;
  /** Polls feeds through the same fetcher, with the feed state in the store. */
  poller: FeedPoller;
  signal?: AbortSignal;
  /**
   * The store's write hooks enqueue a poll's item jobs in the transaction that
   * saves the feed's state (outbox.ts). Without them (a store with no queue
   * attached) the jobs are enqueued before the save: at least once, not atomic.
   */
  itemJobsWithFeedState?: boolean;
}

/** The ingestion-state key of a feed item: its canonical URL, else the feed and its guid or title. */
export function feedItemKey(feedUrl: string, item: FeedItem): { key: string; url: string | null } {
  const url = item.url ? canonicalUrl(item.url) : null;
  return { key: `feed:${url ? urlKey(url) : `${feedUrl}#${item.guid ?? item.title ?? ''}`}`, url };
}

export function jobHandlers(ctx: WorkerContext): JobHandlers {
  const { service, queue } = ctx;
  const store = service.store;

  /** Each new item becomes a job: its page to fetch (a teaser) or its text to analyse. */
  const itemJobs = async (feedUrl: string, feed: ParsedFeed, items: readonly FeedItem[]): Promise<QueuedJob[]> => {
    const jobs: QueuedJob[] = [];
    for (const item of items) {
      const { key, url } = feedItemKey(feedUrl, item);
      if ((await service.seen(key)) || (url && (await store.articleIdByUrl(url)))) continue;
      const input = feedItemToArticleInput(item, feed, feedUrl);
      if ((!input || !hasFullText(item)) && url) jobs.push({ kind: 'fetch-url', data: { url, sourceKey: key, fallback: input } });
      else if (input) jobs.push({ kind: 'analyse-article', data: { input, sourceKey: key, urls: url ? [url] : [] } });
    }
    return jobs;
  };

  return {
    async 'poll-feed'({ feedUrl }) {
      const batch: FeedItemJobs = { feedUrl, jobs: [], carried: false };
      let storeFailure: unknown = null;
      const outcome = await withFeedItemJobs(batch, () =>
        ctx.poller.pollFeed(feedUrl, {
          signal: ctx.signal,
          onItems: async (found) => {
            try {
              batch.jobs = await itemJobs(found.feedUrl, found.feed, found.items);
              if (!ctx.itemJobsWithFeedState) for (const job of batch.jobs) await queue.enqueue(job.kind, job.data as never);
            } catch (err) {
              storeFailure = err;
              throw err;
            }
          },
        }),
      );
      // The feed's own failure is recorded on the feed (its health, its backoff); ours is retried.
      if (storeFailure) throw storeFailure;
      if (ctx.itemJobsWithFeedState && batch.jobs.length > 0 && !batch.carried) throw new Error(`${feedUrl}: the new items' jobs were not queued with the feed's state`);
      return outcome ? { status: outcome.status, newItems: outcome.newItems, queued: batch.jobs.length, error: outcome.error } : { status: 'not subscribed' };
    },

    async 'fetch-url'({ url, sourceKey, fallback }) {
      if (sourceKey && (await service.seen(sourceKey))) return { status: 'stored before' };
      if (await store.articleIdByUrl(canonicalUrl(url) ?? url)) return { status: 'stored before' };
      const inputs = articlesFromResource(url, await ctx.fetcher.page(url, { signal: ctx.signal }));
      const merged: ArticleInput[] = inputs.map((page) => ({
        ...page,
        title: page.title ?? fallback?.title ?? null,
        outlet: page.outlet ?? fallback?.outlet ?? null,
        published: page.published ?? fallback?.published ?? null,
      }));
      if (merged.length === 0 && fallback) merged.push(fallback);
      if (merged.length === 0) throw new Error(`${url}: no article text on the page`);
      const outcomes = [];
      for (const input of merged) {
        outcomes.push(await service.ingest({ input, sourceKey: merged.length === 1 ? sourceKey : null, urls: [url] }));
      }
      return { articles: outcomes.map((o) => ({ id: o.articleId, status: o.status })) };
    },

    async 'analyse-article'({ input, sourceKey, urls }) {
      const o = await service.ingest({ input, sourceKey, urls });
      return { articleId: o.articleId, status: o.status, storyId: o.storyId };
    },

    async 'assign-stories'() {
      const stories = await service.finishBatch({ compare: false });
      return { storiesChanged: stories.length };
    },

    async 'compare-story'({ storyId }) {
      const r = await service.storyReport(storyId);
      return { storyId: r?.story.id ?? null };
    },
  };
}
