/**
 * Any feed (RSS 0.9x/2.0, Atom 0.3/1.0, RDF/RSS 1.0, JSON Feed 1.x) to a
 * ParsedFeed by feedsmith, then one normalisation: plain-text titles, absolute
 * URLs, ISO dates, content as HTML and text. Failures are one-line InputErrors
 * naming the feed.
 */
import { feedsmith } from './feedsmith.js';
import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { normaliseDate } from '../dates.js';
import { decodeBytes } from '../decode.js';
import { InputError } from '../errors.js';
import { cleanField, normaliseLanguage, normaliseUrl } from '../normalize.js';
import type { FeedItem, ParsedFeed } from './feed-item.js';
import { htmlToText, inlineText, paragraphsOf } from './html-text.js';

export interface FeedParseOptions {
  /** The feed as the user knows it (its URL or path): names it in errors. */
  source: string;
  /** Where the feed was fetched from: base for relative links. */
  url?: string | null;
}

/** Parse feed bytes, decoding them by BOM, the HTTP charset, or the XML declaration's encoding. */
export function parseFeedBytes(bytes: Uint8Array, options: FeedParseOptions & { contentType?: string | null }): ParsedFeed {
  const declared = charsetFromContentType(options.contentType) ?? xmlDeclaredEncoding(bytes);
  const { text } = decodeBytes(bytes, { input: options.source, charset: declared });
  return parseFeedText(text, options);
}

function charsetFromContentType(ct: string | null | undefined): string | null {
  const m = ct ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(ct) : null;
  return m?.[1] ?? null;
}

function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1] ?? null;
}

/** Parse feed text. Throws InputError("<source>: <what is wrong>"). */
export function parseFeedText(text: string, options: FeedParseOptions): ParsedFeed {
  const fail = (reason: string, cause?: unknown): InputError => new InputError(options.source, reason, { cause });
  if (text.trim() === '') throw fail('empty feed');
  let parsed: AnyFeed;
  try {
    parsed = feedsmith().parseFeed(text);
  } catch (e) {
    throw fail(explain(text, e), e);
  }
  try {
    return normalise(parsed, options.url ?? null);
  } catch (e) {
    throw fail(`could not read the feed (${e instanceof Error ? e.message : String(e)})`, e);
  }
}

function explain(text: string, e: unknown): string {
  const t = text.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      JSON.parse(t);
    } catch (je) {
      return `malformed JSON feed (${je instanceof Error ? je.message : String(je)})`;
    }
    return 'not a feed: JSON without the JSON Feed "version" and "items"';
  }
  const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
  if (e instanceof feedsmith().MalformedError) return `malformed feed: invalid XML${cause}`;
  if (e instanceof feedsmith().DetectError) {
    if (/^<(?:!doctype html|html)\b/i.test(t)) return 'not a feed: an HTML page';
    return 'not a feed: no RSS, Atom, RDF or JSON Feed found';
  }
  if (e instanceof feedsmith().ParseError) return `malformed feed: the ${/<feed\b/.test(t) ? 'Atom' : 'feed'} structure is incomplete`;
  return `could not parse the feed (${e instanceof Error ? e.message : String(e)})`;
}

function normalise(parsed: AnyFeed, fetchedUrl: string | null): ParsedFeed {
  switch (parsed.format) {
    case 'rss':
      return fromRss(parsed.feed, fetchedUrl);
    case 'atom':
      return fromAtom(parsed.feed, fetchedUrl);
    case 'rdf':
      return fromRdf(parsed.feed, fetchedUrl);
    case 'json':
      return fromJson(parsed.feed, fetchedUrl);
  }
}

const date = (v: string | null | undefined): string | null => normaliseDate(v ?? null);

/** The fuller of two texts, so an item is never reduced to its teaser when it carries more. */
function contentOf(html: string | null, text: string | null): { contentHtml: string | null; text: string } {
  if (html) return { contentHtml: html, text: htmlToText(html) };
  return { contentHtml: null, text: text ? paragraphsOf(text) : '' };
}

function names(list: (string | null | undefined)[]): string | null {
  const out = [...new Set(list.map((n) => cleanField(n)).filter((n): n is string => n !== null))];
  return out.length > 0 ? out.join(', ') : null;
}

type RssItem = RssFeed.Item<string>;

function fromRss(feed: RssFeed.Feed<string>, fetchedUrl: string | null): ParsedFeed {
  const home = normaliseUrl(feed.link ?? null, fetchedUrl) ?? null;
  const base = fetchedUrl ?? home;
  const language = normaliseLanguage(feed.language ?? feed.dc?.languages?.[0] ?? null);
  const item = (i: RssItem): FeedItem => {
    const guid = cleanField(i.guid?.value ?? null);
    const guidIsLink = guid !== null && i.guid?.isPermaLink !== false && /^https?:\/\//i.test(guid);
    const description = i.description ?? null;
    const { contentHtml, text } = contentOf(i.content?.encoded ?? description, null);
    return {
      guid,
      url: normaliseUrl(i.link ?? (guidIsLink ? guid : null), base),
      title: inlineText(i.title, false),
      summary: description ? cleanField(htmlToText(description)) : null,
      contentHtml,
      text,
      published: date(i.pubDate ?? i.dc?.dates?.[0]),
      updated: date(i.dcterms?.modified?.[0] ?? null),
      author: names([...(i.authors ?? []).map((a) => a.name ?? a.email), ...(i.dc?.creators ?? [])]),
      language: normaliseLanguage(i.dc?.languages?.[0] ?? null) ?? language,
    };
  };
  return {
    format: 'rss',
    title: inlineText(feed.title, false),
    description: inlineText(feed.description, false),
    homeUrl: home,
    selfUrl: normaliseUrl(feed.atom?.links?.find((l) => l.rel === 'self')?.href ?? null, base),
    language,
    items: (feed.items ?? []).map(item),
  };
}

