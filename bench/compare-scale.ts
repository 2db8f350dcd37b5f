/**
 * Scale of one article and one story (issue 16): the time of `parallax compare`'s
 * work — analysis of a long German article and a normal one, then their comparison —
 * per MB of text at 100 KB, 1 MB, 10 MB and (full run) 19 MB, and inputs that were
 * quadratic or overflowed the stack: ten 150 KB articles in one story, "Berlin "
 * 250,000 times, a 2 MB text on one line, a page of 300,000 unclosed <div>s.
 * Flat seconds per MB mean linear cost. Both wall and CPU time are printed: other
 * processes on the machine inflate the wall time. The long texts are made at run
 * time (bench/scale-text.ts) from texts that are read, never committed.
 * BENCH_QUICK=1 (CI): 100 KB and 1 MB, two 150 KB articles, 500 KB on one line.
 */
import { performance } from 'node:perf_hooks';
import type { ArticleInput } from '../src/core/model/article.js';
import { compareInputs } from '../src/pipeline.js';
import { parseHtml } from '../src/ingest/html.js';
import { input } from '../src/test-support/analyze.js';
import { line, quick } from './util.js';
import { longArticle } from './scale-text.js';

/** The normal-length article every long one is compared with. */
function normalArticle(): ArticleInput {
  return input(longArticle(2_000, 99), { outlet: 'Normal', source: 'normal' });
}

interface Timing {
  wall: number;
  cpu: number;
}

function timed(work: () => void): Timing {
  const u0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const u = process.cpuUsage(u0);
  return { wall: (performance.now() - t0) / 1000, cpu: (u.user + u.system) / 1e6 };
}

function perMb(t: Timing, bytes: number): string {
  const mb = bytes / 1e6;
  return `${t.wall.toFixed(2)} s (${(t.wall / mb).toFixed(2)} s/MB), CPU ${t.cpu.toFixed(2)} s (${(t.cpu / mb).toFixed(2)} s/MB)`;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(0)} MB` : `${(bytes / 1e3).toFixed(0)} KB`;
}

/** Analysis and comparison of a long article against a normal one, per MB. */
function longArticles(): void {
  const sizes = quick ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000, 19_000_000];
  const normal = normalArticle();
  // Warm-up: packs, tagger and caches loaded and the code compiled as in a long-running process
  // (without it the first 100 KB costs twice as much per MB).
  for (let k = 0; k < 3; k++) compareInputs([input(longArticle(100_000, 7 + k), { outlet: 'Warm' }), normal]);
  for (const size of sizes) {
    const big = input(longArticle(size, 1), { outlet: 'Long', source: 'long' });
    const bytes = Buffer.byteLength(big.body);
    const t = timed(() => compareInputs([big, normal]));
    line(`compare-scale: ${sizeLabel(size)} article vs a normal one`, perMb(t, bytes));
  }
}

/** One story of ten (quick: two) 150 KB articles. */
function manyLongArticles(): void {
  const n = quick ? 2 : 10;
  const inputs = Array.from({ length: n }, (_, k) => input(longArticle(150_000, k + 1), { outlet: `Outlet ${k + 1}`, source: `o${k + 1}` }));
  const bytes = inputs.reduce((s, i) => s + Buffer.byteLength(i.body), 0);
  const t = timed(() => compareInputs(inputs));
  line(`compare-scale: ${n} × 150 KB articles, one story`, perMb(t, bytes));
}

/** Inputs that overflowed the stack or were quadratic on one sentence, one paragraph or one page. */
function pathological(): void {
  const normal = normalArticle();
  const berlin = input('Berlin '.repeat(250_000), { outlet: 'Berlin' });
  line('compare-scale: "Berlin " × 250,000 vs a normal one', perMb(timed(() => compareInputs([berlin, normal])), berlin.body.length));
  const oneLineSize = quick ? 500_000 : 2_000_000;
  const oneLine = input(longArticle(oneLineSize, 3).replace(/\n\n/g, ' '), { outlet: 'One line' });
  line(`compare-scale: ${sizeLabel(oneLineSize)} on one line vs a normal one`, perMb(timed(() => compareInputs([oneLine, normal])), Buffer.byteLength(oneLine.body)));
  const page = `<html><head><title>Tief</title></head><body>${'<div>'.repeat(300_000)}<p>${longArticle(2_000, 5)}</p></body></html>`;
  line('compare-scale: HTML, 300,000 unclosed <div>s', perMb(timed(() => parseHtml(page, { source: 'deep.html' })), page.length));
}

export function compareScale(): void {
  longArticles();
  manyLongArticles();
  pathological();
}
