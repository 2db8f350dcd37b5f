/**
 * A text's syndication fingerprint: a MinHash signature over its word
 * shingles. The share of equal positions in two signatures estimates the
 * Jaccard similarity of the two shingle sets; with the sets' sizes it also
 * estimates how much of the shorter text the longer one contains (a cut
 * copy). Fixed size (128 numbers), so the store can keep one per article.
 */
import { fmix32, shingleHashes } from './shingles.js';

export const SIGNATURE_SIZE = 128;
/** Words per shingle. 5 keeps common phrases ("in der vergangenen Woche") from making unrelated texts alike. */
export const SHINGLE_WORDS = 5;

export interface SyndicationFingerprint {
  /** Distinct shingles in the text: how long it is, in the fingerprint's terms. */
  shingles: number;
  /** The minimum of each of SIGNATURE_SIZE hash permutations over the shingles. */
  signature: Uint32Array;
}

/**
 * The permutations: x ↦ ((x ⊕ a) · b) mod 2³², b odd, one (a, b) pair each.
 * Shingle hashes are already well mixed, so this cheap bijection is enough
 * (estimates measured unbiased, see docs/feeds.md) and four times faster than
 * a full mixer. Fixed seeds keep fingerprints comparable across runs.
 */
const XOR = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x2545f491 + Math.imul(i + 1, 0x9e3779b9)));
const MUL = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x6a09e667 ^ Math.imul(i + 1, 0x85ebca6b)) | 1);

export function fingerprint(text: string): SyndicationFingerprint {
  const shingles = shingleHashes(text, SHINGLE_WORDS);
  const signature = new Uint32Array(SIGNATURE_SIZE);
  const n = shingles.length;
  // One permutation at a time over all shingles: the minimum stays in a register.
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const a = XOR[i]!;
    const b = MUL[i]!;
    let min = 0xffffffff;
    for (let j = 0; j < n; j++) {
      const v = Math.imul(shingles[j]! ^ a, b) >>> 0;
      if (v < min) min = v;
    }
    signature[i] = min;
  }
  return { shingles: shingles.length, signature };
}

/** Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]. */
export function estimateJaccard(a: SyndicationFingerprint, b: SyndicationFingerprint): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.signature[i] === b.signature[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Estimated share of the shorter text's shingles that the other text has too, in [0, 1]. */
export function estimateContainment(a: SyndicationFingerprint, b: SyndicationFingerprint, jaccard = estimateJaccard(a, b)): number {
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return Math.min(1, shared / smaller);
}

/** A compact string form for storage: "<shingles>:<base64 signature>". */
export function encodeFingerprint(fp: SyndicationFingerprint): string {
  const bytes = Buffer.alloc(SIGNATURE_SIZE * 4);
  for (let i = 0; i < SIGNATURE_SIZE; i++) bytes.writeUInt32LE(fp.signature[i]!, i * 4);
  return `${fp.shingles}:${bytes.toString('base64')}`;
}

export function decodeFingerprint(encoded: string): SyndicationFingerprint {
  const m = /^(\d+):([A-Za-z0-9+/=]+)$/.exec(encoded);
  if (!m) throw new Error('not a syndication fingerprint');
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length !== SIGNATURE_SIZE * 4) throw new Error('syndication fingerprint of the wrong size');
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) signature[i] = bytes.readUInt32LE(i * 4);
  return { shingles: Number(m[1]), signature };
}
