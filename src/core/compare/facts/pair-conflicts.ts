import type { Conflict } from '../../model/report.js';
import { findConflicts } from '../conflicts.js';
import type { FactGroup } from './group.js';
import { round, type Draft, type FactContext } from './context.js';
import { bySentence, minOf } from '../../collections.js';
import type { SentenceVector } from '../sentence-features.js';

/**
 * Conflicts of figures and clock times between sentences that are not in one fact
 * together: likely-linked ones, and — held to like with like (see `ConflictOptions`) —
 * any two of the story that count the same noun or give a clock time, since outlets
 * often tell one figure in sentences that share little else. Pairs sharing a sentence
 * and a counted thing form one fact.
 */
export function pairConflicts(ctx: FactContext, groups: readonly FactGroup[]): Draft[] {
  const { vectors, byArticle, input, links, options, statement, position } = ctx;
  const together = new Set<string>();
  for (const g of groups) for (const a of g.members) for (const b of g.members) if (a < b) together.add(`${a}|${b}`);
  const found: { i: number; j: number; p: number; conflicts: Conflict[] }[] = [];
  const check = (i: number, j: number, strict: boolean) =>
    findConflicts(
      [vectors[i]!, vectors[j]!].map((v) => ({ analysis: byArticle.get(v.article)!, sentence: v.sentence, span: v })),
      input.entityOf,
      input.conflictLexicon,
      { strict, specific },
    ).filter((c) => c.kind === 'number' || c.kind === 'time' || c.kind === 'actor');
  const specific = specificWords(vectors);
  const checked = new Set<string>();
  for (const l of links) {
    if (l.p < options.possible) break;
    const [i, j] = l.i < l.j ? [l.i, l.j] : [l.j, l.i];
    checked.add(`${i}|${j}`);
    if (together.has(`${i}|${j}`)) continue;
    const conflicts = check(i, j, false);
    if (conflicts.length > 0) found.push({ i, j, p: l.p, conflicts });
  }
  for (const [i, j] of likePairs(ctx)) {
    const key = `${i}|${j}`;
    if (checked.has(key) || together.has(key)) continue;
    const conflicts = check(i, j, true);
    if (conflicts.length > 0) found.push({ i, j, p: ctx.p(i, j), conflicts });
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

/**
 * Pairs of units of different articles (i < j) that count the same noun (by stem or
 * concept) or both give a clock time: the only pairs the story-wide search compares.
 * Found through an index of those keys, so sentences without figures cost nothing.
 */
function likePairs(ctx: FactContext): [number, number][] {
  const { vectors, byArticle, input } = ctx;
  const byKey = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const a = byArticle.get(v.article)!;
    if (v.sentence.boilerplate) return;
    const keys = new Set<string>();
    const inUnit = (x: { sentence: number; start: number; end: number }) => x.sentence === v.sentence.index && x.start >= v.start && x.end <= v.end;
    for (const q of bySentence(a.quantities)(v.sentence.index)) {
      if (!inUnit(q) || !q.unit) continue;
      keys.add(`u:${q.unit}`);
      for (const c of input.conflictLexicon?.unitConcepts(a, q) ?? []) keys.add(`c:${c}`);
    }
    for (const t of bySentence(a.times)(v.sentence.index)) if (inUnit(t) && t.granularity === 'time') keys.add('time');
    for (const k of keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
  });
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const units of byKey.values())
    for (let x = 0; x < units.length; x++)
      for (let y = x + 1; y < units.length; y++) {
        const [i, j] = [units[x]!, units[y]!];
        if (vectors[i]!.article === vectors[j]!.article || input.wireRoot(vectors[i]!.article) === input.wireRoot(vectors[j]!.article)) continue;
        const key = `${i}|${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([i, j]);
      }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out;
}

/** Share of the story's units a word may occur in and still tell what happened rather than what the story is about. */
const SPECIFIC_SHARE = 0.1;

/** Words few units of the story use (at most a tenth of them, or only two): its topic words tell no two events apart. */
function specificWords(vectors: readonly SentenceVector[]): (stem: string) => boolean {
  const df = new Map<string, number>();
  for (const v of vectors) for (const k of v.contentKeys) if (k.startsWith('w:')) df.set(k, (df.get(k) ?? 0) + 1);
  const most = Math.max(2, SPECIFIC_SHARE * vectors.length);
  return (stem) => (df.get(`w:${stem}`) ?? 0) <= most;
}
