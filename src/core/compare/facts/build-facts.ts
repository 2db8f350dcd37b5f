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
  /** A statement joins a fact when its links to the others are this probable on average… */
  join: number;
  /** …and none is below this. */
  floor: number;
  /** A near match this probable keeps a statement from being called exclusive. */
  possible: number;
  /** Most statements of one article in one fact. */
  perArticle: number;
  /** A link this probable is enough to compare the figures of two statements (default: `possible`). */
  conflictLink?: number;
  /** Content features (words outside names, figures, dates) shared with a sentence of another article that make it a near match. */
  nearShared?: number;
  /** Features found in no other article that a statement needs to be called exclusive. */
  distinctive?: number;
}

export const DEFAULT_FACT_OPTIONS: FactOptions = { firm: 0.6, join: 0.5, floor: 0.5, possible: 0.3, perArticle: 2, nearShared: 2 };

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
  const groups = groupFacts(vectors, links, { found: options.firm, join: options.join, floor: options.floor, perArticle: options.perArticle });

  const statement = (v: SentenceVector): Statement => ({
    article: v.article,
    sentence: v.sentence.index,
    text: v.text,
    start: v.start,
    end: v.end,
    clause: v.clause,
  });
  const position = (v: SentenceVector) => v.sentence.index / Math.max(1, byArticle.get(v.article)!.sentences.length);

  const drafts: Draft[] = [];
  const inFact = new Set<number>();
  // Sentences that are a fact's tentative members: shown with it, not again as uncertain.
  const tentative = new Set<number>();
  const prob = linkTable(links);
  for (const g of groups) {
    const { core, weak } = firmCore(g.members, vectors, prob, options.firm, options.floor);
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
    );
    drafts.push({
      status: conflicts.length > 0 ? 'conflict' : outlets.length > 1 && independent > 1 ? 'shared' : 'exclusive',
      articles,
      outlets,
      statements: members.map(statement),
      conflicts,
      confidence: round(meanLink(core, vectors, prob)),
      firm: true,
      possiblyAlso: weak.map((x) => ({ ...statement(vectors[x]!), confidence: round(meanLink([x, ...core], vectors, prob, x)) })),
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
  // Which articles use each feature: a statement is checkable as exclusive only by what no other article has.
  const articlesOf = new Map<string, Set<string>>();
  for (const v of vectors) for (const k of v.weights.keys()) (articlesOf.get(k) ?? articlesOf.set(k, new Set()).get(k)!).add(v.article);
  const distinctive = (v: SentenceVector) => {
    let n = 0;
    for (const k of v.contentKeys) if (articlesOf.get(k)!.size === 1) n++;
    for (const e of v.entities) if ((articlesOf.get(`e:${e}`)?.size ?? 0) === 1) n++;
    return n;
  };
  const linkP = linkTable(links);
  const contentPostings = new Map<string, number[]>();
  vectors.forEach((v, y) => {
    for (const k of v.contentKeys) (contentPostings.get(k) ?? contentPostings.set(k, []).get(k)!).push(y);
  });
  const sharingMost = (x: number): { y: number; shared: number } | null => {
    const counts = new Map<number, number>();
    for (const k of vectors[x]!.contentKeys) for (const y of contentPostings.get(k) ?? []) if (vectors[y]!.article !== vectors[x]!.article) counts.set(y, (counts.get(y) ?? 0) + 1);
    let best: { y: number; shared: number } | null = null;
    for (const [y, shared] of counts) if (!best || shared > best.shared || (shared === best.shared && linkP(x, y) > linkP(x, best.y))) best = { y, shared };
    return best;
  };
  vectors.forEach((v, x) => {
    // An unaligned headline repeats its article's lead; it is not a fact of its own.
    if (inFact.has(x) || tentative.has(x) || v.contentWords < MIN_FACT_WORDS || v.sentence.headline || input.boilerplate(v)) return;
    const matches = (near.get(x) ?? []).slice(0, MAX_NEAR);
    const possiblyAlso: NearMatch[] = matches.map((l) => ({ ...statement(vectors[l.i === x ? l.j : l.i]!), confidence: round(l.p) }));
    // Recall first: a sentence of another article that shares enough of what this one says
    // (words outside names, figures, dates, concepts) is a near match too, however weak the link.
    if (possiblyAlso.length === 0 && options.nearShared) {
      const other = sharingMost(x);
      if (other && other.shared >= options.nearShared) possiblyAlso.push({ ...statement(vectors[other.y]!), confidence: round(linkP(x, other.y)) });
    }
    const best = possiblyAlso[0]?.confidence ?? 0;
    // Without near match, a statement is exclusive only when something in it is found in no other article;
    // a generic sentence may be anyone's paraphrase, and we cannot tell.
    const own = distinctive(v);
    drafts.push({
      status: possiblyAlso.length > 0 || own < (options.distinctive ?? 1) ? 'uncertain' : 'exclusive',
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
  absorbIntoConflicts(drafts, articleOrder);
  dropContained(drafts);
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
    if (l.p < (options.conflictLink ?? options.possible)) break;
    const [i, j] = l.i < l.j ? [l.i, l.j] : [l.j, l.i];
    if (together.has(`${i}|${j}`)) continue;
    const conflicts = findConflicts(
      [vectors[i]!, vectors[j]!].map((v) => ({ analysis: byArticle.get(v.article)!, sentence: v.sentence, span: v })),
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

/** Link probabilities by pair, for look-ups inside a fact. */
function linkTable(links: readonly Link[]): (i: number, j: number) => number {
  const table = new Map<string, number>();
  for (const l of links) table.set(l.i < l.j ? `${l.i}|${l.j}` : `${l.j}|${l.i}`, l.p);
  return (i, j) => table.get(i < j ? `${i}|${j}` : `${j}|${i}`) ?? 0;
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

/**
 * A shared fact that overlaps a conflict about the same articles is one side of that
 * conflict ("zwei Tote" told by two outlets, "drei Tote" by a third): its statements
 * join the conflict, so the story does not show the agreement and the disagreement
 * as two unrelated facts.
 */
function absorbIntoConflicts(drafts: Draft[], articleOrder: ReadonlyMap<string, number>): void {
  const key = (s: { article: string; start: number; end: number }) => `${s.article}|${s.start}|${s.end}`;
  for (let n = 0; n < drafts.length; n++) {
    const c = drafts[n]!;
    if (c.status !== 'conflict') continue;
    const mine = new Set(c.statements.map(key));
    const articles = new Set(c.articles);
    for (let k = drafts.length - 1; k >= 0; k--) {
      const f = drafts[k]!;
      if (k === n || f.status === 'exclusive' || f.status === 'uncertain') continue;
      if (!f.articles.every((a) => articles.has(a)) || !f.statements.some((s) => mine.has(key(s)))) continue;
      for (const s of f.statements) {
        if (mine.has(key(s))) continue;
        mine.add(key(s));
        c.statements.push(s);
      }
      for (const other of f.conflicts) {
        const same = c.conflicts.find((x) => x.kind === other.kind && x.about === other.about);
        if (!same) {
          c.conflicts.push(other);
          continue;
        }
        const values = new Set(same.values.map(key));
        for (const v of other.values) if (!values.has(key(v))) same.values.push(v);
        same.update &&= other.update;
      }
      c.order = Math.min(c.order, f.order);
      c.confidence = Math.min(c.confidence, f.confidence);
      c.firm &&= f.firm;
      drafts.splice(k, 1);
      if (k < n) n--;
    }
    c.statements.sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.start - b.start);
  }
}

/**
 * A shared fact whose statements all belong to a larger shared or conflicting fact says
 * nothing the larger one does not (three headlines that also sit in the fact with a
 * lead): it is dropped, so one proposition is not listed twice.
 */
function dropContained(drafts: Draft[]): void {
  const key = (s: Statement) => `${s.article}|${s.start}|${s.end}`;
  const sets = drafts.map((d) => new Set(d.statements.map(key)));
  const drop = new Set<number>();
  for (let a = 0; a < drafts.length; a++) {
    if (drafts[a]!.status !== 'shared') continue;
    for (let b = 0; b < drafts.length; b++) {
      if (a === b || drop.has(b) || (drafts[b]!.status !== 'shared' && drafts[b]!.status !== 'conflict')) continue;
      if (sets[b]!.size < sets[a]!.size || (sets[b]!.size === sets[a]!.size && b > a)) continue;
      if ([...sets[a]!].every((k) => sets[b]!.has(k))) {
        drop.add(a);
        break;
      }
    }
  }
  for (let k = drafts.length - 1; k >= 0; k--) if (drop.has(k)) drafts.splice(k, 1);
}
