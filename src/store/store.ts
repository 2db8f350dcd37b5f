/**
 * The one interface every storage backend implements (embedded SQLite now, a
 * server database later). Every backend passes the shared contract suite in
 * ./contract.ts. Methods are async so a networked backend fits the same shape.
 */
import type {
  ArticleFilter,
  ArticleSummary,
  ArticleWrite,
  EntitySummary,
  FeedRecord,
  LabelUse,
  Page,
  SearchHit,
  StoredArticle,
  StoredReport,
  StoryFilter,
  StorySummary,
  StoryWrite,
} from './records.js';

export interface Store {
  /** Where the data lives, for messages ("./parallax.db"). */
  readonly location: string;

  /**
   * Writes one article with everything it brings (URLs, entities, labels, story
   * changes, ingestion state) in one transaction: all of it or nothing. Writing
   * an article that is already stored changes nothing and returns false.
   */
  writeArticle(write: ArticleWrite, stories: StoryWrite): Promise<{ inserted: boolean; seq: number }>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** The article stored under this URL (as given or canonical), if any. */
  articleIdByUrl(url: string): Promise<string | null>;
  /** The article an ingestion-state key produced, if it was ingested before. */
  articleIdBySource(sourceKey: string): Promise<string | null>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  /** Articles in ingestion order after `afterSeq` (for replay and export). */
  articlesAfter(afterSeq: number, limit: number): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;
  /** Stored syndication fingerprints in ingestion order after `afterSeq`. */
  fingerprints(afterSeq: number, limit: number): Promise<{ id: string; seq: number; fingerprint: string }[]>;
  search(text: string, options?: { limit?: number; offset?: number }): Promise<Page<SearchHit>>;

  getStory(id: string): Promise<StorySummary | null>;
  /** Follows recorded merges: the id a story has now (itself when never merged). */
  resolveStoryId(id: string): Promise<string | null>;
  listStories(filter?: StoryFilter): Promise<Page<StorySummary>>;
  storyArticles(id: string): Promise<ArticleSummary[]>;
  storyEntities(id: string): Promise<{ articleId: string; key: string; name: string; type: string; primary: boolean }[]>;
  getReport(storyId: string): Promise<StoredReport | null>;
  putReport(report: StoredReport): Promise<void>;

  searchEntities(text: string, options?: { limit?: number }): Promise<EntitySummary[]>;
  getEntity(key: string): Promise<EntitySummary | null>;
  /** Stories naming any of these keys (an entity is found under its main key and its aliases). */
  entityStories(keys: readonly string[], options?: { limit?: number }): Promise<StorySummary[]>;
  /** The labels each outlet gives an entity, over all its articles. */
  entityLabels(keys: readonly string[]): Promise<LabelUse[]>;
  /** Outlets naming any of these keys, with how many articles each. */
  entityOutlets(keys: readonly string[]): Promise<{ outlet: string; articles: number }[]>;

  putFeed(feed: FeedRecord): Promise<void>;
  getFeed(url: string): Promise<FeedRecord | null>;
  listFeeds(): Promise<FeedRecord[]>;
  removeFeed(url: string): Promise<boolean>;

  /** Small named values (clusterer snapshot, settings), JSON-serialisable. */
  /** URLs and ingestion-state keys recorded for an article (for export). */
  articleAliases(id: string): Promise<{ urls: string[]; sourceKeys: string[] }>;
  /** Every recorded merge (for export). */
  listMerges(): Promise<{ from: string; into: string }[]>;
  /** Writes story rows and merges exactly as given (import); `updatedSeq` is kept. */
  importStories(stories: StoryWrite): Promise<void>;

  getMeta<T>(key: string): Promise<T | null>;
  putMeta(key: string, value: unknown): Promise<void>;

  /**
   * A value that changes whenever anything was written, by this connection or
   * another process; readers use it to know when cached answers are stale.
   */
  changeMark(): Promise<string>;

  close(): Promise<void>;
}
