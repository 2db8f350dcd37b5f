/**
 * Soak: a fixed number of requests against a real `parallax serve` process —
 * reads of every kind (story lists with filters, story pages, articles, search,
 * entities) while two clients POST new articles — and the server's resident
 * memory after a warm-up and at the end. It must stay within 1.5× (the verdict
 * is printed; benchmarks never fail). Then a bulk `parallax ingest` of a JSON
 * Lines dump in its own process, with its peak memory, since that is where
 * per-statement native memory used to pile up.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { ArticleInput } from '../src/core/model/article.js';
import { STORE_SIZE, benchCorpus, buildBenchStore, memoryOf, percentile, postArticles, startServe, type ServerProcess } from './api-load.js';
import { line, quick, root, shared } from './util.js';

const READS = quick ? 3_000 : 20_000;
const POSTS = quick ? 100 : 500;
const READERS = 16;
/**
 * Before the first memory sample the server runs half the load once: every
 * cache filled, every story page compared, the heap at its working size, as
 * a server that has run a while (a measured run: 360 MB after 5,000 reads,
 * then 528, 651, 682, 739, 751, 747 MB after each further 10,000 reads and
 * 250 POSTs; flat from there). Growth after that is what the verdict judges.
 */
const WARM_UP_READS = READS / 2;
const WARM_UP_POSTS = POSTS / 2;
const INGEST_ITEMS = quick ? 300 : 5_000;
const MAX_GROWTH = 1.5;

/** The read mix: list pages with every filter, story pages, article pages, search and entity pages, spread over the store. */
async function readPaths(url: string): Promise<string[]> {
  const stories = (await (await fetch(`${url}/api/stories?limit=500&minSize=2`)).json()) as { items: { id: string; size: number }[] };
  const articles = (await (await fetch(`${url}/api/articles?limit=200`)).json()) as { items: { id: string }[] };
  const entities = (await (await fetch(`${url}/api/entities?q=a&limit=50`)).json()) as { items: { key: string }[] };
  const words = ['Regierung', 'Polizei', 'president', 'election', 'Wien', 'Trump', 'Hochwasser', 'market', 'Fußball', 'court'];
  const paths: string[] = [];
  for (let i = 0; i < 40; i++) {
    paths.push(`/api/stories?limit=20&offset=${i * 20}`);
    paths.push(`/api/stories?sort=largest&minSize=${1 + (i % 4)}&offset=${i}`);
    paths.push(`/api/stories?language=${i % 2 ? 'de' : 'en'}&outlet=${encodeURIComponent(`Outlet ${i % 12}`)}`);
    paths.push(`/api/stories?q=${encodeURIComponent(words[i % words.length]!)}&offset=${i % 3}`);
    paths.push(`/api/search?q=${encodeURIComponent(words[i % words.length]!)}&offset=${i}`);
    paths.push(`/api/articles?limit=20&offset=${i * 7}`);
  }
  // Story pages of a fixed set of stories up to 20 articles: each is compared once, then served from its kept
  // comparison until a POSTed article joins it (then compared again; the largest stories would make that the whole soak).
  for (const s of stories.items.filter((x) => x.size <= 20).slice(0, 30)) paths.push(`/api/stories/${s.id}`);
  for (const a of articles.items) paths.push(`/api/articles/${a.id}`);
  for (const e of entities.items) paths.push(`/api/entities/${encodeURIComponent(e.key)}`);
  return paths;
}

interface ReadStats {
  done: number;
  failed: number;
  latencies: number[];
  /** Failed requests by status ("timeout", "error" when no answer) with one path each, to say what failed. */
  failures: Map<string, string>;
}

/** `count` reads spread over `paths` (every `stride`-th path, wrapping round), by READERS clients. */
async function readMany(url: string, paths: string[], count: number, first: number, stride = 7919): Promise<ReadStats> {
  const stats: ReadStats = { done: 0, failed: 0, latencies: [], failures: new Map() };
  let next = 0;
  const reader = async () => {
    while (next < count) {
      const path = paths[(first + next++ * stride) % paths.length]!;
      const t0 = performance.now();
      try {
        const res = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'gzip' }, signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer();
        if (res.ok) stats.done++;
        else {
          stats.failed++;
          stats.failures.set(String(res.status), path);
        }
      } catch (e) {
        stats.failed++;
        stats.failures.set((e as Error).name === 'TimeoutError' ? 'timeout' : 'error', path);
      }
      stats.latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  return stats;
}

async function serverSoak(server: ServerProcess, posts: ArticleInput[]): Promise<void> {
  const paths = await readPaths(server.url);
  // Warm-up: every path once (story comparisons computed), then half the load.
  await readMany(server.url, paths, paths.length, 0, 1);
  await Promise.all([readMany(server.url, paths, WARM_UP_READS, 0), postArticles(server.url, posts, 2, () => false, WARM_UP_POSTS, 0, 120_000)]);
  const start = memoryOf(server.pid);
  if (!start) {
    line('soak: server memory', 'skipped (no /proc on this system)');
    return;
  }
  let peak = start.rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, memoryOf(server.pid)?.rss ?? 0);
  }, 250);
  const t0 = performance.now();
  const [reads, writes] = await Promise.all([readMany(server.url, paths, READS, WARM_UP_READS), postArticles(server.url, posts, 2, () => false, POSTS, WARM_UP_POSTS, 120_000)]);
  clearInterval(sampler);
  const seconds = (performance.now() - t0) / 1000;
  const end = memoryOf(server.pid)!;
  peak = Math.max(peak, end.rss);
  const ratio = end.rss / start.rss;
  const failed = reads.failed + writes.failed + writes.timeouts;
  const which = [...reads.failures].map(([status, path]) => `${status} e.g. ${path}`).join('; ');
  line(`soak: ${READS} reads + ${POSTS} POSTs, ${READERS}+2 clients`, `${seconds.toFixed(0)} s; reads p99 ${percentile(reads.latencies, 99).toFixed(0)} ms, POST p99 ${percentile(writes.latencies, 99).toFixed(0)} ms; ${failed} failed${which ? ` (${which})` : ''}`);
  line(
    'soak: server memory (RSS)',
    `${start.rss.toFixed(0)} MB after a warm-up of ${WARM_UP_READS} reads + ${WARM_UP_POSTS} POSTs → ${end.rss.toFixed(0)} MB at the end (peak ${peak.toFixed(0)} MB): ×${ratio.toFixed(2)}, ${ratio <= MAX_GROWTH ? 'flat (within 1.5×)' : 'GROWS (over 1.5×)'}`,
  );
}

