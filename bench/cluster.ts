/**
 * Story clustering at scale: a stream of synthetic articles recombined from
 * real sentences (NeuS/AllSides English leads, 10kGNAD German articles), each
 * synthetic story drawing its articles from its own 8 sentences. Measures the
 * clustering step only (articles are built with the light pass beforehand,
 * sentence by sentence): articles/s as the active pool fills, memory once it
 * is full, and the same for the plain baseline.
 */
import { performance } from 'node:perf_hooks';
import { OnlineClusterer } from '../src/core/cluster/online.js';
import { BaselineClusterer } from '../src/core/cluster/baseline.js';
import { loadClustererModel } from '../src/models/clusterer.js';
import { articleDoc, buildStream, loadSentences } from './cluster-stream.js';
import { line, quick } from './util.js';

const mb = () => (process.memoryUsage().heapUsed / 1e6).toFixed(0);

export function clusterBenchmark(): void {
  const total = quick ? 5_000 : 1_000_000;
  const activeCap = quick ? 1_000 : 100_000;
  const archiveCap = quick ? 300 : 20_000;
  const sentences = loadSentences(quick ? 4_000 : 120_000);
  if (sentences.length < 1000) {
    console.log('story clustering: skipped (../shared/data/neus-allsides or 10kgnad not found)');
    return;
  }
  const stream = buildStream(sentences, total, 42);
  const { model, baselineThreshold } = loadClustererModel();
  line('story clustering stream', `${total} articles, ${stream.story[total - 1]! + 1} stories from ${sentences.length} real sentences`);

  const c = new OnlineClusterer(model, { activeCap, archiveCap });
  const checkpoints = quick ? [1_000, 2_500, 5_000] : [10_000, 50_000, 100_000, 250_000, 500_000, 750_000, 1_000_000];
  let clusterMs = 0;
  let windowMs = 0;
  let windowStart = 0;
  let next = 0;
  for (let i = 0; i < total; i++) {
    const doc = articleDoc(sentences, stream, stream.order[i]!);
    const t = performance.now();
    c.add(doc);
    const dt = performance.now() - t;
    clusterMs += dt;
    windowMs += dt;
    if (i + 1 === checkpoints[next]) {
      const n = i + 1 - windowStart;
      line(
        `  clusterer after ${i + 1} articles`,
        `${c.activeCount} active stories: ${(n / (windowMs / 1000)).toFixed(0)} articles/s (${((windowMs * 1000) / n).toFixed(0)} µs/article) in this stretch; heap ${mb()} MB`,
      );
      windowStart = i + 1;
      windowMs = 0;
      next++;
    }
  }
  line('clusterer, whole stream (one core)', `${(total / (clusterMs / 1000)).toFixed(0)} articles/s, ${c.activeCount} active stories at the end`);

  const b = new BaselineClusterer({ threshold: baselineThreshold, activeCap, maxPosting: 4_000, candidates: 30 });
  let baseMs = 0;
  const baseTotal = quick ? total : 250_000;
  for (let i = 0; i < baseTotal; i++) {
    const doc = articleDoc(sentences, stream, stream.order[i]!);
    const t = performance.now();
    b.add(doc);
    baseMs += performance.now() - t;
  }
  line(`baseline, first ${baseTotal} articles`, `${(baseTotal / (baseMs / 1000)).toFixed(0)} articles/s, ${b.activeCount} active stories; heap ${mb()} MB`);
}
