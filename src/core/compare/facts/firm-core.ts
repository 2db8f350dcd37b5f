import { findConflicts } from '../conflicts.js';
import type { SentenceVector } from '../sentence-features.js';
import type { FactGroup } from './group.js';
import { round, type Draft, type FactContext } from './context.js';
import { minOf } from '../../collections.js';

/**
 * Shared and conflicting facts from the link cliques: each keeps its firm core as
 * statements and shows its other members as tentative near matches.
 * Returns the facts and which units are in a fact's core or among its tentative members.
 */
export function coreFacts(ctx: FactContext, groups: readonly FactGroup[]): { drafts: Draft[]; inFact: Set<number>; tentative: Set<number> } {
  const { vectors, byArticle, articleOrder, options, input } = ctx;
  const drafts: Draft[] = [];
  const inFact = new Set<number>();
  const tentative = new Set<number>();
  for (const g of groups) {
    const { core, weak } = firmCore(g.members, vectors, ctx.p, options.firm, options.floor);
    const members = core
      .map((x) => vectors[x]!)
      .sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.start - b.start);
    for (const x of core) inFact.add(x);
    for (const x of weak) tentative.add(x);
    const articles = [...new Set(members.map((m) => m.article))];
    const outlets = [...new Set(members.map((m) => byArticle.get(m.article)!.article.outlet))];
    const independent = new Set(articles.map(input.wireRoot)).size;
    const conflicts = findConflicts(
      members.map((m) => ({ analysis: byArticle.get(m.article)!, sentence: m.sentence, span: m })),
      input.entityOf,
      input.conflictLexicon,
    );
    drafts.push({
      status: conflicts.length > 0 ? 'conflict' : outlets.length > 1 && independent > 1 ? 'shared' : 'exclusive',
      articles,
      outlets,
      statements: members.map(ctx.statement),
      conflicts,
      confidence: round(meanLink(core, vectors, ctx.p)),
      firm: true,
      possiblyAlso: weak.map((x) => ({ ...ctx.statement(vectors[x]!), confidence: round(meanLink([x, ...core], vectors, ctx.p, x)) })),
      order: minOf(members.map(ctx.position)),
    });
  }
  return { drafts, inFact, tentative };
}

/** Mean probability over the cross-article pairs of a set of sentences (only pairs with `of` when given). */
function meanLink(members: readonly number[], vectors: readonly SentenceVector[], p: (i: number, j: number) => number, of?: number): number {
  let sum = 0;
  let n = 0;
  for (let a = 0; a < members.length; a++)
    for (let b = a + 1; b < members.length; b++) {
      const x = members[a]!;
      const y = members[b]!;
      if (vectors[x]!.article === vectors[y]!.article || (of !== undefined && x !== of && y !== of)) continue;
      sum += p(x, y);
      n++;
    }
  return n ? sum / n : 0;
}

/**
 * The firm core of a fact: members are dropped, weakest first, while one of them
 * has a link below `floor` to a member of another article, or links below `firm` on average. The dropped ones are the
 * fact's tentative members, shown apart from its statements.
 */
export function firmCore(
  members: readonly number[],
  vectors: readonly SentenceVector[],
  p: (i: number, j: number) => number,
  firm: number,
  floor: number = firm,
): { core: number[]; weak: number[] } {
  const core = [...members];
  const weak: number[] = [];
  for (;;) {
    let worst = -1;
    let worstP = firm;
    for (const x of core) {
      let min = 1;
      let others = 0;
      let sum = 0;
      for (const y of core) {
        if (vectors[y]!.article === vectors[x]!.article) continue;
        const q = p(x, y);
        min = Math.min(min, q);
        sum += q;
        others++;
      }
      // Among members with a weak link, drop the one weakest on average.
      if (others > 0 && (min < floor || sum / others < firm) && (worst < 0 || sum / others < worstP)) {
        worst = x;
        worstP = sum / others;
      }
    }
    if (worst < 0) break;
    core.splice(core.indexOf(worst), 1);
    weak.push(worst);
  }
  return { core, weak };
}
