/**
 * Worker processes for tests (`parallax worker --json` from source), with the
 * job limits made short (PARALLAX_JOB_*: a lost job is retried within
 * seconds), and waits on what they leave in the store and the queue.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/open.js';
import { openPgBossQueue } from '../service/jobs/pg-boss-queue.js';
import type { JobInfo } from '../service/jobs/queue.js';
import { ParallaxService } from '../service/service.js';
import { onlineStoryAssigner } from '../service/default-stories.js';
import type { StoredArticle } from '../store/records.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const main = join(root, 'src', 'test-support', 'cli-main.ts');
export const demo = join(root, 'fixtures', 'demo');
export const stories = join(root, 'fixtures', 'stories');

/** Short limits: a lost job is retried within seconds. */
export const FAST = {
  PARALLAX_JOB_TIMEOUT_SECONDS: '4',
  PARALLAX_JOB_MAINTENANCE_SECONDS: '1',
  PARALLAX_JOB_POLL_SECONDS: '0.5',
  PARALLAX_JOB_RETRY_SECONDS: '1',
  PARALLAX_ALLOW_HOSTS: '127.0.0.1',
  NO_COLOR: '1',
};

export function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...FAST, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

export interface Worker {
  proc: ChildProcess;
  /** Its --json lines so far. */
  lines: { job: string; kind: string; status: string }[];
  stderr: string[];
  ready: Promise<void>;
  exited: Promise<void>;
}

export function startWorker(db: string, env: Record<string, string> = {}): Worker {
  const proc = spawn(process.execPath, ['--import', 'tsx', main, 'worker', '--db', db, '--json'], { cwd: root, env: { ...process.env, ...FAST, ...env } });
  const w: Worker = { proc, lines: [], stderr: [], ready: Promise.resolve(), exited: Promise.resolve() };
  let out = '';
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n')) {
      w.lines.push(JSON.parse(out.slice(0, i)) as Worker['lines'][number]);
      out = out.slice(i + 1);
    }
  });
  w.ready = new Promise((resolve, reject) => {
    proc.stderr!.setEncoding('utf8').on('data', (d: string) => {
      w.stderr.push(d);
      if (w.stderr.join('').includes('parallax: worker on')) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${w.stderr.join('')}`)));
  });
  w.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
  return w;
}

export async function stopWorker(w: Worker): Promise<void> {
  if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGTERM');
  await w.exited;
}

export async function until<T>(what: string, fn: () => Promise<T | null | false>, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every job of the store's queue (in-process, for checks). */
export async function jobsOf(db: string): Promise<JobInfo[]> {
  const queue = await openPgBossQueue(db);
  try {
    return await queue.list({ limit: 10_000 });
  } finally {
    await queue.close(0);
  }
}

export async function storeFacts(db: string) {
  const store = await openStore(db);
  try {
    const articles = await store.articlesAfter(0, 10_000);
    return { articles, pending: articles.filter((a) => a.storyId === null).length };
  } finally {
    await store.close();
  }
}

/** All jobs finished, nothing pending; on a timeout the error says what was left. */
export async function settled(db: string, articles: number) {
  let seen = '';
  try {
    return await until(`${articles} articles stored and assigned, every job done`, async () => {
      const facts = await storeFacts(db);
      const jobs = await jobsOf(db);
      seen = `${facts.articles.length} articles, ${facts.pending} pending; jobs: ${jobs.filter((j) => j.state !== 'completed').map((j) => `${j.kind} ${j.state} ${j.error ?? ''}`).join('; ')}`;
      if (facts.articles.length < articles || facts.pending > 0) return null;
      return jobs.every((j) => j.state === 'completed' || j.state === 'failed') ? { ...facts, jobs } : null;
    });
  } catch (err) {
    throw new Error(`${(err as Error).message} (last seen: ${seen})`);
  }
}

/** Story (and syndication) of each article when one process assigns the same articles in the same seq order. */
export async function singleProcessStories(articles: readonly StoredArticle[]): Promise<Map<string, string | null>> {
  const single = new ParallaxService(await openStore(':memory:'), onlineStoryAssigner());
  const out = new Map<string, string | null>();
  try {
    for (const a of articles) out.set(a.id, (await single.ingestAnalysis(a.analysis, { urls: [], sourceKey: null, source: a.analysis.article.source })).storyId);
  } finally {
    await single.close();
  }
  return out;
}
