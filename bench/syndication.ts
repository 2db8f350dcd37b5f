/**
 * Syndication detection: fingerprint and index throughput, and how well it
 * separates copies from independent texts on real articles (read from
 * ../shared/data at run time, never copied):
 * - 10kGNAD (derStandard): each article against a "syndicated" variant made
 *   from it (dateline added, ~3 % of words replaced, last quarter cut);
 *   recall = variants linked to their original, false links = anything else.
 * - NeuS/AllSides: three outlets' leads on the same event, mostly written
 *   separately; a link there is either a false syndication or a shared wire
 *   lead (AP), which only reading tells.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint, SyndicationIndex } from '../src/core/syndication/index.js';
import { readGnad } from './gnad.js';
import { line, quick, shared } from './util.js';

/** A deterministic pseudo-random sequence, so the figures do not move between runs. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** An outlet's copy of a wire text: a dateline, a share of the words changed, the end cut. */
function syndicatedVariant(text: string, rand: () => number, changed: number, kept: number): string {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) if (rand() < changed) words[i] = `${words[i]}e`;
  return `WIEN (APA). ${words.slice(0, Math.ceil(words.length * kept)).join(' ')}`;
}

export function syndication(): void {
  console.log('\nSyndication (src/core/syndication)');
  const gnadPath = join(shared, 'data', '10kgnad', 'test.csv');
  if (!existsSync(gnadPath)) {
    line('syndication', `skipped: ${gnadPath} missing`);
    return;
  }
  const originals = readGnad(gnadPath).map((a) => a.body);
  const texts = quick ? originals.slice(0, 300) : originals;
  const rand = prng(7);

  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = performance.now();
  const fps = texts.map(fingerprint);
  const t1 = performance.now();
  line('fingerprint throughput', `${((texts.length / (t1 - t0)) * 1000).toFixed(0)} texts/s, ${((bytes / 1e6 / (t1 - t0)) * 1000).toFixed(1)} MB/s`);

  for (const [name, changed, kept] of [['light (1 % words changed, 10 % cut)', 0.01, 0.9], ['heavy (3 % words changed, 25 % cut)', 0.03, 0.75]] as const) {
    const variants = texts.map((t) => syndicatedVariant(t, rand, changed, kept));
    const index = new SyndicationIndex();
    fps.forEach((fp, i) => index.add(`o${i}`, fp));
    const t2 = performance.now();
    let linked = 0;
    let wrong = 0;
    variants.forEach((v, i) => {
      const matches = index.add(`v${i}`, fingerprint(v));
      if (matches.some((m) => m.id === `o${i}`)) linked++;
      wrong += matches.filter((m) => m.id !== `o${i}`).length;
    });
    const t3 = performance.now();
    line(`10kGNAD ${name} copies linked`, `${linked}/${texts.length} (${((100 * linked) / texts.length).toFixed(1)} %), ${wrong} false links`);
    line('  fingerprint + index add per copy', `${((t3 - t2) / texts.length).toFixed(2)} ms (index of ${texts.length}–${index.size} texts)`);
  }
  // Originals among themselves: distinct articles, so every link would be false.
  const alone = new SyndicationIndex();
  let originalLinks = 0;
  fps.forEach((fp, i) => (originalLinks += alone.add(`o${i}`, fp).length));
  line('10kGNAD links among distinct originals', `${originalLinks}`);

  const neusPath = join(shared, 'data', 'neus-allsides', 'val.source');
  if (!existsSync(neusPath)) return;
  const stories = readFileSync(neusPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const sample = quick ? stories.slice(0, 200) : stories;
  const neus = new SyndicationIndex();
  let versions = 0;
  let links = 0;
  let pairs = 0;
  sample.forEach((story, s) => {
    const parts = story.split('[SEP]').map((p) => p.replace(/TITLE=>|ARTICLE=>/g, ' ').trim());
    parts.forEach((p, v) => {
      versions++;
      pairs += v;
      links += neus.add(`${s}/${v}`, fingerprint(p)).length;
    });
  });
  // The links found here were read by hand: both are the same AP wire lead under two outlets (true copies).
  line(`NeuS/AllSides same-event leads (${versions} texts, ${pairs} same-story pairs)`, `${links} links`);
}
