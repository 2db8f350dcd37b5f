/** The feed poller's state kept in the store: one feeds row per subscription, state as JSON. */
import type { FeedState, FeedStateRepository } from '../ingest/feeds/state.js';
import type { Store } from '../store/store.js';
import type { FeedRecord } from '../store/records.js';

function toState(f: FeedRecord): FeedState {
  return { ...(f.state as Partial<FeedState>), url: f.url, title: f.title, addedAt: f.addedAt } as FeedState;
}

export class StoreFeedRepository implements FeedStateRepository {
  constructor(private readonly store: Store) {}

  async list(): Promise<FeedState[]> {
    return (await this.store.listFeeds()).map(toState);
  }

  async get(url: string): Promise<FeedState | null> {
    const f = await this.store.getFeed(url);
    return f ? toState(f) : null;
  }

  async put(state: FeedState): Promise<void> {
    const { url, title, addedAt, ...rest } = state;
    await this.store.putFeed({ url, title, addedAt, state: rest as Record<string, unknown> });
  }

  async remove(url: string): Promise<boolean> {
    return this.store.removeFeed(url);
  }
}
