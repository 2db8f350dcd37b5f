/**
 * When a feed is polled next: its interval after a success; after failures in
 * a row, the interval doubled per failure, capped, so a broken feed is asked
 * less and less often but never forgotten.
 */
import type { FeedState } from './state.js';

export interface ScheduleOptions {
  /** Default poll interval in ms. */
  intervalMs: number;
  /** Longest wait after failures, in ms. */
  maxBackoffMs: number;
}

export const DEFAULT_SCHEDULE: ScheduleOptions = { intervalMs: 15 * 60_000, maxBackoffMs: 24 * 3600_000 };

export function isDue(state: FeedState, now: number): boolean {
  return state.nextPollAt === null || Date.parse(state.nextPollAt) <= now;
}

export function intervalOf(state: FeedState, options: ScheduleOptions): number {
  return state.intervalMs ?? options.intervalMs;
}

/** The time of the next poll, in ms since the epoch, after a poll at `now` that left `failures` failures in a row. */
export function nextPollTime(state: FeedState, failures: number, now: number, options: ScheduleOptions): number {
  const interval = intervalOf(state, options);
  if (failures <= 0) return now + interval;
  const backoff = Math.min(options.maxBackoffMs, interval * 2 ** Math.min(30, failures - 1));
  return now + Math.max(interval, backoff);
}

/** Milliseconds until the earliest feed is due (0 when one is due now), or null without feeds. */
export function msUntilNextDue(states: readonly FeedState[], now: number): number | null {
  let best: number | null = null;
  for (const s of states) {
    const wait = s.nextPollAt === null ? 0 : Math.max(0, Date.parse(s.nextPollAt) - now);
    if (best === null || wait < best) best = wait;
  }
  return best;
}