/** A JSON Lines dump of `n` distinct articles for `parallax ingest`. */
function writeDump(path: string, corpus: ArticleInput[], n: number): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = corpus[i % corpus.length]!;
    lines.push(JSON.stringify({ title: a.title ?? undefined, text: `${a.body}\n\nNachtrag ${i}.`, outlet: a.outlet, language: a.language }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

interface IngestMemory {
  seconds: number;
  status: number | null;
  /** RSS once a tenth of the items were stored (start-up and warm-up done), at the last sample, and the peak. */
  early: number;
  last: number;
  peak: number;
}

/** Memory of `parallax ingest` over a dump, sampled from /proc while it runs; progress read from its JSON lines. */
function ingestMemory(dump: string, db: string, items: number): Promise<IngestMemory> {
  const child = spawn(process.execPath, [join(root, 'bin', 'parallax.js'), 'ingest', dump, '--db', db, '--no-compare', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const t0 = performance.now();
  const m: IngestMemory = { seconds: 0, status: null, early: NaN, last: 0, peak: 0 };
  let done = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) done++;
    const now = memoryOf(child.pid!);
    if (Number.isNaN(m.early) && done >= items / 10 && now && Number.isFinite(now.rss)) m.early = now.rss;
  });
  const sampler = setInterval(() => {
    // A process on its way out has no memory lines any more: keep the last real sample.
    const now = memoryOf(child.pid!);
    if (now && Number.isFinite(now.rss) && Number.isFinite(now.peak)) {
      m.last = now.rss;
      m.peak = Math.max(m.peak, now.peak);
    }
  }, 100);
  return new Promise((resolve) => {
    child.once('exit', (status) => {
      clearInterval(sampler);
      resolve({ ...m, seconds: (performance.now() - t0) / 1000, status });
    });
  });
}

export async function ingestSoak(dir: string, corpus: ArticleInput[]): Promise<void> {
  const dump = join(dir, 'dump.jsonl');
  writeDump(dump, corpus, INGEST_ITEMS);
  const r = await ingestMemory(dump, join(dir, 'ingest.db'), INGEST_ITEMS);
  if (r.status !== 0) {
    line('soak: parallax ingest', `failed (exit ${r.status})`);
    return;
  }
  // Growth after the first tenth, to the peak: what further articles cost (the story assigner's state grows a little by design).
  const perThousand = ((r.peak - r.early) * 1000) / (INGEST_ITEMS * 0.9);
  line(
    `soak: parallax ingest of ${INGEST_ITEMS} JSONL items`,
    `${(INGEST_ITEMS / r.seconds).toFixed(0)} articles/s; RSS ${r.early.toFixed(0)} MB at 10%, peak ${r.peak.toFixed(0)} MB (${r.last.toFixed(0)} MB at exit): +${perThousand.toFixed(0)} MB per 1,000 articles`,
  );
}

/** The soak section. `prepared`: a bench store built already (bench/load-run.ts shares one with the api-load section). */
export async function soakBench(prepared?: { db: string }): Promise<void> {
  const corpus = benchCorpus();
  if (!corpus) {
    line('soak', `skipped (${join(shared, 'data')} lacks 10kgnad or neus-allsides)`);
    return;
  }
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    line('soak', 'skipped (run npm run build first)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-soak-'));
  try {
    const db = join(dir, 'soak.db');
    if (prepared) copyFileSync(prepared.db, db);
    else await buildBenchStore(db, corpus);
    const server = await startServe(db);
    try {
      await serverSoak(server, corpus.slice(STORE_SIZE).concat(corpus.slice(0, STORE_SIZE)));
    } finally {
      await server.close();
    }
    await ingestSoak(dir, corpus);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
