/** One feed fetched and parsed now, politely: for `parallax ingest FEED_URL` and for checking a URL before subscribing. */
import { PoliteFetcher, type ConditionalFetcher } from '../http/polite-fetcher.js';
import type { ParsedFeed } from './feed-item.js';
import { parseFeedBytes } from './parse-feed.js';

export async function fetchFeed(url: string, options: { fetcher?: ConditionalFetcher; signal?: AbortSignal } = {}): Promise<ParsedFeed> {
  const fetcher = options.fetcher ?? new PoliteFetcher();
  const res = await fetcher.get(url, { signal: options.signal });
  // Without validators the server has no reason to say 304; if it does, there is nothing to read.
  if (res.status === 'not-modified') return parseFeedBytes(new Uint8Array(0), { source: url, url });
  return parseFeedBytes(res.bytes, { source: url, url: res.finalUrl, contentType: res.contentType });
}
