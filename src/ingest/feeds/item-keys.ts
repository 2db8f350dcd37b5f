/**
 * How the poller recognises an item it has delivered before: by its guid and
 * by its URL's duplicate key, so an item whose guid changes but whose link
 * does not (or the reverse) is not delivered twice.
 */
import { urlKey } from '../../core/url/canonical.js';
import type { FeedItem } from './feed-item.js';

export function itemKeys(item: FeedItem): string[] {
  const keys: string[] = [];
  if (item.guid) keys.push(`guid:${item.guid}`);
  const u = urlKey(item.url);
  if (u) keys.push(`url:${u}`);
  // An item with neither is known by its title and date.
  if (keys.length === 0 && (item.title || item.published)) keys.push(`title:${item.title ?? ''}|${item.published ?? ''}`);
  return keys;
}

/** The items none of whose keys are in `seen`, each once even when the feed lists it twice. */
export function unseenItems(items: readonly FeedItem[], seen: Iterable<string>): FeedItem[] {
  const known = new Set(seen);
  const out: FeedItem[] = [];
  for (const item of items) {
    const keys = itemKeys(item);
    if (keys.length === 0 || keys.some((k) => known.has(k))) continue;
    for (const k of keys) known.add(k);
    out.push(item);
  }
  return out;
}

/**
 * The seen list after a successful poll: the current items' keys move to the
 * end (newest), the oldest fall off beyond `limit` but never a key the feed
 * still lists.
 */
export function updateSeen(seen: readonly string[], items: readonly FeedItem[], limit: number): string[] {
  const current = [...new Set(items.flatMap(itemKeys))];
  const currentSet = new Set(current);
  const older = seen.filter((k) => !currentSet.has(k));
  const keep = Math.max(0, Math.max(limit, current.length) - current.length);
  return [...older.slice(Math.max(0, older.length - keep)), ...current];
}
