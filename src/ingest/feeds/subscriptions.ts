/**
 * Subscribing and unsubscribing, and each feed's health as `parallax feeds
 * list` and `/api/feeds` show it. Store-independent: works on any
 * FeedStateRepository.
 */
import { InputError } from '../errors.js';
import { normaliseUrl } from '../normalize.js';
import { defaultOutboundPolicy, type OutboundPolicy } from '../http/outbound-policy.js';
import { newFeedState, type FeedState, type FeedStateRepository } from './state.js';

export interface SubscribeOptions {
  title?: string | null;
  intervalMs?: number | null;
  now?: Date;
  /** Checked now as far as it can be without DNS (written addresses, localhost, ports); every poll checks fully. Default: the environment's. */
  policy?: OutboundPolicy;
}

/**
 * Subscribe to the feed at `url` (http or https). Returns the state and
 * whether it is new; subscribing twice keeps the first subscription. Throws
 * InputError (FetchError "refused") for a URL the outbound policy refuses.
 */
export async function subscribe(repository: FeedStateRepository, url: string, options: SubscribeOptions = {}): Promise<{ state: FeedState; created: boolean }> {
  const normalised = normaliseUrl(url);
  if (normalised === null) throw new InputError(url, 'not an http(s) URL');
  (options.policy ?? defaultOutboundPolicy()).checkStatic(new URL(normalised), url);
  const existing = await repository.get(normalised);
  if (existing) return { state: existing, created: false };
  const state = newFeedState(normalised, options.now ?? new Date(), { title: options.title ?? null, intervalMs: options.intervalMs ?? null });
  await repository.put(state);
  return { state, created: true };
}

/** Unsubscribe. Throws InputError when there is no such subscription. */
export async function unsubscribe(repository: FeedStateRepository, url: string): Promise<void> {
  const normalised = normaliseUrl(url) ?? url;
  if (!(await repository.remove(normalised))) throw new InputError(url, 'not subscribed');
}

export type FeedHealthStatus = 'new' | 'ok' | 'failing';

export interface FeedHealth {
  url: string;
  title: string | null;
  /** "new": never polled; "ok": the last poll succeeded; "failing": the last `failures` polls failed. */
  status: FeedHealthStatus;
  failures: number;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  itemsSeen: number;
  nextPollAt: string | null;
}

export function feedHealth(state: FeedState): FeedHealth {
  const status: FeedHealthStatus = state.failures > 0 ? 'failing' : state.lastSuccessAt === null ? 'new' : 'ok';
  return {
    url: state.url,
    title: state.title,
    status,
    failures: state.failures,
    lastSuccessAt: state.lastSuccessAt,
    lastErrorAt: state.lastErrorAt,
    lastError: state.lastError,
    itemsSeen: state.itemsSeen,
    nextPollAt: state.nextPollAt,
  };
}
