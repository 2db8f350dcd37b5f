/**
 * Polls subscribed feeds: fetches each due feed conditionally, parses it,
 * hands its new items to the caller, and records the outcome in the feed's
 * state. Items are delivered at least once: the state (seen items,
 * validators) is saved only after the caller's `onItems` has returned, so a
 * crash or a failing store means the items come again next time. One feed's
 * failure is recorded on that feed and never stops the others.
 */
import { FetchError } from '../fetch-error.js';
import type { ConditionalFetcher } from '../http/polite-fetcher.js';
import type { FeedItem, ParsedFeed } from './feed-item.js';
import { unseenItems, updateSeen } from './item-keys.js';
import { parseFeedBytes } from './parse-feed.js';
import { DEFAULT_SCHEDULE, isDue, nextPollTime, type ScheduleOptions } from './schedule.js';
import type { FeedState, FeedStateRepository } from './state.js';

/** New items of one feed, handed to the caller to store. */
export interface FeedBatch {
  /** The subscription URL. */
  feedUrl: string;
  feed: ParsedFeed;
  /** Items not delivered before, in feed order. */
  items: FeedItem[];
}

export type FeedPollStatus =
  /** The server said 304 Not Modified. */
  | 'not-modified'
  /** The feed was fetched and had nothing new. */
  | 'no-new-items'
  | 'new-items'
  | 'failed';

export interface FeedPollOutcome {
  feedUrl: string;
  status: FeedPollStatus;
  newItems: number;
  /** One line, for status "failed". */
  error: string | null;
  /** The state as saved after this poll. */
  state: FeedState;
}

export interface FeedPollerOptions extends Partial<ScheduleOptions> {
  repository: FeedStateRepository;
  fetcher: ConditionalFetcher;
  /** Feeds fetched at once (across hosts; per-host limits are the fetcher's). Default 4. */
  concurrency?: number;
  /** Item keys remembered per feed beyond what the feed lists now. Default 1000. */
  seenLimit?: number;
  /** The clock, in ms since the epoch. Tests pass a fake one. */
  now?: () => number;
}

export interface PollOptions {
  /** Receives each feed's new items; the feed's state is saved only after it resolves. */
  onItems: (batch: FeedBatch) => Promise<void> | void;
  /** Called after each feed's poll, e.g. for progress or logs. */
  onOutcome?: (outcome: FeedPollOutcome) => void;
  /** Stops starting new polls and aborts running requests; aborted feeds keep their state. */
  signal?: AbortSignal;
}

export class FeedPoller {
  private readonly repository: FeedStateRepository;
  private readonly fetcher: ConditionalFetcher;
  private readonly schedule: ScheduleOptions;
  private readonly concurrency: number;
  private readonly seenLimit: number;
  private readonly now: () => number;

  constructor(options: FeedPollerOptions) {
    this.repository = options.repository;
    this.fetcher = options.fetcher;
    this.schedule = {
      intervalMs: options.intervalMs ?? DEFAULT_SCHEDULE.intervalMs,
      maxBackoffMs: options.maxBackoffMs ?? DEFAULT_SCHEDULE.maxBackoffMs,
    };
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.seenLimit = options.seenLimit ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** Subscriptions due now, most overdue first. */
  async dueFeeds(): Promise<FeedState[]> {
    const now = this.now();
    const due = (await this.repository.list()).filter((s) => isDue(s, now));
    return due.sort((a, b) => (a.nextPollAt === null ? -Infinity : Date.parse(a.nextPollAt)) - (b.nextPollAt === null ? -Infinity : Date.parse(b.nextPollAt)));
  }

  /** Poll every feed that is due. Resolves with one outcome per feed polled (aborted ones left out). */
  async pollDue(options: PollOptions): Promise<FeedPollOutcome[]> {
    return this.pollMany((await this.dueFeeds()).map((s) => s.url), options);
  }

  /** Poll these subscriptions now, due or not. */
  async pollMany(urls: readonly string[], options: PollOptions): Promise<FeedPollOutcome[]> {
    const outcomes: FeedPollOutcome[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < urls.length && !options.signal?.aborted) {
        const url = urls[next++]!;
        const outcome = await this.pollFeed(url, options);
        if (outcome) {
          outcomes.push(outcome);
          options.onOutcome?.(outcome);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, urls.length) }, worker));
    return outcomes;
  }

  /**
   * Poll one subscription now. Null when it is not subscribed or the poll was
   * aborted; never throws for the feed's own problems.
   */
  async pollFeed(url: string, options: PollOptions): Promise<FeedPollOutcome | null> {
    const state = await this.repository.get(url);
    if (!state) return null;
    const started = this.now();
    let status: FeedPollStatus;
    let delivered = 0;
    let next: FeedState;
    try {
      const res = await this.fetcher.get(url, { etag: state.etag, lastModified: state.lastModified, signal: options.signal });
      if (res.status === 'not-modified') {
        status = 'not-modified';
        next = { ...state, etag: res.etag, lastModified: res.lastModified };
      } else {
        const feed = parseFeedBytes(res.bytes, { source: url, url: res.finalUrl, contentType: res.contentType });
        const fresh = unseenItems(feed.items, state.seen);
        if (fresh.length > 0) {
          try {
            await options.onItems({ feedUrl: url, feed, items: fresh });
          } catch (e) {
            throw new HandlerError(e);
          }
        }
        status = fresh.length > 0 ? 'new-items' : 'no-new-items';
        delivered = fresh.length;
        next = {
          ...state,
          title: state.title ?? feed.title,
          etag: res.etag,
          lastModified: res.lastModified,
          itemsSeen: state.itemsSeen + fresh.length,
          seen: updateSeen(state.seen, feed.items, this.seenLimit),
        };
      }
    } catch (e) {
      if (options.signal?.aborted) return null;
      const failures = state.failures + 1;
      const failed: FeedState = {
        ...state,
        lastPollAt: new Date(started).toISOString(),
        lastErrorAt: new Date(started).toISOString(),
        lastError: describe(e),
        failures,
        nextPollAt: new Date(nextPollTime(state, failures, this.now(), this.schedule)).toISOString(),
      };
      await this.repository.put(failed);
      return { feedUrl: url, status: 'failed', newItems: 0, error: failed.lastError, state: failed };
    }
    next.lastPollAt = new Date(started).toISOString();
    next.lastSuccessAt = next.lastPollAt;
    next.failures = 0;
    next.nextPollAt = new Date(nextPollTime(state, 0, this.now(), this.schedule)).toISOString();
    await this.repository.put(next);
    return { feedUrl: url, status, newItems: delivered, error: null, state: next };
  }
}

/** The caller's onItems failed: the feed was fine, storing its items was not. */
class HandlerError extends Error {
  constructor(readonly inner: unknown) {
    super(inner instanceof Error ? inner.message : String(inner));
  }
}

/** One line for the feed's lastError. */
function describe(e: unknown): string {
  if (e instanceof HandlerError) return `could not store the new items: ${oneLine(e.message)}`;
  if (e instanceof FetchError) return oneLine(e.reason);
  if (e instanceof Error && 'reason' in e && typeof e.reason === 'string') return oneLine(e.reason);
  return oneLine(e instanceof Error ? e.message : String(e));
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
