/**
 * `parallax export` / `parallax import`: everything in a store as JSON Lines.
 * Into an empty store an import is lossless (articles with their analyses,
 * stories, merges, comparisons, feeds, the story assigner's state), so
 * export → import → export gives the same lines. Into a store that has data,
 * the dump's articles are added like new ones (stories assigned afresh, nothing
 * analysed again), because two stores' story histories cannot be spliced.
 */
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { ComparisonReport } from '../core/model/report.js';
import type { FeedRecord, StorySummary } from '../store/records.js';
import { entityRows, fingerprintOf, labelRows } from './article-rows.js';
import type { ParallaxService } from './service.js';
import { SNAPSHOT_KEY, loadSnapshot, storeSnapshot } from './assigner-state.js';

export const EXPORT_FORMAT = 'parallax-export';
export const EXPORT_VERSION = 1;

type Line =
  | { type: typeof EXPORT_FORMAT; version: number }
  | { type: 'article'; ingestedAt: string; storyId: string | null; syndicatedFrom: string | null; urls: string[]; sourceKeys: string[]; analysis: ArticleAnalysis }
  | ({ type: 'story' } & StorySummary)
  | { type: 'merge'; from: string; into: string }
  | { type: 'report'; storyId: string; membersHash: string; computedAt: string; report: ComparisonReport }
  | ({ type: 'feed' } & FeedRecord)
  | { type: 'meta'; key: string; value: unknown };

const META_KEYS = ['story-assigner'];

export async function* exportLines(service: ParallaxService): AsyncGenerator<string> {
  const store = service.store;
  await service.saveSnapshot();
  yield JSON.stringify({ type: EXPORT_FORMAT, version: EXPORT_VERSION } satisfies Line);
  const storyIds = new Set<string>();
  for (let seq = 0; ; ) {
    const batch = await store.articlesAfter(seq, 200);
    if (batch.length === 0) break;
    for (const a of batch) {
      seq = a.seq;
      if (a.storyId) storyIds.add(a.storyId);
      const { urls, sourceKeys } = await store.articleAliases(a.id);
      yield JSON.stringify({ type: 'article', ingestedAt: a.ingestedAt, storyId: a.storyId, syndicatedFrom: a.syndicatedFrom, urls, sourceKeys, analysis: a.analysis } satisfies Line);
    }
  }
  for (const id of [...storyIds].sort()) {
    const story = await store.getStory(id);
    if (story) yield JSON.stringify({ type: 'story', ...story } satisfies Line);
    const report = await store.getReport(id);
    if (report) yield JSON.stringify({ type: 'report', ...report } satisfies Line);
  }
  for (const m of await store.listMerges()) yield JSON.stringify({ type: 'merge', ...m } satisfies Line);
  for (const f of await store.listFeeds()) yield JSON.stringify({ type: 'feed', ...f } satisfies Line);
  for (const key of META_KEYS) {
    // The story assigner's state lives in a blob (older stores: in meta); it is exported as the meta line it always was.
    const value = key === SNAPSHOT_KEY ? await loadSnapshot(store) : await store.getMeta(key);
    if (value !== null) yield JSON.stringify({ type: 'meta', key, value } satisfies Line);
  }
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

export interface ImportResult {
  articles: number;
  duplicates: number;
  stories: number;
  feeds: number;
  mode: 'exact' | 'merged';
}

/** Reads an export. `where` names the input in errors ("dump.jsonl"). */
export async function importLines(service: ParallaxService, lines: AsyncIterable<string>, where: string): Promise<ImportResult> {
  const store = service.store;
  const exact = (await store.countArticles()) === 0;
  const result: ImportResult = { articles: 0, duplicates: 0, stories: 0, feeds: 0, mode: exact ? 'exact' : 'merged' };
  const stories: StorySummary[] = [];
  const merges: { from: string; into: string }[] = [];
  const reports: Extract<Line, { type: 'report' }>[] = [];
  let n = 0;
  let sawHeader = false;
  for await (const raw of lines) {
    n++;
    if (!raw.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(raw) as Line;
    } catch {
      throw new ImportError(`${where}: line ${n}: not valid JSON`);
    }
    if (!sawHeader) {
      if (line.type !== EXPORT_FORMAT) throw new ImportError(`${where}: not a Parallax export (line 1 should be {"type":"${EXPORT_FORMAT}",…})`);
      if (line.version !== EXPORT_VERSION) throw new ImportError(`${where}: export version ${line.version} is not supported (this Parallax reads ${EXPORT_VERSION})`);
      sawHeader = true;
      continue;
    }
    switch (line.type) {
      case 'article': {
        if (!line.analysis?.article?.id) throw new ImportError(`${where}: line ${n}: article without an analysis`);
        if (exact) {
          const res = await store.writeArticle(
            {
              analysis: line.analysis, urls: line.urls ?? [], sourceKey: null, syndicatedFrom: line.syndicatedFrom ?? null,
              entities: entityRows(line.analysis), labels: labelRows(line.analysis), storyId: line.storyId ?? null, ingestedAt: line.ingestedAt,
              fingerprint: fingerprintOf(line.analysis).encoded,
            },
            { stories: [], merges: [] },
          );
          for (const key of line.sourceKeys ?? []) {
            await store.writeArticle({ analysis: line.analysis, urls: [], sourceKey: key, syndicatedFrom: null, entities: [], labels: [], storyId: null }, { stories: [], merges: [] });
          }
          if (res.inserted) result.articles++;
          else result.duplicates++;
        } else {
          const out = await service.ingestAnalysis(line.analysis, { urls: line.urls ?? [], sourceKey: null, source: line.analysis.article.source, ingestedAt: line.ingestedAt });
          if (out.status === 'added') result.articles++;
          else result.duplicates++;
        }
        break;
      }
      case 'story': {
        const { type: _type, ...story } = line;
        stories.push(story);
        break;
      }
      case 'merge':
        merges.push({ from: line.from, into: line.into });
        break;
      case 'report':
        reports.push(line);
        break;
      case 'feed': {
        const { type: _type, ...feed } = line;
        if (!(await store.getFeed(feed.url))) {
          await store.putFeed(feed);
          result.feeds++;
        }
        break;
      }
      case 'meta':
        if (exact && line.key === SNAPSHOT_KEY) await storeSnapshot(store, line.value);
        else if (exact && META_KEYS.includes(line.key)) await store.putMeta(line.key, line.value);
        break;
      default:
        throw new ImportError(`${where}: line ${n}: unknown record type "${(line as { type?: unknown }).type}"`);
    }
  }
  if (!sawHeader) throw new ImportError(`${where}: empty file, not a Parallax export`);
  if (exact) {
    await store.importStories({ stories, merges });
    for (const r of reports) await store.putReport({ storyId: r.storyId, membersHash: r.membersHash, report: r.report, computedAt: r.computedAt });
    result.stories = stories.length;
  } else {
    result.stories = (await service.finishBatch({ compare: false })).length;
  }
  return result;
}
