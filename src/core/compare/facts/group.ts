import type { SentenceVector } from '../sentence-features.js';
import type { Link } from './links.js';

/** Sentences (indices into the story's vectors) that state one fact; how sure each link is, the fact's core decides. */
export interface FactGroup {
  members: number[];
}

export interface GroupOptions {
  /** A link this probable founds a fact. */
  found: number;
  /** A sentence joins a fact when its links to the members from other articles are at least this probable on average… */
  join: number;
  /** …and none of them is below this. */
  floor: number;
  /** Most sentences of one article in one fact (headline, lead, later detail). */
  perArticle: number;
}

/**
 * Facts as cliques of the link graph, many-to-many: each strong link not yet
 * inside a fact founds one, which then takes, best first, every sentence that is
 * linked to all of its members from other articles. A sentence may belong to
 * several facts (a long sentence states several things), and an article may give
 * a fact more than once (headline and lead). Because every pair inside a fact is
 * itself a link, a fact never chains loosely related sentences together.
 */
export function groupFacts(vectors: readonly SentenceVector[], links: readonly Link[], options: GroupOptions): FactGroup[] {
  const prob = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * vectors.length + j : j * vectors.length + i);
  const neighbours = new Map<number, Set<number>>();
  for (const l of links) {
    if (l.p < options.floor) continue;
    prob.set(key(l.i, l.j), l.p);
    (neighbours.get(l.i) ?? neighbours.set(l.i, new Set()).get(l.i)!).add(l.j);
    (neighbours.get(l.j) ?? neighbours.set(l.j, new Set()).get(l.j)!).add(l.i);
  }
  const p = (i: number, j: number) => prob.get(key(i, j)) ?? 0;
  const covered = new Set<number>();
  const groups: FactGroup[] = [];
  for (const l of links) {
    if (l.p < options.found) break;
    if (covered.has(key(l.i, l.j))) continue;
    const members = [l.i, l.j];
    const fits = (x: number) => {
      let sum = 0;
      let n = 0;
      let sameArticle = 0;
      for (const m of members) {
        if (m === x) return -1;
        if (vectors[m]!.article === vectors[x]!.article) {
          sameArticle++;
          continue;
        }
        const q = p(m, x);
        if (q < options.floor) return -1;
        sum += q;
        n++;
      }
      if (n === 0 || sameArticle >= options.perArticle || sum / n < options.join) return -1;
      return sum / n;
    };
    const inArticle = new Map<string, number>();
    for (const m of members) inArticle.set(vectors[m]!.article, (inArticle.get(vectors[m]!.article) ?? 0) + 1);
    /** After b joined: whether x still may, i.e. is no member, not linked to b below the floor, its article not full. */
    const stillOpen = (x: number, b: number) =>
      x !== b &&
      (vectors[x]!.article === vectors[b]!.article || p(b, x) >= options.floor) &&
      (inArticle.get(vectors[x]!.article) ?? 0) < options.perArticle;
    // Candidates: neighbours of the founding pair (every member must be linked anyway); those that
    // can never fit any more (a member, too weak a link to one, their article full) are dropped as
    // members join, so a dense link graph is not rescanned whole for every member.
    let open = [...new Set([...(neighbours.get(l.i) ?? []), ...(neighbours.get(l.j) ?? [])])];
    for (;;) {
      let bestX = -1;
      let bestScore = -1;
      for (const x of open) {
        const s = fits(x);
        if (s > bestScore || (s === bestScore && s >= 0 && x < bestX)) {
          bestScore = s;
          bestX = x;
        }
      }
      if (bestX < 0) break;
      members.push(bestX);
      inArticle.set(vectors[bestX]!.article, (inArticle.get(vectors[bestX]!.article) ?? 0) + 1);
      open = open.filter((x) => stillOpen(x, bestX));
    }
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        if (vectors[members[a]!]!.article !== vectors[members[b]!]!.article) covered.add(key(members[a]!, members[b]!));
      }
    members.sort((a, b) => a - b);
    groups.push({ members });
  }
  return groups;
}
