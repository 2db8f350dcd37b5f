import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Conflict, Fact, NearMatch, Statement } from '../../model/report.js';
import type { SentenceVector } from '../sentence-features.js';
import type { StoryEntity } from '../story-entities.js';
import { findConflicts } from '../conflicts.js';
import { scoreLinks, type Link } from './links.js';
import { groupFacts } from './group.js';
import { logisticScorer, type AlignerModel } from './pair-scorer.js';

export interface FactOptions {
  /** Pair weights; the hand-set model when absent. */
  model?: AlignerModel;
  /** A link this probable founds a shared fact. */
  firm: number;
  /** Every cross-article pair inside a fact is at least this probable. */
  join: number;
  /** A near match this probable keeps a statement from being called exclusive. */
  possible: number;
  /** Most statements of one article in one fact. */
  perArticle: number;
}

export const DEFAULT_FACT_OPTIONS: FactOptions = { firm: 0.5, join: 0.4, possible: 0.2, perArticle: 2 };

/** Fewer content words than this and an unaligned sentence is not worth listing as a fact. */
const MIN_FACT_WORDS = 3;
/** Links less probable than this are not kept (they only lower an exclusive's confidence a little). */
const LINK_FLOOR = 0.05;
/** Near matches shown with an uncertain statement. */
const MAX_NEAR = 3;

export interface FactInputs {
  analyses: readonly ArticleAnalysis[];
  vectors: readonly SentenceVector[];
  entityOf: (id: string) => StoryEntity | undefined;
  /** The article whose text a syndicated copy republishes (itself when it is none). */
  wireRoot: (article: string) => string;
  /** Sentences that are no statement of the story (credits, captions, promos). */
  boilerplate: (v: SentenceVector) => boolean;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Facts of a story: shared and conflicting facts from the cliques of likely links,
 * then every sentence left over checked against all other articles before it is
 * called exclusive; one with a near match is "uncertain" and names the match.
 */
export function buildFacts(input: FactInputs, options: FactOptions = DEFAULT_FACT_OPTIONS): Fact[] {
  const { analyses, vectors } = input;
  const byArticle = new Map(analyses.map((a) => [a.article.id, a]));
  const articleOrder = new Map(analyses.map((a, i) => [a.article.id, i]));
  const links = scoreLinks(vectors, logisticScorer(options.model), LINK_FLOOR);
  const groups = groupFacts(vectors, links, { found: options.firm, join: options.join, perArticle: options.perArticle });

  const statement = (v: SentenceVector): Statement => ({
    article: v.article,
    sentence: v.sentence.index,
    text: v.sentence.text,
    start: v.sentence.start,
    end: v.sentence.end,
    clause: false,
  });
  const position = (v: SentenceVector) => v.sentence.index / Math.max(1, byArticle.get(v.article)!.sentences.length);

  const drafts: Draft[] = [];
  const inFact = new Set<number>();
  for (const g of groups) {
    const members = g.members
      .map((x) => vectors[x]!)
      .sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.sentence.index - b.sentence.index);
    for (const x of g.members) inFact.add(x);
    const articles = [...new Set(members.map((m) => m.article))];
    const outlets = [...new Set(members.map((m) => byArticle.get(m.article)!.article.outlet))];
    const independent = new Set(articles.map(input.wireRoot)).size;
    const conflicts = findConflicts(
      members.map((m) => ({ analysis: byArticle.get(m.article)!, sentence: m.sentence })),
      input.entityOf,
    );
    drafts.push({
      status: conflicts.length > 0 ? 'conflict' : outlets.length > 1 && independent > 1 ? 'shared' : 'exclusive',
      articles,
      outlets,
      statements: members.map(statement),
      conflicts,
      confidence: round(g.confidence),
      firm: g.weakest >= options.firm,
      possiblyAlso: [],
      order: Math.min(...members.map(position)),
    });
  }

  // Figures that contradict each other also between sentences that no fact joins: a likely
  // link and two values of the same thing that no value fits ("mindestens 95 Tote" / "72 Toten").
  drafts.push(...pairConflicts(input, links, groups, options, statement, position));

