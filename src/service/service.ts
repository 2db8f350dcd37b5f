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
import { analyzeArticle } from '../core/analyze/index.js';
import { compareArticles } from '../core/compare/index.js';
import { digestStory, type StoryMember } from '../core/story/summary.js';
import { getPack, packs } from '../lang/index.js';
import { taggerFor } from '../models/taggers.js';
import { prepareInputs } from '../pipeline.js';
import type { Store } from '../store/store.js';
import type { ArticleSummary, EntitySummary, LabelUse, StorySummary } from '../store/records.js';
import { entityLookupKeys, entityRows, fingerprintOf, labelRows } from './article-rows.js';
import { SyndicationIndex, decodeFingerprint } from '../core/syndication/index.js';
import type { StoryAssigner, StoryAssignerFactory } from './story-assigner.js';

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

const SNAPSHOT_KEY = 'story-assigner';
/** Persist the assigner's state after this many new articles (and at the end of every batch). */
const SNAPSHOT_EVERY = 500;
/** The comparison shown for a story covers at most this many articles (the latest ones). */
export const MAX_COMPARED = 60;

interface Snapshot {
  version: string;
  seq: number;
  state: unknown;
}

export class ParallaxService {
  private assigner: StoryAssigner | null = null;
  private assignedSeq = 0;
  private sinceSnapshot = 0;
  private readonly touched = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private syndication: SyndicationIndex | null = null;

  constructor(
    readonly store: Store,
    private readonly stories: StoryAssignerFactory,
  ) {}

  /** Restores the story assigner from its snapshot and replays articles stored after it. */
  private async loadAssigner(): Promise<StoryAssigner> {
    if (this.assigner) return this.assigner;
    const saved = await this.store.getMeta<Snapshot>(SNAPSHOT_KEY);
    const usable = saved && saved.version === this.stories.version;
    const assigner = this.stories.create(usable ? saved.state : null);
    let seq = usable ? saved.seq : 0;
    for (;;) {
      const batch = await this.store.articlesAfter(seq, 200);
      if (batch.length === 0) break;
      for (const a of batch) {
        assigner.assign(a.analysis);
        seq = a.seq;
      }
    }
    this.assigner = assigner;
    this.assignedSeq = seq;
    return assigner;
  }

  /** The index of stored wire texts, rebuilt from the stored fingerprints on first use. */
  private async loadSyndication(): Promise<SyndicationIndex> {
    if (this.syndication) return this.syndication;
    const index = new SyndicationIndex();
    for (let seq = 0; ; ) {
      const batch = await this.store.fingerprints(seq, 1000);
      if (batch.length === 0) break;
      for (const f of batch) {
        index.add(f.id, decodeFingerprint(f.fingerprint));
        seq = f.seq;
      }
    }
    this.syndication = index;
    return index;
  }

  async saveSnapshot(): Promise<void> {
    if (!this.assigner) return;
    await this.store.putMeta(SNAPSHOT_KEY, { version: this.stories.version, seq: this.assignedSeq, state: this.assigner.snapshot() } satisfies Snapshot);
    this.sinceSnapshot = 0;
  }

  /** The analysed article for an input, unless it is stored already (then only its id). */
  analyze(input: ArticleInput): ArticleAnalysis {
    const article = buildArticle(input, packs);
    return analyzeArticle(article, { pack: getPack(article.language), tagger: taggerFor(article.language) });
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
    const analysis = analyzeArticle(article, { pack: getPack(article.language), tagger: taggerFor(article.language) });
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
    const assigner = await this.loadAssigner();
    const { storyId, merges } = assigner.assign(analysis);
    const members = await this.membersOf([storyId, ...merges.map((m) => m.from)]);
    members.push(memberOf(analysis));
    const digest = digestStory(members);
    const entities = entityRows(analysis);
    // The same wire text stored before (another outlet's copy): linked, so it never counts as confirmation.
    const syndication = await this.loadSyndication();
    const { fp, encoded } = fingerprintOf(analysis);
    const copyOf = syndication.query(fp).sort((x, y) => y.jaccard - x.jaccard || x.id.localeCompare(y.id))[0]?.id ?? null;
    try {
      const { seq } = await this.store.writeArticle(
        { analysis, urls, sourceKey: at.sourceKey, syndicatedFrom: copyOf, fingerprint: encoded, entities, labels: labelRows(analysis), storyId, ingestedAt: at.ingestedAt },
        { stories: [{ id: storyId, ...digest, conflicts: null, updatedSeq: 0 }], merges },
      );
      this.assignedSeq = seq;
      syndication.add(article.id, fp);
    } catch (err) {
      // The assigner saw an article the store does not have: rebuild it from the store next time.
      this.assigner = null;
      throw err;
    }
    this.touched.add(storyId);
    for (const m of merges) this.touched.delete(m.from);
    if (++this.sinceSnapshot >= SNAPSHOT_EVERY) await this.saveSnapshot();
    return { source: at.source, status: 'added', articleId: article.id, storyId, title: article.title };
  }

  /** Ends a batch: saves the assigner's state and compares the stories that changed. */
  async finishBatch(options: { compare?: boolean } = {}): Promise<string[]> {
    await this.saveSnapshot();
    const touched = [...this.touched];
    this.touched.clear();
    if (options.compare !== false) {
      for (const id of touched) await this.storyReport(id);
    }
    return touched;
  }

  private async membersOf(storyIds: readonly string[]): Promise<StoryMember[]> {
    const members: StoryMember[] = [];
    for (const id of storyIds) {
      const articles = await this.store.storyArticles(id);
      if (articles.length === 0) continue;
      const entities = new Map<string, StoryMember['entities']>();
      for (const e of await this.store.storyEntities(id)) {
        if (!e.primary) continue;
        const list = entities.get(e.articleId) ?? [];
        list.push({ key: e.key, name: e.name, type: e.type as StoryMember['entities'][number]['type'] });
        entities.set(e.articleId, list);
      }
      for (const a of articles) {
        members.push({ id: a.id, title: a.title, outlet: a.outlet, language: a.language, published: a.published, entities: entities.get(a.id) ?? [] });
      }
    }
    return members;
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

  async close(): Promise<void> {
    await this.saveSnapshot();
    await this.store.close();
  }
}

function memberOf(analysis: ArticleAnalysis): StoryMember {
  const a = analysis.article;
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    language: a.language,
    published: a.published,
    entities: analysis.entities.filter((e) => e.keys.length > 0).map((e) => ({ key: e.keys[0]!, name: e.name, type: e.type })),
  };
}
