/**
 * The one interface every storage backend implements (embedded SQLite now, a
 * server database later). Every backend passes the shared contract suite in
 * ./contract.ts. Methods are async so a networked backend fits the same shape.
 *
 * Several processes may write one store at once (`serve` with `ingest` or
 * `watch` beside it). Articles are written by anyone; putting them into stories
 * is sequential by nature (each assignment depends on all before it), so only
 * the holder of the assignment lease does it:
 *
 * - Leases (`acquireLease`, `renewLease`, `releaseLease`): a named, expiring
 *   grant to one holder at a time. Each time a lease passes to a holder, its
 *   epoch increases; the epoch is the fencing token. Time is the store's clock
 *   (the one machine's for SQLite, the server's for a server database).
 * - Fenced writes (`writeArticle` with a fence, `assignArticle`, `putMeta` and
 *   `putBlob` with a fence) check the grant in the same transaction as the write and change
 *   nothing when a newer epoch exists, so a holder that was paused past its
 *   expiry and replaced cannot overwrite its successor's work. A grant whose
 *   time ran out while nobody took the lease is still current (no one else
 *   can have written under it).
 * - Pending articles: written without their assignment (storyId null). The
 *   lease holder assigns them in seq order, which gives exactly the stories
 *   of one process ingesting the same articles in the same order.
 * - Partitions: the service uses one lease, `story-assigner:global`, for now.
 *   A server database may later assign per partition (one lease or advisory
 *   lock each), each partition sequential and deterministic as above.
 * - A server database implements acquire/renew/release and every fenced
 *   write as one transaction that reads the lease row FOR UPDATE (or under an
 *   advisory lock), and the "no article after seq N" condition of a fenced
 *   writeArticle against the same sequence that numbers articles. Seqs must
 *   become visible in order (SQLite's single writer does that; a server
 *   database serialises article inserts, e.g. under a lock taken for the
 *   seq), or an article could appear after the holder assigned past it.
 *
 * What every backend must decide the same way (SQLite does some of it by its
 * nature; the PostgreSQL store does it on purpose, see ./postgres/):
 *
 * - Seq: a positive integer per article, assigned at its write, larger for
 *   later articles, never reused. A reader that sees seq N sees every stored
 *   seq below N as well (no gaps appear and fill in later), so "everything
 *   after seq N" read twice never misses an article.
 * - Text search syntax (`search`, `StoryFilter.text`): every run of letters
 *   and digits is a word; an article matches when it contains every word (AND);
 *   a "*" right after a word makes it a prefix ("Streik*"). Nothing else is
 *   syntax: quotes, AND/OR/NOT, parentheses, colons and minus signs are plain
 *   text (separators), so no user text can fail or reach the engine's own
 *   query language. Text without a word finds nothing. At most 32 words count.
 * - Folding: case and accents are folded on both sides ("uberschwemmung"
 *   finds "Überschwemmung", "MÜNCHEN" finds "München"). Beyond that a backend
 *   may stem by the article's language (PostgreSQL: "Streik" finds "Streiks",
 *   and stop words such as "die" are dropped, so a query of only stop words
 *   finds nothing; SQLite matches whole words only).
 * - Snippets (`SearchHit.snippet`): a passage of about 16 words from the
 *   article's text around the best match, each matching word between « and »,
 *   with "…" where the passage does not reach the text's start or end.
 * - Ranking: hits come best first, ties in seq order; `SearchHit.rank` is
 *   lower for better hits, on a scale of the backend's own (compare ranks only
 *   within one result).
 * - Entity names (`searchEntities`): main-key entities whose name (case and
 *   accents folded) or key contains the text, most-named first; a backend may
 *   add close misspellings after them ("Putn" → Putin).
 */