  // Near matches of every sentence left over, best first, one per other article.
  const near = new Map<number, Link[]>();
  for (const l of links) {
    if (l.p < options.possible) continue;
    for (const [x, y] of [
      [l.i, l.j],
      [l.j, l.i],
    ] as const) {
      if (inFact.has(x)) continue;
      const list = near.get(x) ?? [];
      if (!list.some((o) => vectors[o.i === x ? o.j : o.i]!.article === vectors[y]!.article)) list.push(l);
      near.set(x, list);
    }
  }
  // The best link of each sentence at all: an exclusive's confidence is how far it stays from any match.
  const bestOf = new Map<number, number>();
  for (const l of links) {
    bestOf.set(l.i, Math.max(bestOf.get(l.i) ?? 0, l.p));
    bestOf.set(l.j, Math.max(bestOf.get(l.j) ?? 0, l.p));
  }
  vectors.forEach((v, x) => {
    // An unaligned headline repeats its article's lead; it is not a fact of its own.
    if (inFact.has(x) || v.contentWords < MIN_FACT_WORDS || v.sentence.headline || input.boilerplate(v)) return;
    const matches = (near.get(x) ?? []).slice(0, MAX_NEAR);
    const possiblyAlso: NearMatch[] = matches.map((l) => ({ ...statement(vectors[l.i === x ? l.j : l.i]!), confidence: round(l.p) }));
    const best = matches[0]?.p ?? 0;
    drafts.push({
      status: possiblyAlso.length > 0 ? 'uncertain' : 'exclusive',
      articles: [v.article],
      outlets: [byArticle.get(v.article)!.article.outlet],
      statements: [statement(v)],
      conflicts: [],
      // Exclusive: how sure we are that no other article states it; uncertain: how likely its best near match does.
      confidence: round(possiblyAlso.length > 0 ? best : 1 - (bestOf.get(x) ?? 0)),
      firm: possiblyAlso.length === 0,
      possiblyAlso,
      order: position(v),
    });
  });
  drafts.sort(
    (a, b) =>
      a.order - b.order ||
      articleOrder.get(a.articles[0]!)! - articleOrder.get(b.articles[0]!)! ||
      a.statements[0]!.start - b.statements[0]!.start,
  );
  return drafts.map(({ order: _order, ...f }, i) => ({ id: `f${i + 1}`, ...f }));
}

type Draft = Omit<Fact, 'id'> & { order: number };

/**
 * Conflicts of figures and clock times between likely-linked sentences that are not
 * in one fact together; pairs sharing a sentence and a counted thing form one fact.
 */
function pairConflicts(
  input: FactInputs,
  links: readonly Link[],
  groups: readonly { members: number[] }[],
  options: FactOptions,
  statement: (v: SentenceVector) => Statement,
  position: (v: SentenceVector) => number,
): Draft[] {
  const { vectors } = input;
  const byArticle = new Map(input.analyses.map((a) => [a.article.id, a]));
  const together = new Set<string>();
  for (const g of groups) for (const a of g.members) for (const b of g.members) if (a < b) together.add(`${a}|${b}`);
  const found: { i: number; j: number; p: number; conflicts: Conflict[] }[] = [];
  for (const l of links) {
    if (l.p < options.possible) break;
    const [i, j] = l.i < l.j ? [l.i, l.j] : [l.j, l.i];
    if (together.has(`${i}|${j}`)) continue;
    const conflicts = findConflicts(
      [vectors[i]!, vectors[j]!].map((v) => ({ analysis: byArticle.get(v.article)!, sentence: v.sentence })),
      input.entityOf,
    ).filter((c) => c.kind === 'number' || c.kind === 'time');
    if (conflicts.length > 0) found.push({ i, j, p: l.p, conflicts });
  }
  // One fact per counted thing and connected sentences.
  const drafts: Draft[] = [];
  const done = new Set<number>();
  for (let n = 0; n < found.length; n++) {
    if (done.has(n)) continue;
    const about = found[n]!.conflicts[0]!.about;
    const members = new Set([found[n]!.i, found[n]!.j]);
    const parts = [found[n]!];
    done.add(n);
    for (let grew = true; grew; ) {
      grew = false;
      for (let k = 0; k < found.length; k++) {
        const f = found[k]!;
        if (done.has(k) || f.conflicts[0]!.about !== about || !(members.has(f.i) || members.has(f.j))) continue;
        members.add(f.i);
        members.add(f.j);
        parts.push(f);
        done.add(k);
        grew = true;
      }
    }
    const vs = [...members].sort((a, b) => a - b).map((x) => vectors[x]!);
    const values = new Map<string, Conflict['values'][number]>();
    for (const part of parts) for (const v of part.conflicts[0]!.values) values.set(`${v.article}|${v.start}`, v);
    const first = parts[0]!.conflicts[0]!;
    const weakest = Math.min(...parts.map((x) => x.p));
    drafts.push({
      status: 'conflict',
      articles: [...new Set(vs.map((v) => v.article))],
      outlets: [...new Set(vs.map((v) => byArticle.get(v.article)!.article.outlet))],
      statements: vs.map(statement),
      conflicts: [{ kind: first.kind, about, values: [...values.values()], update: parts.every((x) => x.conflicts[0]!.update) }],
      confidence: round(parts.reduce((sum, x) => sum + x.p, 0) / parts.length),
      firm: weakest >= options.firm,
      possiblyAlso: [],
      order: Math.min(...vs.map(position)),
    });
  }
  return drafts;
}
