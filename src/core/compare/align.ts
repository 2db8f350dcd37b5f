import { cosine, sharedContent, type SentenceVector } from './sentence-features.js';

export interface AlignOptions {
  /** Similarity at which two sentences of different articles state one fact. */
  threshold: number;
  /** Lower similarity that suffices when each sentence is the other's best match in its article. */
  mutualThreshold: number;
}

/** Below the main threshold, a pair must share this many content words, numbers or dates: names alone are not a fact. */
const MIN_SHARED_CONTENT = 1;

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.3, mutualThreshold: 0.14 };

/** A group of sentences, at most one per article, that state the same fact. */
export interface AlignedGroup {
  members: SentenceVector[];
  /** Mean pairwise similarity of the members. */
  cohesion: number;
}

/**
 * Aligns sentences across articles into facts. Similarities come from an
 * inverted index over features, so only sentences that share something are
 * compared. A pair qualifies when its similarity reaches the threshold, or a
 * lower one when each sentence is the other's best match in its article
 * (paraphrases share few words, but still prefer each other). Pairs are taken best first; a sentence joins a group when the
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
  const candidates: { i: number; j: number; sim: number }[] = [];
  const floor = options.mutualThreshold;
  // Best similarity of each sentence towards each other article, for the mutual-best test.
  const best = new Map<string, number>();
  const bestKey = (i: number, article: string) => `${i}|${article}`;
  const noteBest = (i: number, article: string, sim: number) => {
    const k = bestKey(i, article);
    if ((best.get(k) ?? 0) < sim) best.set(k, sim);
  };
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
      if (sim < floor) continue;
      candidates.push({ i, j, sim });
      noteBest(i, vectors[j]!.article, sim);
      noteBest(j, v.article, sim);
    }
  });
  // A pair counts when it is similar enough, or when the two sentences are each other's best match.
  // Headlines summarise the whole article, so they align only on clear similarity.
  const pairs = candidates.filter(
    ({ i, j, sim }) =>
      sim >= options.threshold ||
      (!vectors[i]!.sentence.headline &&
        !vectors[j]!.sentence.headline &&
        sharedContent(vectors[i]!, vectors[j]!) >= MIN_SHARED_CONTENT &&
        best.get(bestKey(i, vectors[j]!.article)) === sim &&
        best.get(bestKey(j, vectors[i]!.article)) === sim),
  );
  pairs.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);

  const groupOf = new Map<number, number[]>();
  const groups: number[][] = [];
  const avgSim = (x: number, group: number[]) => group.reduce((s, g) => s + cosine(vectors[x]!, vectors[g]!), 0) / group.length;
  // Joining a group needs content in common with it, as a new pair does.
  const fits = (x: number, group: number[]) =>
    avgSim(x, group) >= floor && group.some((g) => sharedContent(vectors[x]!, vectors[g]!) >= MIN_SHARED_CONTENT);
  const hasArticle = (group: number[], article: string) => group.some((g) => vectors[g]!.article === article);

  for (const { i, j } of pairs) {
    const gi = groupOf.get(i);
    const gj = groupOf.get(j);
    if (!gi && !gj) {
      const g = [i, j];
      groups.push(g);
      groupOf.set(i, g);
      groupOf.set(j, g);
    } else if (gi && !gj) {
      if (!hasArticle(gi, vectors[j]!.article) && fits(j, gi)) {
        gi.push(j);
        groupOf.set(j, gi);
      }
    } else if (!gi && gj) {
      if (!hasArticle(gj, vectors[i]!.article) && fits(i, gj)) {
        gj.push(i);
        groupOf.set(i, gj);
      }
    } else if (gi && gj && gi !== gj) {
      const overlap = gi.some((x) => hasArticle(gj, vectors[x]!.article));
      if (overlap) continue;
      const link = gi.reduce((s, x) => s + avgSim(x, gj), 0) / gi.length;
      if (link < floor) continue;
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
