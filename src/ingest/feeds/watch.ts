/**
 * `parallax watch`: poll due feeds, sleep until the next one is due (waking
 * at least every `maxSleepMs` to notice new subscriptions), until the signal
 * aborts. Resolves, never rejects, when stopped.
 */
import { sleep } from '../http/backoff.js';
import type { FeedPoller, FeedPollOutcome, PollOptions } from './poller.js';
import { msUntilNextDue } from './schedule.js';
import type { FeedStateRepository } from './state.js';

export interface WatchOptions extends PollOptions {
  signal: AbortSignal;
  /** Longest sleep between rounds, in ms. Default 60 s. */
  maxSleepMs?: number;
  /** Shortest sleep between rounds, in ms, so a feed due again at once cannot spin. Default 1 s. */
  minSleepMs?: number;
  /** Called after each round with its outcomes (empty when nothing was due). */
  onRound?: (outcomes: FeedPollOutcome[]) => void;
  /** The clock, in ms since the epoch. */
  now?: () => number;
}

export async function watchFeeds(poller: FeedPoller, repository: FeedStateRepository, options: WatchOptions): Promise<void> {
  const maxSleep = options.maxSleepMs ?? 60_000;
  const minSleep = options.minSleepMs ?? 1000;
  const now = options.now ?? Date.now;
  while (!options.signal.aborted) {
    const outcomes = await poller.pollDue(options);
    if (options.signal.aborted) break;
    options.onRound?.(outcomes);
    const wait = msUntilNextDue(await repository.list(), now()) ?? maxSleep;
    try {
      await sleep(Math.min(maxSleep, Math.max(minSleep, wait)), options.signal);
    } catch {
      break; // aborted while sleeping
    }
  }
}
