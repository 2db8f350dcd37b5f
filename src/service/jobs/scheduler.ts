/**
 * `parallax watch` on PostgreSQL: it fetches nothing itself, it only enqueues
 * a poll-feed job for each feed that is due; workers poll. A feed whose job
 * is on its way is not enqueued again until a worker has polled it (its
 * lastPollAt moved) or the job's time ran out.
 */
import { sleep } from '../../ingest/http/backoff.js';
import { isDue, msUntilNextDue } from '../../ingest/feeds/schedule.js';
import type { FeedState, FeedStateRepository } from '../../ingest/feeds/state.js';
import type { JobQueue } from './queue.js';

export interface SchedulerOptions {
  signal: AbortSignal;
  /** Told of each poll enqueued. */
  onEnqueued?: (feedUrl: string, jobId: string | null) => void;
  /** Longest sleep between rounds (default 60 s; new subscriptions are noticed this fast). */
  maxSleepMs?: number;
  /** Shortest sleep between rounds (default 1 s). */
  minSleepMs?: number;
  /** After this long an enqueued poll that changed nothing counts as lost and is enqueued again (default 10 min). */
  lostAfterMs?: number;
  now?: () => number;
}

export class PollScheduler {
  /** Feeds enqueued and not polled since: url → (lastPollAt then, when). */
  private readonly inFlight = new Map<string, { lastPollAt: string | null; at: number }>();

  constructor(
    private readonly repository: FeedStateRepository,
    private readonly queue: JobQueue,
    private readonly options: Omit<SchedulerOptions, 'signal'> = {},
  ) {}

  private get now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** One round: enqueues a poll for every due feed not already on its way; returns the feeds enqueued. */
  async round(): Promise<string[]> {
    const now = this.now;
    const lostAfter = this.options.lostAfterMs ?? 600_000;
    const enqueued: string[] = [];
    for (const state of await this.repository.list()) {
      const sent = this.inFlight.get(state.url);
      if (sent) {
        if (state.lastPollAt === sent.lastPollAt && now - sent.at < lostAfter) continue;
        this.inFlight.delete(state.url);
      }
      if (!isDue(state, now)) continue;
      const id = await this.queue.enqueue('poll-feed', { feedUrl: state.url });
      this.inFlight.set(state.url, { lastPollAt: state.lastPollAt ?? null, at: now });
      this.options.onEnqueued?.(state.url, id);
      enqueued.push(state.url);
    }
    return enqueued;
  }

  /** Rounds until the signal aborts, sleeping until the next feed is due. Resolves, never rejects, when stopped. */
  async run(signal: AbortSignal): Promise<void> {
    const maxSleep = this.options.maxSleepMs ?? 60_000;
    const minSleep = this.options.minSleepMs ?? 1000;
    while (!signal.aborted) {
      await this.round();
      const waiting = (await this.repository.list()).filter((s: FeedState) => !this.inFlight.has(s.url));
      const wait = msUntilNextDue(waiting, this.now) ?? maxSleep;
      // While polls are on their way, look again soon: their feeds are due again after the worker's poll.
      const cap = this.inFlight.size > 0 ? Math.min(maxSleep, 5000) : maxSleep;
      try {
        await sleep(Math.min(cap, Math.max(minSleep, wait)), signal);
      } catch {
        break;
      }
    }
  }
}
