/**
 * The HTTP API as typed functions. Types come from the server's own model
 * (type-only imports: nothing of the server is bundled).
 */
import type { ArticleAnalysis, Sentence } from '../../src/core/model/analysis.js';
import type { ComparisonReport } from '../../src/core/model/report.js';
import type { ArticleSummary, EntitySummary, LabelUse, Page, SearchHit, StorySummary } from '../../src/store/records.js';
import { authHeaders, UNAUTHORIZED_EVENT } from './token.js';

export type { ComparisonReport, StorySummary, ArticleSummary, EntitySummary };

/** The analysis as the article endpoint sends it: sentences without tokens. */
export type ArticleView = Omit<ArticleAnalysis, 'sentences'> & { sentences: Omit<Sentence, 'tokens'>[] };

export interface StoryResponse {
  story: StorySummary;
  mergedFrom: string | null;
  articles: ArticleSummary[];
  report: ComparisonReport | null;
}

export interface ArticleResponse {
  article: ArticleSummary;
  analysis: ArticleView;
}

export interface EntityResponse {
  entity: EntitySummary;
  stories: StorySummary[];
  labels: LabelUse[];
  outlets: { outlet: string; articles: number }[];
}

export interface CompareItem {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  outlet?: string;
}

/** An API error with the server's one-line message. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The request index.html started before this script loaded, if it is the one wanted (used once). */
function early(path: string): Promise<Response | null> | null {
  const w = window as { __parallaxEarly?: { path: string; response: Promise<Response | null> } };
  const e = w.__parallaxEarly;
  if (!e || e.path !== path) return null;
  delete w.__parallaxEarly;
  return e.response;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response | null = null;
  try {
    if (!init) res = await early(path);
    res ??= await fetch(path, { ...init, headers: { ...authHeaders(), ...(init?.headers as Record<string, string> | undefined) } });
  } catch {
    throw new ApiFailure('The Parallax server cannot be reached. Is `parallax serve` running?', 0);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (res.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
  if (!res.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `${res.status} ${res.statusText}`;
    throw new ApiFailure(message, res.status);
  }
  return body as T;
}

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface StoryQuery {
  q?: string;
  language?: string;
  outlet?: string;
  from?: string;
  to?: string;
  sort?: 'recent' | 'largest';
  limit?: number;
  offset?: number;
}

export const api = {
  stories: (f: StoryQuery) => request<Page<StorySummary>>(`/api/stories${query({ ...f })}`),
  story: (id: string) => request<StoryResponse>(`/api/stories/${encodeURIComponent(id)}`),
  article: (id: string) => request<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`),
  articles: (limit: number) => request<Page<ArticleSummary>>(`/api/articles${query({ limit })}`),
  entity: (key: string) => request<EntityResponse>(`/api/entities/${encodeURIComponent(key)}`),
  findEntities: (q: string, limit = 20) => request<{ items: EntitySummary[] }>(`/api/entities${query({ q, limit })}`),
  search: (q: string) => request<Page<SearchHit>>(`/api/search${query({ q })}`),
  compare: (articles: CompareItem[], store: boolean) =>
    request<ComparisonReport>('/api/compare', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles, store }),
    }),
};
