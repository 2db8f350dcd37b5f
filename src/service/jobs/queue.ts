/**
 * Our job queue, as the service and the CLI see it: five kinds of work, each
 * handler idempotent (a job is delivered at least once), failures retried
 * with backoff and then kept as failed until someone re-runs them. Only the
 * adapter (pg-boss-queue.ts) knows the library underneath.
 */
import type { ArticleInput } from '../../core/model/article.js';

export const JOB_KINDS = ['poll-feed', 'fetch-url', 'analyse-article', 'assign-stories', 'compare-story'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobPayloads {
  /** Poll one subscribed feed now; new items become fetch-url or analyse-article jobs. */
  'poll-feed': { feedUrl: string };
  /** Fetch a page and store its article(s); `fallback`: the feed item's own text, used when the page has none. */
  'fetch-url': { url: string; sourceKey: string | null; fallback: ArticleInput | null };
  /** Analyse one article and store it (pending until the assignment lease's holder assigns it). */
  'analyse-article': { input: ArticleInput; sourceKey: string | null; urls: string[] };
  /** Assign the pending articles to stories, in seq order, under the assignment lease. */
  'assign-stories': Record<string, never>;
  /** Compute a story's comparison (kept by the store until its members change). */
  'compare-story': { storyId: string };
}

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobInfo {
  id: string;
  kind: string;
  state: JobState;
  /** Runs so far that ended in a failure or a timeout. */
  retries: number;
  retryLimit: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When a job waiting for a retry runs next. */
  startAfter: string;
  /** The last failure's message, if any. */
  error: string | null;
  /** What the job is about: a URL, an article title, a story id. */
  subject: string;
}

/** A transaction the enqueue joins: a pg client between BEGIN and COMMIT. */
export interface SqlTx {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface EnqueueOptions {
  /** Enqueue inside this transaction: the job exists exactly when the transaction commits. */
  tx?: SqlTx;
}

export type JobHandler<K extends JobKind> = (data: JobPayloads[K], job: { id: string; kind: K }) => Promise<unknown>;
export type JobHandlers = { [K in JobKind]: JobHandler<K> };

export interface JobQueue {
  /** Where the jobs live, for messages (the database, password masked, and the queue's schema). */
  readonly location: string;
  /**
   * Adds a job; returns its id, or null when an equal job is already waiting
   * (assign-stories: one at a time; poll-feed and compare-story: one per feed
   * or story).
   */
  enqueue<K extends JobKind>(kind: K, data: JobPayloads[K], options?: EnqueueOptions): Promise<string | null>;
  /** Starts taking jobs: `concurrency` loops per kind; resolves once they run. */
  work(handlers: JobHandlers, options?: { concurrency?: number; onError?: (err: Error) => void }): Promise<void>;
  list(filter?: { state?: JobState; kind?: JobKind; limit?: number }): Promise<JobInfo[]>;
  /** Jobs per state, over all kinds. */
  counts(): Promise<Record<JobState, number>>;
  /** Re-runs failed jobs (by id, or every failed one); returns how many were failed and are queued again. */
  retry(target: { ids: string[] } | { allFailed: true }): Promise<number>;
  /** Stops taking jobs, waits up to `graceMs` for running ones, closes the connections. */
  close(graceMs?: number): Promise<void>;
}
