/**
 * `parallax jobs add`: what `ingest` reads (files, folders, JSON Lines dumps,
 * URLs), queued for the workers instead of analysed here. A URL becomes a
 * fetch-url job (fetched by a worker, not here); every article read from a
 * file an analyse-article job carrying its ingestion key, so adding the same
 * input twice stores nothing twice, and items stored before are skipped.
 */
import { expandSpec } from '../sources.js';
import { feedItemToArticleInput, hasFullText } from '../../ingest/feeds/to-article.js';
import type { ParallaxService } from '../service.js';
import { feedItemKey } from './handlers.js';
import type { JobQueue } from './queue.js';

export interface EnqueueCounts {
  analyse: number;
  fetch: number;
  skipped: number;
  failed: number;
}

export async function enqueueSources(
  service: ParallaxService,
  queue: JobQueue,
  specs: readonly string[],
  options: { maxBytes?: number; warn?: (message: string) => void } = {},
): Promise<EnqueueCounts> {
  const counts: EnqueueCounts = { analyse: 0, fetch: 0, skipped: 0, failed: 0 };
  const seen = (key: string) => service.seen(key);
  for (const spec of specs) {
    if (/^https?:\/\//i.test(spec)) {
      if (await seen(`url:${spec}`)) counts.skipped++;
      else {
        await queue.enqueue('fetch-url', { url: spec, sourceKey: `url:${spec}`, fallback: null });
        counts.fetch++;
      }
      continue;
    }
    for await (const ev of expandSpec(spec, { seen, maxBytes: options.maxBytes, onWarning: options.warn })) {
      if (ev.kind === 'skipped') counts.skipped++;
      else if (ev.kind === 'error') {
        counts.failed++;
        options.warn?.(ev.error.message);
      } else if (ev.kind === 'item') {
        await queue.enqueue('analyse-article', { input: ev.item.input, sourceKey: ev.item.sourceKey ?? null, urls: ev.item.urls ?? [] });
        counts.analyse++;
      } else {
        // A feed file: its items, as a poll would queue them.
        for (const item of ev.feed.items) {
          const { key, url } = feedItemKey(ev.feedUrl, item);
          if (await seen(key)) {
            counts.skipped++;
            continue;
          }
          const input = feedItemToArticleInput(item, ev.feed, ev.feedUrl);
          if ((!input || !hasFullText(item)) && url) {
            await queue.enqueue('fetch-url', { url, sourceKey: key, fallback: input });
            counts.fetch++;
          } else if (input) {
            await queue.enqueue('analyse-article', { input, sourceKey: key, urls: url ? [url] : [] });
            counts.analyse++;
          }
        }
      }
    }
  }
  return counts;
}
