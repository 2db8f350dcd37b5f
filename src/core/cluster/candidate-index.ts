/**
 * Inverted index from terms (entity keys and a story's rarest stems) to the
 * stories that carry them. Candidates for an article come from here, never
 * from a scan of all stories.
 *
 * A query scores stories by the summed weight of the query terms they carry
 * and returns the best. Its cost does not grow with the number of stories:
 * - a term carried by more than `maxPosting` stories says little and is skipped;
 * - terms are taken heaviest (rarest) first, and a term whose list would take
 *   the postings walked beyond `budget` is left out (small pools never reach it);
 * - max-score pruning: once no story outside the ones seen can still reach the
 *   top, the remaining lists are not walked; their terms are only looked up
 *   for the stories still in the race.
 * The winners' scores are re-added in the query's term order, so pruning
 * never changes the result: it equals a full walk over the terms taken.
 */
import { kthLargest } from './term-vector.js';

export interface QueryLimits {
  /** Handles returned at most. */
  limit: number;
  /** Terms carried by more stories than this are skipped. */
  maxPosting: number;
  /** Posting entries a query may walk; terms beyond it are left out (heaviest kept). */
  budget: number;
}

export class CandidateIndex {
  /** Term → slots of the stories carrying it. */
  private readonly postings = new Map<number, Set<number>>();
  /** Story handle → slot; slots are dense and reused, so per-story scratch is a typed array. */
  private readonly slotOf = new Map<number, number>();
  private handleOf = new Int32Array(64);
  private readonly free: number[] = [];
  private slots = 0;
  private score = new Float64Array(64);
  private mark = new Uint32Array(64);
  private epoch = 0;
  private seen = new Int32Array(64);
  /** Posting entries walked by queries, and those a full walk of every term under maxPosting would visit (measurements). */
  walked = 0;
  listed = 0;

  add(handle: number, terms: Int32Array): void {
    let slot = this.slotOf.get(handle);
    if (slot === undefined) {
      slot = this.free.length ? this.free.pop()! : this.slots++;
      if (slot >= this.handleOf.length) this.grow();
      this.slotOf.set(handle, slot);
      this.handleOf[slot] = handle;
    }
    for (const t of terms) {
      let set = this.postings.get(t);
      if (!set) this.postings.set(t, (set = new Set()));
      set.add(slot);
    }
  }

  /** Removes the story (it must be given the terms it was added with). */
  remove(handle: number, terms: Int32Array): void {
    const slot = this.slotOf.get(handle);
    if (slot === undefined) return;
    for (const t of terms) {
      const set = this.postings.get(t);
      if (!set) continue;
      set.delete(slot);
      if (!set.size) this.postings.delete(t);
    }
    this.slotOf.delete(handle);
    this.free.push(slot);
  }

  /** Moves a story from its old terms to its new ones (both sorted ascending), touching only the difference. */
  update(handle: number, old: Int32Array, fresh: Int32Array): void {
    const slot = this.slotOf.get(handle);
    if (slot === undefined) {
      this.add(handle, fresh);
      return;
    }
    let i = 0;
    let j = 0;
    while (i < old.length || j < fresh.length) {
      if (j >= fresh.length || (i < old.length && old[i]! < fresh[j]!)) {
        const t = old[i++]!;
        const set = this.postings.get(t);
        if (!set) continue;
        set.delete(slot);
        if (!set.size) this.postings.delete(t);
      } else if (i >= old.length || fresh[j]! < old[i]!) {
        const t = fresh[j++]!;
        let set = this.postings.get(t);
        if (!set) this.postings.set(t, (set = new Set()));
        set.add(slot);
      } else {
        i++;
        j++;
      }
    }
  }

  private grow(): void {
    const n = this.handleOf.length * 2;
    const handles = new Int32Array(n);
    handles.set(this.handleOf);
    this.handleOf = handles;
    this.score = new Float64Array(n);
    this.mark = new Uint32Array(n);
    this.epoch = 0;
    this.seen = new Int32Array(n);
  }

