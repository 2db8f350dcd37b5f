import type { Statement } from '../../model/report.js';
import type { Draft } from './context.js';

/**
 * A shared fact that overlaps a conflict about the same articles is one side of that
 * conflict ("zwei Tote" told by two outlets, "drei Tote" by a third): its statements
 * join the conflict, so the story does not show the agreement and the disagreement
 * as two unrelated facts.
 */
export function absorbIntoConflicts(drafts: Draft[], articleOrder: ReadonlyMap<string, number>): void {
  // Each statement's key is built once: every conflict reads every fact's statements.
  const keys = new WeakMap<object, string>();
  const key = (s: { article: string; start: number; end: number }) => {
    let k = keys.get(s);
    if (k === undefined) keys.set(s, (k = `${s.article}|${s.start}|${s.end}`));
    return k;
  };
  for (let n = 0; n < drafts.length; n++) {
    const c = drafts[n]!;
    if (c.status !== 'conflict') continue;
    const mine = new Set(c.statements.map(key));
    const articles = new Set(c.articles);
    for (let k = drafts.length - 1; k >= 0; k--) {
      const f = drafts[k]!;
      if (k === n || f.status === 'exclusive' || f.status === 'uncertain') continue;
      if (!f.articles.every((a) => articles.has(a)) || !f.statements.some((s) => mine.has(key(s)))) continue;
      for (const s of f.statements) {
        if (mine.has(key(s))) continue;
        mine.add(key(s));
        c.statements.push(s);
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
      drafts.splice(k, 1);
      if (k < n) n--;
    }
    c.statements.sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.start - b.start);
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
