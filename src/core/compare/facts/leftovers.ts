import type { NearMatch } from '../../model/report.js';
import type { SentenceVector } from '../sentence-features.js';
import { MAX_POSTINGS } from './links.js';
import { round, type Draft, type FactContext } from './context.js';
import { PAIR_FEATURES, pairFeatures } from './pair-features.js';
import { logisticScorer } from './pair-scorer.js';

/** Fewer content words than this and an unaligned sentence is not worth listing as a fact. */
const MIN_FACT_WORDS = 3;
/** Near matches shown with an uncertain statement. */
const MAX_NEAR = 3;
/** The near-match threshold when the options give none. */
const NEAR_MATCH = 0.15;
/** Features the near-match test leaves out (see contentProbability). */
const RANK_AND_POLARITY = ['mutualBest', 'oneBest', 'polarityClash'].map((f) => PAIR_FEATURES.indexOf(f as (typeof PAIR_FEATURES)[number]));

/**
 * Every unit left over — in no fact's core and no fact's tentative members — checked
 * against all other articles before it is called exclusive: a near match (best first,
 * one per other article) whose content alone is at least \`nearMatch\` probable (see
 * contentProbability), or a sentence of another article sharing enough of what it
 * says, makes it "uncertain" with those matches.
 * Headlines (they repeat their lead), boilerplate and units with little content are
 * no facts of their own.
 */
export function leftoverFacts(ctx: FactContext, taken: ReadonlySet<number>): Draft[] {
  const { vectors, links, options, input, byArticle } = ctx;
  const content = contentProbability(ctx);
  const nearMatch = options.nearMatch ?? NEAR_MATCH;
  const near = new Map<number, { y: number; p: number }[]>();
  for (const l of links) {
    for (const [x, y] of [
      [l.i, l.j],
      [l.j, l.i],
    ] as const) {
      if (taken.has(x)) continue;
      const p = content(x, y);
      if (p < nearMatch) continue;
      const list = near.get(x) ?? [];
      const same = list.findIndex((o) => vectors[o.y]!.article === vectors[y]!.article);
      if (same < 0) list.push({ y, p });
      else if (list[same]!.p < p) list[same] = { y, p };
      near.set(x, list);
    }
  }
  for (const list of near.values()) list.sort((a, b) => b.p - a.p || a.y - b.y);
  // The best link of each unit at all: an exclusive's confidence is how far it stays from any match.
  const bestOf = new Map<number, number>();
  for (const l of links) {
    bestOf.set(l.i, Math.max(bestOf.get(l.i) ?? 0, l.p));
    bestOf.set(l.j, Math.max(bestOf.get(l.j) ?? 0, l.p));
  }
  const sharingMost = mostSharing(ctx);
  const drafts: Draft[] = [];
  vectors.forEach((v, x) => {
    if (taken.has(x) || v.contentWords < MIN_FACT_WORDS || v.sentence.headline || input.boilerplate(v)) return;
    const matches = (near.get(x) ?? []).slice(0, MAX_NEAR);
    const possiblyAlso: NearMatch[] = matches.map((m) => ({ ...ctx.statement(vectors[m.y]!), confidence: round(m.p) }));
    // Recall first: a sentence of another article that shares enough of what this one says
    // (words outside names, figures, dates, the entities named) is a near match too, however weak the link.
    if (possiblyAlso.length === 0 && options.nearShared) {
      const other = sharingMost(x);
      if (other && other.shared >= options.nearShared) possiblyAlso.push({ ...ctx.statement(vectors[other.y]!), confidence: round(content(x, other.y)) });
    }
    drafts.push({
      status: possiblyAlso.length > 0 ? 'uncertain' : 'exclusive',
      articles: [v.article],
      outlets: [byArticle.get(v.article)!.article.outlet],
      statements: [ctx.statement(v)],
      conflicts: [],
      // Exclusive: how sure we are that no other article states it; uncertain: how likely its best near match does.
      confidence: round(possiblyAlso.length > 0 ? possiblyAlso[0]!.confidence : 1 - (bestOf.get(x) ?? 0)),
      firm: possiblyAlso.length === 0,
      possiblyAlso,
      order: ctx.position(v),
    });
  });
  return drafts;
}

/**
 * How probable a pair states one fact by what the two sentences share: the link
 * scorer without the features that rank a sentence among its article's (the best
 * match of an article that does not state the fact is still its best) and without
 * polarity (a sentence that denies the other is about the same thing, and a reader
 * should see both). The recall-oriented half of the exclusive test.
 */
function contentProbability(ctx: FactContext): (x: number, y: number) => number {
  const scorer = logisticScorer(ctx.options.model);
  return (x, y) => {
    const f = pairFeatures(ctx.vectors[x]!, ctx.vectors[y]!, { mutualBest: false, oneBest: false });
    for (const k of RANK_AND_POLARITY) f[k] = 0;
    return scorer.probability(f);
  };
}

/** What a unit says for the near-match test: words outside names (and the words its compounds are built on), figures, dates, and the entities it names. */
function keysOf(v: SentenceVector): string[] {
  return [...new Set([...v.contentKeys, ...(v.parts ?? [])]), ...[...v.entities].map((e) => `e:${e}`)];
}

/** For a unit, the unit of another article with which it shares the most content features. */
function mostSharing(ctx: FactContext): (x: number) => { y: number; shared: number } | null {
  const { vectors } = ctx;
  const postings = new Map<string, number[]>();
  vectors.forEach((v: SentenceVector, y) => {
    for (const k of keysOf(v)) (postings.get(k) ?? postings.set(k, []).get(k)!).push(y);
  });
  const [runFirst, runLast] = articleRuns(vectors);
  return (x) => {
    const counts = new Map<number, number>();
    const article = vectors[x]!.article;
    const count = (y: number) => {
      if (vectors[y]!.article !== article) counts.set(y, (counts.get(y) ?? 0) + 1);
    };
    for (const k of keysOf(vectors[x]!)) {
      // Article by article, past the unit's own (reading its run made one long article quadratic);
      // as for the links, a key more than MAX_POSTINGS units of one article carry counts for none of them.
      const list = postings.get(k) ?? [];
      for (let at = 0; at < list.length; ) {
        const y0 = list[at]!;
        const stop = firstAtLeast(list, runLast[y0]! + 1);
        if (y0 >= runFirst[x]! && y0 <= runLast[x]!) {
          at = stop;
          continue;
        }
        if (stop - at <= MAX_POSTINGS) for (let k2 = at; k2 < stop; k2++) count(list[k2]!);
        at = stop;
      }
    }
    let best: { y: number; shared: number } | null = null;
    for (const [y, shared] of counts) if (!best || shared > best.shared || (shared === best.shared && ctx.p(x, y) > ctx.p(x, best.y))) best = { y, shared };
    return best;
  };
}

/** For each unit, the first and last index of the run of its article's units it stands in. */
function articleRuns(vectors: readonly SentenceVector[]): [number[], number[]] {
  const first: number[] = [];
  const last = new Array<number>(vectors.length);
  vectors.forEach((v, i) => first.push(i > 0 && vectors[i - 1]!.article === v.article ? first[i - 1]! : i));
  for (let i = vectors.length - 1; i >= 0; i--) last[i] = i + 1 < vectors.length && vectors[i + 1]!.article === vectors[i]!.article ? last[i + 1]! : i;
  return [first, last];
}

/** Position of the first value at least x in an ascending list. */
function firstAtLeast(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
