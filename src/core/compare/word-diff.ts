import type { DiffOp } from '../model/report.js';

/** The words and punctuation marks of a quotation, in order: what a diff aligns. */
export function quoteWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
}
const words = quoteWords;

const key = (w: string) => w.toLowerCase();

/** Word-level diff of two quotations (longest common subsequence), with runs merged. */
export function wordDiff(a: string, b: string): DiffOp[] {
  return diffWords(words(a), words(b), a, b);
}

/** Cells of the table past which two quotations are shown as replaced whole: the cost of a diff stays bounded. */
const MAX_CELLS = 250_000;

/** `wordDiff` of quotations `a` and `b`, already split by `quoteWords` into `x` and `y`. */
export function diffWords(x: readonly string[], y: readonly string[], a: string, b: string): DiffOp[] {
  const n = x.length;
  const m = y.length;
  // Long quotes are rare; cap the table to keep the cost bounded.
  if (n * m > MAX_CELLS) return [{ op: 'removed', text: a }, { op: 'added', text: b }];
  // Words as integer ids, so the table compares numbers, not lower-cased strings.
  const ids = new Map<string, number>();
  const id = (w: string) => ids.get(key(w)) ?? ids.set(key(w), ids.size).get(key(w))!;
  const xi = Int32Array.from(x, id);
  const yi = Int32Array.from(y, id);
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = xi[i] === yi[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], w: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += /^[^\p{L}\p{N}]$/u.test(w) ? w : ` ${w}`;
    else ops.push({ op, text: w });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (xi[i] === yi[j]) {
      push('same', x[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', x[i++]!);
    else push('added', y[j++]!);
  }
  while (i < n) push('removed', x[i++]!);
  while (j < m) push('added', y[j++]!);
  return ops;
}

const LETTER = /\p{L}/u;

/** The lower-cased words of a text (no punctuation or bare numbers), as a set. */
export function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (LETTER.test(w)) out.add(key(w));
  return out;
}

/** Share of words the two texts have in common (Dice over word sets, lower case). */
export function wordOverlap(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}
