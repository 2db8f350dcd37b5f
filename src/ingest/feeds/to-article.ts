/**
 * A feed item as an ArticleInput, for feeds that carry the article text.
 * Many carry only a teaser; `hasFullText` tells the caller when the page at
 * the item's URL should be fetched instead (fetchArticles).
 */
import type { ArticleInput } from '../../core/model/article.js';
import { canonicalUrl } from '../../core/url/canonical.js';
import { hostOf } from '../normalize.js';
import type { FeedItem, ParsedFeed } from './feed-item.js';

/** Below this many characters a feed text is taken for a teaser. */
export const FULL_TEXT_MIN_CHARS = 600;

/** Whether the item's own text is the article, not a teaser. */
export function hasFullText(item: FeedItem, minChars = FULL_TEXT_MIN_CHARS): boolean {
  const t = item.text.trim();
  return t.length >= minChars && !/(?:…|\.\.\.|\[…\]|\[\.\.\.\]|(?:weiterlesen|read more|mehr)\W*)$/i.test(t);
}

/**
 * The item as an ArticleInput (`source` = the feed URL), or null when it has
 * no text at all. The URL is canonical (tracking parameters stripped); the
 * outlet is the feed's title, else the item's host.
 */
export function feedItemToArticleInput(item: FeedItem, feed: ParsedFeed, feedUrl: string): ArticleInput | null {
  const body = item.text.trim() !== '' ? item.text : (item.summary ?? '');
  if (body.trim() === '') return null;
  const provenance: ArticleInput['provenance'] = {};
  const set = <T>(field: keyof ArticleInput['provenance'], v: T | null, from: 'feed' | 'host' = 'feed'): T | null => {
    if (v !== null) provenance[field] = from;
    return v;
  };
  const url = set('url', canonicalUrl(item.url));
  const outletFromFeed = feed.title;
  const outlet = outletFromFeed !== null ? set('outlet', outletFromFeed) : set('outlet', hostOf(url ?? feed.homeUrl), 'host');
  return {
    source: feedUrl,
    title: set('title', item.title),
    body,
    outlet,
    url,
    author: set('author', item.author),
    published: set('published', item.published),
    language: set('language', item.language),
    provenance,
  };
}
