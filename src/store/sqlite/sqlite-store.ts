/**
 * The embedded default store: one SQLite file through libsql (prebuilt, FTS5),
 * WAL journal, foreign keys on. Writes of one article are one transaction, so a
 * killed process leaves either the whole article or nothing. Several processes
 * may open one file: every write transaction is BEGIN IMMEDIATE (SQLite's one
 * writer at a time, waiting up to busy_timeout), and leases live in a table,
 * read and changed inside such a transaction, so they are atomic across
 * processes. Statements are prepared once per SQL text (./statements.ts).
 */
import Database from 'libsql';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleAnalysis } from '../../core/model/analysis.js';
import type { ComparisonReport } from '../../core/model/report.js';
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
} from '../records.js';
import type { Store } from '../store.js';
import { MIGRATIONS } from './schema.js';
import { ftsQuery } from './fts-query.js';
import { StatementCache } from './statements.js';
import { leaseAcquire, leaseOf, leaseRelease, leaseRenew, type LeaseRow } from './leases.js';

type Row = Record<string, unknown>;
type Db = InstanceType<typeof Database>;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

export function openSqliteStore(path: string): SqliteStore {
  let db: Db;
  try {
    db = new Database(path);
  } catch (err) {
    throw new StoreError(`${path}: cannot open the database (${(err as Error).message})`);
  }
  try {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, path);
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${path}: not a usable Parallax database (${(err as Error).message})`);
  }
  return new SqliteStore(db, path);
}

function migrate(db: Db, path: string): void {
  // libsql's pragma({ simple: true }) returns a row, not the bare value: read the column.
  const version = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
  if (version > MIGRATIONS.length) {
    throw new StoreError(`${path}: written by a newer Parallax (schema ${version}, this one knows ${MIGRATIONS.length})`);
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.exec('BEGIN');
    try {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  }
}

const pack = (value: unknown): Buffer => gzipSync(JSON.stringify(value), { level: 3 });
const unpack = <T>(blob: unknown): T => JSON.parse(gunzipSync(blob as Buffer).toString('utf8')) as T;
const clampLimit = (n: number | undefined) => Math.max(1, Math.min(MAX_LIMIT, Math.floor(n ?? DEFAULT_LIMIT)));
const clampOffset = (n: number | undefined) => Math.max(0, Math.floor(n ?? 0));

/** Blobs are written in parts of this size, so no single write holds the thread long. */
const BLOB_PART = 512 * 1024;

/** A list of keys bound as one JSON array: one SQL text whatever the list's length. */
const KEY_LIST = '(SELECT value FROM json_each(?))';

function checkLeaseArgs(name: string, holder: string, ttlMs: number): void {
  if (!name || !holder) throw new StoreError('a lease needs a name and a holder');
  if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new StoreError(`lease ${name}: time to live must be a positive whole number of ms, got ${ttlMs}`);
}

const SUMMARY_COLUMNS =
  'seq, id, source, url, outlet, title, language, published, author, ingested_at, story_id, syndicated_from, words';

function toSummary(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    seq: Number(r.seq),
    source: r.source as string,
    url: (r.url as string | null) ?? null,
    outlet: r.outlet as string,
    title: (r.title as string | null) ?? null,
    language: r.language as string,
    published: (r.published as string | null) ?? null,
    author: (r.author as string | null) ?? null,
    ingestedAt: r.ingested_at as string,
    storyId: (r.story_id as string | null) ?? null,
    syndicatedFrom: (r.syndicated_from as string | null) ?? null,
    words: Number(r.words),
  };
}

function toStored(r: Row): StoredArticle {
  return { ...toSummary(r), analysis: unpack<ArticleAnalysis>(r.analysis) };
}

function toStory(r: Row): StorySummary {
  return {
    id: r.id as string,
    title: r.title as string,
    firstPublished: (r.first_published as string | null) ?? null,
    lastPublished: (r.last_published as string | null) ?? null,
    size: Number(r.size),
    outlets: JSON.parse(r.outlets as string) as string[],
    languages: JSON.parse(r.languages as string) as string[],
    keyEntities: JSON.parse(r.key_entities as string) as StorySummary['keyEntities'],
    conflicts: r.conflicts === null || r.conflicts === undefined ? null : Number(r.conflicts),
    updatedSeq: Number(r.updated_seq),
  };
}

export class SqliteStore implements Store {
  private readonly statements: StatementCache;

  constructor(
    private readonly db: Db,
    readonly location: string,
  ) {
    this.statements = new StatementCache(db);
  }

  /** Distinct SQL texts prepared so far (they stay few: see ./statements.ts). */
  get preparedStatements(): number {
    return this.statements.size;
  }

  private all(sql: string, ...params: unknown[]): Row[] {
    return this.statements.get(sql).all(...params) as Row[];
  }

  private get(sql: string, ...params: unknown[]): Row | undefined {
    return this.statements.get(sql).get(...params) as Row | undefined;
  }

  private run(sql: string, ...params: unknown[]): { changes: number; lastInsertRowid: number | bigint } {
    this.localWrites++;
    return this.statements.get(sql).run(...params);
  }

  /** Writes made through this connection (PRAGMA data_version counts only other connections'). */
  private localWrites = 0;

  /** Runs `fn` inside BEGIN IMMEDIATE … COMMIT, rolling back on any error. Its writes count through run(). */
  private transaction<T>(fn: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async writeArticle(write: ArticleWrite, stories: StoryWrite, fence?: AssignmentFence): Promise<{ inserted: boolean; seq: number; assigned: boolean }> {
    const a = write.analysis.article;
    return this.transaction(() => {
      const existing = this.get('SELECT seq FROM articles WHERE id = ?', a.id);
      if (existing) {
        for (const url of write.urls) this.run('INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)', url, a.id);
        if (write.sourceKey) this.run('INSERT OR IGNORE INTO sources (key, article_id) VALUES (?, ?)', write.sourceKey, a.id);
        return { inserted: false, seq: Number(existing.seq), assigned: false };
      }
      // Fenced: the assignment is only valid as the next one in seq order, by the current lease holder.
      const assign = !fence || (this.fenceHolds(fence.lease) && this.lastSeqNow() === fence.afterSeq);
      const words = write.analysis.sentences.reduce((n, s) => n + s.tokens.filter((t) => t.kind === 'word').length, 0);
      const res = this.run(
        `INSERT INTO articles (id, source, url, outlet, title, language, published, author, ingested_at, story_id, syndicated_from, words, text, analysis, fingerprint)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        a.id, a.source, a.url, a.outlet, a.title, a.language, a.published, a.author, write.ingestedAt ?? new Date().toISOString(),
        assign ? write.storyId : null, assign ? write.syndicatedFrom : null, words, a.text, pack(write.analysis), write.fingerprint ?? null,
      );
      for (const url of write.urls) this.run('INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)', url, a.id);
      if (write.sourceKey) this.run('INSERT OR REPLACE INTO sources (key, article_id) VALUES (?, ?)', write.sourceKey, a.id);
      for (const e of write.entities) {
        this.run(
          'INSERT OR IGNORE INTO article_entities (article_id, key, name, type, mentions, is_primary) VALUES (?, ?, ?, ?, ?, ?)',
          a.id, e.key, e.name, e.type, e.mentions, e.primary ? 1 : 0,
        );
      }
      for (const l of write.labels) this.run('INSERT INTO article_labels (article_id, entity_key, label) VALUES (?, ?, ?)', a.id, l.entityKey, l.label);
      const seq = Number(res.lastInsertRowid);
      if (assign) this.applyStories(stories, seq);
      return { inserted: true, seq, assigned: assign && write.storyId !== null };
    });
  }

  async assignArticle(assignment: PendingAssignment, fence: LeaseGrant): Promise<boolean> {
    return this.transaction(() => {
      if (!this.fenceHolds(fence)) return false;
      const row = this.get('SELECT seq FROM articles WHERE id = ? AND story_id IS NULL', assignment.articleId);
      if (!row) return false;
      this.run('UPDATE articles SET story_id = ?, syndicated_from = ? WHERE id = ?', assignment.storyId, assignment.syndicatedFrom, assignment.articleId);
      this.applyStories(assignment.stories, Number(row.seq));
      return true;
    });
  }

  async lastSeq(): Promise<number> {
    return this.lastSeqNow();
  }

  private lastSeqNow(): number {
    return Number(this.get('SELECT COALESCE(MAX(seq), 0) AS n FROM articles')!.n);
  }

  /** True when `grant` is the lease's current one (read inside the caller's transaction). */
  private fenceHolds(grant: LeaseGrant): boolean {
    const row = this.leaseRow(grant.name);
    return row !== undefined && row.holder === grant.holder && row.epoch === grant.epoch;
  }

  private leaseRow(name: string): LeaseRow | undefined {
    const r = this.get('SELECT holder, epoch, expires_at FROM leases WHERE name = ?', name);
    return r ? { holder: (r.holder as string | null) ?? null, epoch: Number(r.epoch), expiresAt: r.expires_at === null ? null : Number(r.expires_at) } : undefined;
  }

  /** Lease rows are bookkeeping, not data readers see: the change mark does not move (a holder renews every few seconds). */
  private putLease(name: string, row: LeaseRow): void {
    this.statements.get('INSERT OR REPLACE INTO leases (name, holder, epoch, expires_at) VALUES (?, ?, ?, ?)').run(name, row.holder, row.epoch, row.expiresAt);
  }

  async acquireLease(name: string, holder: string, ttlMs: number, options: { replacing?: string } = {}): Promise<LeaseStatus> {
    checkLeaseArgs(name, holder, ttlMs);
    return this.transaction(() => {
      const { row, held } = leaseAcquire(this.leaseRow(name), holder, ttlMs, Date.now(), options.replacing);
      if (held) this.putLease(name, row);
      return leaseOf(name, row, held);
    });
  }

  async renewLease(grant: LeaseGrant, ttlMs: number): Promise<LeaseStatus> {
    checkLeaseArgs(grant.name, grant.holder, ttlMs);
    return this.transaction(() => {
      const { row, held } = leaseRenew(this.leaseRow(grant.name), grant, ttlMs, Date.now());
      if (held) this.putLease(grant.name, row);
      return leaseOf(grant.name, row, held);
    });
  }

  async releaseLease(grant: LeaseGrant): Promise<boolean> {
    return this.transaction(() => {
      const next = leaseRelease(this.leaseRow(grant.name), grant);
      if (next) this.putLease(grant.name, next);
      return next !== null;
    });
  }

  async getLease(name: string): Promise<LeaseStatus> {
    const row = this.leaseRow(name) ?? { holder: null, epoch: 0, expiresAt: null };
    return leaseOf(name, row, false);
  }

  /** Story rows written with an article carry that article's seq as their "last changed" mark. */
  private applyStories(stories: StoryWrite, seq: number | null): void {
    for (const { from, into } of stories.merges) {
      this.run('UPDATE articles SET story_id = ? WHERE story_id = ?', into, from);
      this.run('DELETE FROM stories WHERE id = ?', from);
      this.run('UPDATE story_merges SET into_id = ? WHERE into_id = ?', into, from);
      this.run('INSERT OR REPLACE INTO story_merges (from_id, into_id) VALUES (?, ?)', from, into);
    }
    for (const s of stories.stories) {
      this.run(
        `INSERT INTO stories (id, title, first_published, last_published, size, outlets, languages, key_entities, conflicts, updated_seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published,
           last_published = excluded.last_published, size = excluded.size, outlets = excluded.outlets,
           languages = excluded.languages, key_entities = excluded.key_entities, updated_seq = excluded.updated_seq`,
        s.id, s.title, s.firstPublished, s.lastPublished, s.size, JSON.stringify(s.outlets), JSON.stringify(s.languages),
        JSON.stringify(s.keyEntities), s.conflicts, seq ?? s.updatedSeq,
      );
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.get('SELECT 1 AS x FROM articles WHERE id = ?', id) !== undefined;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.get(`SELECT ${SUMMARY_COLUMNS}, analysis FROM articles WHERE id = ?`, id);
    return r ? toStored(r) : null;
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    const out: StoredArticle[] = [];
    for (const id of ids) {
      const a = await this.getArticle(id);
      if (a) out.push(a);
    }
    return out;
  }

  async articleIdByUrl(url: string): Promise<string | null> {
    return (this.get('SELECT article_id FROM article_urls WHERE url = ?', url)?.article_id as string | undefined) ?? null;
  }

  async articleIdBySource(sourceKey: string): Promise<string | null> {
    return (this.get('SELECT article_id FROM sources WHERE key = ?', sourceKey)?.article_id as string | undefined) ?? null;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.language) {
      where.push('language = ?');
      params.push(filter.language);
    }
    if (filter.outlet) {
      where.push('outlet = ?');
      params.push(filter.outlet);
    }
    if (filter.storyId) {
      where.push('story_id = ?');
      params.push(filter.storyId);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = clampLimit(filter.limit);
    const offset = clampOffset(filter.offset);
    const total = Number(this.get(`SELECT COUNT(*) AS n FROM articles ${clause}`, ...params)!.n);
    const items = this.all(`SELECT ${SUMMARY_COLUMNS} FROM articles ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`, ...params, limit, offset).map(toSummary);
    return { items, total, limit, offset };
  }

  async articlesAfter(afterSeq: number, limit: number): Promise<StoredArticle[]> {
    return this.all(`SELECT ${SUMMARY_COLUMNS}, analysis FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, afterSeq, limit).map(toStored);
  }

  async fingerprints(afterSeq: number, limit: number): Promise<{ id: string; seq: number; fingerprint: string }[]> {
    return this.all('SELECT id, seq, fingerprint FROM articles WHERE seq > ? AND fingerprint IS NOT NULL ORDER BY seq LIMIT ?', afterSeq, limit).map((r) => ({
      id: r.id as string,
      seq: Number(r.seq),
      fingerprint: r.fingerprint as string,
    }));
  }

  async countArticles(): Promise<number> {
    return Number(this.get('SELECT COUNT(*) AS n FROM articles')!.n);
  }

  async search(text: string, options: { limit?: number; offset?: number } = {}): Promise<Page<SearchHit>> {
    const limit = clampLimit(options.limit);
    const offset = clampOffset(options.offset);
    const query = ftsQuery(text);
    if (!query) return { items: [], total: 0, limit, offset };
    const total = Number(this.get('SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?', query)!.n);
    const rows = this.all(
      `SELECT ${SUMMARY_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')},
              snippet(articles_fts, 1, '«', '»', '…', 16) AS snip, bm25(articles_fts) AS rank
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank, a.seq LIMIT ? OFFSET ?`,
      query, limit, offset,
    );
    return { items: rows.map((r) => ({ article: toSummary(r), snippet: r.snip as string, rank: Number(r.rank) })), total, limit, offset };
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const r = this.get('SELECT * FROM stories WHERE id = ?', id);
    return r ? toStory(r) : null;
  }

  async resolveStoryId(id: string): Promise<string | null> {
    if (this.get('SELECT 1 AS x FROM stories WHERE id = ?', id)) return id;
    const merged = this.get('SELECT into_id FROM story_merges WHERE from_id = ?', id);
    return merged ? (merged.into_id as string) : null;
  }

  async listStories(filter: StoryFilter = {}): Promise<Page<StorySummary>> {
    const where: string[] = [];
    const params: unknown[] = [];
    // Uncorrelated: the story ids are collected once through the index (a correlated EXISTS per story took
    // 2.8 s on 9,000 stories, 2 ms this way).
    if (filter.language) {
      where.push('s.id IN (SELECT a.story_id FROM articles a WHERE a.language = ?)');
      params.push(filter.language);
    }
    if (filter.outlet) {
      where.push('s.id IN (SELECT a.story_id FROM articles a WHERE a.outlet = ?)');
      params.push(filter.outlet);
    }
    if (filter.from) {
      where.push('COALESCE(s.last_published, s.first_published) >= ?');
      params.push(filter.from);
    }
    if (filter.to) {
      where.push('COALESCE(s.first_published, s.last_published) <= ?');
      params.push(`${filter.to}\uffff`);
    }
    if (filter.minSize) {
      where.push('s.size >= ?');
      params.push(filter.minSize);
    }
    if (filter.text !== undefined) {
      const query = ftsQuery(filter.text);
      if (!query) return { items: [], total: 0, limit: clampLimit(filter.limit), offset: clampOffset(filter.offset) };
      where.push('s.id IN (SELECT a.story_id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?)');
      params.push(query);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = filter.sort === 'largest' ? 's.size DESC, s.updated_seq DESC' : 's.last_published IS NULL, s.last_published DESC, s.updated_seq DESC';
    const limit = clampLimit(filter.limit);
    const offset = clampOffset(filter.offset);
    const total = Number(this.get(`SELECT COUNT(*) AS n FROM stories s ${clause}`, ...params)!.n);
    const items = this.all(`SELECT s.* FROM stories s ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`, ...params, limit, offset).map(toStory);
    return { items, total, limit, offset };
  }

  async storyArticles(id: string): Promise<ArticleSummary[]> {
    return this.all(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story_id = ? ORDER BY seq`, id).map(toSummary);
  }

  async storyEntities(id: string) {
    return this.all(
      `SELECT e.article_id, e.key, e.name, e.type, e.is_primary FROM article_entities e
       JOIN articles a ON a.id = e.article_id WHERE a.story_id = ? ORDER BY a.seq, e.key`,
      id,
    ).map((r) => ({ articleId: r.article_id as string, key: r.key as string, name: r.name as string, type: r.type as string, primary: Number(r.is_primary) === 1 }));
  }

  async getReport(storyId: string): Promise<StoredReport | null> {
    const r = this.get('SELECT * FROM story_reports WHERE story_id = ?', storyId);
    if (!r) return null;
    return { storyId, membersHash: r.members_hash as string, report: unpack<ComparisonReport>(r.report), computedAt: r.computed_at as string };
  }

  async putReport(report: StoredReport): Promise<void> {
    this.transaction(() => {
      this.run(
        'INSERT OR REPLACE INTO story_reports (story_id, members_hash, report, computed_at) VALUES (?, ?, ?, ?)',
        report.storyId, report.membersHash, pack(report.report), report.computedAt,
      );
      // Figures that only changed over time (a rising toll) are updates, not disagreements between outlets.
      const conflicts = report.report.facts.filter((f) => f.status === 'conflict' && !(f.conflicts?.length && f.conflicts.every((c) => c.update))).length;
      this.run('UPDATE stories SET conflicts = ? WHERE id = ?', conflicts, report.storyId);
    });
  }

  async searchEntities(text: string, options: { limit?: number } = {}): Promise<EntitySummary[]> {
    const like = `%${text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.all(
      `SELECT e.key, e.name, e.type, COUNT(DISTINCT e.article_id) AS articles, COUNT(DISTINCT a.story_id) AS stories
       FROM article_entities e JOIN articles a ON a.id = e.article_id
       WHERE e.is_primary = 1 AND (lower(e.name) LIKE ? ESCAPE '\\' OR e.key LIKE ? ESCAPE '\\')
       GROUP BY e.key ORDER BY articles DESC, e.key LIMIT ?`,
      like, like, clampLimit(options.limit),
    ).map((r) => ({ key: r.key as string, name: r.name as string, type: r.type as EntitySummary['type'], articles: Number(r.articles), stories: Number(r.stories) }));
  }

  async getEntity(key: string): Promise<EntitySummary | null> {
    const r = this.get(
      `SELECT e.key, e.name, e.type, COUNT(DISTINCT e.article_id) AS articles, COUNT(DISTINCT a.story_id) AS stories
       FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.key = ? GROUP BY e.key`,
      key,
    );
    return r ? { key, name: r.name as string, type: r.type as EntitySummary['type'], articles: Number(r.articles), stories: Number(r.stories) } : null;
  }

  async entityStories(keys: readonly string[], options: { limit?: number } = {}): Promise<StorySummary[]> {
    if (keys.length === 0) return [];
    return this.all(
      `SELECT s.* FROM stories s WHERE s.id IN (
         SELECT a.story_id FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.key IN ${KEY_LIST})
       ORDER BY s.last_published IS NULL, s.last_published DESC, s.updated_seq DESC LIMIT ?`,
      JSON.stringify(keys), clampLimit(options.limit),
    ).map(toStory);
  }

  async entityLabels(keys: readonly string[]): Promise<LabelUse[]> {
    if (keys.length === 0) return [];
    return this.all(
      `SELECT a.outlet, l.label, COUNT(*) AS n FROM article_labels l JOIN articles a ON a.id = l.article_id
       WHERE l.entity_key IN ${KEY_LIST} GROUP BY a.outlet, l.label ORDER BY a.outlet, n DESC, l.label`,
      JSON.stringify(keys),
    ).map((r) => ({ outlet: r.outlet as string, label: r.label as string, count: Number(r.n) }));
  }

  async entityOutlets(keys: readonly string[]): Promise<{ outlet: string; articles: number }[]> {
    if (keys.length === 0) return [];
    return this.all(
      `SELECT a.outlet, COUNT(DISTINCT a.id) AS n FROM article_entities e JOIN articles a ON a.id = e.article_id
       WHERE e.key IN ${KEY_LIST} GROUP BY a.outlet ORDER BY n DESC, a.outlet`,
      JSON.stringify(keys),
    ).map((r) => ({ outlet: r.outlet as string, articles: Number(r.n) }));
  }

  async putFeed(feed: FeedRecord): Promise<void> {
    this.run(
      `INSERT INTO feeds (url, title, added_at, state) VALUES (?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET title = excluded.title, state = excluded.state`,
      feed.url, feed.title, feed.addedAt, JSON.stringify(feed.state),
    );
  }

  async getFeed(url: string): Promise<FeedRecord | null> {
    const r = this.get('SELECT * FROM feeds WHERE url = ?', url);
    return r ? toFeed(r) : null;
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return this.all('SELECT * FROM feeds ORDER BY added_at, url').map(toFeed);
  }

  async removeFeed(url: string): Promise<boolean> {
    return this.run('DELETE FROM feeds WHERE url = ?', url).changes > 0;
  }

  async articleAliases(id: string): Promise<{ urls: string[]; sourceKeys: string[] }> {
    return {
      urls: this.all('SELECT url FROM article_urls WHERE article_id = ? ORDER BY url', id).map((r) => r.url as string),
      sourceKeys: this.all('SELECT key FROM sources WHERE article_id = ? ORDER BY key', id).map((r) => r.key as string),
    };
  }

  async listMerges(): Promise<{ from: string; into: string }[]> {
    return this.all('SELECT from_id, into_id FROM story_merges ORDER BY from_id').map((r) => ({ from: r.from_id as string, into: r.into_id as string }));
  }

  async importStories(stories: StoryWrite): Promise<void> {
    this.transaction(() => {
      for (const { from, into } of stories.merges) this.run('INSERT OR REPLACE INTO story_merges (from_id, into_id) VALUES (?, ?)', from, into);
      this.applyStories({ stories: stories.stories, merges: [] }, null);
    });
  }

  async getMeta<T>(key: string): Promise<T | null> {
    const r = this.get('SELECT value FROM meta WHERE key = ?', key);
    return r ? (JSON.parse(r.value as string) as T) : null;
  }

  async putMeta(key: string, value: unknown, fence?: LeaseGrant): Promise<boolean> {
    const json = JSON.stringify(value);
    return this.transaction(() => {
      if (fence && !this.fenceHolds(fence)) return false;
      this.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', key, json);
      return true;
    });
  }

  /**
   * Written part by part (BLOB_PART bytes each, other work may run between
   * parts), then switched to in one fenced transaction: readers see the old
   * value or the new one. Parts of an unfinished write (a crash) are removed
   * by the next one.
   */
  async putBlob(key: string, bytes: Uint8Array, fence?: LeaseGrant): Promise<boolean> {
    const gen = Math.floor(Math.random() * 2 ** 52);
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let parts = 0;
    for (let at = 0; at < data.length || parts === 0; at += BLOB_PART) {
      this.run('INSERT INTO blob_parts (key, gen, part, value) VALUES (?, ?, ?, ?)', key, gen, parts++, data.subarray(at, at + BLOB_PART));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return this.transaction(() => {
      if (fence && !this.fenceHolds(fence)) {
        this.run('DELETE FROM blob_parts WHERE key = ? AND gen = ?', key, gen);
        return false;
      }
      this.run('INSERT OR REPLACE INTO blobs (key, gen, parts) VALUES (?, ?, ?)', key, gen, parts);
      // The previous value and parts a crashed write left behind.
      this.run('DELETE FROM blob_parts WHERE key = ? AND gen != ?', key, gen);
      return true;
    });
  }

  async getBlob(key: string): Promise<Uint8Array | null> {
    // One read transaction: a switch to a newer generation cannot fall between the two reads.
    this.db.exec('BEGIN');
    try {
      const head = this.get('SELECT gen, parts FROM blobs WHERE key = ?', key);
      if (!head) return null;
      const rows = this.all('SELECT value FROM blob_parts WHERE key = ? AND gen = ? ORDER BY part', key, head.gen);
      if (rows.length !== Number(head.parts)) throw new StoreError(`${this.location}: value ${key} is missing parts`);
      // libsql gives BLOB columns as ArrayBuffer.
      return new Uint8Array(Buffer.concat(rows.map((r) => new Uint8Array(r.value as ArrayBuffer))));
    } finally {
      this.db.exec('COMMIT');
    }
  }

  async changeMark(): Promise<string> {
    const other = Number(this.get('PRAGMA data_version')!.data_version);
    return `${other}:${this.localWrites}`;
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}

function toFeed(r: Row): FeedRecord {
  return { url: r.url as string, title: (r.title as string | null) ?? null, addedAt: r.added_at as string, state: JSON.parse(r.state as string) as Record<string, unknown> };
}
