import type { Conflict } from '../../model/report.js';
import { findConflicts } from '../conflicts.js';
import type { FactGroup } from './group.js';
import { round, type Draft, type FactContext } from './context.js';
import { minOf } from '../../collections.js';

/**
 * Conflicts of figures and clock times between likely-linked sentences that are not
 * in one fact together; pairs sharing a sentence and a counted thing form one fact.
 */
export function pairConflicts(ctx: FactContext, groups: readonly FactGroup[]): Draft[] {
  const { vectors, byArticle, input, links, options, statement, position } = ctx;
  const together = new Set<string>();
  for (const g of groups) for (const a of g.members) for (const b of g.members) if (a < b) together.add(`${a}|${b}`);
  const found: { i: number; j: number; p: number; conflicts: Conflict[] }[] = [];
  for (const l of links) {
    if (l.p < options.possible) break;
    const [i, j] = l.i < l.j ? [l.i, l.j] : [l.j, l.i];
    if (together.has(`${i}|${j}`)) continue;
    const conflicts = findConflicts(
      [vectors[i]!, vectors[j]!].map((v) => ({ analysis: byArticle.get(v.article)!, sentence: v.sentence, span: v })),
      input.entityOf,
      input.conflictLexicon,
    ).filter((c) => c.kind === 'number' || c.kind === 'time');
    if (conflicts.length > 0) found.push({ i, j, p: l.p, conflicts });
  }
  // One fact per counted thing and connected sentences.
  const connected = pairComponents(found);
  const drafts: Draft[] = [];
  const done = new Set<number>();
  for (let n = 0; n < found.length; n++) {
    if (done.has(n)) continue;
    const about = found[n]!.conflicts[0]!.about;
    const members = new Set([found[n]!.i, found[n]!.j]);
    const parts = [found[n]!];
    done.add(n);
    // Passes over the pairs that can join (same thing, one sentence in common, found by the index), as passes over all pairs would take them.
    const reachable = connected(n);
    for (let grew = true; grew; ) {
      grew = false;
      for (const k of reachable) {
        const f = found[k]!;
        if (done.has(k) || f.conflicts[0]!.about !== about || !(members.has(f.i) || members.has(f.j))) continue;
        members.add(f.i);
        members.add(f.j);
        parts.push(f);
        done.add(k);
        grew = true;
      }
    }
    const vs = [...members].sort((a, b) => a - b).map((x) => vectors[x]!);
    const values = new Map<string, Conflict['values'][number]>();
    for (const part of parts) for (const v of part.conflicts[0]!.values) values.set(`${v.article}|${v.start}`, v);
    const first = parts[0]!.conflicts[0]!;
    const weakest = minOf(parts.map((x) => x.p));
    drafts.push({
      status: 'conflict',
      articles: [...new Set(vs.map((v) => v.article))],
      outlets: [...new Set(vs.map((v) => byArticle.get(v.article)!.article.outlet))],
      statements: vs.map(statement),
      conflicts: [{ kind: first.kind, about, values: [...values.values()], update: parts.every((x) => x.conflicts[0]!.update) }],
      confidence: round(parts.reduce((sum, x) => sum + x.p, 0) / parts.length),
      firm: weakest >= options.firm,
      possiblyAlso: [],
      order: minOf(vs.map(position)),
    });
  }
  return drafts;
}

/**
 * For a pair, every pair (by position, ascending) linked to it through sentences in
 * common and the same counted thing: the only pairs a fact grown from it can take.
 */
function pairComponents(found: readonly { i: number; j: number; conflicts: readonly Conflict[] }[]): (n: number) => number[] {
  const bySentence = new Map<string, number[]>();
  found.forEach((f, k) => {
    const about = f.conflicts[0]!.about;
    for (const x of [f.i, f.j]) (bySentence.get(`${about}|${x}`) ?? bySentence.set(`${about}|${x}`, []).get(`${about}|${x}`)!).push(k);
  });
  return (n) => {
    const about = found[n]!.conflicts[0]!.about;
    const seen = new Set<number>([n]);
    const queue = [n];
    while (queue.length > 0) {
      const f = found[queue.pop()!]!;
      for (const x of [f.i, f.j])
        for (const k of bySentence.get(`${about}|${x}`) ?? []) {
          if (seen.has(k)) continue;
          seen.add(k);
          queue.push(k);
        }
    }
    return [...seen].sort((a, b) => a - b);
  };
}
