/**
 * The job queue's commands (PostgreSQL stores only; docs/SCALING.md):
 * `parallax worker` runs jobs, `parallax jobs list|retry|add` shows, re-runs
 * and adds them; `attachJobQueue` makes the writes of serve, ingest and
 * `feeds add` enqueue what they cause; `watch` on PostgreSQL only schedules
 * feed polls (`scheduleFeedPolls`).
 */
import type { Command } from 'commander';
import { CliError } from './errors.js';
import { dbPath, intFlag, openService, outboundPolicy, withDbOption, withOutboundOption, type OutboundFlags } from './open-service.js';
import { isPostgresUrl } from '../store/postgres/url.js';
import type { ParallaxService } from '../service/service.js';
import type { Store } from '../store/store.js';
import type { WriteHooks } from '../store/postgres/write-hooks.js';
import type { JobInfo, JobQueue, JobState } from '../service/jobs/queue.js';
import type { PgBossQueueOptions } from '../service/jobs/pg-boss-queue.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The store's URL when it is PostgreSQL; otherwise one line saying the command needs it. */
export function requirePostgres(flags: { db?: string }, command: string): string {
  const location = dbPath(flags);
  if (!isPostgresUrl(location)) {
    throw new CliError(`${command}: the job queue lives in PostgreSQL; give --db postgres://user@host/db (or PARALLAX_DB), not "${location}" (a SQLite store runs everything in one process: parallax ingest, watch, serve)`);
  }
  return location;
}

/** A number from an environment variable (tuning and tests: PARALLAX_JOB_*), or a clear error naming it. */
function envSeconds(name: string, min: number, what = 'seconds'): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > 86_400) throw new CliError(`${name}: expected ${what} from ${min} to 86400, got "${raw}"`);
  return n;
}

/** Opens the queue of the store at `url`, with the timings PARALLAX_JOB_* set; a failure is one line. */
export async function openQueue(url: string, options: PgBossQueueOptions = {}): Promise<JobQueue> {
  const { openPgBossQueue, QueueError } = await import('../service/jobs/pg-boss-queue.js');
  const timing: PgBossQueueOptions = {
    expireSeconds: envSeconds('PARALLAX_JOB_TIMEOUT_SECONDS', 1),
    retryDelaySeconds: envSeconds('PARALLAX_JOB_RETRY_SECONDS', 1),
    maintenanceSeconds: envSeconds('PARALLAX_JOB_MAINTENANCE_SECONDS', 1),
    pollSeconds: envSeconds('PARALLAX_JOB_POLL_SECONDS', 0.5),
    retryLimit: ((n) => (n === undefined ? undefined : Math.floor(n)))(envSeconds('PARALLAX_JOB_RETRIES', 0, 'a number of retries')),
  };
  try {
    return await openPgBossQueue(url, { ...timing, ...options });
  } catch (err) {
    if (err instanceof QueueError) throw new CliError(err.message);
    throw err;
  }
}

function hookable(store: Store): store is Store & { setWriteHooks(hooks: WriteHooks): void } {
  return typeof (store as { setWriteHooks?: unknown }).setWriteHooks === 'function';
}

/**
 * On a PostgreSQL store, opens its job queue and makes the store's writes
 * enqueue the jobs they cause, in their own transactions (an article stored
 * pending → assign-stories, a feed added → its first poll; compare-story too
 * where `compareJobs`). The queue closes with the store. SQLite: nothing.
 */
export async function attachJobQueueFor(service: ParallaxService, flags: { db?: string }, options: { compareJobs?: boolean; queue?: PgBossQueueOptions } = {}): Promise<JobQueue | null> {
  const url = dbPath(flags);
  const store = service.store;
  if (!isPostgresUrl(url) || !hookable(store)) return null;
  const queue = await openQueue(url, { onError: queueErrorLogger(), ...options.queue });
  const { enqueueingHooks } = await import('../service/jobs/outbox.js');
  store.setWriteHooks(enqueueingHooks(queue, { compareJobs: options.compareJobs === true }));
  return queue;
}

