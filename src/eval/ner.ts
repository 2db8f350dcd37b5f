/**
 * Entity-recognition evaluation on a GermEval 2014 style TSV file (backs
 * `parallax eval ner --data FILE.tsv`).
 *
 * Scores are strict span matches on the outer level (same first token, last token
 * and type). The main figures compare the exact GermEval types ("LOCderiv" is not
 * "LOC"); `collapsed` compares the four coarse types. A tagger that only predicts
 * coarse types (no `tagFine`) is scored as it is, so it loses every deriv/part span
 * in the exact figures.
 */
import { performance } from 'node:perf_hooks';
import { readGermEval, SpanScorer, collapseType } from '../core/ner/germeval.js';
import type { SpanScores } from '../core/ner/germeval.js';
import type { EntityTagger } from '../core/ner/tagger.js';

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface NerScores {
  precision: number;
  recall: number;
  f1: number;
  byType: Record<string, TypeScore>;
}

export interface NerEvaluation extends NerScores {
  /** Four coarse types (PER, LOC, ORG, OTH): deriv/part count as their base type. */
  collapsed: NerScores;
  sentences: number;
  tokens: number;
  /** Time spent tagging (reading and scoring excluded). */
  seconds: number;
  tokensPerSecond: number;
}

type MaybeFineTagger = EntityTagger & { tagFine?: (tokens: readonly string[]) => string[] };

function summarize(s: SpanScores): NerScores {
  const byType: Record<string, TypeScore> = {};
  for (const [type, t] of Object.entries(s.byType)) {
    byType[type] = { precision: t.precision, recall: t.recall, f1: t.f1, support: t.support };
  }
  return { precision: s.precision, recall: s.recall, f1: s.f1, byType };
}

export function evaluateNer(tsvPath: string, tagger: EntityTagger): NerEvaluation {
  const sentences = readGermEval(tsvPath);
  const t = tagger as MaybeFineTagger;
  const tagFine = typeof t.tagFine === 'function' ? t.tagFine.bind(t) : t.tag.bind(t);
  const predicted: string[][] = new Array<string[]>(sentences.length);
  let tokens = 0;
  const start = performance.now();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as (typeof sentences)[number];
    predicted[i] = tagFine(s.tokens);
    tokens += s.tokens.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const exact = new SpanScorer();
  const collapsed = new SpanScorer(collapseType);
  sentences.forEach((s, i) => {
    const p = predicted[i] as string[];
    exact.add(s.labels, p);
    collapsed.add(s.labels, p);
  });
  return {
    ...summarize(exact.result()),
    collapsed: summarize(collapsed.result()),
    sentences: sentences.length,
    tokens,
    seconds,
    tokensPerSecond: seconds > 0 ? tokens / seconds : 0,
  };
}
