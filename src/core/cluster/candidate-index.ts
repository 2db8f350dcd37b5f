/**
 * Inverted index from terms (entity keys and a story's rarest stems) to the
 * stories that carry them. Candidates for an article come from here, never
 * from a scan of all stories; a term carried by very many stories says
 * little and is skipped when querying (`maxPosting`).
 */
export class CandidateIndex {
  private readonly postings = new Map<number, Set<number>>();

  add(handle: number, terms: Int32Array): void {
    for (const t of terms) {
      let set = this.postings.get(t);
      if (!set) this.postings.set(t, (set = new Set()));
      set.add(handle);
    }
  }

  remove(handle: number, terms: Int32Array): void {
    for (const t of terms) {
      const set = this.postings.get(t);
      if (!set) continue;
      set.delete(handle);
      if (!set.size) this.postings.delete(t);
    }
  }

  /**
   * Up to `limit` story handles sharing the most query weight with the
   * article (ties: the newer story first). `weights[i]` is the weight of `terms[i]`.
   */
  query(terms: readonly number[], weights: readonly number[], limit: number, maxPosting: number): number[] {
    const score = new Map<number, number>();
    for (let i = 0; i < terms.length; i++) {
      const set = this.postings.get(terms[i]!);
      if (!set || set.size > maxPosting) continue;
      const w = weights[i]!;
      for (const h of set) score.set(h, (score.get(h) ?? 0) + w);
    }
    if (score.size <= limit) return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || b - a);
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, limit)
      .map((e) => e[0]);
  }

  get terms(): number {
    return this.postings.size;
  }
}