import type {
  ArticleFilter,
  ArticleSummary,
  ArticleWrite,
  AssignmentFence,
  EntitySummary,
  FeedRecord,
  LabelUse,
  LeaseGrant,
  LeaseStatus,
  Page,
  PendingAssignment,
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
   * an article that is already stored changes nothing but records its new URLs
   * and source key, and returns inserted false.
   *
   * With a `fence`, the assignment (`storyId`, `syndicatedFrom`, `stories`) is
   * written only when the fence holds (see AssignmentFence); otherwise the
   * article is stored pending, with no story and no story rows touched.
   * Without a fence it is written as given (imports, single-writer tools).
   * `assigned` says whether the article was stored with its story.
   */
  writeArticle(write: ArticleWrite, stories: StoryWrite, fence?: AssignmentFence): Promise<{ inserted: boolean; seq: number; assigned: boolean }>;
  /**
   * Assigns a pending article: its story and syndication link, the story rows
   * and merges (their `updatedSeq` set to the article's seq), in one
   * transaction — only while `fence` is the lease's current grant and the
   * article is still pending. Returns false, changing nothing, otherwise.
   */
  assignArticle(assignment: PendingAssignment, fence: LeaseGrant): Promise<boolean>;
  /** The seq of the latest stored article (every lower seq is visible too); 0 when there is none. */
  lastSeq(): Promise<number>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** The article stored under this URL (as given or canonical), if any. */
  articleIdByUrl(url: string): Promise<string | null>;
  /** The article an ingestion-state key produced, if it was ingested before. */
  articleIdBySource(sourceKey: string): Promise<string | null>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  /** Articles in ingestion order after `afterSeq` (for replay, assignment of pending articles, export). */
  articlesAfter(afterSeq: number, limit: number): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;
  /** Stored syndication fingerprints in ingestion order after `afterSeq`. */
  fingerprints(afterSeq: number, limit: number): Promise<{ id: string; seq: number; fingerprint: string }[]>;
  /** Full-text search over title and text: syntax, folding, snippets and ranking as described at the top of this file. */
  search(text: string, options?: { limit?: number; offset?: number }): Promise<Page<SearchHit>>;

  getStory(id: string): Promise<StorySummary | null>;
  /** Follows recorded merges: the id a story has now (itself when never merged). */
  resolveStoryId(id: string): Promise<string | null>;
  listStories(filter?: StoryFilter): Promise<Page<StorySummary>>;
  storyArticles(id: string): Promise<ArticleSummary[]>;
  storyEntities(id: string): Promise<{ articleId: string; key: string; name: string; type: string; primary: boolean }[]>;
  getReport(storyId: string): Promise<StoredReport | null>;
  putReport(report: StoredReport): Promise<void>;

  /** Entities by name or key; `%`, `_` and `\` are plain characters (see the top of this file). */
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

  /** URLs and ingestion-state keys recorded for an article (for export). */
  articleAliases(id: string): Promise<{ urls: string[]; sourceKeys: string[] }>;
  /** Every recorded merge (for export). */
  listMerges(): Promise<{ from: string; into: string }[]>;
  /** Writes story rows and merges exactly as given (import); `updatedSeq` is kept. */
  importStories(stories: StoryWrite): Promise<void>;

  /** Small named values (story assigner state, settings), JSON-serialisable. */
  getMeta<T>(key: string): Promise<T | null>;
  /** With a `fence`, written only while that grant is the lease's current one; returns whether it was written. */
  putMeta(key: string, value: unknown, fence?: LeaseGrant): Promise<boolean>;
  /**
   * Large named values as bytes, stored as given (the story assigner's state:
   * tens of MB, encoded and compressed by the caller off the event loop).
   * Fenced like putMeta.
   */
  putBlob(key: string, bytes: Uint8Array, fence?: LeaseGrant): Promise<boolean>;
  getBlob(key: string): Promise<Uint8Array | null>;

  /**
   * Takes the lease `name` for `holder` for `ttlMs` when it is free, expired,
   * held by `holder` already (then renewed, epoch unchanged), or held by
   * exactly `options.replacing` (a holder the caller knows to be dead). A new
   * holder gets the next epoch. Otherwise `held` is false and the status
   * names the current holder. Atomic across processes.
   */
  acquireLease(name: string, holder: string, ttlMs: number, options?: { replacing?: string }): Promise<LeaseStatus>;
  /** Extends a grant by `ttlMs` from now while it is current (even if its time ran out, as long as nobody took over). */
  renewLease(grant: LeaseGrant, ttlMs: number): Promise<LeaseStatus>;
  /** Frees the lease if `grant` is current; the epoch is kept, so the next holder's is higher. */
  releaseLease(grant: LeaseGrant): Promise<boolean>;
  getLease(name: string): Promise<LeaseStatus>;

  /**
   * A value that changes whenever anything was written, by this connection or
   * another process (on another machine too, for a server database); readers
   * use it to know when cached answers are stale. It moves no earlier than the
   * write becomes visible, so an answer read after seeing a mark is never older
   * than that mark. Reads never move it; an opaque string, compared only for
   * equality. Lease changes of this connection do not move it (another
   * process's may).
   */
  changeMark(): Promise<string>;

  close(): Promise<void>;
}
