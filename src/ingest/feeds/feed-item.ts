/** A feed and its items, the same shape whatever the format (RSS 2.0, Atom, RDF, JSON Feed). */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** The item's id as the feed gives it (RSS guid, Atom id, JSON Feed id, RDF about), or null. */
  guid: string | null;
  /** The article's absolute URL (the item's link resolved against the feed), or null. */
  url: string | null;
  /** Plain text. */
  title: string | null;
  /** Short plain-text summary (RSS description, Atom summary), when the feed also has full content or only this. */
  summary: string | null;
  /** The fullest content the feed carries, as HTML, when it carries HTML. */
  contentHtml: string | null;
  /** The fullest content the feed carries, as plain text (paragraphs separated by blank lines); "" when none. */
  text: string;
  /** ISO 8601, as the feed dates it (published, else updated). */
  published: string | null;
  updated: string | null;
  author: string | null;
  /** ISO 639-1, from the item or the feed. */
  language: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  description: string | null;
  /** The site the feed belongs to. */
  homeUrl: string | null;
  /** The feed's own URL as it declares it (Atom rel=self, JSON feed_url). */
  selfUrl: string | null;
  language: string | null;
  items: FeedItem[];
}
