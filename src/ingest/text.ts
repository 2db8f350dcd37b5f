/**
 * Plain text (and Markdown-ish text) to ArticleInput: optional front matter,
 * paragraphs (blank-line separated, or one per line with hard wraps undone),
 * and a headline taken from the first paragraph when it reads like one.
 */
import type { ArticleInput, FieldSource, MetadataField } from '../core/model/article.js';
import { normaliseDate } from './dates.js';
import { InputError } from './errors.js';
import { cleanField, cleanInline, normaliseLanguage, normaliseUrl } from './normalize.js';

export interface TextParseOptions {
  /** What the user gave (path, URL, "-"): goes into `source` and error messages. */
  source: string;
  /** Receives non-fatal problems, e.g. an unreadable date in the front matter. */
  warn?: (message: string) => void;
}

export interface FrontMatter {
  /** Recognised fields, raw (unquoted) values, keyed by ArticleInput field name. */
  fields: Partial<Record<MetadataField, string>>;
  /** The text after the closing `---`. */
  rest: string;
}

const FIELD_ALIASES: Record<string, MetadataField> = {
  title: 'title', headline: 'title',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', site: 'outlet', site_name: 'outlet',
  url: 'url', link: 'url', canonical: 'url',
  published: 'published', date: 'published', pubdate: 'published', published_at: 'published', datepublished: 'published',
  language: 'language', lang: 'language', locale: 'language',
  author: 'author', authors: 'author', byline: 'author',
};

/**
 * Front matter: a first line `---`, then `key: value` lines, then a closing
 * `---` (or `...`). Returns null when the text has none. Unknown keys, comments
 * and indented (nested YAML) lines are ignored; any other line means the block
 * is not front matter after all.
 */
export function parseFrontMatter(text: string): FrontMatter | null {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (lines[i]?.trimEnd() !== '---') return null;
  const fields: Partial<Record<MetadataField, string>> = {};
  let keys = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    const t = line.trim();
    if (t === '---' || t === '...') {
      if (keys === 0) return null;
      return { fields, rest: lines.slice(j + 1).join('\n') };
    }
    if (t === '' || t.startsWith('#') || /^\s/.test(line) || t.startsWith('- ')) continue;
    const m = /^([A-Za-z][\w.-]*)\s*:(?:\s+(.*))?$/.exec(t);
    if (!m) return null;
    keys++;
    const field = FIELD_ALIASES[m[1]!.toLowerCase()];
    const value = unquote(m[2] ?? '');
    if (field && value !== '' && fields[field] === undefined) fields[field] = value;
  }
  return null; // never closed: not front matter
}

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(v);
      if (typeof parsed === 'string') return parsed;
    } catch {
      /* not JSON-escaped: take it literally */
    }
    return v.slice(1, -1);
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  if (v.startsWith('[') && v.endsWith(']')) {
    return v
      .slice(1, -1)
      .split(',')
      .map((x) => unquote(x))
      .filter((x) => x !== '')
      .join(', ');
  }
  return v;
}

interface Block {
  text: string;
  /** A Markdown heading (`# …` or an underlined line). */
  heading: boolean;
}

