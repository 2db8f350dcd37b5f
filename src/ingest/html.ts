/**
 * HTML to ArticleInput: the article text by Readability (with a structural
 * fallback), and metadata by a cascade of sources, each field recording where
 * it came from.
 */
import { parseHTML, readabilityClass } from './dom.js';
import { blockParagraphs } from './block-text.js';
import { limitNesting } from './html-nesting.js';
import { pushAll } from '../core/collections.js';
import type { ArticleInput, FieldSource, MetadataField } from '../core/model/article.js';
import { dateFromUrl, findDateInText, normaliseDate } from './dates.js';
import { InputError } from './errors.js';
import { cleanField, cleanInline, hostOf, normaliseLanguage, normaliseUrl } from './normalize.js';
import { sameText } from './text.js';

export interface HtmlParseOptions {
  /** What the user gave (path, URL, "-"): goes into `source` and error messages. */
  source: string;
  /** The URL the page was fetched from (after redirects): base for relative links, last resort for `url`. */
  url?: string | null;
  /** Receives non-fatal notes, e.g. that the structural fallback was used. */
  warn?: (message: string) => void;
}

// Minimal structural view of the linkedom DOM (the project compiles without the DOM lib).
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

type Json = Record<string, unknown>;

/**
 * Elements past which Readability is not run (its time grows faster than the page:
 * 80,000 elements took seconds); news pages have a few thousand. The structural
 * fallback reads such a page instead.
 */
const MAX_READABLE_ELEMENTS = 60_000;

/** Readability text shorter than this is not trusted; the structural fallback may do better. */
const MIN_READABLE_CHARS = 200;
/** How much of the visible text counts as "near the top" when looking for a written date. */
const TOP_TEXT_CHARS = 1000;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'blogposting', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
  'report', 'techarticle', 'scholarlyarticle', 'satiricalarticle',
]);

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date',
  'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'parsely-pub-date', 'sailthru.date', 'datepublished',
];

/** Page furniture the structural fallback leaves out. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** The same, but keeping <header>: an article's header holds its date line. */
const CHROME_BUT_HEADER = new Set([...CHROME].filter((n) => n !== 'header'));
const NO_CHROME = new Set<string>();

/** Parse HTML into a document, giving linkedom the <html>/<head>/<body> skeleton it does not infer itself. */
function parseDocument(html: string): DomDocument {
  let src = limitNesting(html).replace(/^\s*<!doctype[^>]*>/i, '');
  if (!/<html[\s>]/i.test(src)) src = `<html>${src}</html>`;
  if (!/<body[\s>]/i.test(src)) {
    if (/<\/head\s*>/i.test(src)) {
      src = src.replace(/<\/head\s*>/i, (m) => `${m}<body>`);
    } else {
      // Leading head-only elements (title, meta, …) go into a <head>, the rest into <body>.
      const open = /<html\b[^>]*>/i.exec(src)!;
      const start = open.index + open[0].length;
      const headish =
        /^(?:\s+|<!--[\s\S]*?-->|<head\b[^>]*>|<(?:meta|link|base)\b[^>]*>|<(title|style|script|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>)*/i.exec(
          src.slice(start),
        )![0];
      const headInner = headish.replace(/<head\b[^>]*>/i, '');
      src = `${src.slice(0, start)}<head>${headInner}</head><body>${src.slice(start + headish.length)}`;
    }
  }
  const { document } = parseHTML(`<!DOCTYPE html>${src}`);
  return document as unknown as DomDocument;
}

const all = (root: DomDocument | DomElement, selector: string): DomElement[] =>
  Array.from(root.querySelectorAll(selector));

const textOf = (el: DomElement | null | undefined): string | null => cleanField(el?.textContent ?? null);

/** <meta> contents keyed by lower-cased name / property / http-equiv / itemprop, in document order. */
function metaIndex(doc: DomDocument): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const m of all(doc, 'meta')) {
    const content = m.getAttribute('content');
    if (content == null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'http-equiv', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      for (const k of key.split(/\s+/)) {
        const list = index.get(k) ?? [];
        list.push(content.trim());
        index.set(k, list);
      }
    }
  }
  return index;
}

