/**
 * Helpers for arrays whose size follows the text. Spreading such an array into a
 * call (`push(...xs)`, `Math.max(...xs)`) puts every element on the stack and
 * throws a RangeError past some hundred thousand elements, so these loop instead.
 */

/** Appends every item of `items` to `target` (no spread: any length). */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The smallest of the values, or `empty` when there are none (Math.min(...xs) gives Infinity). */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let min = Number.POSITIVE_INFINITY;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < min || Number.isNaN(v)) min = v;
    if (Number.isNaN(min)) return min;
  }
  return any ? min : empty;
}

/** The largest of the values, or `empty` when there are none (Math.max(...xs) gives -Infinity). */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let max = Number.NEGATIVE_INFINITY;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > max || Number.isNaN(v)) max = v;
    if (Number.isNaN(max)) return max;
  }
  return any ? max : empty;
}

/**
 * Items grouped by the sentence they stand in, in their order, so that a pass over
 * every sentence reads only its own items instead of scanning all of them (which made
 * such passes quadratic on long articles). Cached per array: the analysis arrays are
 * not changed after analysis; a changed length rebuilds the groups.
 */
export function bySentence<T extends { sentence: number }>(items: readonly T[]): (sentence: number) => readonly T[] {
  let cached = cache.get(items) as { length: number; groups: Map<number, T[]> } | undefined;
  if (!cached || cached.length !== items.length) {
    const groups = new Map<number, T[]>();
    for (const x of items) {
      const list = groups.get(x.sentence);
      if (list) list.push(x);
      else groups.set(x.sentence, [x]);
    }
    cached = { length: items.length, groups };
    cache.set(items, cached);
  }
  const { groups } = cached;
  return (sentence) => groups.get(sentence) ?? NONE;
}

const cache = new WeakMap<object, { length: number; groups: Map<number, unknown[]> }>();
const NONE: readonly never[] = Object.freeze([]);

/**
 * Whether an offset lies inside any of the spans (start inclusive, end exclusive),
 * answered by binary search over the spans sorted by start with the furthest end so
 * far, instead of a scan of every span per offset.
 */
export function spanCover(spans: readonly { start: number; end: number }[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((c) => c.start);
  const reach: number[] = [];
  let far = Number.NEGATIVE_INFINITY;
  for (const c of sorted) reach.push((far = Math.max(far, c.end)));
  return (offset) => {
    const at = lastAtOrBefore(starts, offset);
    return at >= 0 && reach[at]! > offset;
  };
}

/** Index of the last value ≤ x in an ascending array, -1 when none is. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}
