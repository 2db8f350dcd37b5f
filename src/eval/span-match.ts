/**
 * Span scoring shared by the quote, attribution and framing evaluations.
 * A span may be split in pieces (an interrupted quote „…“, sagte er, „…“), so
 * every annotation is a list of character ranges.
 */
import type { Span } from '../core/model/analysis.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items, predicted items, and predicted items matched one-to-one to a gold item. */
  gold: number;
  predicted: number;
  matched: number;
}

export function prf(matched: number, predicted: number, gold: number): Prf {
  const precision = predicted > 0 ? matched / predicted : 0;
  const recall = gold > 0 ? matched / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, matched };
}

export function spanLength(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);
}

/** Characters two piecewise spans share (pieces within one list do not overlap each other). */
export function intersection(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/**
 * How far two spans overlap: the shared characters over the longer of the two,
 * so ≥ 0.5 means each covers at least half of the other (a prediction covering
 * a whole paragraph does not "find" a short quote inside it).
 */
export function overlap(a: readonly Span[], b: readonly Span[]): number {
  const longer = Math.max(spanLength(a), spanLength(b));
  return longer > 0 ? intersection(a, b) / longer : 0;
}

/**
 * One-to-one matching of predictions to gold items whose overlap reaches
 * `threshold`, best pairs first (ties by position, so the result is
 * deterministic). Returns the matched pairs as [goldIndex, predIndex].
 */
export function matchSpans(gold: readonly (readonly Span[])[], pred: readonly (readonly Span[])[], threshold = 0.5): [number, number][] {
  const candidates: { g: number; p: number; score: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const score = overlap(gold[g]!, pred[p]!);
      if (score >= threshold && score > 0) candidates.push({ g, p, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** Trims spaces, quote marks and closing punctuation at both ends, for exact-match comparison. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const skip = /[\s„“”"»«‚‘’'›‹.,;:!?()–—-]/;
  while (start < end && skip.test(text[start]!)) start++;
  while (end > start && skip.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Two piecewise spans cover the same characters once trimmed piece by piece (empty pieces dropped). */
export function sameSpans(text: string, a: readonly Span[], b: readonly Span[]): boolean {
  const norm = (spans: readonly Span[]) =>
    spans
      .map((s) => trimSpan(text, s))
      .filter((s) => s.end > s.start)
      .sort((x, y) => x.start - y.start);
  const x = norm(a);
  const y = norm(b);
  if (x.length === 0 || y.length === 0) return false;
  // Compare the covered outer range and total length: pieces split at a different place still cover the same text.
  return x[0]!.start === y[0]!.start && x[x.length - 1]!.end === y[y.length - 1]!.end && Math.abs(spanLength(x) - spanLength(y)) <= 2;
}
