import type { FactContext, Draft } from './context.js';
import { pushAll } from '../../collections.js';

/** Merging two facts needs their new cross-article pairs this probable on average… */
const MEAN = 0.35;
/** …and none of them below this (no pair the links call unrelated). */
const FLOOR = 0.1;

const keyOf = (s: { article: string; start: number }) => `${s.article}:${s.start}`;

/**
 * Shared facts that hold the same statement and whose other statements are linked to
 * each other on average as a fact's should be one fact: the cliques split a fact an
 * outlet states in its headline and its lead, or in one long sentence, into two (a
 * reader saw it twice, with half the outlets each time). Facts are read in order; each
 * joins the first merged fact it shares a statement with and fits, else stands alone.
 * Conflicts stay apart (their sides are decided per fact). Confidence is the lower of
 * the two. Changes `drafts` in place.
 */
export function mergeSharing(drafts: Draft[], ctx: FactContext): void {
  const index = new Map(ctx.vectors.map((v, i) => [keyOf(v), i]));
  const fits = (a: Draft, b: Draft) => {
    const inA = new Set(a.statements.map(keyOf));
    const inB = new Set(b.statements.map(keyOf));
    let sum = 0;
    let n = 0;
    for (const x of a.statements) {
      if (inB.has(keyOf(x))) continue;
      for (const y of b.statements) {
        if (inA.has(keyOf(y)) || x.article === y.article) continue;
        const q = ctx.p(index.get(keyOf(x))!, index.get(keyOf(y))!);
        if (q < FLOOR) return false;
        sum += q;
        n++;
      }
    }
    return n === 0 || sum / n >= MEAN;
  };
  const out: Draft[] = [];
  // Statement → the merged facts that hold it.
  const holding = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.status !== 'shared') {
      out.push(d);
      continue;
    }
    const candidates = [...new Set(d.statements.flatMap((s) => holding.get(keyOf(s)) ?? []))];
    const into = candidates.find((m) => fits(m, d));
    const target = into ?? d;
    if (into) {
      const inTarget = new Set(into.statements.map(keyOf));
      for (const s of d.statements) if (!inTarget.has(keyOf(s))) into.statements.push(s);
      into.articles = [...new Set([...into.articles, ...d.articles])];
      into.outlets = [...new Set([...into.outlets, ...d.outlets])];
      into.confidence = Math.min(into.confidence, d.confidence);
      into.order = Math.min(into.order, d.order);
      // Near matches once each, none that is a statement now.
      const seen = new Set(into.statements.map(keyOf));
      const near: Draft['possiblyAlso'] = [];
      for (const m of [...into.possiblyAlso, ...d.possiblyAlso]) {
        if (seen.has(keyOf(m))) continue;
        seen.add(keyOf(m));
        near.push(m);
      }
      into.possiblyAlso = near;
    } else out.push(d);
    for (const s of target.statements) {
      const list = holding.get(keyOf(s)) ?? [];
      if (!list.includes(target)) list.push(target);
      holding.set(keyOf(s), list);
    }
  }
  drafts.length = 0;
  pushAll(drafts, out);
}
