/**
 * API latency while articles are written: 50 clients read the story list and a
 * 20-article story page (autocannon) while 4 other clients POST new articles,
 * against a real `parallax serve` process on a store of real articles (10kGNAD
 * + NeuS, about 9,000; 300 with BENCH_QUICK=1). Target: reads p99 < 100 ms and
 * no time-outs. Also the shared pieces of the soak bench (bench/soak.ts): the
 * corpus, the store, the server process and its memory, the POST clients.
 */
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { ArticleInput } from '../src/core/model/article.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ParallaxService } from '../src/service/service.js';
import { onlineStoryAssigner } from '../src/service/default-stories.js';
import { parseText } from '../src/ingest/text.js';
import { readGnad } from './gnad.js';
import { readNeus } from './neus.js';
import { line, quick, root, shared } from './util.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; timeout?: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Articles stored before the load starts. */
export const STORE_SIZE = quick ? 300 : 9_000;

/** 10kGNAD's German test split and NeuS's English texts, in a fixed order; null when the data is missing. */
export function benchCorpus(): ArticleInput[] | null {
  const gnad = join(shared, 'data', '10kgnad', 'test.csv');
  const neus = join(shared, 'data', 'neus-allsides', 'train.source');
  if (!existsSync(gnad) || !existsSync(neus)) return null;
  const german = readGnad(gnad);
  german.forEach((input, i) => {
    input.outlet = `Outlet ${i % 12}`;
  });
  const val = join(shared, 'data', 'neus-allsides', 'val.source');
  return [...german, ...readNeus(neus), ...(existsSync(val) ? readNeus(val) : [])];
}

/** Twenty reports of one flood from twenty outlets (our fixture, varied): the story page under load. */
function floodStory(): ArticleInput[] {
  const base = readFileSync(join(root, 'fixtures', 'stories', 'de-hochwasser', 'donaupost.txt'), 'utf8');
  return Array.from({ length: 20 }, (_, i) =>
    parseText(base.replace(/^outlet: .*$/m, `outlet: Zeitung ${i + 1}`).replace(/\n\n/, `\n\nBericht ${i + 1} aus der Redaktion.\n\n`), { source: `flood-${i}.txt` }),
  );
}

/** Builds the bench store once: the corpus's first STORE_SIZE articles and the flood story; returns the flood story's id. */
export async function buildBenchStore(path: string, corpus: ArticleInput[]): Promise<{ storyId: string; size: number; seconds: number }> {
  const service = new ParallaxService(openSqliteStore(path), onlineStoryAssigner());
  const t0 = performance.now();
  const flood = floodStory();
  const inputs = corpus.slice(0, STORE_SIZE);
  // The flood reports arrive spread over the corpus, as a story's articles do.
  const every = Math.max(1, Math.floor(inputs.length / flood.length));
  let storyId = '';
  for (const [i, input] of inputs.entries()) {
    await service.ingest({ input, sourceKey: `bench:${i}` });
    if (i % every === 0 && flood.length) storyId = (await service.ingest({ input: flood.shift()!, sourceKey: null })).storyId ?? storyId;
  }
  for (const input of flood) storyId = (await service.ingest({ input, sourceKey: null })).storyId ?? storyId;
  await service.finishBatch({ compare: false });
  const story = await service.storyReport(storyId);
  await service.close();
  return { storyId: story!.story.id, size: story!.story.size, seconds: (performance.now() - t0) / 1000 };
}

export interface ServerProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** `parallax serve` on a store, in its own process as users run it, so the load generator does not share its thread. */
export function startServe(db: string): Promise<ServerProcess> {
  const bin = join(root, 'bin', 'parallax.js');
  // The load comes from one address: the per-client rate limit on POSTs would measure itself.
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--json'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PARALLAX_RATE_LIMIT: '0' } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m) {
        resolve({
          url: m[1]!,
          pid: child.pid!,
          close: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`parallax serve exited with ${code} before listening`)));
  });
}

