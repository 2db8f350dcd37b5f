/**
 * What Parallax remembers about each subscribed feed between polls, and the
 * small repository interface it is kept behind: the store implements it on
 * SQLite, tests use the in-memory one here.
 */

export interface FeedState {
  /** The subscription's URL: the key. */
  url: string;
  /** The feed's title (from the feed, or given when subscribing). */
  title: string | null;
  /** ISO 8601: when the subscription was made. */
  addedAt: string;
  /** Poll interval for this feed in ms; null = the poller's default. */
  intervalMs: number | null;
  /** Validators for the next conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** ISO 8601 times of the last attempt, the last success, the last error. */
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  /** The last error as one line ("HTTP 503 Service Unavailable"), kept after a later success for history. */
  lastError: string | null;
  /** Failures in a row; 0 after a success. */
  failures: number;
  /** New items delivered from this feed, in total. */
  itemsSeen: number;
  /** ISO 8601: when the feed is due next; null = now. */
  nextPollAt: string | null;
  /** Keys of items seen recently (see itemKeys), oldest first, bounded. */
  seen: string[];
}

/** Persistence for FeedState. Implementations must make `put` atomic per feed. */
export interface FeedStateRepository {
  list(): Promise<FeedState[]>;
  get(url: string): Promise<FeedState | null>;
  put(state: FeedState): Promise<void>;
  /** True when there was a feed to remove. */
  remove(url: string): Promise<boolean>;
}

/** A fresh state for a new subscription, due at once. */
export function newFeedState(url: string, now: Date, options: { title?: string | null; intervalMs?: number | null } = {}): FeedState {
  return {
    url,
    title: options.title ?? null,
    addedAt: now.toISOString(),
    intervalMs: options.intervalMs ?? null,
    etag: null,
    lastModified: null,
    lastPollAt: null,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastError: null,
    failures: 0,
    itemsSeen: 0,
    nextPollAt: null,
    seen: [],
  };
}

/** Keeps copies, so callers cannot change stored state by accident (as a database would not let them). */
export class InMemoryFeedStateRepository implements FeedStateRepository {
  private readonly states = new Map<string, FeedState>();

  constructor(initial: FeedState[] = []) {
    for (const s of initial) this.states.set(s.url, structuredClone(s));
  }

  async list(): Promise<FeedState[]> {
    return [...this.states.values()].map((s) => structuredClone(s));
  }

  async get(url: string): Promise<FeedState | null> {
    const s = this.states.get(url);
    return s ? structuredClone(s) : null;
  }

  async put(state: FeedState): Promise<void> {
    this.states.set(state.url, structuredClone(state));
  }

  async remove(url: string): Promise<boolean> {
    return this.states.delete(url);
  }
}
