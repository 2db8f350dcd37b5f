/**
 * The synthetic article stream of the clustering benchmark: real sentences
 * (NeuS/AllSides English, 10kGNAD German) recombined into articles of known
 * synthetic stories. Each sentence is run through the light pass once; an
 * article is the concatenation of its sentences' fields.
 */
import { mulberry32 } from '../src/core/random.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lightFields, docFromFields, type LightFields } from '../src/core/cluster/light-doc.js';
import type { ClusterDoc } from '../src/core/cluster/doc.js';
import { getPack } from '../src/lang/index.js';
import { readGnad } from './gnad.js';
import { shared } from './util.js';

export interface Sentence {
  language: 'de' | 'en';
  text: string;
  fields: LightFields;
}

/** Small deterministic PRNG (shared with the tagger's training). */
export const rng = mulberry32;

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ"“])/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 400);
}

export function loadSentences(limit: number): Sentence[] {
  const out: Sentence[] = [];
  const neus = join(shared, 'data', 'neus-allsides', 'train.source');
  const gnad = join(shared, 'data', '10kgnad', 'test.csv');
  const en = getPack('en')!;
  const de = getPack('de')!;
  if (existsSync(neus)) {
    for (const l of readFileSync(neus, 'utf8').split('\n')) {
      for (const part of l.split('[SEP]')) {
        for (const s of splitSentences(part.replace(/TITLE=>|ARTICLE=>/g, ' '))) {
          if (out.length >= limit * 0.6) break;
          out.push({ language: 'en', text: s, fields: lightFields(s, en) });
        }
      }
    }
  }
  if (existsSync(gnad)) {
    for (const a of readGnad(gnad)) {
      for (const s of splitSentences(a.body)) {
        if (out.length >= limit) break;
        out.push({ language: 'de', text: s, fields: lightFields(s, de) });
      }
    }
  }
  return out;
}

const SENTENCES_PER_STORY = 8;
const DAY = 86_400_000;

export interface Stream {
  /** Article k: its story and its sentences flat[offsets[k]..offsets[k+1]) (the first is the headline); flat arrays keep a 1M-article stream small. */
  story: Int32Array;
  flat: Int32Array;
  offsets: Int32Array;
  time: Float64Array;
  order: Int32Array;
}

/** Stories open at a steady rate; each has 3–7 articles within two days of its start. */
export function buildStream(sentences: Sentence[], articles: number, seed: number): Stream {
  const r = rng(seed);
  const byLang = { en: [] as number[], de: [] as number[] };
  sentences.forEach((s, i) => byLang[s.language].push(i));
  const story = new Int32Array(articles);
  const offsets = new Int32Array(articles + 1);
  let flat = new Int32Array(articles * 4);
  const time = new Float64Array(articles);
  let k = 0;
  let s = 0;
  const t0 = Date.UTC(2024, 0, 1);
  while (k < articles) {
    const pool = byLang.de.length && r() < 0.3 ? byLang.de : byLang.en;
    const own = Array.from({ length: SENTENCES_PER_STORY }, () => pool[Math.floor(r() * pool.length)]!);
    const start = t0 + s * 60_000; // one new story a minute
    const n = 3 + Math.floor(r() * 5);
    for (let j = 0; j < n && k < articles; j++, k++) {
      story[k] = s;
      const pick = own.filter(() => r() < 0.6);
      const chosen = pick.length >= 2 ? pick : own.slice(0, 3);
      if (offsets[k]! + chosen.length > flat.length) {
        const grown = new Int32Array(flat.length * 2);
        grown.set(flat);
        flat = grown;
      }
      flat.set(chosen, offsets[k]!);
      offsets[k + 1] = offsets[k]! + chosen.length;
      time[k] = start + r() * 2 * DAY;
    }
    s++;
  }
  const order = Int32Array.from(Array.from(story.keys()).sort((a, b) => time[a]! - time[b]! || a - b));
  return { story, flat: flat.slice(0, offsets[articles]!), offsets, time, order };
}

export function articleDoc(sentences: Sentence[], stream: Stream, k: number): ClusterDoc {
  const ids = stream.flat.subarray(stream.offsets[k]!, stream.offsets[k + 1]!);
  const first = sentences[ids[0]!]!;
  const body: LightFields = { tokens: [], stems: [], entities: [], numbers: [], dates: [] };
  for (let i = 1; i < ids.length; i++) {
    const f = sentences[ids[i]!]!.fields;
    body.tokens.push(...f.tokens);
    body.stems.push(...f.stems);
    body.entities.push(...f.entities);
    body.numbers.push(...f.numbers);
    body.dates.push(...f.dates);
  }
  return docFromFields(
    { id: `syn-${k}`, title: first.text, outlet: `outlet-${k % 50}`, language: first.language, published: new Date(stream.time[k]!).toISOString() },
    first.fields,
    body,
  );
}

