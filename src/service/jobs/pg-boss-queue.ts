/**
 * The job queue on PostgreSQL, through pg-boss 10 (why pg-boss: docs/SCALING.md).
 * Its tables live in their own schema of the store's database: `parallax_jobs`,
 * or `<schema>_jobs` when the store's URL sets a search_path (each test store
 * gets its own queue). Enqueueing inside a store transaction runs pg-boss's
 * insert on that transaction's connection.
 *
 * Per kind: how long a run may take before the job counts as lost (a worker
 * killed mid-job: another picks it up after that), how often it is retried
 * (with exponential backoff and jitter), and whether equal jobs collapse into
 * one while waiting ("stately": one waiting and one running per key).
 */
import PgBoss from 'pg-boss';
import pg from 'pg';
import { describePgError, maskUrl } from '../../store/postgres/connection.js';
import { JOB_KINDS, JOB_STATES, type EnqueueOptions, type JobHandlers, type JobInfo, type JobKind, type JobPayloads, type JobQueue, type JobState } from './queue.js';

interface KindSettings {
  /** Collapse equal waiting jobs: the key of a job, or null for none. */
  key: ((data: never) => string) | null;
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each next one. */
  retryDelay: number;
  /** A run taking longer is failed (and retried): the time a crashed worker's job waits. */
  expireSeconds: number;
}

const KINDS: Record<JobKind, KindSettings> = {
  'poll-feed': { key: (d: JobPayloads['poll-feed']) => d.feedUrl, retryLimit: 3, retryDelay: 30, expireSeconds: 180 },
  'fetch-url': { key: null, retryLimit: 4, retryDelay: 30, expireSeconds: 180 },
  // The longest text analysed (8 MB) takes about 17–19 s; the margin covers a loaded machine.
  'analyse-article': { key: null, retryLimit: 3, retryDelay: 10, expireSeconds: 300 },
  // One waiting run is enough: it assigns everything pending when it starts.
  'assign-stories': { key: () => 'all', retryLimit: 5, retryDelay: 5, expireSeconds: 600 },
  'compare-story': { key: (d: JobPayloads['compare-story']) => d.storyId, retryLimit: 3, retryDelay: 10, expireSeconds: 300 },
};

export interface PgBossQueueOptions {
  /** Run pg-boss's upkeep here: fail timed-out jobs (so they are retried), archive and drop old ones. Workers do. */
  supervise?: boolean;
  /** Seconds between upkeep runs (default 30): with the kind's expiry, how long a killed worker's job waits. */
  maintenanceSeconds?: number;
  /** Overrides every kind's run time limit (tests make it short). */
  expireSeconds?: number;
  /** Overrides every kind's first retry delay. */
  retryDelaySeconds?: number;
  /** Overrides every kind's number of retries. */
  retryLimit?: number;
  /** How often an idle worker loop asks for a job (default 1 s, at least 0.5). */
  pollSeconds?: number;
  /** Told of errors of pg-boss's own loops (a lost connection): they go on by themselves. */
  onError?: (err: Error) => void;
}

/** The queue's schema for a store URL: `<search_path>_jobs` when the URL sets one, else parallax_jobs. */
export function jobsSchemaFor(url: string): string {
  let options = '';
  try {
    options = new URL(url).searchParams.get('options') ?? '';
  } catch {
    // Not a URL pg-boss could use either; the connection reports it.
  }
  const m = /search_path\s*=\s*"?([A-Za-z_][A-Za-z0-9_]*)/.exec(options);
  return m ? `${m[1]!.toLowerCase()}_jobs` : 'parallax_jobs';
}

export class QueueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueError';
  }
}

/** Opens the queue of the store at `url`: creates its schema and the five queues when missing. */
export async function openPgBossQueue(url: string, options: PgBossQueueOptions = {}): Promise<JobQueue> {
  const schema = jobsSchemaFor(url);
  const location = `${maskUrl(url)} (schema ${schema})`;
  const boss = new PgBoss({
    connectionString: url,
    schema,
    max: 4,
    application_name: 'parallax-jobs',
    supervise: options.supervise === true,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
    // Failed jobs stay visible (and re-runnable) for a week before they are archived.
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    schedule: false,
  });
  const onError = options.onError ?? (() => {});
  boss.on('error', onError);
  try {
    // Processes starting together would create the schema and queues at once (PostgreSQL finds deadlocks in
    // pg-boss's DDL): one at a time, under a lock of the database's.
    await underSetupLock(url, schema, async () => {
      await boss.start();
      const existing = new Set((await boss.getQueues()).map((q) => q.name));
      for (const kind of JOB_KINDS) {
        if (!existing.has(kind)) await boss.createQueue(kind, { name: kind, policy: KINDS[kind].key ? 'stately' : 'standard' });
      }
    });
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw new QueueError(`${location}: cannot open the job queue (${describePgError(err)})`);
  }
  return new PgBossQueue(boss, schema, location, options);
}

