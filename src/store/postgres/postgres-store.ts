/**
 * The server store: PostgreSQL through a connection pool, for several
 * processes on several machines. Same contract and semantics as the SQLite
 * store (./contract.ts); how it keeps them:
 *
 * - One transaction per article write; the article id (content hash), URLs and
 *   ingestion keys are unique keys, so writing an article again only adds its
 *   new URLs and source key (ON CONFLICT DO NOTHING).
 * - Seqs: every transaction that writes articles or stories first locks the
 *   'seq' counter row and holds it to COMMIT. Article writes are therefore one
 *   at a time, each takes the next number, and a seq becomes visible only
 *   after every lower one: a reader never sees seq 8 while 7 is still to come
 *   (replay and the assigner's "no article after seq N" rely on that). The
 *   cost: article writes do not run in parallel (each is a few ms).
 * - Fenced writes read the lease row FOR SHARE inside their transaction, so a
 *   takeover (which updates that row) cannot slip between check and write.
 * - The change mark is a counter row every write transaction bumps as its
 *   last statement: it moves exactly when the writes commit, for every process.
 */
import type pg from 'pg';
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
import { StoreError } from '../errors.js';
import { createPool, describePgError, maskUrl } from './connection.js';
import { extensionSchemas, migrate } from './migrate.js';
import type { ExtensionSchemas } from './schema.js';
import { Runner, type Client } from './runner.js';
import { pack, summaryOf, toEntity, toFeed, toStored, toStory, toSummary, unpack, type Row } from './rows.js';
import { headlineSql, matchSql, querySql, tsQueryText, withEllipses } from './text-search.js';
import * as leases from './leases.js';
import * as blobs from './blobs.js';
import type { WriteHooks } from './write-hooks.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;
const clampLimit = (n: number | undefined) => Math.max(1, Math.min(MAX_LIMIT, Math.floor(n ?? DEFAULT_LIMIT)));
const clampOffset = (n: number | undefined) => Math.max(0, Math.floor(n ?? 0));
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Opens (and migrates) the store at a postgres:// URL; fails with one line naming the database, password masked. */
export async function openPostgresStore(url: string): Promise<PostgresStore> {
  const location = maskUrl(url);
  const pool = createPool(url);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StoreError(`${location}: cannot connect (${describePgError(err)})`);
  }
  try {
    await migrate(client, location);
    const ext = await extensionSchemas(client, location);
    client.release();
    return new PostgresStore(pool, location, ext);
  } catch (err) {
    // Released before the pool ends: end() waits for every client to come back.
    client.release(true);
    await pool.end().catch(() => {});
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${location}: not a usable Parallax database (${describePgError(err)})`);
  }
}

/** Numbered parameters for an SQL text built piece by piece. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export class PostgresStore implements Store {
  private readonly db: Runner;
  /** Run inside write transactions (a job queue enqueuing what the write causes); none by default. */
  private hooks: WriteHooks = {};

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    private readonly ext: ExtensionSchemas,
  ) {
    this.db = new Runner(pool, location);
  }

  /** Statements to run inside the transactions of article, assignment and feed writes, before COMMIT (see write-hooks.ts). */
  setWriteHooks(hooks: WriteHooks): void {
    this.hooks = hooks;
  }

  /** Locks the seq counter until COMMIT (see the file comment) and returns the last seq. */
  private async lockSeq(c: Client): Promise<number> {
    return Number((await c.query(`SELECT value FROM parallax_counters WHERE name = 'seq' FOR UPDATE`)).rows[0].value);
  }

  /** The last statement of every write transaction: readers' caches become stale exactly when it commits. */
  private readonly bump = async (c: Client): Promise<void> => {
    await c.query(`UPDATE parallax_counters SET value = value + 1 WHERE name = 'changes'`);
  };

  async writeArticle(write: ArticleWrite, stories: StoryWrite, fence?: AssignmentFence): Promise<{ inserted: boolean; seq: number; assigned: boolean }> {
    const a = write.analysis.article;
    const words = write.analysis.sentences.reduce((n, s) => n + s.tokens.filter((t) => t.kind === 'word').length, 0);
    const analysis = pack(write.analysis);
    return this.db.transaction(async (c) => {
      const last = await this.lockSeq(c);
      const existing = (await c.query('SELECT seq FROM articles WHERE id = $1', [a.id])).rows[0] as Row | undefined;
      if (existing) {
        if (await this.addAliases(c, a.id, write.urls, write.sourceKey, false)) await this.bump(c);
        return { inserted: false, seq: Number(existing.seq), assigned: false };
      }
      // Fenced: the assignment is only valid as the next one in seq order, by the current lease holder.
      const assign = !fence || ((await leases.fenceHolds(c, fence.lease)) && last === fence.afterSeq);
      const seq = last + 1;
      await c.query(`UPDATE parallax_counters SET value = $1 WHERE name = 'seq'`, [seq]);
      await c.query(
        `INSERT INTO articles (seq, id, source, url, outlet, title, language, published, author, ingested_at, story_id, syndicated_from, words, text, analysis, fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          seq, a.id, a.source, a.url, a.outlet, a.title, a.language, a.published, a.author, write.ingestedAt ?? new Date().toISOString(),
          assign ? write.storyId : null, assign ? write.syndicatedFrom : null, words, a.text, analysis, write.fingerprint ?? null,
        ],
      );
      await this.addAliases(c, a.id, write.urls, write.sourceKey, true);
      await this.addRows(c, a.id, write);
      if (assign) await this.applyStories(c, stories, seq);
      const storyId = assign ? write.storyId : null;
      await this.hooks.articleStored?.(c, { id: a.id, seq, storyId });
      if (storyId !== null) await this.hooks.storyChanged?.(c, { id: storyId });
      await this.bump(c);
      return { inserted: true, seq, assigned: storyId !== null };
    });
  }

  /** URLs never move to another article; a source key moves to the article it now produces (a changed file). Returns whether anything was added. */
  private async addAliases(c: Client, id: string, urls: string[], sourceKey: string | null, isNew: boolean): Promise<boolean> {
    let added = 0;
    if (urls.length) {
      added += (await c.query('INSERT INTO article_urls (url, article_id) SELECT u, $2::text FROM unnest($1::text[]) AS u ON CONFLICT (url) DO NOTHING', [urls, id])).rowCount ?? 0;
    }
    if (sourceKey) {
      const onConflict = isNew ? 'DO UPDATE SET article_id = EXCLUDED.article_id' : 'DO NOTHING';
      added += (await c.query(`INSERT INTO sources (key, article_id) VALUES ($1, $2) ON CONFLICT (key) ${onConflict}`, [sourceKey, id])).rowCount ?? 0;
    }
    return added > 0;
  }

  private async addRows(c: Client, id: string, write: ArticleWrite): Promise<void> {
    const e = write.entities;
    if (e.length) {
      await c.query(
        `INSERT INTO article_entities (article_id, key, name, type, mentions, is_primary)
         SELECT $1::text, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::boolean[]) ON CONFLICT DO NOTHING`,
        [id, e.map((r) => r.key), e.map((r) => r.name), e.map((r) => r.type), e.map((r) => r.mentions), e.map((r) => r.primary)],
      );
    }
    const l = write.labels;
    if (l.length) {
      await c.query('INSERT INTO article_labels (article_id, entity_key, label) SELECT $1::text, * FROM unnest($2::text[], $3::text[])', [
        id, l.map((r) => r.entityKey), l.map((r) => r.label),
      ]);
    }
  }

  async assignArticle(assignment: PendingAssignment, fence: LeaseGrant): Promise<boolean> {
    return this.db.transaction(async (c) => {
      await this.lockSeq(c);
      if (!(await leases.fenceHolds(c, fence))) return false;
      const row = (await c.query('SELECT seq FROM articles WHERE id = $1 AND story_id IS NULL FOR UPDATE', [assignment.articleId])).rows[0] as Row | undefined;
      if (!row) return false;
      await c.query('UPDATE articles SET story_id = $2, syndicated_from = $3 WHERE id = $1', [assignment.articleId, assignment.storyId, assignment.syndicatedFrom]);
      await this.applyStories(c, assignment.stories, Number(row.seq));
      await this.hooks.storyChanged?.(c, { id: assignment.storyId });
      await this.bump(c);
      return true;
    });
  }

  /** Story rows written with an article carry that article's seq as their "last changed" mark. */
  private async applyStories(c: Client, stories: StoryWrite, seq: number | null): Promise<void> {
    for (const { from, into } of stories.merges) {
      await c.query('UPDATE articles SET story_id = $2 WHERE story_id = $1', [from, into]);
      await c.query('DELETE FROM stories WHERE id = $1', [from]);
      await c.query('UPDATE story_merges SET into_id = $2 WHERE into_id = $1', [from, into]);
      await c.query('INSERT INTO story_merges (from_id, into_id) VALUES ($1, $2) ON CONFLICT (from_id) DO UPDATE SET into_id = EXCLUDED.into_id', [from, into]);
    }
    for (const s of stories.stories) {
      await c.query(
        `INSERT INTO stories (id, title, first_published, last_published, size, outlets, languages, key_entities, conflicts, updated_seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, first_published = EXCLUDED.first_published,
           last_published = EXCLUDED.last_published, size = EXCLUDED.size, outlets = EXCLUDED.outlets,
           languages = EXCLUDED.languages, key_entities = EXCLUDED.key_entities, updated_seq = EXCLUDED.updated_seq`,
        [
          s.id, s.title, s.firstPublished, s.lastPublished, s.size, JSON.stringify(s.outlets), JSON.stringify(s.languages),
          JSON.stringify(s.keyEntities), s.conflicts, seq ?? s.updatedSeq,
        ],
      );
    }
  }

  async lastSeq(): Promise<number> {
    return Number((await this.db.row('SELECT COALESCE(MAX(seq), 0) AS n FROM articles'))!.n);
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.db.row('SELECT 1 AS x FROM articles WHERE id = $1', [id])) !== undefined;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.db.row(`SELECT ${summaryOf('a')}, a.analysis FROM articles a WHERE a.id = $1`, [id]);
    return r ? toStored(r) : null;
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.rows(`SELECT ${summaryOf('a')}, a.analysis FROM articles a WHERE a.id = ANY($1::text[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const out: StoredArticle[] = [];
    for (const id of ids) {
      const r = byId.get(id);
      if (r) out.push(toStored(r));
    }
    return out;
  }

  async articleIdByUrl(url: string): Promise<string | null> {
    return ((await this.db.row('SELECT article_id FROM article_urls WHERE url = $1', [url]))?.article_id as string | undefined) ?? null;
  }

  async articleIdBySource(sourceKey: string): Promise<string | null> {
    return ((await this.db.row('SELECT article_id FROM sources WHERE key = $1', [sourceKey]))?.article_id as string | undefined) ?? null;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.language) where.push(`a.language = ${p.add(filter.language)}`);
    if (filter.outlet) where.push(`a.outlet = ${p.add(filter.outlet)}`);
    if (filter.storyId) where.push(`a.story_id = ${p.add(filter.storyId)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = clampLimit(filter.limit);
    const offset = clampOffset(filter.offset);
    const total = Number((await this.db.row(`SELECT COUNT(*) AS n FROM articles a ${clause}`, p.values))!.n);
    const page = `LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
    const items = (await this.db.rows(`SELECT ${summaryOf('a')} FROM articles a ${clause} ORDER BY a.seq DESC ${page}`, p.values)).map(toSummary);
    return { items, total, limit, offset };
  }

  async articlesAfter(afterSeq: number, limit: number): Promise<StoredArticle[]> {
    return (await this.db.rows(`SELECT ${summaryOf('a')}, a.analysis FROM articles a WHERE a.seq > $1 ORDER BY a.seq LIMIT $2`, [afterSeq, limit])).map(toStored);
  }

  async countArticles(): Promise<number> {
    return Number((await this.db.row('SELECT COUNT(*) AS n FROM articles'))!.n);
  }

  async fingerprints(afterSeq: number, limit: number): Promise<{ id: string; seq: number; fingerprint: string }[]> {
    const rows = await this.db.rows('SELECT id, seq, fingerprint FROM articles WHERE seq > $1 AND fingerprint IS NOT NULL ORDER BY seq LIMIT $2', [afterSeq, limit]);
    return rows.map((r) => ({ id: r.id as string, seq: Number(r.seq), fingerprint: r.fingerprint as string }));
  }

  async search(text: string, options: { limit?: number; offset?: number } = {}): Promise<Page<SearchHit>> {
    const limit = clampLimit(options.limit);
    const offset = clampOffset(options.offset);
    const query = tsQueryText(text);
    if (!query) return { items: [], total: 0, limit, offset };
    const total = Number((await this.db.row(`SELECT COUNT(*) AS n FROM articles a WHERE ${matchSql('$1')}`, [query]))!.n);
    // Ranked and paged first; snippets (ts_headline reads the text) only for the page.
    const rows = await this.db.rows(
      `WITH hits AS (
         SELECT a.seq, ts_rank_cd(a.search, ${querySql('$1')}, 1) AS score FROM articles a
         WHERE ${matchSql('$1')} ORDER BY score DESC, a.seq LIMIT $2 OFFSET $3)
       SELECT ${summaryOf('a')}, h.score, s.snip,
              starts_with(a.text, s.plain) AS at_start, right(a.text, length(s.plain)) = s.plain AS at_end
       FROM hits h JOIN articles a ON a.seq = h.seq
       CROSS JOIN LATERAL (SELECT ${headlineSql('$1')} AS snip) hl
       CROSS JOIN LATERAL (SELECT hl.snip, replace(replace(hl.snip, '«', ''), '»', '') AS plain) s
       ORDER BY h.score DESC, a.seq`,
      [query, limit, offset],
    );
    const items = rows.map((r) => ({
      article: toSummary(r),
      snippet: withEllipses(r.snip as string, r.at_start === true, r.at_end === true),
      // Lower is better, as with SQLite's bm25.
      rank: -Number(r.score),
    }));
    return { items, total, limit, offset };
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const r = await this.db.row('SELECT * FROM stories WHERE id = $1', [id]);
    return r ? toStory(r) : null;
  }

  async resolveStoryId(id: string): Promise<string | null> {
    const r = await this.db.row(
      `SELECT id, 0 AS o FROM stories WHERE id = $1 UNION ALL SELECT into_id, 1 FROM story_merges WHERE from_id = $1 ORDER BY o LIMIT 1`,
      [id],
    );
    return (r?.id as string | undefined) ?? null;
  }

  async listStories(filter: StoryFilter = {}): Promise<Page<StorySummary>> {
    const limit = clampLimit(filter.limit);
    const offset = clampOffset(filter.offset);
    const p = new Params();
    const where: string[] = [];
    if (filter.language) where.push(`s.id IN (SELECT a.story_id FROM articles a WHERE a.language = ${p.add(filter.language)})`);
    if (filter.outlet) where.push(`s.id IN (SELECT a.story_id FROM articles a WHERE a.outlet = ${p.add(filter.outlet)})`);
    if (filter.from) where.push(`COALESCE(s.last_published, s.first_published) >= ${p.add(filter.from)}`);
    if (filter.to) where.push(`COALESCE(s.first_published, s.last_published) <= ${p.add(`${filter.to}\uffff`)}`);
    if (filter.minSize) where.push(`s.size >= ${p.add(filter.minSize)}`);
    if (filter.text !== undefined) {
      const query = tsQueryText(filter.text);
      if (!query) return { items: [], total: 0, limit, offset };
      where.push(`s.id IN (SELECT a.story_id FROM articles a WHERE ${matchSql(p.add(query))})`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = filter.sort === 'largest' ? 's.size DESC, s.updated_seq DESC' : 's.last_published DESC NULLS LAST, s.updated_seq DESC';
    const total = Number((await this.db.row(`SELECT COUNT(*) AS n FROM stories s ${clause}`, p.values))!.n);
    const page = `LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
    const items = (await this.db.rows(`SELECT s.* FROM stories s ${clause} ORDER BY ${order} ${page}`, p.values)).map(toStory);
    return { items, total, limit, offset };
  }

  async storyArticles(id: string): Promise<ArticleSummary[]> {
    return (await this.db.rows(`SELECT ${summaryOf('a')} FROM articles a WHERE a.story_id = $1 ORDER BY a.seq`, [id])).map(toSummary);
  }

  async storyEntities(id: string): Promise<{ articleId: string; key: string; name: string; type: string; primary: boolean }[]> {
    const rows = await this.db.rows(
      `SELECT e.article_id, e.key, e.name, e.type, e.is_primary FROM article_entities e
       JOIN articles a ON a.id = e.article_id WHERE a.story_id = $1 ORDER BY a.seq, e.key`,
      [id],
    );
    return rows.map((r) => ({ articleId: r.article_id as string, key: r.key as string, name: r.name as string, type: r.type as string, primary: r.is_primary === true }));
  }

  async getReport(storyId: string): Promise<StoredReport | null> {
    const r = await this.db.row('SELECT members_hash, report, computed_at FROM story_reports WHERE story_id = $1', [storyId]);
    if (!r) return null;
    return { storyId, membersHash: r.members_hash as string, report: unpack<ComparisonReport>(r.report), computedAt: r.computed_at as string };
  }

  async putReport(report: StoredReport): Promise<void> {
    // Figures that only changed over time (a rising toll) are updates, not disagreements between outlets.
    const conflicts = report.report.facts.filter((f) => f.status === 'conflict' && !(f.conflicts?.length && f.conflicts.every((c) => c.update))).length;
    const bytes = pack(report.report);
    await this.db.transaction(async (c) => {
      await c.query(
        `INSERT INTO story_reports (story_id, members_hash, report, computed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (story_id) DO UPDATE SET members_hash = EXCLUDED.members_hash, report = EXCLUDED.report, computed_at = EXCLUDED.computed_at`,
        [report.storyId, report.membersHash, bytes, report.computedAt],
      );
      await c.query('UPDATE stories SET conflicts = $2 WHERE id = $1', [report.storyId, conflicts]);
      await this.bump(c);
    });
  }

  /**
   * Names containing the text (case and accents folded) or keys containing it,
   * most-named first, as in the SQLite store; then names that are merely close
   * (pg_trgm word similarity: "Putn" finds Putin), closest first.
   */
  async searchEntities(text: string, options: { limit?: number } = {}): Promise<EntitySummary[]> {
    // PostgreSQL text holds no NUL character: one typed is dropped, never sent (it would fail the query).
    const typed = text.replaceAll(String.fromCharCode(0), '').trim();
    const t = this.ext.trgm;
    const rows = await this.db.rows(
      `WITH m AS (
         SELECT e.key, e.name, e.type, e.article_id, a.story_id, a.seq,
                (parallax_fold(e.name) LIKE parallax_fold($1) ESCAPE '\\' OR e.key LIKE lower($1) ESCAPE '\\') AS contained,
                ${t}.word_similarity(parallax_fold($2), parallax_fold(e.name)) AS sim
         FROM article_entities e JOIN articles a ON a.id = e.article_id
         WHERE e.is_primary AND (parallax_fold(e.name) LIKE parallax_fold($1) ESCAPE '\\' OR e.key LIKE lower($1) ESCAPE '\\'
                                 OR parallax_fold($2) OPERATOR(${t}.<%) parallax_fold(e.name)))
       SELECT key, (array_agg(name ORDER BY seq))[1] AS name, (array_agg(type ORDER BY seq))[1] AS type,
              COUNT(DISTINCT article_id) AS articles, COUNT(DISTINCT story_id) AS stories
       FROM m GROUP BY key
       ORDER BY bool_or(contained) DESC, CASE WHEN bool_or(contained) THEN 0 ELSE max(sim) END DESC, articles DESC, key
       LIMIT $3`,
      [likePattern(typed), typed, clampLimit(options.limit)],
    );
    return rows.map(toEntity);
  }

  async getEntity(key: string): Promise<EntitySummary | null> {
    const r = await this.db.row(
      `SELECT e.key, (array_agg(e.name ORDER BY a.seq))[1] AS name, (array_agg(e.type ORDER BY a.seq))[1] AS type,
              COUNT(DISTINCT e.article_id) AS articles, COUNT(DISTINCT a.story_id) AS stories
       FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.key = $1 GROUP BY e.key`,
      [key],
    );
    return r ? toEntity(r) : null;
  }

  async entityStories(keys: readonly string[], options: { limit?: number } = {}): Promise<StorySummary[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.rows(
      `SELECT s.* FROM stories s WHERE s.id IN (
         SELECT a.story_id FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.key = ANY($1::text[]))
       ORDER BY s.last_published DESC NULLS LAST, s.updated_seq DESC LIMIT $2`,
      [keys, clampLimit(options.limit)],
    );
    return rows.map(toStory);
  }

  async entityLabels(keys: readonly string[]): Promise<LabelUse[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.rows(
      `SELECT a.outlet, l.label, COUNT(*) AS n FROM article_labels l JOIN articles a ON a.id = l.article_id
       WHERE l.entity_key = ANY($1::text[]) GROUP BY a.outlet, l.label ORDER BY a.outlet, n DESC, l.label`,
      [keys],
    );
    return rows.map((r) => ({ outlet: r.outlet as string, label: r.label as string, count: Number(r.n) }));
  }

  async entityOutlets(keys: readonly string[]): Promise<{ outlet: string; articles: number }[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.rows(
      `SELECT a.outlet, COUNT(DISTINCT a.id) AS n FROM article_entities e JOIN articles a ON a.id = e.article_id
       WHERE e.key = ANY($1::text[]) GROUP BY a.outlet ORDER BY n DESC, a.outlet`,
      [keys],
    );
    return rows.map((r) => ({ outlet: r.outlet as string, articles: Number(r.n) }));
  }

  async putFeed(feed: FeedRecord): Promise<void> {
    await this.db.transaction(async (c) => {
      const res = await c.query(
        `INSERT INTO feeds (url, title, added_at, state) VALUES ($1, $2, $3, $4)
         ON CONFLICT (url) DO UPDATE SET title = EXCLUDED.title, state = EXCLUDED.state
         RETURNING (xmax = 0) AS created`,
        [feed.url, feed.title, feed.addedAt, JSON.stringify(feed.state)],
      );
      await this.hooks.feedSaved?.(c, { url: feed.url, created: (res.rows[0] as Row | undefined)?.created === true });
      await this.bump(c);
    });
  }

  async getFeed(url: string): Promise<FeedRecord | null> {
    const r = await this.db.row('SELECT * FROM feeds WHERE url = $1', [url]);
    return r ? toFeed(r) : null;
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return (await this.db.rows('SELECT * FROM feeds ORDER BY added_at, url')).map(toFeed);
  }

  async removeFeed(url: string): Promise<boolean> {
    return this.db.transaction(async (c) => {
      const removed = ((await c.query('DELETE FROM feeds WHERE url = $1', [url])).rowCount ?? 0) > 0;
      if (removed) await this.bump(c);
      return removed;
    });
  }

  async articleAliases(id: string): Promise<{ urls: string[]; sourceKeys: string[] }> {
    const [urls, keys] = await Promise.all([
      this.db.rows('SELECT url FROM article_urls WHERE article_id = $1 ORDER BY url', [id]),
      this.db.rows('SELECT key FROM sources WHERE article_id = $1 ORDER BY key', [id]),
    ]);
    return { urls: urls.map((r) => r.url as string), sourceKeys: keys.map((r) => r.key as string) };
  }

  async listMerges(): Promise<{ from: string; into: string }[]> {
    return (await this.db.rows('SELECT from_id, into_id FROM story_merges ORDER BY from_id')).map((r) => ({ from: r.from_id as string, into: r.into_id as string }));
  }

  async importStories(stories: StoryWrite): Promise<void> {
    await this.db.transaction(async (c) => {
      await this.lockSeq(c);
      for (const { from, into } of stories.merges) {
        await c.query('INSERT INTO story_merges (from_id, into_id) VALUES ($1, $2) ON CONFLICT (from_id) DO UPDATE SET into_id = EXCLUDED.into_id', [from, into]);
      }
      await this.applyStories(c, { stories: stories.stories, merges: [] }, null);
      await this.bump(c);
    });
  }

  async getMeta<T>(key: string): Promise<T | null> {
    const r = await this.db.row('SELECT value FROM meta WHERE key = $1', [key]);
    return r ? (JSON.parse(r.value as string) as T) : null;
  }

  async putMeta(key: string, value: unknown, fence?: LeaseGrant): Promise<boolean> {
    const json = JSON.stringify(value);
    return this.db.transaction(async (c) => {
      if (fence && !(await leases.fenceHolds(c, fence))) return false;
      await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, json]);
      await this.bump(c);
      return true;
    });
  }

  async putBlob(key: string, bytes: Uint8Array, fence?: LeaseGrant): Promise<boolean> {
    return blobs.putBlob(this.db, this.bump, key, bytes, fence);
  }

  async getBlob(key: string): Promise<Uint8Array | null> {
    return blobs.getBlob(this.db, this.location, key);
  }

  async acquireLease(name: string, holder: string, ttlMs: number, options: { replacing?: string } = {}): Promise<LeaseStatus> {
    return leases.acquireLease(this.db, name, holder, ttlMs, options.replacing);
  }

  async renewLease(grant: LeaseGrant, ttlMs: number): Promise<LeaseStatus> {
    return leases.renewLease(this.db, grant, ttlMs);
  }

  async releaseLease(grant: LeaseGrant): Promise<boolean> {
    return leases.releaseLease(this.db, grant);
  }

  async getLease(name: string): Promise<LeaseStatus> {
    return leases.getLease(this.db, name);
  }

  async changeMark(): Promise<string> {
    return String((await this.db.row(`SELECT value FROM parallax_counters WHERE name = 'changes'`))!.value);
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
    await this.hooks.close?.();
  }
}
