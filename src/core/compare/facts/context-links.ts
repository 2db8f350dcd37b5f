import type { SentenceVector } from '../sentence-features.js';
import { cosine } from '../sentence-features.js';
import type { Link } from './links.js';
import { linkTable } from './context.js';

/**
 * Two units that both point back to what came before them ("Dabei sei niemand
 * verletzt worden" / "Dabei sei ein Mädchen verletzt worden") state what they
 * state about their own previous sentences: the first about rockets from Lebanon,
 * the second about the missiles that got through. Their link stands only when
 * those previous sentences match too (linked, or sharing enough words); otherwise
 * it is weakened to `factor` of itself, below what makes a fact or a conflict.
 * A unit that stands alone is compared as it is; `pointsBack` tells (the
 * sentence opens with an anaphor of its language: "Dabei", "Er", "This").
 */
export function checkContext(
  links: readonly Link[],
  vectors: readonly SentenceVector[],
  pointsBack: (v: SentenceVector) => boolean,
  options: { linked: number; cosine: number; factor: number },
): Link[] {
  const p = linkTable(links, vectors.length);
  // The units of each sentence, to find a unit's previous sentence.
  const bySentence = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const key = `${v.article}|${v.sentence.index}`;
    (bySentence.get(key) ?? bySentence.set(key, []).get(key)!).push(i);
  });
  const before = (i: number) => bySentence.get(`${vectors[i]!.article}|${vectors[i]!.sentence.index - 1}`) ?? [];
  const out: Link[] = [];
  let changed = false;
  for (const l of links) {
    const a = vectors[l.i]!;
    const b = vectors[l.j]!;
    if (!pointsBack(a) || !pointsBack(b)) {
      out.push(l);
      continue;
    }
    let best = 0;
    let close = false;
    for (const x of before(l.i)) for (const y of before(l.j)) {
      best = Math.max(best, p(x, y));
      if (cosine(vectors[x]!, vectors[y]!) >= options.cosine) close = true;
    }
    if (best >= options.linked || close) out.push(l);
    else {
      out.push({ ...l, p: l.p * options.factor });
      changed = true;
    }
  }
  if (changed) out.sort((x, y) => y.p - x.p || x.i - y.i || x.j - y.j);
  return out;
}