/** A process's resident memory in MB (current, and the peak so far), from /proc; null where there is none. */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

export interface PostStats {
  done: number;
  failed: number;
  timeouts: number;
  latencies: number[];
}

/** The body of one new article for POST /api/articles: a corpus text made unique by a numbered closing line. */
export function postBody(input: ArticleInput, n: number): string {
  return JSON.stringify({ text: `${input.body}\n\nNachtrag ${n}: update number ${n}.`, title: input.title ?? undefined, outlet: input.outlet ?? 'Bench Wire', language: input.language ?? undefined });
}

/** `clients` loops POSTing articles until `stop()` says so or `limit` articles were sent; a POST not answered within `timeoutMs` counts as a time-out. */
export async function postArticles(url: string, inputs: ArticleInput[], clients: number, stop: () => boolean, limit = Infinity, first = 0, timeoutMs = 10_000): Promise<PostStats> {
  const stats: PostStats = { done: 0, failed: 0, timeouts: 0, latencies: [] };
  let next = first;
  const client = async () => {
    while (!stop() && next - first < limit) {
      const n = next++;
      const t0 = performance.now();
      try {
        const res = await fetch(`${url}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: postBody(inputs[n % inputs.length]!, n),
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.arrayBuffer();
        if (res.ok) stats.done++;
        else stats.failed++;
      } catch (e) {
        if ((e as Error).name === 'TimeoutError') stats.timeouts++;
        else stats.failed++;
      }
      stats.latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return stats;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function readsUnderWrites(server: ServerProcess, storyId: string, storySize: number, posts: ArticleInput[]): Promise<void> {
  const duration = quick ? 3 : 10;
  let offset = 0;
  for (const [label, path] of [
    ['story list', '/api/stories'],
    [`story page (${storySize} articles)`, `/api/stories/${storyId}`],
  ] as const) {
    let stopped = false;
    const writers = postArticles(server.url, posts, 4, () => stopped, Infinity, offset);
    const r = await autocannon({ url: `${server.url}${path}`, connections: 50, duration, timeout: 10, headers: { 'accept-encoding': 'gzip' } });
    stopped = true;
    const w = await writers;
    offset += w.done + w.failed + w.timeouts;
    const verdict = r.latency.p99 < 100 && r.timeouts === 0 ? 'target met' : 'TARGET MISSED (p99 < 100 ms, no time-outs)';
    line(`API ${label}, 50 readers + 4 writers`, `reads p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(0)} req/s, ${r.timeouts} time-outs, ${r.non2xx} non-2xx; ${verdict}`);
    line(`  POST /api/articles meanwhile`, `${w.done} stored, p50 ${percentile(w.latencies, 50).toFixed(0)} ms, p99 ${percentile(w.latencies, 99).toFixed(0)} ms, ${w.timeouts} time-outs, ${w.failed} failed`);
  }
}

/** The api-load section: builds its store, then measures reads under writes. `prepared`: a bench store built already (its path and story). */
export async function apiLoadBench(prepared?: { db: string; storyId: string; size: number }): Promise<void> {
  const corpus = benchCorpus();
  if (!corpus) {
    line('API under writes', `skipped (${join(shared, 'data')} lacks 10kgnad or neus-allsides)`);
    return;
  }
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    line('API under writes', 'skipped (run npm run build first)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-api-load-'));
  try {
    const db = join(dir, 'load.db');
    let built = prepared;
    if (built) copyFileSync(built.db, db);
    else {
      const b = await buildBenchStore(db, corpus);
      line(`bench store (${STORE_SIZE} + 20 articles)`, `built in ${b.seconds.toFixed(0)} s`);
      built = { db, storyId: b.storyId, size: b.size };
    }
    const server = await startServe(db);
    try {
      await readsUnderWrites(server, built.storyId, built.size, corpus.slice(STORE_SIZE).concat(corpus.slice(0, STORE_SIZE)));
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
