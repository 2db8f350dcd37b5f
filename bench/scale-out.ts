/**
 * Scale-out (issue 14): the same real articles (10kGNAD's German and NeuS's
 * English texts, alternating) through separate processes, as they are run:
 *
 * - SQLite, one `parallax ingest` process: the default, for comparison;
 * - PostgreSQL, 1, 2 and 4 `parallax ingest` processes, each with its share of
 *   the dump: the holder of the assignment lease assigns what the others
 *   store pending (the multi-process path without a queue);
 * - PostgreSQL, 1, 2 and 4 `parallax worker` processes draining a queue of
 *   analyse-article jobs (`parallax jobs add` of the same dump, timed apart);
 *   workers also run the compare-story jobs the new articles cause.
 *
 * Figures per run: articles/s from the first process's start to the last
 * article in a story; ingest-to-story latency p50/p99, from an article's row
 * being stored (its ingested_at) to its story being visible to a reader,
 * seen by polling the store every POLL_MS; CPU seconds per article of the
 * Parallax processes and of the PostgreSQL server (from /proc, when the
 * server runs on this machine). The ingest processes compute no comparisons
 * (--no-compare: they are computed when a story is read); workers do, as jobs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import Database from 'libsql';
import type { ArticleInput } from '../src/core/model/article.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { describePgError, maskUrl } from '../src/store/postgres/connection.js';
import { benchCorpus, percentile } from './api-load.js';
import { line, quick, root } from './util.js';

export const SCALE_ARTICLES = quick ? 48 : 1_200;
const POLL_MS = 20;
const PROCESS_COUNTS = [1, 2, 4];
/** The server the PostgreSQL runs use; each run gets a schema of its own, dropped after. */
export const BENCH_PG = process.env.PARALLAX_BENCH_PG ?? process.env.PARALLAX_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA_PREFIX = 'parallax_bench_';
const BIN = join(root, 'bin', 'parallax.js');

/** German and English articles in turn, as a mixed feed brings them. */
export function scaleCorpus(n: number): ArticleInput[] | null {
  const corpus = benchCorpus();
  if (!corpus) return null;
  const de = corpus.filter((a) => a.language === 'de');
  const en = corpus.filter((a) => a.language !== 'de');
  const out: ArticleInput[] = [];
  for (let i = 0; out.length < n && (i < de.length || i < en.length); i++) {
    if (i < de.length) out.push(de[i]!);
    if (i < en.length && out.length < n) out.push(en[i]!);
  }
  return out;
}

/** A JSON Lines dump of `inputs` (the fields `parallax ingest` reads). */
export function writeDump(path: string, inputs: readonly ArticleInput[]): void {
  writeFileSync(path, inputs.map((a) => JSON.stringify({ title: a.title ?? undefined, text: a.body, outlet: a.outlet, language: a.language })).join('\n') + '\n');
}

/** Splits `inputs` into `k` shares, round robin (each process gets German and English alike). */
export function shares<T>(inputs: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => []);
  inputs.forEach((x, i) => out[i % k]!.push(x));
  return out;
}

/** Reads what a reader of the store sees: articles after a seq, with their ingest time and whether they have a story. */
interface StoreWatch {
  rowsAfter(seq: number): Promise<{ seq: number; ingestedAt: string; assigned: boolean }[]>;
  stories(): Promise<number>;
  close(): Promise<void>;
}

function sqliteWatch(path: string): StoreWatch {
  const db = new Database(path);
  const rows = db.prepare('SELECT seq, ingested_at, story_id IS NOT NULL AS assigned FROM articles WHERE seq > ? ORDER BY seq LIMIT 5000');
  const stories = db.prepare('SELECT COUNT(*) AS n FROM stories');
  return {
    rowsAfter: async (seq) =>
      (rows.all(seq) as { seq: number; ingested_at: string; assigned: number }[]).map((r) => ({ seq: Number(r.seq), ingestedAt: r.ingested_at, assigned: r.assigned === 1 })),
    stories: async () => Number((stories.get() as { n: number }).n),
    close: async () => {
      db.close();
    },
  };
}

