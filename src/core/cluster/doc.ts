/**
 * What the story clusterer sees of one article: plain, JSON-serialisable term
 * lists per field and channel. Built from a full analysis, or cheaply from the
 * text alone (light-doc.ts) when throughput matters more than entity quality.
 */
import type { ArticleAnalysis, Sentence } from '../model/analysis.js';
import { pushAll } from '../collections.js';

export interface ClusterDoc {
  /** The article id (content hash); the clusterer's key for idempotency. */
  id: string;
  /** Headline as written, for story titles. Empty when unknown. */
  title: string;
  /** Outlet name, or null when unknown (then the same-outlet signal is off). */
  outlet: string | null;
  /** ISO 639-1 code, "und" when unknown. */
  language: string;
  /** Publication time in ms since the epoch, or null when unknown. */
  published: number | null;
  /** Lower-cased content words (no stopwords, no numbers), with repeats. */
  titleTokens: string[];
  bodyTokens: string[];
  /** Their stems. */
  titleStems: string[];
  bodyStems: string[];
  /** Resolved entity keys ("country:DE", "city:…", "name:vladimir putin"), one per mention. */
  titleEntities: string[];
  bodyEntities: string[];
  /** Numbers mentioned, normalised ("1500", "2.5"). */
  numbers: string[];
  /** Dates mentioned, ISO ("2023-09-13", "2023-09"; years alone are left out: too common). */
  dates: string[];
  /** A display name per entity key, for story summaries. */
  entityNames?: Record<string, string>;
}

/** Words that carry no topic: too short, digits, or stopwords. */
export function isContentWord(norm: string, stop: boolean): boolean {
  return !stop && norm.length > 1 && !/^\d/.test(norm);
}

/** Numbers worth matching across articles: small counts ("two", "3") say little about the event. */
export function isTellingNumber(value: number): boolean {
  return Number.isFinite(value) && (value > 12 || !Number.isInteger(value)) && !(Number.isInteger(value) && value >= 1900 && value <= 2100);
}

export function numberKey(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?/;

export function parsePublished(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isFinite(t) ? t : null;
}

/** A ClusterDoc from the full per-article analysis: gazetteer ids and folded names as entity keys. */
export function clusterDocFromAnalysis(analysis: ArticleAnalysis): ClusterDoc {
  const { article } = analysis;
  const headline = new Set<number>(analysis.sentences.filter((s: Sentence) => s.headline).map((s) => s.index));
  const doc: ClusterDoc = {
    id: article.id,
    title: article.title ?? '',
    outlet: article.outlet && article.outlet !== 'unknown outlet' ? article.outlet : null,
    language: article.language,
    published: parsePublished(article.published),
    titleTokens: [],
    bodyTokens: [],
    titleStems: [],
    bodyStems: [],
    titleEntities: [],
    bodyEntities: [],
    numbers: [],
    dates: [],
    entityNames: {},
  };
  for (const s of analysis.sentences) {
    const inTitle = headline.has(s.index);
    for (const t of s.tokens) {
      if (t.kind !== 'word' || !isContentWord(t.norm, t.stop)) continue;
      (inTitle ? doc.titleTokens : doc.bodyTokens).push(t.norm);
      (inTitle ? doc.titleStems : doc.bodyStems).push(t.stem);
    }
  }
  const keysOf = new Map<string, string[]>();
  for (const e of analysis.entities) {
    const keys = entityKeys(e.keys);
    keysOf.set(e.id, keys);
    for (const k of keys) doc.entityNames![k] ??= e.name;
  }
  // Headlines are often in Title Case, where every run of capitalised words looks like a name
  // ("Colts Clinch Playoff Berth"): a name found only in the headline is left out.
  const inBody = new Set<string>();
  for (const m of analysis.mentions) if (!headline.has(m.sentence)) inBody.add(m.entity);
  for (const m of analysis.mentions) {
    const keys = keysOf.get(m.entity);
    if (!keys) continue;
    const inTitle = headline.has(m.sentence);
    if (inTitle && !inBody.has(m.entity) && keys.every((k) => k.startsWith('name:'))) continue;
    pushAll(inTitle ? doc.titleEntities : doc.bodyEntities, keys);
  }
  for (const q of analysis.quantities) if (isTellingNumber(q.value)) doc.numbers.push(numberKey(q.value));
  for (const t of analysis.times) {
    const m = ISO_DATE.exec(t.value);
    if (m) doc.dates.push(m[0]);
  }
  return doc;
}

/**
 * The keys an entity is matched by across articles and languages: its gazetteer
 * id when it has one (language-independent), else its folded full name. Name
 * parts ("part:putin") are left out: they would join unrelated people.
 */
export function entityKeys(keys: readonly string[]): string[] {
  const gaz = keys.filter((k) => !k.startsWith('name:') && !k.startsWith('part:'));
  if (gaz.length) return gaz;
  return keys.filter((k) => k.startsWith('name:'));
}