function parseJsonLd(raw: string): unknown {
  const cleaned = raw
    .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/, '')
    .replace(/[\n\r\t]/g, ' ') // raw newlines in strings are invalid JSON but common; outside strings they are whitespace
    .trim()
    .replace(/;$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      return JSON.parse(cleaned.replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

interface JsonLd {
  /** Every object with an @type, breadth first (top-level objects before nested ones). */
  nodes: Json[];
  byId: Map<string, Json>;
}

function collectJsonLd(doc: DomDocument): JsonLd {
  const nodes: Json[] = [];
  const byId = new Map<string, Json>();
  const queue: unknown[] = [];
  for (const s of all(doc, 'script')) {
    const type = s.getAttribute('type')?.toLowerCase() ?? '';
    if (!type.startsWith('application/ld+json')) continue;
    const parsed = parseJsonLd(s.textContent ?? '');
    if (parsed !== undefined) queue.push(parsed);
  }
  const seen = new Set<unknown>();
  // A read position instead of shift(), which moves the whole queue each time.
  for (let next = 0; next < queue.length; next++) {
    const v = queue[next];
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      pushAll(queue, v as unknown[]);
      continue;
    }
    const o = v as Json;
    if (o['@type'] !== undefined) nodes.push(o);
    if (typeof o['@id'] === 'string' && o['@type'] !== undefined && !byId.has(o['@id'])) byId.set(o['@id'], o);
    for (const [k, child] of Object.entries(o)) {
      if (k !== '@context' && child !== null && typeof child === 'object') queue.push(child);
    }
  }
  return { nodes, byId };
}

function types(node: Json): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => (x.split(/[/#]/).pop() ?? x).toLowerCase());
}

function resolveRef(v: unknown, ld: JsonLd): unknown {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const id = (v as Json)['@id'];
    if (typeof id === 'string' && Object.keys(v).length <= 2) return ld.byId.get(id) ?? v;
  }
  return v;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** JSON-LD strings are raw script text, yet some sites put HTML entities in them. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return ENTITIES[name!.toLowerCase()] ?? m;
  });
}

/** Names from a JSON-LD value: a string, {name}, an @id reference, or an array of these. */
function ldNames(v: unknown, ld: JsonLd): string[] {
  const out: string[] = [];
  const visit = (x: unknown): void => {
    const r = resolveRef(x, ld);
    if (typeof r === 'string') out.push(decodeEntities(r));
    else if (Array.isArray(r)) r.forEach(visit);
    else if (r !== null && typeof r === 'object') {
      const name = (r as Json).name;
      if (typeof name === 'string') out.push(decodeEntities(name));
      else if (Array.isArray(name) || (name !== null && typeof name === 'object')) visit(name);
      else {
        const value = (r as Json)['@value'];
        if (typeof value === 'string') out.push(value);
      }
    }
  };
  visit(v);
  return out;
}

function firstString(v: unknown): string | null {
  if (typeof v === 'string') return decodeEntities(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = firstString(x);
      if (s) return s;
    }
  }
  if (v !== null && typeof v === 'object') return firstString((v as Json)['@value']);
  return null;
}

const looksLikeUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s.trim());

/** "By Jane Doe and John Roe" → "Jane Doe, John Roe"; "Von Max Muster" → "Max Muster". Drops URLs and duplicates. */
function cleanAuthors(names: (string | null | undefined)[]): string | null {
  const out: string[] = [];
  for (const raw of names) {
    if (!raw || looksLikeUrl(raw)) continue;
    const c = cleanInline(raw).replace(/^(?:by|von|text:|autor(?:in)?:|author:)\s+/i, '');
    for (const part of c.split(/\s*(?:,|\band\b|\bund\b|&)\s*/i)) {
      const p = part.trim();
      if (p !== '' && !out.some((o) => o.toLowerCase() === p.toLowerCase())) out.push(p);
    }
  }
  return out.length > 0 ? out.join(', ') : null;
}

/** "Headline | Outlet", "Outlet - Headline" → "Headline" when the other part is the outlet. */
function stripOutlet(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const o = outlet.toLowerCase();
  const seps = [...title.matchAll(/\s+[|\-–—·»:]\s+/g)];
  const first = seps[0];
  const last = seps[seps.length - 1];
  if (!first || !last) return title;
  const tail = title.slice(last.index + last[0].length).trim();
  if (tail.toLowerCase() === o) return title.slice(0, last.index).trim();
  const head = title.slice(0, first.index).trim();
  if (head.toLowerCase() === o) return title.slice(first.index + first[0].length).trim();
  return title;
}

/** The element the structural fallback reads: <article>, else <main>, else <body>. */
function fallbackRoot(doc: DomDocument): { root: DomElement; name: string } | null {
  for (const sel of ['article', 'main', '[role="main"]']) {
    const el = doc.querySelector(sel);
    if (el && (textOf(el)?.length ?? 0) > 0) return { root: el, name: sel === 'article' ? '<article>' : '<main>' };
  }
  const body = doc.body ?? doc.documentElement;
  return body ? { root: body, name: '<body>' } : null;
}