function atomText(t: AtomFeed.Text | undefined): string | null {
  if (!t) return null;
  return inlineText(t.value, t.type === 'html' || t.type === 'xhtml');
}

function atomLink(links: AtomFeed.Link<string>[] | undefined, rel: string, base: string | null): string | null {
  const list = links ?? [];
  const pick =
    list.find((l) => (l.rel ?? 'alternate') === rel && (!l.type || /html/i.test(l.type))) ??
    list.find((l) => (l.rel ?? 'alternate') === rel);
  return normaliseUrl(pick?.href ?? null, base);
}

function fromAtom(feed: AtomFeed.Feed<string>, fetchedUrl: string | null): ParsedFeed {
  const home = atomLink(feed.links, 'alternate', fetchedUrl);
  const base = fetchedUrl ?? home;
  const language = normaliseLanguage(feed.xml?.lang ?? feed.dc?.languages?.[0] ?? null);
  const feedAuthors = (feed.authors ?? []).map((a) => a.name);
  const entry = (e: AtomFeed.Entry<string>): FeedItem => {
    const c = e.content;
    const contentIsHtml = c?.type === 'html' || c?.type === 'xhtml';
    const contentValue = c && !c.src && (!c.type || contentIsHtml || c.type === 'text') ? (c.value ?? null) : null;
    const s = e.summary;
    const summaryIsHtml = s?.type === 'html' || s?.type === 'xhtml';
    const full = contentValue !== null
      ? contentOf(contentIsHtml ? contentValue : null, contentIsHtml ? null : contentValue)
      : contentOf(summaryIsHtml ? (s?.value ?? null) : null, summaryIsHtml ? null : (s?.value ?? null));
    const authors = (e.authors ?? []).map((a) => a.name);
    return {
      guid: cleanField(e.id ?? null),
      url: atomLink(e.links, 'alternate', base),
      title: atomText(e.title),
      summary: s ? cleanField(summaryIsHtml ? htmlToText(s.value) : s.value) : null,
      contentHtml: full.contentHtml,
      text: full.text,
      published: date(e.published ?? e.updated),
      updated: date(e.updated),
      author: names(authors.length > 0 ? authors : feedAuthors),
      language: normaliseLanguage(e.xml?.lang ?? e.dc?.languages?.[0] ?? null) ?? language,
    };
  };
  return {
    format: 'atom',
    title: atomText(feed.title),
    description: atomText(feed.subtitle),
    homeUrl: home,
    selfUrl: atomLink(feed.links, 'self', fetchedUrl),
    language,
    items: (feed.entries ?? []).map(entry),
  };
}

function fromRdf(feed: RdfFeed.Feed<string>, fetchedUrl: string | null): ParsedFeed {
  const home = normaliseUrl(feed.link ?? null, fetchedUrl);
  const base = fetchedUrl ?? home;
  const language = normaliseLanguage(feed.dc?.languages?.[0] ?? null);
  const item = (i: RdfFeed.Item<string>): FeedItem => {
    const description = i.description ?? null;
    const { contentHtml, text } = contentOf(i.content?.encoded ?? description, null);
    return {
      guid: cleanField(i.rdf?.about ?? i.link ?? null),
      url: normaliseUrl(i.link ?? i.rdf?.about ?? null, base),
      title: inlineText(i.title, false),
      summary: description ? cleanField(htmlToText(description)) : null,
      contentHtml,
      text,
      published: date(i.dc?.dates?.[0]),
      updated: date(i.dcterms?.modified?.[0] ?? null),
      author: names(i.dc?.creators ?? []),
      language: normaliseLanguage(i.dc?.languages?.[0] ?? null) ?? language,
    };
  };
  return {
    format: 'rdf',
    title: inlineText(feed.title, false),
    description: inlineText(feed.description, false),
    homeUrl: home,
    selfUrl: normaliseUrl(feed.rdf?.about ?? null, base),
    language,
    items: (feed.items ?? []).map(item),
  };
}

function fromJson(feed: JsonFeed.Feed<string>, fetchedUrl: string | null): ParsedFeed {
  const home = normaliseUrl(feed.home_page_url ?? null, fetchedUrl);
  const base = fetchedUrl ?? home;
  const language = normaliseLanguage(feed.language ?? null);
  const feedAuthors = (feed.authors ?? []).map((a) => a.name);
  const item = (i: JsonFeed.Item<string>): FeedItem => {
    const { contentHtml, text } = contentOf(i.content_html ?? null, i.content_text ?? i.summary ?? null);
    const authors = (i.authors ?? []).map((a) => a.name);
    return {
      guid: i.id === undefined || i.id === null ? null : cleanField(String(i.id)),
      url: normaliseUrl(i.url ?? i.external_url ?? null, base),
      title: inlineText(i.title, false),
      summary: cleanField(i.summary ?? null),
      contentHtml,
      text,
      published: date(i.date_published ?? i.date_modified),
      updated: date(i.date_modified),
      author: names(authors.length > 0 ? authors : feedAuthors),
      language: normaliseLanguage(i.language ?? null) ?? language,
    };
  };
  return {
    format: 'json',
    title: inlineText(feed.title, false),
    description: inlineText(feed.description, false),
    homeUrl: home,
    selfUrl: normaliseUrl(feed.feed_url ?? null, base),
    language,
    items: (feed.items ?? []).map(item),
  };
}
