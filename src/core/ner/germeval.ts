/**
 * GermEval 2014 NER data and CoNLL-style span scoring.
 *
 * File format: one token per line, `idx<TAB>token<TAB>outer-BIO<TAB>inner-BIO`, a
 * `#<TAB>source [date]` line before each sentence, a blank line after it. Only the
 * outer level is read: that is what the tagger predicts and what we score.
 *
 * Types are PER, LOC, ORG, OTH, each also with a `deriv` variant ("deutschen" is
 * B-LOCderiv) and a `part` variant ("SPD-Chef" is B-ORGpart): twelve in all.
 */
import { readFileSync } from 'node:fs';

export interface NerSentence {
  tokens: string[];
  /** Outer-level BIO labels, one per token ("O", "B-PER", "I-LOCderiv", ...). */
  labels: string[];
}

/** An entity span: tokens `[start, end)` of one type. */
export interface EntitySpan {
  type: string;
  start: number;
  end: number;
}

/** The four coarse types every GermEval type collapses to. */
export const COARSE_TYPES = ['PER', 'LOC', 'ORG', 'OTH'] as const;

/** Parses GermEval TSV text. Malformed lines are skipped; a sentence without tokens is dropped. */
export function parseGermEval(text: string): NerSentence[] {
  const out: NerSentence[] = [];
  let tokens: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, labels });
    tokens = [];
    labels = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length === 0) {
      flush();
      continue;
    }
    if (line.startsWith('#\t') || line === '#') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    const token = cols[1];
    const outer = cols[2];
    if (token === undefined || outer === undefined || token.length === 0) continue;
    tokens.push(token);
    labels.push(normalizeLabel(outer));
  }
  flush();
  return out;
}

/** Reads a GermEval TSV file (UTF-8). */
export function readGermEval(path: string): NerSentence[] {
  return parseGermEval(readFileSync(path, 'utf8'));
}

function normalizeLabel(label: string): string {
  const l = label.trim();
  if (l.startsWith('B-') || l.startsWith('I-')) return l.length > 2 ? l : 'O';
  return 'O';
}

/** The entity type of a BIO label ("B-LOCderiv" → "LOCderiv"), or null for O. */
export function labelType(label: string): string | null {
  return label.startsWith('B-') || label.startsWith('I-') ? label.slice(2) : null;
}

/** "LOCderiv" → "LOC", "ORGpart" → "ORG"; other types unchanged. */
export function collapseType(type: string): string {
  if (type.endsWith('deriv')) return type.slice(0, -5);
  if (type.endsWith('part')) return type.slice(0, -4);
  return type;
}

/** "B-LOCderiv" → "B-LOC"; "O" unchanged. */
export function collapseLabel(label: string): string {
  const type = labelType(label);
  return type === null ? 'O' : `${label.slice(0, 2)}${collapseType(type)}`;
}

/**
 * Spans of a BIO sequence, CoNLL style: B-X starts a span; I-X continues the open
 * span when it has type X, otherwise (after O or another type) it starts a new one.
 */
export function extractSpans(labels: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? 'O';
    const type = labelType(label);
    if (type === null) {
      open = null;
      continue;
    }
    if (label.startsWith('I-') && open !== null && open.type === type) {
      open.end = i + 1;
      continue;
    }
    open = { type, start: i, end: i + 1 };
    spans.push(open);
  }
  return spans;
}

export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
  /** Gold spans. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface SpanScores extends PrfScore {
  byType: Record<string, PrfScore>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function prf(c: Counts): PrfScore {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    support: c.tp + c.fn,
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
  };
}

/** Accumulates strict span matches (same start, end and type) over many sentences. */
export class SpanScorer {
  private readonly total: Counts = { tp: 0, fp: 0, fn: 0 };
  private readonly types = new Map<string, Counts>();

  constructor(private readonly mapType: (type: string) => string = (t) => t) {}

  add(gold: readonly string[], predicted: readonly string[]): void {
    if (gold.length !== predicted.length) {
      throw new Error(`label sequences differ in length: ${gold.length} gold, ${predicted.length} predicted`);
    }
    const key = (s: EntitySpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldSpans = extractSpans(gold).map((s) => ({ ...s, type: this.mapType(s.type) }));
    const predSpans = extractSpans(predicted).map((s) => ({ ...s, type: this.mapType(s.type) }));
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set(predSpans.map(key));
    for (const s of predSpans) {
      const c = this.counts(s.type);
      if (goldKeys.has(key(s))) {
        c.tp++;
        this.total.tp++;
      } else {
        c.fp++;
        this.total.fp++;
      }
    }
    for (const s of goldSpans) {
      if (predKeys.has(key(s))) continue;
      this.counts(s.type).fn++;
      this.total.fn++;
    }
  }

  result(): SpanScores {
    const byType: Record<string, PrfScore> = {};
    for (const type of [...this.types.keys()].sort()) byType[type] = prf(this.types.get(type) as Counts);
    return { ...prf(this.total), byType };
  }

  private counts(type: string): Counts {
    let c = this.types.get(type);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.types.set(type, c);
    }
    return c;
  }
}

/**
 * Strict span precision, recall and F1 of `predicted` against `gold` (parallel arrays
 * of label sequences), overall and per type. With `collapse`, deriv/part types count
 * as their base type on both sides.
 */
export function scoreSpans(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  options: { collapse?: boolean } = {},
): SpanScores {
  if (gold.length !== predicted.length) {
    throw new Error(`${gold.length} gold sentences but ${predicted.length} predicted`);
  }
  const scorer = new SpanScorer(options.collapse === true ? collapseType : undefined);
  for (let i = 0; i < gold.length; i++) scorer.add(gold[i] ?? [], predicted[i] ?? []);
  return scorer.result();
}
