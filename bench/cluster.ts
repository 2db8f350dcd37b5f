/**
 * Story clustering at scale: a stream of synthetic articles recombined from
 * real sentences (NeuS/AllSides English leads, 10kGNAD German articles), each
 * synthetic story drawing its articles from its own 8 sentences. Measures the
 * clustering step only (articles are built with the light pass beforehand, in
 * batches that are not timed): articles/s as the active pool fills and once it
 * is full, time per article against the pool size, heap once the pool is full
 * and at the end, BCubed F1 against the known stories, and the baseline.
 *
 * Full mode: 1,000,000 articles, 100,000 active stories. BENCH_QUICK=1: 5,000
 * articles, 1,000 active stories (CI).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { OnlineClusterer } from '../src/core/cluster/online.js';
import { BaselineClusterer } from '../src/core/cluster/baseline.js';
import type { ClusterDoc } from '../src/core/cluster/doc.js';
import { bcubed } from '../src/eval/stories/metrics.js';
import { loadClustererModel } from '../src/models/clusterer.js';
import { articleDoc, buildStream, loadSentences, type Sentence, type Stream } from './cluster-stream.js';
import { line, quick } from './util.js';

setFlagsFromString('--expose-gc');
/** A full garbage collection, so heap figures show live memory rather than garbage not yet collected. */
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return `heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`;
};
const load = () => `load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Stretch {
  articles: number;
  wallMs: number;
  cpuMs: number;
}
const rate = (s: Stretch) =>
  `${((s.articles / s.wallMs) * 1000).toFixed(0)} articles/s (${((s.wallMs * 1000) / s.articles).toFixed(0)} µs/article; CPU ${((s.cpuMs * 1000) / s.articles).toFixed(0)} µs/article)`;

/** Docs for stream positions [from, to): built outside the timed part. */
function batch(sentences: Sentence[], stream: Stream, from: number, to: number): ClusterDoc[] {
  const docs: ClusterDoc[] = [];
  for (let i = from; i < to; i++) docs.push(articleDoc(sentences, stream, stream.order[i]!));
  return docs;
}

export function clusterBenchmark(): void {
  const total = quick ? 5_000 : 1_000_000;
  const activeCap = quick ? 1_000 : 100_000;
  const archiveCap = quick ? 300 : 20_000;
  const poolMarks = quick ? [250, 500, 1_000] : [10_000, 25_000, 50_000, 100_000];
  const batchSize = quick ? 500 : 5_000;
  /** After the pool is full: one line per this many articles. */
  const fullStretch = quick ? 1_000 : 100_000;
  const baselineTotal = quick ? total : 200_000;

  const t0 = performance.now();
  const sentences = loadSentences(quick ? 4_000 : 120_000);
  if (sentences.length < 1000) {
    console.log('story clustering: skipped (../shared/data/neus-allsides or 10kgnad not found)');
    return;
  }
  const stream = buildStream(sentences, total, 42);
  const { model, baselineThreshold } = loadClustererModel();
  line(
    'story clustering stream',
    `${total} articles, ${stream.story[total - 1]! + 1} stories from ${sentences.length} real sentences (prepared in ${((performance.now() - t0) / 1000).toFixed(0)} s); ${load()}`,
  );

  const c = new OnlineClusterer(model, { activeCap, archiveCap });
  // Assigned story per article as a small number (story ids are interned), so the run's own data stays small.
  const storyNumber = new Map<string, number>();
  const predicted = new Int32Array(total);
  const intern = (id: string) => {
    let x = storyNumber.get(id);
    if (x === undefined) storyNumber.set(id, (x = storyNumber.size));
    return x;
  };
  const whole: Stretch = { articles: 0, wallMs: 0, cpuMs: 0 };
  let stretch: Stretch = { articles: 0, wallMs: 0, cpuMs: 0 };
  let mark = 0;
  let fullAt = -1;
  let prefixClusterer: Stretch | null = null;
  for (let from = 0; from < total; from += batchSize) {
    const to = Math.min(total, from + batchSize);
    const docs = batch(sentences, stream, from, to);
    const w = performance.now();
    const u = cpuMs();
    for (let i = 0; i < docs.length; i++) predicted[from + i] = intern(c.add(docs[i]!).story);
    const dw = performance.now() - w;
    const du = cpuMs() - u;
    for (const s of [whole, stretch]) {
      s.articles += docs.length;
      s.wallMs += dw;
      s.cpuMs += du;
    }
    if (to === baselineTotal) prefixClusterer = { ...whole };
    const active = c.activeCount;
    const report = (label: string) => {
      line(`  ${label}`, `${rate(stretch)}; ${heap()}; ${load()}`);
      stretch = { articles: 0, wallMs: 0, cpuMs: 0 };
    };
    if (fullAt < 0 && mark < poolMarks.length && active >= poolMarks[mark]!) {
      report(`pool → ${active} active (${to} articles)`);
      while (mark < poolMarks.length && active >= poolMarks[mark]!) mark++;
      if (active >= activeCap) fullAt = to;
    } else if (fullAt >= 0 && ((to - fullAt) % fullStretch === 0 || to === total)) {
      report(`pool full, ${active} active (${to} articles)`);
    }
  }
  const gold = Array.from(stream.order, (k) => String(stream.story[k]!));
  const f1 = (pred: ArrayLike<number | string>, n: number) => bcubed(Array.from({ length: n }, (_, i) => String(pred[i])), gold.slice(0, n)).f1.toFixed(3);
  line('clusterer, whole stream (one core)', `${rate(whole)}; ${c.activeCount} active stories at the end; BCubed F1 ${f1(predicted, total)}`);

  const b = new BaselineClusterer({ threshold: baselineThreshold, activeCap, maxPosting: 4_000, candidates: 30, walkBudget: c.options.walkBudget });
  const base: Stretch = { articles: 0, wallMs: 0, cpuMs: 0 };
  const basePredicted: string[] = [];
  for (let from = 0; from < baselineTotal; from += batchSize) {
    const docs = batch(sentences, stream, from, Math.min(baselineTotal, from + batchSize));
    const w = performance.now();
    const u = cpuMs();
    for (const d of docs) basePredicted.push(b.add(d));
    base.wallMs += performance.now() - w;
    base.cpuMs += cpuMs() - u;
    base.articles += docs.length;
  }
  const prefix = baselineTotal < total ? `first ${baselineTotal} articles (a prefix, to keep the run short)` : `${baselineTotal} articles`;
  line(`baseline, ${prefix}`, `${rate(base)}; ${b.activeCount} active stories; BCubed F1 ${f1(basePredicted, baselineTotal)}; ${load()}`);
  if (prefixClusterer && baselineTotal < total) {
    line(`clusterer, the same ${baselineTotal} articles`, `${rate(prefixClusterer)}; BCubed F1 ${f1(predicted, baselineTotal)}`);
  }
}
