/**
 * Finds syndicated copies among many texts quickly: locality-sensitive
 * hashing over the MinHash signatures (42 bands of 3 positions) yields the
 * candidates that share a band, and only those are compared. Matches are
 * joined into groups (union–find), so A~B and B~C put A, B and C in one group
 * even when A and C alone fall below the threshold.
 */
import { estimateContainment, estimateJaccard, SIGNATURE_SIZE, type SyndicationFingerprint } from './fingerprint.js';
import { fmix32 } from './shingles.js';

export interface SyndicationOptions {
  /** Texts with fewer shingles are neither indexed nor matched (a headline alone proves nothing). Default 20 (about 24 words). */
  minShingles?: number;
  /** Two texts are copies when their estimated Jaccard similarity reaches this. Default 0.5. */
  minJaccard?: number;
  /**
   * …or when the longer contains this share of the shorter (a cut copy) while
   * their Jaccard similarity reaches `minJaccardForContainment`. Defaults 0.7 and 0.3.
   */
  minContainment?: number;
  minJaccardForContainment?: number;
}

export interface SyndicationMatch {
  id: string;
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the shorter text found in the longer. */
  containment: number;
}

const BANDS = 42;
const ROWS = 3;

export class SyndicationIndex {
  private readonly minShingles: number;
  private readonly minJaccard: number;
  private readonly minContainment: number;
  private readonly minJaccardForContainment: number;
  private readonly entries = new Map<string, SyndicationFingerprint>();
  /** One bucket table per band: band hash → ids. */
  private readonly bands: Map<number, string[]>[] = Array.from({ length: BANDS }, () => new Map());
  /** Union–find parent links over matched ids. */
  private readonly parent = new Map<string, string>();
  /** Insertion order, for deterministic groups. */
  private readonly order = new Map<string, number>();

  constructor(options: SyndicationOptions = {}) {
    this.minShingles = options.minShingles ?? 20;
    this.minJaccard = options.minJaccard ?? 0.5;
    this.minContainment = options.minContainment ?? 0.7;
    this.minJaccardForContainment = options.minJaccardForContainment ?? 0.3;
    if (BANDS * ROWS > SIGNATURE_SIZE) throw new Error('LSH bands exceed the signature');
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Whether two fingerprints are syndicated copies by this index's thresholds; the match figures, or null. */
  compare(a: SyndicationFingerprint, b: SyndicationFingerprint): Omit<SyndicationMatch, 'id'> | null {
    if (a.shingles < this.minShingles || b.shingles < this.minShingles) return null;
    const jaccard = estimateJaccard(a, b);
    const containment = estimateContainment(a, b, jaccard);
    const copy = jaccard >= this.minJaccard || (jaccard >= this.minJaccardForContainment && containment >= this.minContainment);
    return copy ? { jaccard, containment } : null;
  }

  /** The indexed texts `fp` is a copy of, best first. Does not change the index. */
  query(fp: SyndicationFingerprint, exclude?: string): SyndicationMatch[] {
    if (fp.shingles < this.minShingles) return [];
    const candidates = new Set<string>();
    for (let b = 0; b < BANDS; b++) {
      for (const id of this.bands[b]!.get(bandHash(fp, b)) ?? []) if (id !== exclude) candidates.add(id);
    }
    const matches: SyndicationMatch[] = [];
    for (const id of candidates) {
      const m = this.compare(fp, this.entries.get(id)!);
      if (m) matches.push({ id, ...m });
    }
    return matches.sort((x, y) => y.jaccard - x.jaccard || this.order.get(x.id)! - this.order.get(y.id)!);
  }

  /**
   * Index `fp` under `id` and return the already indexed texts it is a copy
   * of. Adding an id again replaces its fingerprint (its group links stay).
   */
  add(id: string, fp: SyndicationFingerprint): SyndicationMatch[] {
    if (this.entries.has(id)) this.remove(id);
    if (!this.order.has(id)) this.order.set(id, this.order.size);
    if (fp.shingles < this.minShingles) return [];
    const matches = this.query(fp, id);
    this.entries.set(id, fp);
    for (let b = 0; b < BANDS; b++) {
      const key = bandHash(fp, b);
      const bucket = this.bands[b]!.get(key);
      if (bucket) bucket.push(id);
      else this.bands[b]!.set(key, [id]);
    }
    for (const m of matches) this.union(id, m.id);
    return matches;
  }

  /** Forget `id`'s fingerprint; it is no longer found, but the groups it joined stay as they were. */
  remove(id: string): boolean {
    const fp = this.entries.get(id);
    if (!fp) return false;
    this.entries.delete(id);
    for (let b = 0; b < BANDS; b++) {
      const key = bandHash(fp, b);
      const bucket = this.bands[b]!.get(key);
      if (!bucket) continue;
      const rest = bucket.filter((x) => x !== id);
      if (rest.length > 0) this.bands[b]!.set(key, rest);
      else this.bands[b]!.delete(key);
    }
    return true;
  }

  /** The ids in `id`'s group of syndicated copies (itself included), in the order they were added. */
  groupOf(id: string): string[] {
    if (!this.parent.has(id)) return this.order.has(id) ? [id] : [];
    const root = this.find(id);
    return this.sorted([...this.parent.keys()].filter((x) => this.find(x) === root));
  }

  /** Every group of two or more copies; groups and their members in the order they were added. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const r = this.find(id);
      const g = byRoot.get(r);
      if (g) g.push(id);
      else byRoot.set(r, [id]);
    }
    return [...byRoot.values()]
      .filter((g) => g.length > 1)
      .map((g) => this.sorted(g))
      .sort((a, b) => this.order.get(a[0]!)! - this.order.get(b[0]!)!);
  }

  private sorted(ids: string[]): string[] {
    return ids.sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression.
    let x = id;
    while (x !== root) {
      const next = this.parent.get(x)!;
      this.parent.set(x, root);
      x = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    if (!this.parent.has(a)) this.parent.set(a, a);
    if (!this.parent.has(b)) this.parent.set(b, b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The earlier text becomes the root: groups are named after their first member.
    if (this.order.get(ra)! <= this.order.get(rb)!) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

function bandHash(fp: SyndicationFingerprint, band: number): number {
  let h = band;
  for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 0x01000193) ^ fp.signature[band * ROWS + r]!);
  return h;
}
