/**
 * The article as it leaves ingestion: plain data, no analysis yet.
 * Every adapter (text, HTML, JSON, URL, feed) produces this shape.
 */

/** Where a metadata field came from, so a reader can judge how far to trust it. */
export type FieldSource =
  | 'front-matter'
  | 'json'
  | 'json-ld'
  | 'meta'
  | 'time-element'
  | 'url'
  | 'text'
  | 'host'
  | 'file-name'
  | 'headline-heuristic'
  | 'html-title'
  | 'readability'
  | 'detected'
  | 'argument'
  | 'feed';

export type MetadataField = 'title' | 'outlet' | 'author' | 'published' | 'language' | 'url';

export interface ArticleInput {
  /** What the user gave: a file path, a URL, or "-" for standard input. */
  source: string;
  /** Headline, when known. */
  title: string | null;
  /** Body text; paragraphs separated by a blank line. Never includes the headline. */
  body: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  /** ISO 8601 date or date-time, when known. */
  published: string | null;
  /** ISO 639-1 code declared by the source, when any. */
  language: string | null;
  /** For each metadata field that is set, where it came from. */
  provenance: Partial<Record<MetadataField, FieldSource>>;
}

/** An article with its identity settled: the unit every later stage works on. */
export interface Article {
  /** Stable content hash: the same headline and body always give the same id. */
  id: string;
  source: string;
  title: string | null;
  outlet: string;
  url: string | null;
  author: string | null;
  published: string | null;
  /** ISO 639-1 code. "und" when it could not be determined. */
  language: string;
  /**
   * The text every offset in the analysis points into: the headline (when known)
   * as the first paragraph, then the body, paragraphs separated by "\n\n".
   */
  text: string;
  /** Character offset where the body starts in `text` (0 when there is no headline). */
  bodyStart: number;
  provenance: Partial<Record<MetadataField, FieldSource>>;
}
