/**
 * Reads the resolution fixtures (fixtures/resolution/<story>/*.md): articles
 * with inline gold marks `[[surface|entity]]` or `[[surface|entity|metonymy]]`,
 * and each story's `cases.json`. See fixtures/resolution/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleInput } from '../core/model/article.js';
import { parseFrontMatter } from '../ingest/text.js';

/** A gold mention: character offsets in the article's analysed text (headline, blank line, body). */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  entity: string;
  metonymy: boolean;
}

export interface GoldArticle {
  /** Short id from the file name ("a1" for "a1-nordkurier.md"). */
  key: string;
  input: ArticleInput;
  /** The analysed text the marks point into. */
  text: string;
  mentions: GoldMention[];
}

export interface ResolutionCase {
  kind: 'same' | 'apart' | 'metonymy';
  why: string;
  /** "article:surface" or "article:surface#n" (n-th occurrence, from 1). */
  a: string;
  b?: string;
}

export interface GoldStory {
  name: string;
  articles: GoldArticle[];
  cases: ResolutionCase[];
}

const MARK = /\[\[([^\]|]+)\|([^\]|]+)(?:\|(metonymy))?\]\]/g;

/** Removes the marks from `marked`; returns the plain text and the marks' offsets in it. */
export function stripMarks(marked: string): { text: string; mentions: GoldMention[] } {
  let text = '';
  const mentions: GoldMention[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const surface = m[1]!;
    mentions.push({ start: text.length, end: text.length + surface.length, text: surface, entity: m[2]!.trim(), metonymy: m[3] !== undefined });
    text += surface;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`unbalanced mark near "${text.slice(text.indexOf('[['), text.indexOf('[[') + 40)}"`);
  return { text, mentions };
}

/** One marked article file → the input Parallax reads and the gold mentions. */
export function readGoldArticle(path: string): GoldArticle {
  const raw = readFileSync(path, 'utf8');
  const fm = parseFrontMatter(raw);
  if (!fm) throw new Error(`${path}: front matter missing`);
  const title = fm.fields.title ? stripMarks(fm.fields.title) : null;
  const body = stripMarks(fm.rest.trim());
  const offset = title ? title.text.length + 2 : 0;
  const mentions = [...(title?.mentions ?? []), ...body.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }))];
  const input: ArticleInput = {
    source: path,
    title: title?.text ?? null,
    body: body.text,
    outlet: fm.fields.outlet ?? null,
    url: null,
    author: null,
    published: fm.fields.published ?? null,
    language: fm.fields.language ?? null,
    provenance: { outlet: 'front-matter', language: 'front-matter' },
  };
  return {
    key: basename(path).split(/[-.]/)[0]!,
    input,
    text: title ? `${title.text}\n\n${body.text}` : body.text,
    mentions,
  };
}

/** Every story folder under `dir`, articles in file-name order. */
export function readGoldStories(dir: string): GoldStory[] {
  const stories: GoldStory[] = [];
  for (const name of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const folder = join(dir, name);
    const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
    const casesPath = join(folder, 'cases.json');
    const cases = existsSync(casesPath) ? (JSON.parse(readFileSync(casesPath, 'utf8')) as ResolutionCase[]) : [];
    stories.push({ name, articles: files.map((f) => readGoldArticle(join(folder, f))), cases });
  }
  return stories;
}
