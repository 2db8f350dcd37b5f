/**
 * The signals between one article and one candidate story, each its own
 * channel: TF-IDF cosines (tokens, stems, entities × title, body, all),
 * numbers and dates in common, time distance (Gaussian, σ = 3 days) and how
 * much of the story comes from the article's own outlet.
 */
import type { ClusterDoc } from './doc.js';
import type { StoryState } from './story-state.js';
import type { Vocabulary } from './vocabulary.js';
import { scan, scanVector, termFrequencies, type TermVector } from './term-vector.js';

export const FEATURES = [
  'cos_tok_title',
  'cos_tok_body',
  'cos_tok_all',
  'cos_stem_title',
  'cos_stem_body',
  'cos_stem_all',
  'cos_ent_title',
  'cos_ent_body',
  'cos_ent_all',
  'numbers',
  'dates',
  'dates_far',
  'time',
  'time_unknown',
  'same_outlet',
  'numbers_disjoint',
  'doc_top_ent_missing',
  'story_top_ent_missing',
  'top_ent_both_missing',
] as const;
export const FEATURE_COUNT = FEATURES.length;

/** Channels that are evidence against a join (another event of the same kind): their weights are kept ≤ 0. */
export const MISMATCH_FEATURES: ReadonlySet<number> = new Set(
  (['dates_far', 'numbers_disjoint', 'doc_top_ent_missing', 'story_top_ent_missing', 'top_ent_both_missing'] as const).map((f) => FEATURES.indexOf(f)),
);

/** Features that need a shared language; blank for a story with no part in the article's language. */
export const WORD_FEATURES = new Set([0, 1, 2, 3, 4, 5]);

const DAY = 86_400_000;
export const TIME_SIGMA_DAYS = 3;

/** Channel slots of a prepared document: tok, stem, ent × title, body, all. */
export const Slot = { TokT: 0, TokB: 1, TokA: 2, StemT: 3, StemB: 4, StemA: 5, EntT: 6, EntB: 7, EntA: 8 } as const;
export type Slot = (typeof Slot)[keyof typeof Slot];

/** A document turned into term ids and weights once, before it meets its candidates. */
export interface PreparedDoc {
  doc: ClusterDoc;
  /** Sublinear term frequencies per slot. */
  tf: Map<number, number>[];
  /** Norms of the IDF-weighted vectors per slot. */
  norms: Float64Array;
  numbers: Set<string>;
  dates: Set<string>;
  /** Every distinct term id (for document frequencies). */
  distinct: Set<number>;
  /** The article's most telling entity ids (tf × IDF), with their IDF-weighted shares; set by DocScratch.load. */
  topEntities: number[];
  topEntityWeights: number[];
}

export function prepareDoc(doc: ClusterDoc, vocab: Vocabulary): PreparedDoc {
  const ids = (terms: readonly string[]) => terms.map((t) => vocab.id(t));
  const tokT = ids(doc.titleTokens);
  const tokB = ids(doc.bodyTokens);
  const stemT = ids(doc.titleStems);
  const stemB = ids(doc.bodyStems);
  const entT = ids(doc.titleEntities);
  const entB = ids(doc.bodyEntities);
  const tf = [tokT, tokB, [...tokT, ...tokB], stemT, stemB, [...stemT, ...stemB], entT, entB, [...entT, ...entB]].map(termFrequencies);
  const distinct = new Set<number>([...tf[Slot.TokA]!.keys(), ...tf[Slot.StemA]!.keys(), ...tf[Slot.EntA]!.keys()]);
  return { doc, tf, norms: new Float64Array(9), numbers: new Set(doc.numbers), dates: new Set(doc.dates), distinct, topEntities: [], topEntityWeights: [] };
}

/**
 * Dense scratch arrays holding the current document's IDF-weighted vectors,
 * so a story's terms are looked up by index rather than hashing.
 */
export class DocScratch {
  private dense: Float64Array[] = [];
  /** One bit per term id: set for the document's terms, so a story's other terms are passed over without touching the dense arrays. */
  present = new Int32Array(32);

  load(p: PreparedDoc, vocab: Vocabulary): void {
    if (!this.dense.length || this.dense[0]!.length < vocab.size) {
      const n = Math.max(1024, vocab.size * 2);
      this.dense = Array.from({ length: 9 }, () => new Float64Array(n));
      this.present = new Int32Array((n >>> 5) + 1);
    }
    for (const id of p.distinct) this.present[id >>> 5]! |= 1 << (id & 31);
    p.tf.forEach((tf, slot) => {
      let s = 0;
      const d = this.dense[slot]!;
      for (const [id, w] of tf) {
        const x = w * vocab.idf(id);
        d[id] = x;
        s += x * x;
      }
      p.norms[slot] = Math.sqrt(s);
    });
    const top = topWeighted(p.tf[Slot.EntA]!, vocab);
    p.topEntities = top.ids;
    p.topEntityWeights = top.weights;
  }

  unload(p: PreparedDoc): void {
    for (const id of p.distinct) this.present[id >>> 5] = 0;
    p.tf.forEach((tf, slot) => {
      const d = this.dense[slot]!;
      for (const id of tf.keys()) d[id] = 0;
    });
  }

  slot(s: Slot): Float64Array {
    return this.dense[s]!;
  }
}

/** Entities compared by the "top entity missing" channels. */
export const TOP_ENTITIES = 3;

/** Up to TOP_ENTITIES ids with the largest weight × IDF (ties: smaller id), and their shares of that weight. */
function topWeighted(weights: ReadonlyMap<number, number>, vocab: Vocabulary): { ids: number[]; weights: number[] } {
  const entries: [number, number][] = [];
  for (const [id, w] of weights) entries.push([id, w * vocab.idf(id)]);
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = entries.slice(0, TOP_ENTITIES);
  const sum = top.reduce((s, e) => s + e[1], 0);
  return { ids: top.map((e) => e[0]), weights: top.map((e) => (sum > 0 ? e[1] / sum : 0)) };
}

