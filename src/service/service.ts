/**
 * The service: the pipeline with a memory. It analyses what is ingested, puts
 * it into stories, persists everything through a Store, and answers the
 * questions the CLI, the HTTP API and the web app ask. No HTTP or terminal here.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../core/model/article.js';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import { SCHEMA_VERSION, type ComparisonReport } from '../core/model/report.js';
import { buildArticle } from '../core/article.js';
import { compareArticles } from '../core/compare/index.js';
import { getPack, packs } from '../lang/index.js';
import { prepareInputs } from '../pipeline.js';
import type { Store } from '../store/store.js';
import type { ArticleSummary, EntitySummary, LabelUse, StorySummary } from '../store/records.js';
import { entityLookupKeys, entityRows, fingerprintOf, labelRows } from './article-rows.js';
import type { StoryAssignerFactory } from './story-assigner.js';
import { LeasedAssigner, type LeaseOptions } from './leased-assigner.js';
import { analyzeOrFail, defaultAnalyzer, type Analyzer } from '../analysis-error.js';

export interface IngestItem {
  input: ArticleInput;
  /** Ingestion-state key; an item whose key was ingested before is not read again. */
  sourceKey?: string | null;
  /** Further URLs the article is known under (canonical, feed link). */
  urls?: string[];
}

interface IngestAt {
  urls: string[];
  sourceKey: string | null;
  source: string;
  ingestedAt?: string;
}

export type IngestStatus = 'added' | 'duplicate';

export interface IngestOutcome {
  source: string;
  status: IngestStatus;
  articleId: string;
  storyId: string | null;
  title: string | null;
}

/** The comparison shown for a story covers at most this many articles (the latest ones). */
export const MAX_COMPARED = 60;

export class ParallaxService {
  private readonly touched = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Story assignment under the store's lease: only one process assigns at a time (see leased-assigner.ts). */
  private readonly assignment: LeasedAssigner;
  /** How articles are analysed (a test may pass one that fails); a failure is an AnalysisError naming the article. */
  private readonly analyzer: Analyzer;

  constructor(
    readonly store: Store,
    stories: StoryAssignerFactory,
    options: Partial<LeaseOptions> & { analyze?: Analyzer } = {},
  ) {
    this.analyzer = options.analyze ?? defaultAnalyzer;
    this.assignment = new LeasedAssigner(
      store,
      stories,
      options,
      (storyId, merges) => {
        this.touched.add(storyId);
        for (const m of merges) this.touched.delete(m.from);
      },
      (step) => this.exclusive(step),
      (err) => process.stderr.write(`parallax: story assignment (${store.location}): ${err instanceof Error ? err.message : String(err)}; trying again\n`),
    );
  }

  /** Saves the story assigner's state now, if this process holds the assignment lease and has unsaved work. */
  async saveSnapshot(): Promise<void> {
    await this.exclusive(() => this.assignment.save());
  }

  /**
   * For long-running processes (serve): assign articles other processes store
   * (they leave them pending while this one holds the lease), and take the
   * lease when its holder stops or dies. Polls; the timer never keeps the process alive.
   * Resolves after the first round (lease taken or not, saved state restored, what was pending assigned).
   */
  keepAssigning(): Promise<void> {
    return this.assignment.keepAssigningInBackground();
  }

  /** True while this process holds the story assignment lease. */
  get assigning(): boolean {
    return this.assignment.holding;
  }

  /** The analysed article for an input, unless it is stored already (then only its id). */
  analyze(input: ArticleInput): ArticleAnalysis {
    const article = buildArticle(input, packs);
    return analyzeOrFail(article, this.analyzer);
  }

  /** True when this ingestion-state key was ingested before: the item need not be read again. */
  async seen(sourceKey: string): Promise<boolean> {
    return (await this.store.articleIdBySource(sourceKey)) !== null;
  }

  /**
   * Ingests one article: identity first (a stored article is never analysed
   * again, only its new URLs recorded), then analysis, story assignment, and
   * one transaction writing all of it.
   */
  async ingest(item: IngestItem): Promise<IngestOutcome> {
    return this.exclusive(() => this.ingestNow(item));
  }

  /**
   * Runs writes one at a time: story assignment and the article's write must
   * happen in the same order, even when HTTP requests arrive together.
   */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async ingestNow(item: IngestItem): Promise<IngestOutcome> {
    await prepareInputs([item.input]);
    const article = buildArticle(item.input, packs);
    const urls = [...new Set([item.input.url, ...(item.urls ?? [])].filter((u): u is string => !!u))];
    const at = { urls, sourceKey: item.sourceKey ?? null, source: item.input.source };
    // A stored article is never analysed again: only its new URLs and source key are recorded.
    const stored = await this.store.getArticle(article.id);
    if (stored) return this.ingestAnalysisNow(stored.analysis, at);
    const analysis = analyzeOrFail(article, this.analyzer);
    return this.ingestAnalysisNow(analysis, at);
  }