function readabilityParagraphs(html: string): string[] {
  const doc = parseDocument(html);
  // The declaration file names DOM types this project does not load; linkedom's document is what Readability needs.
  const Readability = readabilityClass();
  const reader = new Readability<DomElement>(doc as never, { serializer: (node) => node as unknown as DomElement, maxElemsToParse: MAX_READABLE_ELEMENTS });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    // Too many elements for Readability (it aborts past the bound): the structural fallback reads the page.
    return [];
  }
  const content = result?.content;
  return content ? blockParagraphs(content, NO_CHROME) : [];
}

/** Paragraphs near the top that are only furniture: the headline again, a date line, a byline. */
const FURNITURE_SCAN = 4;

function dropLeadingFurniture(paragraphs: string[], title: string | null): string[] {
  return paragraphs.filter((p, i) => {
    if (i >= FURNITURE_SCAN) return true;
    if (title !== null && sameText(p, title)) return false;
    if (p.length > 80) return true;
    if (/^(?:[Bb]y|[Vv]on)\s+\p{Lu}/u.test(p) && !/[.!?]$/.test(p)) return false;
    return !isDateLine(p);
  });
}

const DATE_LINE_WORDS =
  /^(?:stand|aktualisiert|veröffentlicht|erschienen|uhr|am|um|vom|updated|published|posted|on|at|pm|utc|mez|mesz|cet|cest|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** "13. September 2023", "Stand: 13.09.2023, 10:15 Uhr", "Updated Sep 13, 2023 at 10:15 am". */
function isDateLine(p: string): boolean {
  const found = findDateInText(p);
  if (!found) return false;
  const rest = (p.slice(0, found.index) + ' ' + p.slice(found.index + found.length))
    .replace(/\d{1,2}[:.]\d{2}/g, ' ')
    .replace(/[\p{P}\p{S}\d]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !DATE_LINE_WORDS.test(w));
  return rest.length === 0;
}

function isHomePage(url: string): boolean {
  return new URL(url).pathname.replace(/\/(?:index\.html?)?$/i, '') === '';
}

/** HTML to an ArticleInput. Throws InputError when the page has no article text or cannot be parsed. */
export function parseHtml(html: string, options: HtmlParseOptions): ArticleInput {
  try {
    return parseHtmlUnsafe(html, options);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError(options.source, `could not parse HTML (${why})`, { cause: e });
  }
}

function parseHtmlUnsafe(html: string, options: HtmlParseOptions): ArticleInput {
  const { source } = options;
  const warn = options.warn ?? ((): void => {});
  const fetchedUrl = normaliseUrl(options.url ?? null);
  const doc = parseDocument(html);
  const meta = metaIndex(doc);
  const metaFirst = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k)?.[0];
      if (v) return v;
    }
    return null;
  };
  const ld = collectJsonLd(doc);
  const article = ld.nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.has(t))) ?? null;

  const provenance: ArticleInput['provenance'] = {};
  const pick = <T>(field: MetadataField, candidates: [() => T | null, FieldSource][]): T | null => {
    for (const [get, from] of candidates) {
      const v = get();
      if (v !== null) {
        provenance[field] = from;
        return v;
      }
    }
    return null;
  };

  // url: canonical link → og:url → the fetched URL
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href') ?? null;
  const base = normaliseUrl(baseHref, fetchedUrl) ?? fetchedUrl;
  // A declared URL pointing at the home page from a deeper page is a common misconfiguration: ignored.
  const declared = (v: string | null): string | null => (v !== null && isHomePage(v) && fetchedUrl !== null && !isHomePage(fetchedUrl) ? null : v);
  const url = pick<string>('url', [
    [() => declared(normaliseUrl(all(doc, 'link[rel]').find((l) => /\bcanonical\b/i.test(l.getAttribute('rel') ?? ''))?.getAttribute('href'), base)), 'meta'],
    [() => declared(normaliseUrl(metaFirst('og:url'), base)), 'meta'],
    [() => fetchedUrl, 'url'],
  ]);

  // outlet: og:site_name → JSON-LD publisher.name → application-name → host → null
  const outlet = pick<string>('outlet', [
    [() => cleanField(metaFirst('og:site_name')), 'meta'],
    [() => cleanField(article ? (ldNames(article.publisher, ld)[0] ?? null) : null), 'json-ld'],
    [() => cleanField(metaFirst('application-name')), 'meta'],
    [() => hostOf(url), 'host'],
  ]);

  // title: JSON-LD headline → og:title / twitter:title → <h1> → <title>
  const titleFrom = (raw: string | null | undefined): string | null => {
    const c = cleanField(raw);
    if (c === null || (outlet !== null && c.toLowerCase() === outlet.toLowerCase())) return null;
    return cleanField(stripOutlet(c, outlet));
  };
  const h1 = (): string | null => {
    for (const sel of ['article h1', 'main h1', 'h1']) {
      for (const el of all(doc, sel)) {
        const t = textOf(el);
        if (t && (!outlet || t.toLowerCase() !== outlet.toLowerCase())) return t;
      }
    }
    return null;
  };
  const title = pick<string>('title', [
    [() => titleFrom(article ? firstString(article.headline) ?? firstString(article.name) : null), 'json-ld'],
    [() => titleFrom(metaFirst('og:title')), 'meta'],
    [() => titleFrom(metaFirst('twitter:title')), 'meta'],
    [h1, 'html-title'],
    [() => titleFrom(doc.querySelector('title')?.textContent), 'html-title'],
  ]);

  // author: JSON-LD author → meta author / article:author → rel=author link text
  const author = pick<string>('author', [
    [() => (article ? cleanAuthors(ldNames(article.author, ld)) : null), 'json-ld'],
    [() => cleanAuthors([...(meta.get('author') ?? []), ...(meta.get('article:author') ?? [])]), 'meta'],
    [() => cleanAuthors(all(doc, 'a[rel], link[rel]').filter((a) => /\bauthor\b/i.test(a.getAttribute('rel') ?? '')).map((a) => a.textContent)), 'text'],
  ]);

  // published: JSON-LD → meta → <time datetime> → URL path → written date near the top
  const ldDate = (): string | null => {
    const candidates = article ? [article, ...ld.nodes] : ld.nodes;
    for (const n of candidates) {
      const d = normaliseDate(firstString(n.datePublished));
      if (d) return d;
    }
    return null;
  };
  const metaDate = (): string | null => {
    for (const k of PUBLISHED_META) {
      for (const v of meta.get(k) ?? []) {
        const d = normaliseDate(v);
        if (d) return d;
      }
    }
    return null;
  };
  const timeDate = (): string | null => {
    for (const sel of ['article time[datetime]', 'time[datetime]']) {
      for (const t of all(doc, sel)) {
        const d = normaliseDate(t.getAttribute('datetime'));
        if (d) return d;
      }
    }
    return null;
  };
  const topTextDate = (): string | null => {
    const region = fallbackRoot(doc);
    if (!region) return null;
    const skip = region.name === '<body>' ? CHROME : CHROME_BUT_HEADER;
    const top = blockParagraphs(region.root, skip).join('\n').slice(0, TOP_TEXT_CHARS);
    return findDateInText(top)?.date ?? null;
  };
  const published = pick<string>('published', [
    [ldDate, 'json-ld'],
    [metaDate, 'meta'],
    [timeDate, 'time-element'],
    [() => dateFromUrl(url) ?? (url !== fetchedUrl ? dateFromUrl(fetchedUrl) : null), 'url'],
    [topTextDate, 'text'],
  ]);

  // language: <html lang> → content-language → og:locale (→ JSON-LD inLanguage)
  const language = pick<string>('language', [
    [() => normaliseLanguage(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang')), 'meta'],
    [() => normaliseLanguage(metaFirst('content-language', 'language', 'dc.language')), 'meta'],
    [() => normaliseLanguage(metaFirst('og:locale')), 'meta'],
    [() => normaliseLanguage(article ? firstString(article.inLanguage) : null), 'json-ld'],
  ]);

  // Body: Readability, or the structural fallback when it finds nothing or very little
  // (on small pages Readability tends to return the navigation).
  let paragraphs = readabilityParagraphs(html);
  if (paragraphs.join(' ').length < MIN_READABLE_CHARS) {
    const region = fallbackRoot(doc);
    paragraphs = region ? blockParagraphs(region.root, CHROME) : [];
    if (region?.name === '<body>' && paragraphs.length > 0) warn('no article structure recognised; used the text of <body>');
  }
  const body = dropLeadingFurniture(paragraphs, title).join('\n\n');
  if (body === '') throw new InputError(source, 'no article text found');

  return { source, title, body, outlet, url, author, published, language, provenance };
}
