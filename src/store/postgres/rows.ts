/** Rows of the PostgreSQL store to records (bigint and count columns come back as strings). */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleAnalysis } from '../../core/model/analysis.js';
import type { ArticleSummary, EntitySummary, FeedRecord, StoredArticle, StorySummary } from '../records.js';

export type Row = Record<string, unknown>;

/** Analyses and reports are kept as gzipped JSON, as in the SQLite store. */
export const pack = (value: unknown): Buffer => gzipSync(JSON.stringify(value), { level: 3 });
export const unpack = <T>(bytes: unknown): T => JSON.parse(gunzipSync(bytes as Buffer).toString('utf8')) as T;

export const SUMMARY_COLUMNS = ['seq', 'id', 'source', 'url', 'outlet', 'title', 'language', 'published', 'author', 'ingested_at', 'story_id', 'syndicated_from', 'words'];

/** The summary columns of table alias `a`. */
export const summaryOf = (a: string) => SUMMARY_COLUMNS.map((c) => `${a}.${c}`).join(', ');

const str = (v: unknown): string | null => (v === null || v === undefined ? null : (v as string));

export function toSummary(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    seq: Number(r.seq),
    source: r.source as string,
    url: str(r.url),
    outlet: r.outlet as string,
    title: str(r.title),
    language: r.language as string,
    published: str(r.published),
    author: str(r.author),
    ingestedAt: r.ingested_at as string,
    storyId: str(r.story_id),
    syndicatedFrom: str(r.syndicated_from),
    words: Number(r.words),
  };
}

export function toStored(r: Row): StoredArticle {
  return { ...toSummary(r), analysis: unpack<ArticleAnalysis>(r.analysis) };
}

export function toStory(r: Row): StorySummary {
  return {
    id: r.id as string,
    title: r.title as string,
    firstPublished: str(r.first_published),
    lastPublished: str(r.last_published),
    size: Number(r.size),
    outlets: JSON.parse(r.outlets as string) as string[],
    languages: JSON.parse(r.languages as string) as string[],
    keyEntities: JSON.parse(r.key_entities as string) as StorySummary['keyEntities'],
    conflicts: r.conflicts === null || r.conflicts === undefined ? null : Number(r.conflicts),
    updatedSeq: Number(r.updated_seq),
  };
}

export function toEntity(r: Row): EntitySummary {
  return { key: r.key as string, name: r.name as string, type: r.type as EntitySummary['type'], articles: Number(r.articles), stories: Number(r.stories) };
}

export function toFeed(r: Row): FeedRecord {
  return { url: r.url as string, title: str(r.title), addedAt: r.added_at as string, state: JSON.parse(r.state as string) as Record<string, unknown> };
}