const BULLET = /^[-*+•]\s+/;
const ATX_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/;
const RULE = /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|={3,})$/;
const SETEXT = /^(?:=+|-+)$/;
/** Characters after which a line ends a sentence (or a quotation) rather than being cut by a hard wrap. */
const FINAL = /[.!?:“”"»«…'’]$/u;
const STARTS_LOWER = /^[\p{Ps}\p{Pi}"'„]*\p{Ll}/u;

/**
 * The paragraphs of a text, each trimmed, inner whitespace collapsed, light
 * Markdown (headings, bullets, emphasis, links) removed.
 *
 * With blank lines in the text, paragraphs are the blank-line separated blocks.
 * Without, each line is a paragraph, except that a line not ending in
 * sentence-final punctuation is joined to the next when the next starts in
 * lower case, or when the line is long (> 50 characters) and was evidently cut
 * by a hard wrap: the next line's first word would not have fitted on it within
 * the text's wrap width, and that word is not one that only starts sentences
 * ("Die", "The"). (These two tests keep a headline on the first line from being
 * glued to the body.)
 */
export function splitParagraphs(text: string): string[] {
  return splitBlocks(text).map((b) => b.text);
}

function splitBlocks(text: string): Block[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines = normalised.split('\n').map((l) => l.trim());
  const blocks = /\S[ \t]*\n[ \t]*\n\s*\S/.test(normalised) ? blankLineBlocks(lines) : lineBlocks(lines);
  const out: Block[] = [];
  for (const b of blocks) {
    const t = cleanInline(stripInlineMarkdown(b.text));
    if (t !== '') out.push({ text: t, heading: b.heading });
  }
  return out;
}

function blankLineBlocks(lines: string[]): Block[] {
  const out: Block[] = [];
  let cur: string[] = [];
  const flush = (heading = false): void => {
    if (cur.length > 0) out.push({ text: cur.join(' '), heading });
    cur = [];
  };
  for (const raw of lines) {
    if (raw === '') {
      flush();
      continue;
    }
    const line = raw.replace(/^>\s?/, '');
    if (SETEXT.test(line) && cur.length > 0 && line.length >= 2) {
      flush(true);
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const h = ATX_HEADING.exec(line);
    if (h) {
      flush();
      out.push({ text: h[1]!, heading: true });
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      cur.push(line.replace(BULLET, ''));
      continue;
    }
    cur.push(line);
  }
  flush();
  return out;
}

function lineBlocks(rawLines: string[]): Block[] {
  const lines = rawLines.filter((l) => l !== '').map((l) => l.replace(/^>\s?/, ''));
  const width = lineWidth(lines);
  const runWidth = runWidths(lines);
  const out: Block[] = [];
  let cur: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = ATX_HEADING.exec(line);
    if (h) {
      if (cur.length > 0) out.push({ text: cur.join(' '), heading: false });
      cur = [];
      out.push({ text: h[1]!, heading: true });
      continue;
    }
    if (SETEXT.test(line) && line.length >= 2) {
      // An underline: what precedes it is a heading.
      if (cur.length > 0) out.push({ text: cur.join(' '), heading: true });
      else if (out.length > 0) out[out.length - 1]!.heading = true;
      cur = [];
      continue;
    }
    if (RULE.test(line)) continue;
    cur.push(line.replace(BULLET, ''));
    const next = lines[i + 1];
    if (next !== undefined && joinsNext(line, next, Math.min(width, runWidth[i + 1]!))) continue;
    out.push({ text: cur.join(' '), heading: false });
    cur = [];
  }
  if (cur.length > 0) out.push({ text: cur.join(' '), heading: false });
  return out;
}

/**
 * Capitalised words that start a sentence but are written in lower case inside
 * one (German and English articles, pronouns, prepositions, conjunctions): a
 * line beginning with one follows a paragraph break, not a hard wrap.
 */
const SENTENCE_STARTERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'es', 'er', 'sie', 'wir', 'ich',
  'ihr', 'man', 'im', 'am', 'in', 'an', 'auf', 'aus', 'nach', 'mit', 'bei', 'von', 'vor', 'zu', 'zum', 'zur', 'für',
  'als', 'wie', 'was', 'wer', 'wenn', 'doch', 'aber', 'und', 'oder', 'nun', 'auch', 'bereits', 'noch', 'seit', 'laut',
  'trotz', 'dies', 'diese', 'dieser', 'dieses', 'damit', 'dabei', 'dann', 'so', 'the', 'a', 'an', 'it', 'he', 'she',
  'we', 'they', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'according', 'after', 'before', 'when', 'while',
  'if', 'as', 'for', 'from', 'with', 'by', 'on', 'at', 'there', 'its', 'their', 'his', 'her', 'our',
]);

function joinsNext(line: string, next: string, width: number): boolean {
  if (FINAL.test(line)) return false;
  if (ATX_HEADING.test(next) || BULLET.test(next) || RULE.test(next) || SETEXT.test(next)) return false;
  if (STARTS_LOWER.test(next)) return true;
  if (line.length <= 50) return false;
  const firstWord = next.split(/\s/)[0] ?? '';
  if (SENTENCE_STARTERS.has(firstWord.replace(/^[\p{P}]+|[\p{P}]+$/gu, '').toLowerCase())) return false;
  return line.length + 1 + firstWord.length > width;
}

/**
 * For each line, the width of the hard-wrapped run that starts there: its longest
 * line up to the line that ends a sentence. A text may wrap only some paragraphs
 * (a lead pasted from a PDF, say), so the local width can be narrower than the
 * text's. Worked out backwards in one pass (a scan forward from every line was
 * quadratic on lines that never end a sentence).
 */
