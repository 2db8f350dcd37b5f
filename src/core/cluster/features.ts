/**
 * The signals between one article and one candidate story, each its own
 * channel: TF-IDF cosines (tokens, stems, entities × title, body, all),
 * numbers and dates in common, time distance (Gaussian, σ = 3 days) and how
 * much of the story comes from the article's own outlet.
 */
import type { ClusterDoc } from './doc.js';
import type { StoryState } from './story-state.js';
import type { Vocabulary } from './vocabulary.js';
import { scan, scanVector, termFrequencies } from './term-vector.js';

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
  'dates_disjoint',
  'time',
  'time_unknown',
  'same_outlet',
] as const;
export const FEATURE_COUNT = FEATURES.length;

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
  return { doc, tf, norms: new Float64Array(9), numbers: new Set(doc.numbers), dates: new Set(doc.dates), distinct };
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

const cos = (dot: number, a: number, b: number) => (a > 0 && b > 0 ? Math.min(1, dot / (a * b)) : 0);

function setOverlap(doc: Set<string>, story: Map<string, number>): number {
  if (!doc.size || !story.size) return 0;
  let shared = 0;
  for (const x of doc) if (story.has(x)) shared++;
  return shared / Math.sqrt(doc.size * story.size);
}

/** Fills `out` with the features of (document, story); returns whether the story shares the document's language. */
export function featuresOf(p: PreparedDoc, story: StoryState, scratch: DocScratch, vocab: Vocabulary, out: Float64Array): boolean {
  out.fill(0);
  const n = p.norms;
  const part = story.parts.get(p.doc.language);
  if (part) {
    const tokA = scratch.slot(Slot.TokA);
    const stemA = scratch.slot(Slot.StemA);
    scanVector(part.tokT, scratch.slot(Slot.TokT), tokA, vocab, scratch.present);
    let all = scan.all;
    out[0] = cos(scan.own, n[Slot.TokT]!, part.norms[0]!);
    scanVector(part.tokB, scratch.slot(Slot.TokB), tokA, vocab, scratch.present);
    out[1] = cos(scan.own, n[Slot.TokB]!, part.norms[1]!);
    out[2] = cos(all + scan.all, n[Slot.TokA]!, part.norms[2]!);
    scanVector(part.stemT, scratch.slot(Slot.StemT), stemA, vocab, scratch.present);
    all = scan.all;
    out[3] = cos(scan.own, n[Slot.StemT]!, part.norms[3]!);
    scanVector(part.stemB, scratch.slot(Slot.StemB), stemA, vocab, scratch.present);
    out[4] = cos(scan.own, n[Slot.StemB]!, part.norms[4]!);
    out[5] = cos(all + scan.all, n[Slot.StemA]!, part.norms[5]!);
  }
  const entA = scratch.slot(Slot.EntA);
  scanVector(story.entT, scratch.slot(Slot.EntT), entA, vocab, scratch.present);
  const entAll = scan.all;
  out[6] = cos(scan.own, n[Slot.EntT]!, story.entNorms[0]!);
  scanVector(story.entB, scratch.slot(Slot.EntB), entA, vocab, scratch.present);
  out[7] = cos(scan.own, n[Slot.EntB]!, story.entNorms[1]!);
  out[8] = cos(entAll + scan.all, n[Slot.EntA]!, story.entNorms[2]!);
  out[9] = setOverlap(p.numbers, story.numbers);
  const dates = setOverlap(p.dates, story.dates);
  out[10] = dates;
  out[11] = p.dates.size && story.dates.size && dates === 0 ? 1 : 0;
  const t = p.doc.published;
  if (t !== null && !Number.isNaN(story.first)) {
    const dt = Math.max(0, story.first - t, t - story.last) / DAY;
    out[12] = Math.exp(-(dt * dt) / (2 * TIME_SIGMA_DAYS * TIME_SIGMA_DAYS));
  } else out[13] = 1;
  if (p.doc.outlet) out[14] = (story.outlets.get(p.doc.outlet) ?? 0) / story.articles.length;
  return part !== undefined;
}