  /**
   * Up to `limit` story handles sharing the most query weight with the
   * article (ties: the newer story first). `weights[i]` (≥ 0) is the weight of `terms[i]`.
   */
  query(terms: readonly number[], weights: readonly number[], { limit, maxPosting, budget }: QueryLimits): number[] {
    if (limit <= 0) return [];
    // Terms that take part, in the query's order (the order scores are summed in).
    const sets: Set<number>[] = [];
    const ws: number[] = [];
    const candidates: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const set = this.postings.get(terms[i]!);
      if (!set || set.size > maxPosting) continue;
      this.listed += set.size;
      candidates.push(sets.length);
      sets.push(set);
      ws.push(weights[i]!);
    }
    // Heaviest first (ties: the shorter list, then query order); within the budget.
    candidates.sort((a, b) => ws[b]! - ws[a]! || sets[a]!.size - sets[b]!.size || a - b);
    const order: number[] = [];
    let planned = 0;
    for (const i of candidates) {
      if (planned + sets[i]!.size > budget) continue;
      planned += sets[i]!.size;
      order.push(i);
    }
    const n = order.length;
    if (!n) return [];
    const taken = new Uint8Array(sets.length);
    for (const i of order) taken[i] = 1;
    // rest[j]: the most a story can still gain from walk positions j onwards.
    const rest = new Float64Array(n + 1);
    for (let j = n - 1; j >= 0; j--) rest[j] = rest[j + 1]! + ws[order[j]!]!;
    // Float sums in another order may differ in the last bits: prune only with a margin.
    const slack = 1e-9 * (rest[0]! + 1);

    if (++this.epoch === 0xffffffff) {
      this.mark.fill(0);
      this.epoch = 1;
    }
    const { score, mark, seen, epoch } = this;
    let count = 0;
    let j = 0;
    while (j < n) {
      const w = ws[order[j]!]!;
      const set = sets[order[j]!]!;
      this.walked += set.size;
      for (const s of set) {
        if (mark[s] !== epoch) {
          mark[s] = epoch;
          score[s] = w;
          seen[count++] = s;
        } else score[s]! += w;
      }
      j++;
      // Stop walking once `limit` stories are beyond what an unseen story could still gain.
      if (j < n && count >= limit && countAbove(score, seen, count, rest[j]! + 2 * slack) >= limit) break;
    }
    // Stories still in the race; the remaining terms are only looked up for them.
    let alive: number[] = Array.from(seen.subarray(0, count));
    if (j < n) {
      const bar = kthScore(score, alive, limit);
      alive = alive.filter((s) => score[s]! + rest[j]! >= bar - slack);
    }
    for (; j < n && alive.length > limit; j++) {
      const w = ws[order[j]!]!;
      const set = sets[order[j]!]!;
      for (const s of alive) if (set.has(s)) score[s]! += w;
      this.walked += alive.length;
      const bar = kthScore(score, alive, limit);
      alive = alive.filter((s) => score[s]! + rest[j + 1]! >= bar - slack);
    }
    // Exact scores, summed in the query's order as a full walk would.
    for (const s of alive) {
      let x = 0;
      for (let i = 0; i < sets.length; i++) if (taken[i] && sets[i]!.has(s)) x += ws[i]!;
      score[s] = x;
    }
    const handleOf = this.handleOf;
    return alive
      .sort((a, b) => score[b]! - score[a]! || handleOf[b]! - handleOf[a]!)
      .slice(0, limit)
      .map((s) => handleOf[s]!);
  }

  get terms(): number {
    return this.postings.size;
  }

  /** Stories in the index. */
  get size(): number {
    return this.slotOf.size;
  }
}

function countAbove(score: Float64Array, seen: Int32Array, count: number, bar: number): number {
  let c = 0;
  for (let i = 0; i < count; i++) if (score[seen[i]!]! > bar) c++;
  return c;
}

let buf = new Float64Array(256);

/** The k-th largest score among the slots (−∞ when there are fewer than k). */
function kthScore(score: Float64Array, slots: readonly number[], k: number): number {
  const n = slots.length;
  if (n < k) return -Infinity;
  if (buf.length < n) buf = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) buf[i] = score[slots[i]!]!;
  return kthLargest(buf.subarray(0, n), k);
}