function runWidths(lines: string[]): number[] {
  const widths = new Array<number>(lines.length + 1);
  let w = 0;
  for (let k = lines.length - 1; k >= 0; k--) {
    const len = lines[k]!.length;
    w = FINAL.test(lines[k]!) ? len : Math.max(len, w);
    widths[k] = w || Infinity;
  }
  widths[lines.length] = Infinity;
  return widths;
}

/**
 * The width the text seems wrapped at: the longest line, ignoring the longest
 * tenth as outliers, and ignoring the first line (a headline is no evidence of
 * the body's wrap width).
 */
function lineWidth(lines: string[]): number {
  const sample = lines.length >= 2 ? lines.slice(1) : lines;
  const lengths = sample.map((l) => l.length).sort((a, b) => b - a);
  return lengths[Math.floor(lengths.length / 10)] ?? 0;
}

function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))+(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'vs', 'no', 'nr', 'gen', 'sen', 'rep', 'gov', 'inc', 'ltd', 'co',
  'corp', 'bzw', 'ca', 'vgl', 'usw', 'etc', 'z', 'b', 'u', 'a', 'd', 'h', 'dt', 'str', 'abs', 'art', 'bsp', 'hl',
]);

/** How many sentences a paragraph has, by sentence-final punctuation followed by a capital or digit. */
export function countSentences(p: string): number {
  let n = 1;
  const re = /([.!?…]+)["'”’»«)\]]*\s+(?=["'“„«»([]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(p); m; m = re.exec(p)) {
    if (m.index + m[0].length >= p.length) break;
    if (m[1] === '.') {
      const before = /([\p{L}\p{N}]+)$/u.exec(p.slice(0, m.index))?.[1] ?? '';
      if (before.length === 1 || /^\d+$/.test(before) || ABBREVIATIONS.has(before.toLowerCase())) continue;
    }
    n++;
  }
  return n;
}

/**
 * Whether a paragraph reads like a headline: at most ~200 characters, at most
 * one sentence, at least two words, and not ending with a period (or comma, semicolon).
 */
export function readsLikeHeadline(p: string): boolean {
  const t = p.trim();
  if (t.length === 0 || t.length > 200) return false;
  if (/[.,;]$/.test(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (t.split(/\s+/).length < 2) return false;
  return countSentences(t) <= 1;
}

/** Same text for the purpose of "is this paragraph the headline again?". */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => cleanInline(s).toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** Plain text or Markdown to an ArticleInput. Throws InputError when there is no body text. */
export function parseText(text: string, options: TextParseOptions): ArticleInput {
  const { source } = options;
  const warn = options.warn ?? ((): void => {});
  const provenance: ArticleInput['provenance'] = {};
  const set = <T>(field: MetadataField, value: T | null, from: FieldSource): T | null => {
    if (value !== null) provenance[field] = from;
    return value;
  };

  const fm = parseFrontMatter(text);
  const f = fm?.fields ?? {};
  const title = set('title', cleanField(f.title), 'front-matter');
  const outlet = set('outlet', cleanField(f.outlet), 'front-matter');
  const author = set('author', cleanField(f.author), 'front-matter');
  const published = set('published', normaliseDate(f.published), 'front-matter');
  if (f.published && !published) warn(`front matter: unrecognised date "${f.published}" ignored`);
  const url = set('url', normaliseUrl(f.url), 'front-matter');
  if (f.url && !url) warn(`front matter: not an http(s) URL "${f.url}" ignored`);
  const language = set('language', normaliseLanguage(f.language), 'front-matter');
  if (f.language && !language) warn(`front matter: unrecognised language "${f.language}" ignored`);

  const blocks = splitBlocks(fm ? fm.rest : text);
  let finalTitle = title;
  const first = blocks[0];
  if (first && title !== null && sameText(first.text, title)) {
    blocks.shift();
  } else if (first && title === null && blocks.length > 1) {
    const headline = first.heading ? first.text.length <= 200 : readsLikeHeadline(first.text);
    if (headline) {
      finalTitle = set('title', first.text, 'headline-heuristic');
      blocks.shift();
    }
  }
  const body = blocks.map((b) => b.text).join('\n\n');
  if (body === '') throw new InputError(source, 'no article text found');
  return { source, title: finalTitle, body, outlet, url, author, published, language, provenance };
}