async function postgresWatch(url: string): Promise<StoreWatch> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    rowsAfter: async (seq) =>
      (await client.query<{ seq: string; ingested_at: string; assigned: boolean }>('SELECT seq, ingested_at, story_id IS NOT NULL AS assigned FROM articles WHERE seq > $1 ORDER BY seq LIMIT 5000', [seq])).rows.map((r) => ({
        seq: Number(r.seq),
        ingestedAt: r.ingested_at,
        assigned: r.assigned,
      })),
    stories: async () => Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM stories')).rows[0]!.n),
    close: () => client.end(),
  };
}

/** CPU seconds (user + system, with reaped children) of the processes whose command name is `comm`, or of this process's reaped children. */
function cpuSeconds(which: { comm: string } | 'children'): number {
  const ticks = (stat: string) => {
    // Fields after the command name (which may hold spaces) start at ") ".
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return which === 'children' ? Number(f[13]) + Number(f[14]) : Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  };
  if (which === 'children') return ticks(readFileSync('/proc/self/stat', 'utf8')) / 100;
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === which.comm) total += ticks(stat);
    } catch {
      // Gone meanwhile.
    }
  }
  return total / 100;
}

export interface RunResult {
  articles: number;
  /** Until the last article was in a story, and until the last one was stored (pending or not). */
  seconds: number;
  storedSeconds: number;
  /** Until the first article was in a story. */
  firstAssignedSeconds: number;
  /** Until `done()` said so (workers: every job done, comparisons included); NaN for runs that end by themselves. */
  doneSeconds: number;
  latencies: number[];
  stories: number;
  /** CPU seconds of the Parallax processes, and of the PostgreSQL server (NaN: not on this machine). */
  cpu: number;
  dbCpu: number;
  failure: string | null;
}

/** How a run ends: by itself (every process exits), or, for processes that run until stopped (workers), when `done()` says so. */
export interface RunOptions {
  limitMs: number;
  /** Measure the PostgreSQL server's CPU too. */
  postgres: boolean;
  /** Asked once every article is in a story: true stops the processes (SIGTERM) and ends the run. */
  done?: () => Promise<boolean>;
  /** Count stored articles, assigned or not (a run whose articles stay pending). */
  stored?: boolean;
}

/**
 * Starts the processes, then watches the store until `expected` articles are
 * in stories and every process has exited (or been stopped once `done()`), or
 * `limitMs` passed.
 */
