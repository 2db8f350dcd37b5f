import type { ArticleAnalysis, Span } from '../model/analysis.js';
import type { StoryEntity } from './story-entities.js';

/** A role word without inflection or hyphenated prefix: "Präsidenten" → "präsident", "US-Präsident" → "präsident". */
function roleKey(word: string): string {
  const w = word.toLowerCase().split('-').pop() ?? '';
  return w.replace(/(?:en|n|s|e)$/u, '');
}

/** The country a mention just before `offset` names, as a story entity id ("russischen", "Nordkoreas"). */
function countryBefore(a: ArticleAnalysis, offset: number, entityOf: (id: string) => StoryEntity | undefined, within: Span | null): string | null {
  const m = [...a.mentions]
    .reverse()
    .find((x) => x.end <= offset && (within ? x.start >= within.start : offset - x.end <= 2));
  const e = m ? entityOf(m.entity) : undefined;
  return e && e.members.some((x) => x.keys.some((k) => k.startsWith('country:'))) ? e.id : null;
}

/**
 * Links speakers named only by a role ("der russische Präsident", "Nordkoreas
 * Staatschef") to the one person of the story whom some outlet gives that role,
 * with the same country when the phrase names one ("dem russischen Präsidenten
 * Putin", "den nordkoreanischen Staatschef Kim Jong Un"). Left unlinked when
 * no person or more than one fits.
 */
export function roleResolver(analyses: readonly ArticleAnalysis[], entityOf: (id: string) => StoryEntity | undefined) {
  const holders = new Map<string, Set<string>>();
  const note = (key: string, id: string) => {
    const set = holders.get(key) ?? new Set<string>();
    set.add(id);
    holders.set(key, set);
  };
  for (const a of analyses) {
    for (const l of a.labels) {
      const e = entityOf(l.entity);
      if (!e || e.type !== 'person') continue;
      const role = roleKey(l.label);
      note(`${role}|`, e.id);
      const country = countryBefore(a, l.start, entityOf, null);
      if (country) note(`${role}|${country}`, e.id);
    }
  }
  return (a: ArticleAnalysis, name: string | null, span: Span | null): StoryEntity | null => {
    if (!name || !span) return null;
    const words = name.split(/\s+/);
    const role = roleKey(words[words.length - 1] ?? '');
    if (!role) return null;
    const roleStart = span.end - (words[words.length - 1]?.length ?? 0);
    const country = countryBefore(a, roleStart, entityOf, span);
    const fits = holders.get(country ? `${role}|${country}` : `${role}|`);
    if (!fits || fits.size !== 1) return null;
    const id = [...fits][0]!;
    for (const m of a.entities) {
      const e = entityOf(m.id);
      if (e?.id === id) return e;
    }
    // The person may be named only in another article of the story.
    return analyses.flatMap((x) => x.entities).map((m) => entityOf(m.id)).find((e) => e?.id === id) ?? null;
  };
}