/** Runs `fn` holding a session advisory lock named after the queue's schema, on a connection of its own. */
async function underSetupLock<T>(url: string, schema: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'parallax-jobs' });
  client.on('error', () => {});
  await client.connect();
  const name = `parallax-jobs-setup:${schema}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => {});
    await client.end().catch(() => {});
  }
}

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  start_after: Date;
  output: { message?: unknown; value?: { message?: unknown } } | null;
  data: Record<string, unknown> | null;
}

class PgBossQueue implements JobQueue {
  constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    readonly location: string,
    private readonly options: PgBossQueueOptions,
  ) {}

  async enqueue<K extends JobKind>(kind: K, data: JobPayloads[K], options: EnqueueOptions = {}): Promise<string | null> {
    const s = KINDS[kind];
    const tx = options.tx;
    return this.boss.send(kind, data as object, {
      singletonKey: s.key ? (s.key as (d: JobPayloads[K]) => string)(data) : undefined,
      retryLimit: this.options.retryLimit ?? s.retryLimit,
      retryDelay: this.options.retryDelaySeconds ?? s.retryDelay,
      retryBackoff: true,
      expireInSeconds: this.options.expireSeconds ?? s.expireSeconds,
      ...(tx ? { db: { executeSql: (text: string, values: unknown[]) => tx.query(text, values) } } : {}),
    });
  }

  async work(handlers: JobHandlers, options: { concurrency?: number } = {}): Promise<void> {
    const concurrency = Math.max(1, options.concurrency ?? 1);
    for (const kind of JOB_KINDS) {
      const handler = handlers[kind] as (data: unknown, job: { id: string; kind: JobKind }) => Promise<unknown>;
      // Assignment is sequential under the lease: one loop is enough.
      const loops = kind === 'assign-stories' ? 1 : concurrency;
      for (let i = 0; i < loops; i++) {
        let loop = '';
        loop = await this.boss.work(kind, { batchSize: 1, pollingIntervalSeconds: this.options.pollSeconds ?? 1 }, async (jobs: PgBoss.Job<unknown>[]) => {
          const job = jobs[0]!;
          try {
            return await handler(job.data, { id: job.id, kind });
          } finally {
            // pg-boss's loop waits a whole polling interval after every fetch, even one that found a job, which
            // capped a worker at `concurrency` jobs a second: after a job it asks for the next one at once.
            if (loop) this.boss.notifyWorker(loop);
          }
        });
      }
    }
  }

  async list(filter: { state?: JobState; kind?: JobKind; limit?: number } = {}): Promise<JobInfo[]> {
    const { rows } = (await this.boss.getDb().executeSql(
      `SELECT id, name, state::text AS state, retry_count, retry_limit, created_on, started_on, completed_on, start_after, output, data
         FROM ${this.schema}.job
        WHERE ($1::text IS NULL OR state::text = $1) AND ($2::text IS NULL OR name = $2)
        ORDER BY created_on DESC, id LIMIT $3`,
      [filter.state ?? null, filter.kind ?? null, Math.max(1, Math.min(10_000, filter.limit ?? 100))],
    )) as { rows: JobRow[] };
    return rows.map(toInfo);
  }

  async counts(): Promise<Record<JobState, number>> {
    const out = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    const { rows } = (await this.boss.getDb().executeSql(`SELECT state::text AS state, count(*)::int AS n FROM ${this.schema}.job GROUP BY state`, [])) as {
      rows: { state: JobState; n: number }[];
    };
    for (const r of rows) out[r.state] = r.n;
    return out;
  }

  async retry(target: { ids: string[] } | { allFailed: true }): Promise<number> {
    const { rows } = (await this.boss.getDb().executeSql(
      'ids' in target
        ? `SELECT name, id FROM ${this.schema}.job WHERE state = 'failed' AND id = ANY($1::uuid[])`
        : `SELECT name, id FROM ${this.schema}.job WHERE state = 'failed'`,
      'ids' in target ? [target.ids] : [],
    )) as { rows: { name: string; id: string }[] };
    const byKind = new Map<string, string[]>();
    for (const r of rows) byKind.set(r.name, [...(byKind.get(r.name) ?? []), r.id]);
    for (const [name, ids] of byKind) await this.boss.retry(name, ids);
    return rows.length;
  }

  async close(graceMs = 30_000): Promise<void> {
    // Jobs still running after the grace are failed (and so retried later), not left active until they expire.
    await this.boss.stop({ graceful: true, timeout: graceMs, wait: true });
  }
}

function toInfo(r: JobRow): JobInfo {
  const message = r.output?.message ?? r.output?.value?.message;
  return {
    id: r.id,
    kind: r.name,
    state: r.state,
    retries: r.retry_count,
    retryLimit: r.retry_limit,
    createdAt: r.created_on.toISOString(),
    startedAt: r.started_on?.toISOString() ?? null,
    finishedAt: r.completed_on?.toISOString() ?? null,
    startAfter: r.start_after.toISOString(),
    error: r.state === 'completed' || message === undefined || message === null ? null : String(message),
    subject: subjectOf(r.data),
  };
}

function subjectOf(data: Record<string, unknown> | null): string {
  if (!data) return '';
  const input = data.input as { title?: unknown; url?: unknown; source?: unknown } | undefined;
  const pick = data.feedUrl ?? data.url ?? data.storyId ?? input?.url ?? input?.title ?? input?.source;
  return typeof pick === 'string' ? pick : '';
}
