import type { Statement } from '../../model/report.js';
import type { Draft } from './context.js';
import { pushAll } from '../../collections.js';

/**
 * A shared fact that overlaps a conflict about the same articles is one side of that
 * conflict ("zwei Tote" told by two outlets, "drei Tote" by a third): its statements
 * join the conflict, so the story does not show the agreement and the disagreement
 * as two unrelated facts.
 *
 * Each conflict, in order, takes the facts after and before it from the last to the
 * first that share a statement with it (as it has grown so far) and report only its
 * articles. The facts sharing a statement are looked up in an index of statements
 * rather than found by reading every fact for every conflict.
 */
export function absorbIntoConflicts(drafts: Draft[], articleOrder: ReadonlyMap<string, number>): void {
  const keys = new WeakMap<object, string>();
  const key = (s: { article: string; start: number; end: number }) => {
    let k = keys.get(s);
    if (k === undefined) keys.set(s, (k = `${s.article}|${s.start}|${s.end}`));
    return k;
  };
  // Only shared and conflicting facts can be absorbed; by their place in the list (which only shrinks).
  const holding = new Map<string, Set<number>>();
  const hold = (k: string, at: number) => (holding.get(k) ?? holding.set(k, new Set()).get(k)!).add(at);
  drafts.forEach((d, at) => {
    if (d.status === 'shared' || d.status === 'conflict') for (const s of d.statements) hold(key(s), at);
  });
  const removed = new Set<number>();
  for (let n = 0; n < drafts.length; n++) {
    const c = drafts[n]!;
    if (removed.has(n) || c.status !== 'conflict') continue;
    const mine = new Set(c.statements.map(key));
    const articles = new Set(c.articles);
    // Candidates, last first; the scan goes down once, so a statement added on the way only brings in facts further down.
    const queue = new MaxQueue();
    const queued = new Set<number>();
    let cursor = drafts.length;
    const enqueue = (k: string) => {
      for (const at of holding.get(k) ?? []) {
        if (at < cursor && !queued.has(at)) {
          queued.add(at);
          queue.push(at);
        }
      }
    };
    for (const k of mine) enqueue(k);
    for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
      cursor = at;
      const f = drafts[at]!;
      if (at === n || removed.has(at)) continue;
      if (!f.articles.every((a) => articles.has(a))) continue;
      for (const s of f.statements) {
        const k = key(s);
        if (mine.has(k)) continue;
        mine.add(k);
        c.statements.push(s);
        hold(k, n);
        enqueue(k);
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
      removed.add(at);
    }
    c.statements.sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.start - b.start);
  }
  if (removed.size === 0) return;
  const kept = drafts.filter((_, at) => !removed.has(at));
  drafts.length = 0;
  pushAll(drafts, kept);
}

/** A max-heap of numbers. */
class MaxQueue {
  private readonly heap: number[] = [];
  push(x: number): void {
    const h = this.heap;
    h.push(x);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p]! >= h[i]!) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): number | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]! > h[m]!) m = l;
        if (r < h.length && h[r]! > h[m]!) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * A shared fact whose statements all belong to a larger shared or conflicting fact says
 * nothing the larger one does not (three headlines that also sit in the fact with a
 * lead): it is dropped, so one proposition is not listed twice.
 */
export function dropContained(drafts: Draft[]): void {
  const key = (s: Statement) => `${s.article}|${s.start}|${s.end}`;
  const sets = drafts.map((d) => new Set(d.statements.map(key)));
  // The facts holding each statement, in order: a fact containing another holds its first statement.
  const holding = new Map<string, number[]>();
  sets.forEach((set, b) => {
    for (const k of set) (holding.get(k) ?? holding.set(k, []).get(k)!).push(b);
  });
  const drop = new Set<number>();
  for (let a = 0; a < drafts.length; a++) {
    if (drafts[a]!.status !== 'shared') continue;
    const first = sets[a]!.values().next();
    for (const b of first.done ? drafts.keys() : holding.get(first.value)!) {
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
