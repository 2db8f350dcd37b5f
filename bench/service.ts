/**
 * The service's figures: bulk ingest into the embedded store, end to end
 * (read → analyse → assign a story → one transaction per article), and API
 * latency under load (autocannon, 50 concurrent clients) for the story list
 * and a 20-article story page.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ParallaxService } from '../src/service/service.js';
import { onlineStoryAssigner } from '../src/service/default-stories.js';
import { spawn } from 'node:child_process';
import { parseText } from '../src/ingest/text.js';
import { readGnad } from './gnad.js';
import { readNeus } from './neus.js';
import { line, quick, root, shared } from './util.js';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function bulkIngest(dir: string): Promise<void> {
  const gnad = join(shared, 'data', '10kgnad', 'test.csv');
  const neus = join(shared, 'data', 'neus-allsides', 'train.source');
  if (!existsSync(gnad) || !existsSync(neus)) {
    line('bulk ingest', `skipped (${gnad} or ${neus} not found)`);
    return;
  }
  // 10kGNAD's German test split (1,028) and NeuS's English texts (train + val): about 9,400 real articles.
  const german = readGnad(gnad);
  german.forEach((input, i) => {
    input.outlet = `Outlet ${i % 12}`;
  });
  const neusVal = join(shared, 'data', 'neus-allsides', 'val.source');
  const inputs = [...german, ...readNeus(neus), ...(existsSync(neusVal) ? readNeus(neusVal) : [])].slice(0, quick ? 200 : 10_000);
  const dbPath = join(dir, 'ingest.db');
  const service = new ParallaxService(openSqliteStore(dbPath), onlineStoryAssigner());
  const t0 = performance.now();
  for (const [i, input] of inputs.entries()) await service.ingest({ input, sourceKey: `bench:${i}` });
  await service.finishBatch({ compare: false });
  const seconds = (performance.now() - t0) / 1000;
  const stories = (await service.store.listStories({ limit: 1 })).total;
  await service.close();
  const mb = statSync(dbPath).size / 1e6;
  line(`bulk ingest (${inputs.length} articles: 10kGNAD + NeuS, one core)`, `${(inputs.length / seconds).toFixed(0)} articles/s end to end, ${stories} stories, ${mb.toFixed(0)} MB on disk`);
}

/** Twenty reports of one flood from twenty outlets, written from our fixture with varied details. */
function twentyArticleStory(): string[] {
  const base = readFileSync(join(root, 'fixtures', 'stories', 'de-hochwasser', 'donaupost.txt'), 'utf8');
  return Array.from({ length: 20 }, (_, i) => base.replace(/^outlet: .*$/m, `outlet: Zeitung ${i + 1}`).replace(/\n\n/, `\n\nBericht ${i + 1} aus der Redaktion.\n\n`));
}

export async function apiLatency(dir: string): Promise<void> {
  const service = new ParallaxService(openSqliteStore(join(dir, 'api.db')), onlineStoryAssigner());
  for (const [i, text] of twentyArticleStory().entries()) {
    await service.ingest({ input: parseText(text, { source: `story-${i}.txt` }), sourceKey: null });
  }
  // Other stories around it, so the list is a real list.
  for (const f of ['en-bridge/harbor-times.txt', 'en-bridge/valley-post.txt', 'de-hochwasser/rheinblatt.txt']) {
    await service.ingest({ input: parseText(readFileSync(join(root, 'fixtures', 'stories', f), 'utf8'), { source: f }), sourceKey: null });
  }
  await service.finishBatch();
  const big = (await service.store.listStories({ sort: 'largest', limit: 1 })).items[0]!;
  await service.close();
  // The server runs in its own process, as users run it, so the load generator does not share its thread.
  const server = await startServerProcess(join(dir, 'api.db'));
  const duration = quick ? 2 : 10;
  try {
    for (const [label, path] of [
      ['API story list', '/api/stories'],
      [`API story page (${big.size} articles)`, `/api/stories/${big.id}`],
    ] as const) {
      // Clients send Accept-Encoding as browsers do; the answer size is printed both ways.
      const [raw, zipped] = await Promise.all(['identity', 'gzip'].map(async (enc) => (await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': enc } })).headers.get('content-length')));
      const r = await autocannon({ url: `${server.url}${path}`, connections: 50, duration, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      const size = `${Math.round(Number(raw) / 1024)} KB JSON, ${Math.round(Number(zipped) / 1024)} KB gzipped`;
      line(`${label}, 50 clients`, `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(0)} req/s (${size})${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}`);
    }
  } finally {
    await server.close();
  }
}

function startServerProcess(db: string): Promise<{ url: string; close(): Promise<void> }> {
  const bin = join(root, 'bin', 'parallax.js');
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /open (http:\/\/[^\s/]+)\//.exec(out);
      if (m) {
        resolve({
          url: m[1]!,
          close: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`parallax serve exited with ${code} before listening`)));
  });
}

export async function serviceBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    await bulkIngest(dir);
    await apiLatency(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
