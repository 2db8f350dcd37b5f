/**
 * JSON and JSON Lines to ArticleInput: one object, an array of objects (or
 * {"articles": [...]}), or one object per line.
 *
 * Fields: title (or headline), text (or body, content; a string or an array of
 * paragraph strings), outlet (or publisher, site), url, published (or date,
 * datePublished), language (or lang), author (a string, {name}, or an array).
 */
import type { ArticleInput, MetadataField } from '../core/model/article.js';
import { normaliseDate } from './dates.js';
import { InputError } from './errors.js';
import { cleanField, normaliseLanguage, normaliseUrl } from './normalize.js';
import { sameText, splitParagraphs } from './text.js';

export interface JsonParseOptions {
  /** What the user gave (path, URL, "-"): goes into `source` and error messages. */
  source: string;
  /** Receives non-fatal problems, e.g. an unreadable date. */
  warn?: (message: string) => void;
}

type Json = Record<string, unknown>;

const ALIASES: Record<MetadataField | 'text', string[]> = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content'],
  outlet: ['outlet', 'publisher', 'site', 'site_name'],
  url: ['url', 'link'],
  published: ['published', 'date', 'datePublished', 'published_at', 'publishedAt'],
  language: ['language', 'lang'],
  author: ['author', 'authors', 'byline'],
};

/** A JSON document: one article object, an array of them, or {"articles": [...]}. */
export function parseJson(text: string, options: JsonParseOptions): ArticleInput[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // A .json file that is really JSON Lines is common enough to accept.
    if (looksLikeJsonLines(text)) return parseJsonLines(text, options);
    throw new InputError(options.source, `invalid JSON (${syntaxDetail(e, text)})`);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as Json).articles)) {
    value = (value as Json).articles;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputError(options.source, 'no articles in JSON (empty array)');
    return value.map((r, i) => recordToInput(r, `record ${i + 1}`, options));
  }
  return [recordToInput(value, null, options)];
}

/** JSON Lines: one article object per line; blank lines are skipped. */
export function parseJsonLines(text: string, options: JsonParseOptions): ArticleInput[] {
  const out: ArticleInput[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new InputError(options.source, `line ${i + 1}: invalid JSON (${syntaxDetail(e, line)})`);
    }
    out.push(recordToInput(value, `line ${i + 1}`, options));
  }
  if (out.length === 0) throw new InputError(options.source, 'no articles in JSON Lines');
  return out;
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.every((l) => {
    try {
      const v: unknown = JSON.parse(l);
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    } catch {
      return false;
    }
  });
}

/** A short, one-line description of a JSON syntax error, with line and column when known. */
function syntaxDetail(e: unknown, text: string): string {
  const msg = e instanceof Error ? e.message.replace(/\s+/g, ' ').trim() : 'syntax error';
  const m = / in JSON at position (\d+)/.exec(msg);
  if (!m) return msg.replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  const where = text.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
  return `${msg.slice(0, m.index)} at ${where}`;
}

function field(record: Json, names: string[]): unknown {
  for (const n of names) {
    const v = record[n];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/** One parsed JSON value to an ArticleInput; `label` ("record 2", "line 3") names it in errors. */
export function recordToInput(value: unknown, label: string | null, options: JsonParseOptions): ArticleInput {
  const { source } = options;
  const warn = options.warn ?? ((): void => {});
  const where = label ? `${label}: ` : '';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(source, `${where}expected a JSON object with a "text" field`);
  }
  const record = value as Json;
  const str = (f: MetadataField | 'text'): string | null => {
    const v = field(record, ALIASES[f]);
    if (v === undefined) return null;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && f === 'published') return String(v);
    if (f === 'author' || f === 'outlet') {
      const names = (Array.isArray(v) ? v : [v])
        .map((x: unknown) => (typeof x === 'string' ? x : x !== null && typeof x === 'object' ? (x as Json).name : undefined))
        .filter((x): x is string => typeof x === 'string' && x.trim() !== '');
      if (names.length > 0) return names.join(', ');
    }
    if (f === 'text' && Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('\n\n');
    throw new InputError(source, `${where}field "${ALIASES[f].find((n) => record[n] !== undefined) ?? f}" must be a string`);
  };

  const rawText = str('text');
  const provenance: ArticleInput['provenance'] = {};
  const note = <T>(f: MetadataField, v: T | null): T | null => {
    if (v !== null) provenance[f] = 'json';
    return v;
  };
  const title = note('title', cleanField(str('title')));
  const outlet = note('outlet', cleanField(str('outlet')));
  const author = note('author', cleanField(str('author')));
  const rawDate = str('published');
  const published = note('published', normaliseDate(rawDate));
  if (rawDate && !published) warn(`${where}unrecognised date "${rawDate}" ignored`);
  const rawUrl = str('url');
  const url = note('url', normaliseUrl(rawUrl));
  if (rawUrl && !url) warn(`${where}not an http(s) URL "${rawUrl}" ignored`);
  const rawLang = str('language');
  const language = note('language', normaliseLanguage(rawLang));
  if (rawLang && !language) warn(`${where}unrecognised language "${rawLang}" ignored`);

  const paragraphs = rawText === null ? [] : splitParagraphs(rawText);
  if (title !== null && paragraphs[0] !== undefined && sameText(paragraphs[0], title)) paragraphs.shift();
  const body = paragraphs.join('\n\n');
  if (body === '') {
    const what = label ?? 'the object';
    const named = title ? ` ("${title.length > 60 ? `${title.slice(0, 57)}...` : title}")` : '';
    throw new InputError(source, `${what}${named}: no text (expected a non-empty "text" or "body" field)`);
  }
  return { source, title, body, outlet, url, author, published, language, provenance };
}