  /** Stores an article analysed before (import, or ingest after analysis): story assignment and one transaction. */
  async ingestAnalysis(analysis: ArticleAnalysis, at: IngestAt): Promise<IngestOutcome> {
    return this.exclusive(() => this.ingestAnalysisNow(analysis, at));
  }

  private async ingestAnalysisNow(analysis: ArticleAnalysis, at: IngestAt): Promise<IngestOutcome> {
    const article = analysis.article;
    const { urls } = at;
    if (await this.store.hasArticle(article.id)) {
      const existing = (await this.store.getArticle(article.id))!;
      await this.store.writeArticle(
        { analysis: existing.analysis, urls, sourceKey: at.sourceKey, syndicatedFrom: null, entities: [], labels: [], storyId: existing.storyId },
        { stories: [], merges: [] },
      );
      return { source: at.source, status: 'duplicate', articleId: article.id, storyId: existing.storyId, title: existing.title };
    }
    // The story and the syndication link (the same wire text stored before) come from the assignment lease's holder.
    const { encoded } = fingerprintOf(analysis);
    const placed = await this.assignment.place(analysis, {
      analysis, urls, sourceKey: at.sourceKey, fingerprint: encoded, entities: entityRows(analysis), labels: labelRows(analysis), ingestedAt: at.ingestedAt,
    });
    if (!placed.inserted) {
      // Another process stored the same article a moment ago.
      const existing = await this.store.getArticle(article.id);
      return { source: at.source, status: 'duplicate', articleId: article.id, storyId: existing?.storyId ?? null, title: article.title };
    }
    return { source: at.source, status: 'added', articleId: article.id, storyId: placed.storyId, title: article.title };
  }

  /**
   * Ends a batch: assigns what is pending (when holding the lease), saves the
   * assigner's state if due (not on every call: it is large), and compares
   * the stories that changed.
   */
  async finishBatch(options: { compare?: boolean } = {}): Promise<string[]> {
    await this.exclusive(async () => {
      await this.assignment.catchUp();
      await this.assignment.saveIfDue();
    });
    const touched = [...this.touched];
    this.touched.clear();
    if (options.compare !== false) {
      for (const id of touched) await this.storyReport(id);
    }
    return touched;
  }

  /** What identifies the current state of a story, read cheaply (no analyses, no report). All its articles are listed; the latest MAX_COMPARED are compared. */
  async storyVersion(storyId: string): Promise<{ id: string; story: StorySummary; articles: ArticleSummary[]; membersHash: string } | null> {
    const id = await this.store.resolveStoryId(storyId);
    if (!id) return null;
    const story = await this.store.getStory(id);
    if (!story) return null;
    const articles = await this.store.storyArticles(id);
    const membersHash = createHash('sha256').update(articles.slice(-MAX_COMPARED).map((a) => a.id).join('\n')).digest('hex').slice(0, 16);
    return { id, story, articles, membersHash };
  }

  /**
   * A story's comparison, computed once per set of compared articles and kept;
   * when the kept one is current, no article analysis is read at all.
   */
  async storyReport(storyId: string): Promise<{ story: StorySummary; report: ComparisonReport; articles: ArticleSummary[]; membersHash: string } | null> {
    const version = await this.storyVersion(storyId);
    if (!version) return null;
    const { id, articles, membersHash } = version;
    const cached = await this.store.getReport(id);
    // A report of an older schema is computed anew: readers of the store expect the current contract.
    if (cached && cached.membersHash === membersHash && cached.report.schemaVersion === SCHEMA_VERSION) return { story: (await this.store.getStory(id))!, report: cached.report, articles, membersHash };
    const compared = articles.slice(-MAX_COMPARED);
    const analyses = (await this.store.getArticles(compared.map((a) => a.id))).map((a) => a.analysis);
    const syndicatedFrom = new Map(articles.filter((a) => a.syndicatedFrom).map((a) => [a.id, a.syndicatedFrom!]));
    const report = compareArticles(analyses, { syndicatedFrom, packOf: getPack });
    await this.store.putReport({ storyId: id, membersHash, report, computedAt: new Date().toISOString() });
    return { story: (await this.store.getStory(id))!, report, articles, membersHash };
  }

  async entity(key: string): Promise<{ entity: EntitySummary; stories: StorySummary[]; labels: LabelUse[]; outlets: { outlet: string; articles: number }[] } | null> {
    const entity = await this.store.getEntity(key);
    if (!entity) return null;
    const keys = entityLookupKeys(key);
    const [stories, labels, outlets] = await Promise.all([this.store.entityStories(keys, { limit: 100 }), this.store.entityLabels(keys), this.store.entityOutlets(keys)]);
    return { entity, stories, labels, outlets };
  }

  /** Assigns what is pending, saves the assigner's state, hands the lease back, closes the store. */
  async close(): Promise<void> {
    await this.exclusive(() => this.assignment.release());
    await this.store.close();
  }
}
