/**
 * New feed items into the store: an item that carries the full text is
 * ingested as it is; a teaser is replaced by its page, fetched politely
 * (robots.txt, one request at a time per host with the gate's delay, retries
 * with backoff, the outbound policy). An item already stored under its
 * (canonical) URL is not fetched again, and every item is keyed, so
 * redelivery after a failure changes nothing.
 */
import type { FeedItem, ParsedFeed } from '../ingest/feeds/feed-item.js';
import { feedItemToArticleInput, hasFullText } from '../ingest/feeds/to-article.js';
import { articlesFromResource } from '../ingest/fetch-url.js';
import { PoliteFetcher, type PageFetcher } from '../ingest/http/polite-fetcher.js';
import type { OutboundPolicy } from '../ingest/http/outbound-policy.js';
import { InputError } from '../ingest/errors.js';
import { canonicalUrl, urlKey } from '../core/url/canonical.js';
import type { IngestOutcome, ParallaxService } from './service.js';

export interface FeedItemOutcome {
  /** The item's URL (else its guid or title). */
  item: string;
  outcome: IngestOutcome | null;
  /** Why the item was not stored, without repeating the item ("HTTP 404 Not Found"). */
  error: string | null;
}

export async function ingestFeedItems(
  service: ParallaxService,
  feedUrl: string,
  feed: ParsedFeed,
  items: readonly FeedItem[],
  options: {
    fetchPages?: boolean;
    signal?: AbortSignal;
    /** Fetches the pages; share the feed poller's so feeds and pages of one host wait for each other. */
    fetcher?: PageFetcher;
    /** For the fetcher made when none is given. Default: the environment's. */
    policy?: OutboundPolicy;
  } = {},
): Promise<FeedItemOutcome[]> {
  const out: FeedItemOutcome[] = [];
  let fetcher = options.fetcher;
  for (const item of items) {
    if (options.signal?.aborted) break;
    const label = item.url ?? item.guid ?? item.title ?? feedUrl;
    const url = item.url ? canonicalUrl(item.url) : null;
    const key = `feed:${url ? urlKey(url) : `${feedUrl}#${item.guid ?? item.title ?? ''}`}`;
    try {
      if ((await service.seen(key)) || (url && (await service.store.articleIdByUrl(url)))) continue;
      let input = feedItemToArticleInput(item, feed, feedUrl);
      if ((!input || !hasFullText(item)) && url && options.fetchPages !== false) {
        fetcher ??= new PoliteFetcher({ policy: options.policy });
        const [page] = articlesFromResource(url, await fetcher.page(url, { signal: options.signal }));
        if (page) {
          input = {
            ...page,
            title: page.title ?? input?.title ?? null,
            outlet: page.outlet ?? input?.outlet ?? feed.title,
            published: page.published ?? input?.published ?? null,
          };
        }
      }
      if (!input) {
        out.push({ item: label, outcome: null, error: 'no text in the item and no page to fetch' });
        continue;
      }
      const outcome = await service.ingest({ input, sourceKey: key, urls: url ? [url] : [] });
      out.push({ item: label, outcome, error: null });
    } catch (e) {
      out.push({ item: label, outcome: null, error: e instanceof InputError ? e.reason : (e as Error).message });
    }
  }
  return out;
}
