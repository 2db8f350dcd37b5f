import { cosine, type SentenceVector } from './sentence-features.js';

export interface AlignOptions {
  /** Minimum similarity for two sentences of different articles to state one fact. */
  threshold: number;
}

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.3 };

/** A group of sentences, at most one per article, that state the same fact. */
export interface AlignedGroup {
  members: SentenceVector[];
  /** Mean pairwise similarity of the members. */
  cohesion: number;
}

/**
 * Aligns sentences across articles into facts. Similarities come from an
 * inverted index over features, so only sentences that share something are
 * compared. Pairs are taken best first; a sentence joins a group when the
 * group has no sentence of its article yet and it is similar enough to the
 * group on average (average link keeps chains of loosely related sentences
 * from snowballing into one fact).
 */
export function alignSentences(vectors: readonly SentenceVector[], options: AlignOptions = DEFAULT_ALIGN): AlignedGroup[] {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.weights.keys()) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const pairs: { i: number; j: number; sim: number }[] = [];
  const floor = options.threshold * 0.8;
  vectors.forEach((v, i) => {
    if (v.norm === 0) return;
    const acc = new Map<number, number>();
    for (const [k, w] of v.weights) {
      for (const j of postings.get(k)!) {
        if (j <= i || vectors[j]!.article === v.article) continue;
        acc.set(j, (acc.get(j) ?? 0) + w * vectors[j]!.weights.get(k)!);
      }
    }
    for (const [j, dot] of acc) {
      const sim = dot / (v.norm * vectors[j]!.norm);
      if (sim >= floor) pairs.push({ i, j, sim });
    }
  });
  pairs.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);

  const groupOf = new Map<number, number[]>();
  const groups: number[][] = [];
  const avgSim = (x: number, group: number[]) => group.reduce((s, g) => s + cosine(vectors[x]!, vectors[g]!), 0) / group.length;
  const hasArticle = (group: number[], article: string) => group.some((g) => vectors[g]!.article === article);

  for (const { i, j, sim } of pairs) {
    const gi = groupOf.get(i);
    const gj = groupOf.get(j);
    if (!gi && !gj) {
      if (sim < options.threshold) continue;
      const g = [i, j];
      groups.push(g);
      groupOf.set(i, g);
      groupOf.set(j, g);
    } else if (gi && !gj) {
      if (!hasArticle(gi, vectors[j]!.article) && avgSim(j, gi) >= floor) {
        gi.push(j);
        groupOf.set(j, gi);
      }
    } else if (!gi && gj) {
      if (!hasArticle(gj, vectors[i]!.article) && avgSim(i, gj) >= floor) {
        gj.push(i);
        groupOf.set(i, gj);
      }
    } else if (gi && gj && gi !== gj) {
      const overlap = gi.some((x) => hasArticle(gj, vectors[x]!.article));
      if (overlap) continue;
      const link = gi.reduce((s, x) => s + avgSim(x, gj), 0) / gi.length;
      if (link < options.threshold) continue;
      for (const x of gj) {
        gi.push(x);
        groupOf.set(x, gi);
      }
      groups.splice(groups.indexOf(gj), 1);
    }
  }
  return groups.map((g) => {
    let sum = 0;
    let n = 0;
    for (let a = 0; a < g.length; a++)
      for (let b = a + 1; b < g.length; b++) {
        sum += cosine(vectors[g[a]!]!, vectors[g[b]!]!);
        n++;
      }
    return { members: g.map((x) => vectors[x]!), cohesion: n ? sum / n : 1 };
  });
}