/** pg-boss's own loops report a lost connection on every round: one line per distinct message a minute. */
function queueErrorLogger(): (err: Error) => void {
  const last = new Map<string, number>();
  return (err) => {
    const message = (err?.message ?? String(err)).replace(/\s+/g, ' ').replace(/ \(Queue: .*\)$/, '');
    const now = Date.now();
    if ((last.get(message) ?? 0) > now - 60_000) return;
    last.set(message, now);
    process.stderr.write(`parallax: job queue: ${message} (it keeps trying)\n`);
  };
}

interface WorkerFlags extends OutboundFlags {
  db?: string;
  concurrency?: string;
  json?: boolean;
}

export function registerJobs(program: Command): void {
  withOutboundOption(withDbOption(program.command('worker').description('run queued jobs (feed polls, page fetches, analysis, story assignment, comparisons) until stopped; PostgreSQL only')))
    .option('--concurrency <n>', 'jobs of each kind run at once (default 2)')
    .option('--json', 'print one JSON line per job run')
    .addHelpText(
      'after',
      `
Any number of workers may run, on any machines that reach the database; each job
runs once at a time and is retried with backoff when it fails (or when its worker
dies: after its time limit). Story assignment stays sequential: one worker at a
time holds the assignment lease and assigns in ingestion order.
Stop with Ctrl+C: running jobs get 10 s to finish, the rest run again elsewhere.
Limits per job kind, and the PARALLAX_JOB_* variables that change them: docs/SCALING.md.

Examples:
  $ parallax worker --db postgres://parallax@db.example.org/news
  $ PARALLAX_DB=postgres://localhost/news parallax worker --concurrency 4`,
    )
    .action(async (flags: WorkerFlags) => runWorker(flags));

  const jobs = program.command('jobs').description('show, re-run and add queued jobs (PostgreSQL only)');

  withDbOption(jobs.command('list').description('list jobs, newest first'))
    .option('--state <state>', 'only jobs in this state: created, retry, active, completed, cancelled, failed')
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax jobs list --state failed\n  $ parallax jobs list --json --limit 500')
    .action(async (flags: { db?: string; state?: string; limit?: string; json?: boolean }) => {
      const { JOB_STATES } = await import('../service/jobs/queue.js');
      if (flags.state !== undefined && !(JOB_STATES as readonly string[]).includes(flags.state)) {
        throw new CliError(`--state: expected one of ${JOB_STATES.join(', ')}, got "${flags.state}"`);
      }
      const limit = intFlag('limit', flags.limit, 1, 10_000) ?? 50;
      const queue = await openQueue(requirePostgres(flags, 'jobs list'));
      try {
        const [list, counts] = await Promise.all([queue.list({ state: flags.state as JobState | undefined, limit }), queue.counts()]);
        if (flags.json) process.stdout.write(`${JSON.stringify({ counts, jobs: list })}\n`);
        else printJobs(list, counts);
      } finally {
        await queue.close(0);
      }
    });

  withDbOption(jobs.command('retry').description('run failed jobs again'))
    .argument('[ids...]', 'ids of failed jobs (from parallax jobs list)')
    .option('--all-failed', 'every failed job')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax jobs retry 0b0e6b4c-6f3e-4a47-9f0e-2f1c1d7c1a11\n  $ parallax jobs retry --all-failed')
    .action(async (ids: string[], flags: { db?: string; allFailed?: boolean; json?: boolean }) => {
      if (flags.allFailed && ids.length) throw new CliError('give job ids or --all-failed, not both');
      if (!flags.allFailed && ids.length === 0) throw new CliError('give the ids of failed jobs (parallax jobs list --state failed) or --all-failed');
      const bad = ids.find((id) => !UUID.test(id));
      if (bad !== undefined) throw new CliError(`"${bad}": not a job id (ids look like 0b0e6b4c-6f3e-4a47-9f0e-2f1c1d7c1a11)`);
      const queue = await openQueue(requirePostgres(flags, 'jobs retry'));
      let n: number;
      try {
        n = await queue.retry(flags.allFailed ? { allFailed: true } : { ids });
      } finally {
        await queue.close(0);
      }
      if (flags.json) process.stdout.write(`${JSON.stringify({ retried: n })}\n`);
      else process.stdout.write(`${n} failed job${n === 1 ? '' : 's'} queued again\n`);
      if (!flags.allFailed && n < ids.length) throw new CliError(`${ids.length - n} of the ids given name no failed job`);
    });

  withDbOption(jobs.command('add').description('queue files, folders, JSON Lines dumps or URLs for the workers (nothing is analysed here)'))
    .argument('<inputs...>', 'files, folders, .jsonl dumps, http(s) URLs')
    .option('--max-mb <n>', 'largest file, or line of a JSON Lines dump, read (MB, default 20)')
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax jobs add dump.jsonl --db postgres://localhost/news\n  $ parallax jobs add https://example.org/story.html')
    .action(async (specs: string[], flags: { db?: string; maxMb?: string; json?: boolean }) => {
      const url = requirePostgres(flags, 'jobs add');
      const maxMb = intFlag('max-mb', flags.maxMb, 1, 500);
      const { enqueueSources } = await import('../service/jobs/enqueue-sources.js');
      const service = await openService(flags);
      const queue = await openQueue(url);
      let counts;
      try {
        counts = await enqueueSources(service, queue, specs, { maxBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024, warn: (m) => process.stderr.write(`parallax: ${m}\n`) });
      } finally {
        await queue.close(0);
        await service.close();
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(counts)}\n`);
      else process.stdout.write(`queued ${counts.analyse} article${counts.analyse === 1 ? '' : 's'} to analyse and ${counts.fetch} URL${counts.fetch === 1 ? '' : 's'} to fetch; ${counts.skipped} stored before, ${counts.failed} unreadable\n`);
      if (counts.failed > 0) process.exitCode = 2;
    });
}

function printJobs(list: JobInfo[], counts: Record<JobState, number>): void {
  const summary = Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', ');
  process.stdout.write(`${summary || 'no jobs'}\n`);
  for (const j of list) {
    const tries = j.retries > 0 ? ` · retried ${j.retries}/${j.retryLimit}` : '';
    const when = j.state === 'retry' ? ` · next run ${j.startAfter}` : ` · ${j.finishedAt ?? j.startedAt ?? j.createdAt}`;
    process.stdout.write(`${j.state.padEnd(9)} ${j.kind.padEnd(15)} ${j.id}  ${j.subject}${tries}${when}\n`);
    if (j.error && j.state !== 'completed') process.stdout.write(`          ${j.error}\n`);
  }
}

async function runWorker(flags: WorkerFlags): Promise<void> {
  requirePostgres(flags, 'worker');
  const concurrency = intFlag('concurrency', flags.concurrency, 1, 64) ?? 2;
  const policy = await outboundPolicy(flags);
  const [{ PoliteFetcher }, { FeedPoller }, { StoreFeedRepository }, { jobHandlers }] = await Promise.all([
    import('../ingest/http/polite-fetcher.js'),
    import('../ingest/feeds/poller.js'),
    import('../service/feed-repository.js'),
    import('../service/jobs/handlers.js'),
  ]);
  const service = await openService(flags);
  let queue: JobQueue;
  try {
    // Workers run pg-boss's upkeep: a job whose worker died is failed after its time limit, and so retried.
    queue = (await attachJobQueueFor(service, flags, { compareJobs: true, queue: { supervise: true } }))!;
  } catch (err) {
    await service.close();
    throw err;
  }
  // pg-boss records a job's completion without waiting for it: a connection lost right then must not end the
  // worker (the job stays active, runs out of time and runs again, and handlers are idempotent).
  const onRejection = (reason: unknown) => process.stderr.write(`parallax: worker: ${reason instanceof Error ? reason.message : String(reason)} (the job runs again)\n`);
  process.on('unhandledRejection', onRejection);
  const controller = new AbortController();
  const fetcher = new PoliteFetcher({ policy });
  const poller = new FeedPoller({ repository: new StoreFeedRepository(service.store), fetcher });
  // The store's hooks (attached above) queue a poll's item jobs with the feed's state.
  const handlers = logged(jobHandlers({ service, queue, fetcher, poller, signal: controller.signal, itemJobsWithFeedState: true }), flags.json === true);
  // Take the assignment lease when it is free, and assign what other processes leave pending.
  await service.keepAssigning();
  await queue.work(handlers, { concurrency });
  process.stderr.write(`parallax: worker on ${queue.location}: up to ${concurrency} jobs of each kind at once; stop with Ctrl+C\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stderr.write('parallax: worker stopping (running jobs get 10 s)\n');
  controller.abort();
  try {
    await queue.close(10_000);
    await service.close();
  } finally {
    process.off('unhandledRejection', onRejection);
  }
}

/** Every run's end as a line: JSON on stdout with --json; failures always on stderr. */
function logged<H extends Record<string, (data: never, job: { id: string; kind: never }) => Promise<unknown>>>(handlers: H, json: boolean): H {
  const out = {} as Record<string, unknown>;
  for (const [kind, handler] of Object.entries(handlers)) {
    out[kind] = async (data: never, job: { id: string; kind: never }) => {
      const started = Date.now();
      try {
        const result = await handler(data, job);
        if (json) process.stdout.write(`${JSON.stringify({ job: job.id, kind, status: 'done', ms: Date.now() - started, result })}\n`);
        return result;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (json) process.stdout.write(`${JSON.stringify({ job: job.id, kind, status: 'failed', ms: Date.now() - started, error: message })}\n`);
        process.stderr.write(`parallax: job ${kind} ${job.id}: ${message} (retried with backoff until its limit)\n`);
        throw err;
      }
    };
  }
  return out as H;
}

/**
 * `parallax watch` on PostgreSQL: enqueues a poll-feed job for each due feed
 * (workers fetch), until stopped; with --once one round (--all: every feed).
 */
export async function scheduleFeedPolls(flags: { db?: string; once?: boolean; all?: boolean; json?: boolean }): Promise<void> {
  const url = requirePostgres(flags, 'watch');
  const [{ StoreFeedRepository }, { PollScheduler }] = await Promise.all([import('../service/feed-repository.js'), import('../service/jobs/scheduler.js')]);
  const service = await openService(flags);
  const repo = new StoreFeedRepository(service.store);
  let queue: JobQueue | null = null;
  let enqueued = 0;
  let waiting = 0;
  const onEnqueued = (feedUrl: string, jobId: string | null) => {
    if (jobId) enqueued++;
    else waiting++;
    if (flags.json) process.stdout.write(`${JSON.stringify({ feed: feedUrl, job: jobId, status: jobId ? 'queued' : 'already queued' })}\n`);
  };
  const controller = new AbortController();
  const stop = () => controller.abort();
  try {
    if ((await repo.list()).length === 0) throw new CliError('no feeds subscribed (add one with: parallax feeds add URL)');
    queue = await openQueue(url, { onError: queueErrorLogger() });
    if (flags.once && flags.all) {
      for (const f of await repo.list()) onEnqueued(f.url, await queue.enqueue('poll-feed', { feedUrl: f.url }));
    } else {
      const scheduler = new PollScheduler(repo, queue, { onEnqueued });
      if (flags.once) await scheduler.round();
      else {
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        process.stderr.write(`parallax: scheduling the polls of ${(await repo.list()).length} feeds into ${queue.location} (parallax worker fetches them); stop with Ctrl+C\n`);
        await scheduler.run(controller.signal);
      }
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await queue?.close(0);
    await service.close();
  }
  process.stderr.write(`parallax: ${enqueued} feed poll${enqueued === 1 ? '' : 's'} queued${waiting ? ` (${waiting} already waiting for a worker)` : ''}\n`);
}
