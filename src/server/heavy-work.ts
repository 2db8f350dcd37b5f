/**
 * The two API routes that extract, analyse and compare — POST /api/articles
 * and POST /api/compare — with that work on the thread pool when the server
 * has one (inline otherwise, e.g. in tests of the app alone). Only parsing the
 * body, the store writes and sending bytes stay on the event loop.
 */
import type { Context } from 'hono';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { ParallaxService } from '../service/service.js';
import { ApiError, badField } from './errors.js';
import { jsonObject } from './validate.js';
import { WorkBudgetError, WorkCancelledError, WorkFailedError, type WorkPool } from './work-pool.js';
import type { OutboundPolicy, OutboundSettings } from '../ingest/http/outbound-policy.js';
import { compareToJson, prepareAndCompare, prepareArticles, type PreparedArticles, type PrepareJob } from './work-jobs.js';

export const MAX_COMPARE_ARTICLES = 50;

const inline = {
  prepare: (p: PrepareJob) => prepareArticles(p),
  compare: (p: { analyses: ArticleAnalysis[] }) => Promise.resolve(compareToJson(p.analyses)),
  prepareAndCompare: (p: PrepareJob) => prepareAndCompare(p),
};
type JobKind = keyof typeof inline;
type JobResult<K extends JobKind> = Awaited<ReturnType<(typeof inline)[K]>>;

/** A failed job as the API answers it: the limit it hit, or the client's mistake it found. */
export function jobError(err: unknown, what: string): unknown {
  if (err instanceof WorkBudgetError) {
    if (err.limit === 'queue') return new ApiError(503, `${what}: ${err.message}; try again shortly`);
    if (err.limit === 'memory') return new ApiError(413, `${what}: ${err.message}; send fewer or shorter articles`);
    return new ApiError(503, `${what}: ${err.message}; send fewer or shorter articles`);
  }
  if (err instanceof WorkCancelledError) return new ApiError(503, `${what}: ${err.message}`);
  if (err instanceof WorkFailedError) {
    const { status, field, kind } = err.detail;
    if (kind === 'api' && status) return new ApiError(status as ApiError['status'], err.message, field);
    if (kind === 'input') return new ApiError(422, err.message);
    return new Error(err.message);
  }
  return err;
}

export class HeavyWork {
  private readonly outbound: OutboundSettings | undefined;

  constructor(
    private readonly service: ParallaxService,
    private readonly pool: WorkPool | null,
    private readonly policy?: OutboundPolicy,
  ) {
    this.outbound = policy?.settings();
  }

  private async run<K extends JobKind>(kind: K, payload: Parameters<(typeof inline)[K]>[0], c: Context, what: string): Promise<JobResult<K>> {
    try {
      if (!this.pool) return (await inline[kind]({ ...(payload as object), policy: this.policy } as never)) as JobResult<K>;
      return await this.pool.run<JobResult<K>>(kind, payload, { signal: c.req.raw.signal });
    } catch (err) {
      throw jobError(err, what);
    }
  }

  /** POST /api/articles: one article ({text}, {html} or {url}), analysed off the event loop, then stored. */
  async postArticles(c: Context): Promise<Response> {
    const body = await jsonObject(c.req.raw);
    const prepared = await this.run('prepare', { items: [{ body, field: '' }], numbered: false, outbound: this.outbound }, c, 'article');
    const outcomes = await this.store(prepared);
    await this.service.finishBatch({ compare: false });
    const added = outcomes.some((o) => o.status === 'added');
    return c.json({ articles: outcomes }, added ? 201 : 200);
  }

  /** POST /api/compare: 1–50 articles compared; with "store": true they are stored as well. */
  async postCompare(c: Context): Promise<Response> {
    const body = await jsonObject(c.req.raw);
    const list = body.articles;
    if (!Array.isArray(list) || list.length < 1) throw badField('articles', `expected an array of 1 to ${MAX_COMPARE_ARTICLES} articles`);
    if (list.length > MAX_COMPARE_ARTICLES) throw badField('articles', `at most ${MAX_COMPARE_ARTICLES} articles`);
    const keep = body.store;
    if (keep !== undefined && typeof keep !== 'boolean') throw badField('store', 'must be true or false');
    const items = list.map((item: unknown, i) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) throw badField(`articles[${i}]`, 'expected an object with "text", "html" or "url"');
      return { body: item as Record<string, unknown>, field: `articles[${i}]` };
    });
    const job = { items, numbered: true, outbound: this.outbound };
    let json: string;
    if (keep === true) {
      const prepared = await this.run('prepare', job, c, 'compare');
      const outcomes = await this.store(prepared);
      await this.service.finishBatch({ compare: false });
      // An article stored before is compared as stored.
      const ids = [...new Set(outcomes.map((o) => o.articleId))];
      const byId = new Map((await this.service.store.getArticles(ids)).map((s) => [s.id, s.analysis]));
      const analyses = ids.map((id) => byId.get(id)).filter((a): a is ArticleAnalysis => a !== undefined);
      json = await this.run('compare', { analyses }, c, 'compare');
    } else {
      json = await this.run('prepareAndCompare', job, c, 'compare');
    }
    return c.body(json, 200, { 'content-type': 'application/json; charset=utf-8' });
  }

  private async store(prepared: PreparedArticles) {
    const outcomes = [];
    for (const [i, analysis] of prepared.analyses.entries()) {
      outcomes.push(await this.service.ingestAnalysis(analysis, { urls: prepared.urls[i] ?? [], sourceKey: null, source: analysis.article.source }));
    }
    return outcomes;
  }
}