/** A story's title and body entity weights together. */
function storyEntityWeights(story: StoryState): Map<number, number> {
  const m = new Map<number, number>();
  for (const v of [story.entT, story.entB]) for (let i = 0; i < v.ids.length; i++) m.set(v.ids[i]!, (m.get(v.ids[i]!) ?? 0) + v.w[i]!);
  return m;
}

/** Whether a sorted id array holds `id`. */
function hasId(ids: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ids[mid]!;
    if (x === id) return true;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const cos = (dot: number, a: number, b: number) => (a > 0 && b > 0 ? Math.min(1, dot / (a * b)) : 0);

function setOverlap(doc: Set<string>, story: Map<string, number>): number {
  if (!doc.size || !story.size) return 0;
  let shared = 0;
  for (const x of doc) if (story.has(x)) shared++;
  return shared / Math.sqrt(doc.size * story.size);
}

/**
 * One channel's (tokens, stems or entities) cosines of the document's title, body and
 * whole text against the story's title and body vectors, into out[first..first+2];
 * `first` is the channel's title slot (body and all follow it), `normAt` where the
 * story's three norms of that channel start.
 */
function channelCosines(
  p: PreparedDoc,
  scratch: DocScratch,
  vocab: Vocabulary,
  title: TermVector,
  body: TermVector,
  norms: Float64Array,
  normAt: number,
  first: Slot,
  out: Float64Array,
): void {
  const all = scratch.slot((first + 2) as Slot);
  scanVector(title, scratch.slot(first), all, vocab, scratch.present);
  const titleAll = scan.all;
  out[first] = cos(scan.own, p.norms[first]!, norms[normAt]!);
  scanVector(body, scratch.slot((first + 1) as Slot), all, vocab, scratch.present);
  out[first + 1] = cos(scan.own, p.norms[first + 1]!, norms[normAt + 1]!);
  out[first + 2] = cos(titleAll + scan.all, p.norms[first + 2]!, norms[normAt + 2]!);
}

/** Fills `out` with the features of (document, story); returns whether the story shares the document's language. */
export function featuresOf(p: PreparedDoc, story: StoryState, scratch: DocScratch, vocab: Vocabulary, out: Float64Array): boolean {
  out.fill(0);
  const part = story.parts.get(p.doc.language);
  if (part) {
    channelCosines(p, scratch, vocab, part.tokT, part.tokB, part.norms, 0, Slot.TokT, out);
    channelCosines(p, scratch, vocab, part.stemT, part.stemB, part.norms, 3, Slot.StemT, out);
  }
  channelCosines(p, scratch, vocab, story.entT, story.entB, story.entNorms, 0, Slot.EntT, out);
  out[9] = setOverlap(p.numbers, story.numbers);
  const dates = setOverlap(p.dates, story.dates);
  out[10] = dates;
  // Both mention dates and none is within FAR_DAYS of the story's: another event of the same kind (dates merely not equal say little).
  out[11] = p.dates.size && story.dates.size && dates === 0 && nearestDateGap(p.dates, story.dates) > FAR_DAYS ? 1 : 0;
  const t = p.doc.published;
  if (t !== null && !Number.isNaN(story.first)) {
    const dt = Math.max(0, story.first - t, t - story.last) / DAY;
    out[12] = Math.exp(-(dt * dt) / (2 * TIME_SIGMA_DAYS * TIME_SIGMA_DAYS));
  } else out[13] = 1;
  if (p.doc.outlet) out[14] = (story.outlets.get(p.doc.outlet) ?? 0) / story.articles.length;
  // "Same kind, different event": both mention telling numbers, none shared.
  out[15] = p.numbers.size && story.numbers.size && out[9] === 0 ? 1 : 0;
  // The article's main entities absent from the story, and the story's main entities absent from the article.
  if (p.topEntities.length && (story.entT.ids.length || story.entB.ids.length)) {
    let missing = 0;
    p.topEntities.forEach((id, k) => {
      if (!hasId(story.entT.ids, id) && !hasId(story.entB.ids, id)) missing += p.topEntityWeights[k]!;
    });
    out[16] = missing;
    const storyTop = topWeighted(storyEntityWeights(story), vocab);
    const entA = scratch.slot(Slot.EntA);
    let absent = 0;
    storyTop.ids.forEach((id, k) => {
      if (entA[id] === 0) absent += storyTop.weights[k]!;
    });
    out[17] = absent;
    // Neither side's main entities in the other: the strongest sign of another event of the same kind.
    out[18] = missing * absent;
  }
  return part !== undefined;
}

/** Dates more than this many days from every date of the story point to another event. */
export const FAR_DAYS = 31;

/** Days between "2013-09-18" or "2013-09" (read as the 15th); NaN when unreadable. */
const dayCache = new Map<string, number>();
function dayNumber(iso: string): number {
  let d = dayCache.get(iso);
  if (d === undefined) {
    const t = Date.parse(iso.length === 7 ? `${iso}-15` : iso.slice(0, 10));
    d = Number.isFinite(t) ? t / DAY : NaN;
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(iso, d);
  }
  return d;
}

/** Smallest distance in days between a date of the article and a date of the story. */
function nearestDateGap(doc: Set<string>, story: Map<string, number>): number {
  let best = Infinity;
  for (const a of doc) {
    const x = dayNumber(a);
    if (Number.isNaN(x)) continue;
    for (const b of story.keys()) {
      const d = Math.abs(x - dayNumber(b));
      if (d < best) best = d;
    }
  }
  return best === Infinity ? 0 : best;
}
