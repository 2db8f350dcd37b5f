/**
 * What the store keeps, as plain data. The analysis is kept whole, so reopening
 * a store never re-analyses; the other fields are the ones lists and filters need.
 */
import type { ArticleAnalysis, EntityType } from '../core/model/analysis.js';
import type { ComparisonReport } from '../core/model/report.js';

/** An article as lists show it: everything but the text and the analysis. */
export interface ArticleSummary {
  id: string;
  /** Ingestion order, assigned by the store; later articles have larger numbers. */
  seq: number;
  source: string;
  url: string | null;
  outlet: string;
  title: string | null;
  language: string;
  published: string | null;
  author: string | null;
  ingestedAt: string;
  storyId: string | null;
  /** Id of an earlier stored article carrying the same wire text, when this one is a syndicated copy. */
  syndicatedFrom: string | null;
  words: number;
}

export interface StoredArticle extends ArticleSummary {
  analysis: ArticleAnalysis;
}

/** One entity of one article, under one of its matching keys. */
export interface ArticleEntityRow {
  key: string;
  name: string;
  type: EntityType;
  mentions: number;
  /** The entity's main key (its first); other keys are aliases for search. */
  primary: boolean;
}

export interface ArticleLabelRow {
  entityKey: string;
  label: string;
}

/**
 * Everything one ingested article adds to the store, written in one transaction.
 * `storyId` and `syndicatedFrom` are its assignment: null while the article is
 * pending (stored, readable and searchable, but not yet put into a story).
 */
export interface ArticleWrite {
  analysis: ArticleAnalysis;
  /** URLs this article is known under (as given and canonical); each maps to it. */
  urls: string[];
  /** Ingestion-state key (file path + size + mtime, feed item id, URL) so a resumed run skips it. */
  sourceKey: string | null;
  syndicatedFrom: string | null;
  /** Encoded syndication fingerprint of the text, when it is long enough to have one. */
  fingerprint?: string | null;
  entities: ArticleEntityRow[];
  labels: ArticleLabelRow[];
  storyId: string | null;
  /** When it was first stored; now unless importing. */
  ingestedAt?: string;
}

export interface KeyEntity {
  key: string;
  name: string;
  type: EntityType;
  /** In how many of the story's articles it is named. */
  articles: number;
}

export interface StorySummary {
  id: string;
  title: string;
  firstPublished: string | null;
  lastPublished: string | null;
  size: number;
  outlets: string[];
  languages: string[];
  keyEntities: KeyEntity[];
  /** Conflicts in the story's last comparison; null until compared. */
  conflicts: number | null;
  /** Seq of the latest article that changed this story: "recently updated" order. */
  updatedSeq: number;
}

/** What happens to stories when one article is written (assignment, merges, new summaries); the store sets `updatedSeq` to the article's seq. */
export interface StoryWrite {
  stories: StorySummary[];
  /** Stories folded into another: old id → surviving id. */
  merges: { from: string; into: string }[];
}

/** A lease as granted: the fencing token of fenced writes. */
export interface LeaseGrant {
  name: string;
  holder: string;
  /** Increases every time the lease passes to a holder; a grant with an older epoch is stale. */
  epoch: number;
}

/** Where a lease stands, as one acquire, renew or read saw it. */
export interface LeaseStatus {
  /** True when the caller holds the lease (then holder and epoch are its grant). */
  held: boolean;
  name: string;
  /** Who holds it now; null when it is free (never taken, or released). */
  holder: string | null;
  /** The current epoch (0 when the lease was never taken). */
  epoch: number;
  /** When the current grant lapses unless renewed (ms since 1970); null when free. */
  expiresAt: number | null;
}

/** The story assignment of a pending article, written by the assignment lease's holder. */
export interface PendingAssignment {
  articleId: string;
  storyId: string;
  syndicatedFrom: string | null;
  /** Story rows and merges; the store sets `updatedSeq` to the article's seq. */
  stories: StoryWrite;
}

/**
 * Condition for writing an article with its assignment in one transaction: the
 * lease is still at this grant and no article was stored after `afterSeq` (so
 * this one is the next in seq order). Otherwise it is stored pending.
 */
export interface AssignmentFence {
  lease: LeaseGrant;
  afterSeq: number;
}

export interface StoredReport {
  storyId: string;
  /** Hash of the member article ids it was computed from; stale when members change. */
  membersHash: string;
  report: ComparisonReport;
  computedAt: string;
}

export interface FeedRecord {
  url: string;
  title: string | null;
  addedAt: string;
  /** Poller state (ETag, Last-Modified, health), owned by the feed poller. */
  state: Record<string, unknown>;
}

export interface EntitySummary {
  key: string;
  name: string;
  type: EntityType;
  articles: number;
  stories: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface StoryFilter {
  language?: string;
  outlet?: string;
  /** ISO dates: stories whose time span overlaps [from, to]. */
  from?: string;
  to?: string;
  /** Full-text query over the stories' articles. */
  text?: string;
  /** Only stories with at least this many articles. */
  minSize?: number;
  sort?: 'recent' | 'largest';
  limit?: number;
  offset?: number;
}

export interface ArticleFilter {
  language?: string;
  outlet?: string;
  storyId?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  article: ArticleSummary;
  /** The matching passage with the hits marked by « and ». */
  snippet: string;
  rank: number;
}

export interface LabelUse {
  outlet: string;
  label: string;
  count: number;
}
