import type { ArticleAnalysis, Sentence } from '../model/analysis.js';
import type { Conflict, ConflictValue } from '../model/report.js';
import type { StoryEntity } from './story-entities.js';

export interface Member {
  analysis: ArticleAnalysis;
  sentence: Sentence;
}

function value(m: Member, span: { start: number; end: number; text?: string }, v: string): ConflictValue {
  return {
    article: m.analysis.article.id,
    sentence: m.sentence.index,
    value: v,
    text: span.text ?? m.analysis.article.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}

/**
 * Incompatible values between sentences that state the same fact: a different
 * count of the same thing ("zwei Raketen" / "drei Raketen"), a different date
 * at the same precision, a different city for the same event. Each kind only
 * fires when every side gives exactly one value, so extra detail in one outlet
 * is not mistaken for contradiction.
 */
export function findConflicts(members: readonly Member[], entityOf: (id: string) => StoryEntity | undefined): Conflict[] {
  const out: Conflict[] = [];
  // Numbers by counted noun.
  const units = new Map<string, ConflictValue[][]>();
  for (const m of members) {
    const qs = m.analysis.quantities.filter((q) => q.sentence === m.sentence.index && q.unit);
    const byUnit = new Map<string, ConflictValue[]>();
    for (const q of qs) {
      const list = byUnit.get(q.unit!) ?? [];
      list.push(value(m, q, String(q.value)));
      byUnit.set(q.unit!, list);
    }
    for (const [u, vs] of byUnit) {
      const all = units.get(u) ?? [];
      all.push(vs);
      units.set(u, all);
    }
  }
  for (const [unit, perMember] of units) {
    if (perMember.length < 2 || perMember.some((vs) => vs.length !== 1)) continue;
    const values = perMember.map((vs) => vs[0]!);
    if (new Set(values.map((v) => v.value)).size > 1) {
      const about = members.flatMap((m) => m.analysis.quantities).find((q) => q.unit === unit)?.unitText ?? unit;
      out.push({ kind: 'number', about, values });
    }
  }
  // Dates of the same precision.
  for (const granularity of ['day', 'month', 'year'] as const) {
    const perMember = members
      .map((m) => m.analysis.times.filter((t) => t.sentence === m.sentence.index && t.granularity === granularity).map((t) => value(m, t, t.value)))
      .filter((vs) => vs.length > 0);
    if (perMember.length < 2 || perMember.some((vs) => vs.length !== 1)) continue;
    const values = perMember.map((vs) => vs[0]!);
    // Unresolved relative days ("today") cannot contradict a calendar date.
    if (values.some((v) => v.value.startsWith('today'))) continue;
    if (new Set(values.map((v) => v.value)).size > 1) out.push({ kind: 'date', about: 'date', values });
  }
  // Cities and sites (not countries or regions, which contain each other).
  const perMember = members
    .map((m) => {
      const seen = new Map<string, ConflictValue>();
      const ents = new Map<string, StoryEntity>();
      for (const mention of m.analysis.mentions) {
        if (mention.sentence !== m.sentence.index || mention.metonymy || mention.via === 'adjective') continue;
        const e = entityOf(mention.entity);
        if (!e || e.type !== 'place') continue;
        if (e.members.some((x) => x.keys.some((k) => k.startsWith('country:') || k.startsWith('region:')))) continue;
        if (!seen.has(e.id)) seen.set(e.id, value(m, mention, e.name));
        ents.set(e.id, e);
      }
      return { ids: [...seen.keys()], values: [...seen.values()], ents: [...ents.values()] };
    })
    .filter((x) => x.ids.length > 0);
  // Each side's place must be one the other article never names at all: "in Wostotschny" and
  // "in der Region Amur" are detail, not contradiction, when both articles name both places.
  // Members naming the same place agree with each other; only pairs naming different places are checked.
  const disjoint = perMember.every((x, n) =>
    perMember.every((y, k) => k === n || y.ids[0] === x.ids[0] || !((x.ents[0]?.mentions.get(y.values[0]?.article ?? '') ?? 0) > 0)),
  );
  if (perMember.length >= 2 && perMember.every((x) => x.ids.length === 1) && disjoint) {
    const ids = new Set(perMember.map((x) => x.ids[0]));
    // A place named by only one side is extra detail unless the other names a different one.
    if (ids.size > 1) out.push({ kind: 'place', about: 'place', values: perMember.map((x) => x.values[0]!) });
  }
  return out;
}
