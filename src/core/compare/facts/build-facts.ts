import type { Fact } from '../../model/report.js';
import { scoreLinks } from './links.js';
import { checkContext } from './context-links.js';
import { groupFacts } from './group.js';
import { logisticScorer } from './pair-scorer.js';
import { factContext, type FactInputs, type FactOptions } from './context.js';
import { coreFacts } from './firm-core.js';
import { pairConflicts } from './pair-conflicts.js';
import { leftoverFacts } from './leftovers.js';
import { mergeSharing } from './merge-sharing.js';
import { absorbIntoConflicts, dropContained } from './tidy.js';

export type { FactInputs, FactOptions } from './context.js';

export const DEFAULT_FACT_OPTIONS: FactOptions = { firm: 0.6, join: 0.5, floor: 0.4, possible: 0.3, nearMatch: 0.15, perArticle: 2, nearShared: 2 };

/** Links between two units that point back: what their previous sentences must share to keep them (see context-links.ts). */
const CONTEXT = { linked: 0.3, cosine: 0.5, factor: 0.5 };

/** Links less probable than this are not kept (they only lower an exclusive's confidence a little). */
const LINK_FLOOR = 0.05;

/**
 * Facts of a story, in passes: score the links between units of different articles;
 * group likely links into cliques; keep each clique's firm core as a shared or
 * conflicting fact (its other members tentative); merge shared facts that hold the same
 * statement and fit together; find figure conflicts between
 * likely-linked units outside facts; check every unit left over against all other
 * articles (exclusive or uncertain); join shared facts into the conflicts they are
 * one side of and drop facts contained in larger ones; order by position.
 */
export function buildFacts(input: FactInputs, options: FactOptions = DEFAULT_FACT_OPTIONS): Fact[] {
  const links = checkContext(scoreLinks(input.vectors, logisticScorer(options.model), LINK_FLOOR), input.vectors, input.pointsBack ?? (() => false), CONTEXT);
  const ctx = factContext(input, options, links);
  const groups = groupFacts(input.vectors, links, { found: options.firm, join: options.join, floor: options.floor, perArticle: options.perArticle });
  const core = coreFacts(ctx, groups);
  mergeSharing(core.drafts, ctx);
  const drafts = [...core.drafts, ...pairConflicts(ctx, groups), ...leftoverFacts(ctx, new Set([...core.inFact, ...core.tentative]))];
  absorbIntoConflicts(drafts, ctx.articleOrder);
  dropContained(drafts);
  drafts.sort(
    (a, b) =>
      a.order - b.order ||
      ctx.articleOrder.get(a.articles[0]!)! - ctx.articleOrder.get(b.articles[0]!)! ||
      a.statements[0]!.start - b.statements[0]!.start,
  );
  return drafts.map(({ order: _order, ...f }, i) => ({ id: `f${i + 1}`, ...f }));
}