export async function measure(expected: number, watch: StoreWatch, start: () => ChildProcess[], options: RunOptions): Promise<RunResult> {
  const cpu0 = cpuSeconds('children');
  const db0 = options.postgres ? cpuSeconds({ comm: 'postgres' }) : NaN;
  const t0 = performance.now();
  const children = start();
  let stopping = false;
  const exits = children.map(
    (child) =>
      new Promise<string | null>((resolve) => {
        let err = '';
        child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString('utf8')).slice(-2000)));
        child.once('exit', (code, signal) => resolve(code === 0 || (stopping && signal === 'SIGTERM') ? null : `exit ${code ?? signal}: ${err.trim().split('\n').pop() ?? ''}`));
      }),
  );
  let running = children.length;
  const failures: string[] = [];
  for (const e of exits) {
    void e.then((f) => {
      running--;
      if (f) failures.push(f);
    });
  }
  const latencies: number[] = [];
  let watermark = 0;
  let lastAssignedAt = t0;
  let firstAssignedAt = NaN;
  let allStoredAt = NaN;
  let doneAt = NaN;
  let gaveUpAt = Infinity;
  while (latencies.length < expected || running > 0) {
    const now = performance.now();
    if (now - t0 > options.limitMs || failures.length > 0) break;
    // Every process gone and still articles without a story: give the holder's hand-over a moment, then stop.
    if (running === 0 && latencies.length < expected) {
      gaveUpAt = Math.min(gaveUpAt, now + 5_000);
      if (now > gaveUpAt) break;
    }
    if (latencies.length >= expected && options.done && !stopping && (await options.done())) {
      doneAt = performance.now();
      stopping = true;
      for (const c of children) c.kill('SIGTERM');
    }
    const wall = Date.now();
    const rows = await watch.rowsAfter(watermark);
    // Seqs are dense: the last row's seq is how many articles are stored.
    if (Number.isNaN(allStoredAt) && (rows.at(-1)?.seq ?? watermark) >= expected) allStoredAt = performance.now();
    for (const r of rows) {
      // Stories are assigned in seq order: the first article still pending ends what this poll can count.
      if (!r.assigned && !options.stored) break;
      latencies.push(wall - Date.parse(r.ingestedAt));
      watermark = r.seq;
      lastAssignedAt = performance.now();
      if (Number.isNaN(firstAssignedAt)) firstAssignedAt = lastAssignedAt;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await Promise.all(exits);
  const missing = expected - latencies.length;
  const failure = failures.length ? failures.join('; ') : missing > 0 ? `${missing} of ${expected} articles never got a story` : null;
  return {
    articles: latencies.length,
    seconds: (lastAssignedAt - t0) / 1000,
    firstAssignedSeconds: (firstAssignedAt - t0) / 1000,
    storedSeconds: (allStoredAt - t0) / 1000,
    doneSeconds: (doneAt - t0) / 1000,
    latencies,
    stories: await watch.stories(),
    cpu: cpuSeconds('children') - cpu0,
    dbCpu: options.postgres ? cpuSeconds({ comm: 'postgres' }) - db0 : NaN,
    failure,
  };
}

export function report(label: string, r: RunResult): void {
  if (r.failure) {
    line(label, `failed: ${r.failure}`);
    return;
  }
  const perArticle = (s: number) => `${((s * 1000) / r.articles).toFixed(0)} ms`;
  const db = Number.isFinite(r.dbCpu) ? `, PostgreSQL ${perArticle(r.dbCpu)}` : '';
  line(
    label,
    `${(r.articles / r.seconds).toFixed(1)} articles/s (all stored after ${r.storedSeconds.toFixed(1)} s, in stories after ${r.seconds.toFixed(1)} s` +
      `${Number.isFinite(r.doneSeconds) ? `, every job done after ${r.doneSeconds.toFixed(1)} s` : ''}), ingest-to-story p50 ${percentile(r.latencies, 50).toFixed(0)} ms, p99 ${percentile(r.latencies, 99).toFixed(0)} ms; ` +
      `CPU per article: Parallax ${perArticle(r.cpu)}${db}; ${r.stories} stories`,
  );
}

/** A PostgreSQL database for one run: a fresh schema, migrated, dropped (with its job queue's schema) by `drop()`. */
export interface BenchSchema {
  name: string;
  url: string;
  /** Where the job queue of this store lives (pg-boss: `<schema>_jobs`). */
  jobs: string;
  drop(): Promise<void>;
}

export async function benchSchema(admin: pg.Pool): Promise<BenchSchema> {
  const schema = `${SCHEMA_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const sep = BENCH_PG.includes('?') ? '&' : '?';
  const url = `${BENCH_PG}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  // Migrated before the processes start, so none of them pays for it.
  await (await openPostgresStore(url)).close();
  return {
    name: schema,
    url,
    jobs: `${schema}_jobs`,
    drop: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

/**
 * What a store takes on disk per article: every table with its indexes and
 * TOAST (long text and analyses), and the full-text index alone; beside the
 * articles' mean text size, to scale the figure to other texts.
 */
async function storageLine(admin: pg.Pool, schema: BenchSchema, inputs: readonly ArticleInput[]): Promise<void> {
  const sizes = (
    await admin.query<{ relname: string; kind: string; bytes: string }>(
      `SELECT c.relname, c.relkind AS kind, CASE WHEN c.relkind = 'r' THEN pg_total_relation_size(c.oid) ELSE pg_relation_size(c.oid) END AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'i')`,
      [schema.name],
    )
  ).rows;
  const total = sizes.filter((r) => r.kind === 'r').reduce((t, r) => t + Number(r.bytes), 0);
  const articles = Number(sizes.find((r) => r.relname === 'articles')?.bytes ?? 0);
  const search = Number(sizes.find((r) => r.relname === 'articles_search')?.bytes ?? 0);
  const text = inputs.reduce((t, a) => t + Buffer.byteLength(a.body), 0) / inputs.length;
  const kb = (bytes: number) => `${(bytes / inputs.length / 1024).toFixed(1)} KB`;
  line(
    '  PostgreSQL storage per article',
    `${kb(total)} (articles with text, analysis and search vector ${kb(articles)}, of it the full-text index ${kb(search)}; entities, labels, stories and the rest ${kb(total - articles)}) for ${(text / 1024).toFixed(1)} KB of text`,
  );
}

/** Schemas a killed bench run left behind, over an hour old. */
async function dropStale(admin: pg.Pool): Promise<void> {
  const rows = (await admin.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE '${SCHEMA_PREFIX}%'`)).rows;
  for (const { nspname } of rows) {
    const born = Number(nspname.slice(SCHEMA_PREFIX.length).split('_')[0]);
    if (Number.isFinite(born) && Date.now() / 1000 - born > 3600) await admin.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`);
  }
}

/** `parallax ingest` of each dump in its own process, into `db`. */
function ingestProcesses(dumps: readonly string[], db: string): () => ChildProcess[] {
  return () => dumps.map((dump) => spawn(process.execPath, [BIN, 'ingest', dump, '--db', db, '--no-compare'], { stdio: ['ignore', 'ignore', 'pipe'] }));
}

/** The admin connection to the bench server, or why there is none. */
export async function benchServer(): Promise<pg.Pool | string> {
  const admin = new pg.Pool({ connectionString: BENCH_PG, max: 2, connectionTimeoutMillis: 3000 });
  admin.on('error', () => {});
  try {
    await admin.query('SELECT 1');
  } catch (err) {
    await admin.end().catch(() => {});
    return `PostgreSQL at ${maskUrl(BENCH_PG)} is not reachable (${describePgError(err)}); set PARALLAX_BENCH_PG`;
  }
  await dropStale(admin);
  return admin;
}

const limitMs = (n: number) => 60_000 + n * 1_000;

/**
 * The sequential assigner alone: with the assignment lease held by the bench,
 * one `parallax ingest` stores every article pending (analysis and writes
 * without assignment: what one more writer process adds); then, the lease
 * free, one process takes it and assigns them all in seq order (reading each
 * analysis back, clustering, writing the story rows) — the one step that
 * does not spread over machines. Its rate is timed from the first article
 * assigned to the last.
 */
async function assignerRun(admin: pg.Pool, dump: string, expected: number, extra: string): Promise<void> {
  const schema = await benchSchema(admin);
  const store = await openPostgresStore(schema.url);
  const watch = await postgresWatch(schema.url);
  try {
    const lease = await store.acquireLease('story-assigner:global', 'bench:holds-assignment', 3_600_000);
    const pendingOnly = await measure(expected, watch, ingestProcesses([dump], schema.url), { limitMs: limitMs(expected), postgres: true, stored: true });
    if (pendingOnly.failure) return line('  PostgreSQL, 1 ingest, left pending', `failed: ${pendingOnly.failure}`);
    line(
      '  PostgreSQL, 1 ingest, left pending',
      `${(expected / pendingOnly.storedSeconds).toFixed(1)} articles/s stored pending; CPU per article: Parallax ${((pendingOnly.cpu * 1000) / expected).toFixed(0)} ms, PostgreSQL ${((pendingOnly.dbCpu * 1000) / expected).toFixed(0)} ms`,
    );
    await store.releaseLease({ name: lease.name, holder: 'bench:holds-assignment', epoch: lease.epoch });
    // One more article in its own process: it takes the free lease and first assigns everything pending before it.
    const r = await measure(expected + 1, watch, ingestProcesses([extra], schema.url), { limitMs: limitMs(expected), postgres: true });
    if (r.failure) return line('  sequential assigner alone (PostgreSQL)', `failed: ${r.failure}`);
    const span = r.seconds - r.firstAssignedSeconds;
    line(
      '  sequential assigner alone (PostgreSQL)',
      `${(expected / span).toFixed(0)} articles/s (${expected} pending articles in ${span.toFixed(1)} s); CPU per article: Parallax ${((r.cpu * 1000) / expected).toFixed(1)} ms with start-up, PostgreSQL ${((r.dbCpu * 1000) / expected).toFixed(1)} ms`,
    );
  } finally {
    await watch.close();
    await store.close();
    await schema.drop();
  }
}

/** Whether the CLI has `parallax worker` (the job queue of issue 14). */
function hasWorkerCommand(): boolean {
  return existsSync(join(root, 'dist', 'cli', 'jobs.js'));
}

/**
 * Workers: every article queued first (`parallax jobs add`, timed apart), then
 * `k` `parallax worker` processes started together; the run ends when every
 * article is in a story and the queue is empty (the comparisons of the
 * stories that changed are jobs too), and the workers are stopped.
 */
async function workerRun(admin: pg.Pool, dump: string, expected: number, k: number): Promise<void> {
  const label = `  PostgreSQL, ${k} worker process${k > 1 ? 'es' : ''}`;
  const schema = await benchSchema(admin);
  const watch = await postgresWatch(schema.url);
  try {
    const t0 = performance.now();
    const add = spawnSync(process.execPath, [BIN, 'jobs', 'add', dump, '--db', schema.url, '--json'], { encoding: 'utf8' });
    if (add.status !== 0) return line(label, `failed: parallax jobs add: ${add.stderr.trim()}`);
    const queued = (performance.now() - t0) / 1000;
    const waiting = async () => Number((await admin.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${schema.jobs}.job WHERE state IN ('created', 'retry', 'active')`)).rows[0]!.n);
    const start = () => Array.from({ length: k }, () => spawn(process.execPath, [BIN, 'worker', '--db', schema.url], { stdio: ['ignore', 'ignore', 'pipe'] }));
    const r = await measure(expected, watch, start, { limitMs: limitMs(expected), postgres: true, done: async () => (await waiting()) === 0 });
    const failed = Number((await admin.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${schema.jobs}.job WHERE state = 'failed'`)).rows[0]!.n);
    if (failed > 0 && !r.failure) r.failure = `${failed} jobs failed`;
    report(label, r);
    if (k === 1) line('    (queueing them: parallax jobs add)', `${queued.toFixed(1)} s, ${(expected / queued).toFixed(0)} articles/s`);
  } finally {
    await watch.close();
    await schema.drop();
  }
}

export async function scaleOutBench(): Promise<void> {
  const title = `scale-out (${SCALE_ARTICLES} 10kGNAD + NeuS articles)`;
  const inputs = scaleCorpus(SCALE_ARTICLES);
  if (!inputs) return line(title, 'skipped (../shared/data lacks 10kgnad or neus-allsides)');
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) return line(title, 'skipped (run npm run build first)');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  try {
    console.log(`${title}: separate processes on ${cpus().length} cores; latency from an article stored to its story visible (polled every ${POLL_MS} ms)`);
    const whole = join(dir, 'all.jsonl');
    writeDump(whole, inputs);
    const lite = join(dir, 'sqlite.db');
    openSqliteStore(lite).close();
    const sq = sqliteWatch(lite);
    try {
      report('  SQLite, 1 ingest process', await measure(inputs.length, sq, ingestProcesses([whole], lite), { limitMs: limitMs(inputs.length), postgres: false }));
    } finally {
      await sq.close();
    }
    const admin = await benchServer();
    if (typeof admin === 'string') return line('  PostgreSQL', `skipped (${admin})`);
    try {
      for (const k of PROCESS_COUNTS) {
        const dumps = shares(inputs, k).map((part, i) => {
          const path = join(dir, `share-${k}-${i}.jsonl`);
          writeDump(path, part);
          return path;
        });
        const schema = await benchSchema(admin);
        const watch = await postgresWatch(schema.url);
        try {
          const r = await measure(inputs.length, watch, ingestProcesses(dumps, schema.url), { limitMs: limitMs(inputs.length), postgres: true });
          report(`  PostgreSQL, ${k} ingest process${k > 1 ? 'es' : ''}`, r);
          if (k === 1 && !r.failure) await storageLine(admin, schema, inputs);
        } finally {
          await watch.close();
          await schema.drop();
        }
      }
      const extra = join(dir, 'one-more.jsonl');
      writeDump(extra, scaleCorpus(SCALE_ARTICLES + 1)!.slice(SCALE_ARTICLES));
      await assignerRun(admin, whole, inputs.length, extra);
      if (hasWorkerCommand()) {
        for (const k of PROCESS_COUNTS) await workerRun(admin, whole, inputs.length, k);
      } else line('  PostgreSQL workers', 'skipped (this build has no parallax worker)');
    } finally {
      await admin.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
