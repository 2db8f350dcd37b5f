import type { ArticleAnalysis, EntityMention, Span } from '../model/analysis.js';
import { lastAtOrBefore, maxOf } from '../collections.js';
import type { StoryEntity } from './story-entities.js';

/** A role word without inflection or hyphenated prefix: "Präsidenten" → "präsident", "US-Präsident" → "präsident". */
function roleKey(word: string): string {
  const w = word.toLowerCase().split('-').pop() ?? '';
  return w.replace(/(?:en|n|s|e)$/u, '');
}

/** The country a mention just before `offset` names, as a story entity id ("russischen", "Nordkoreas"). */
function countryBefore(a: ArticleAnalysis, offset: number, entityOf: (id: string) => StoryEntity | undefined, within: Span | null): string | null {
  const m = lastMentionBefore(a.mentions, offset, within);
  const e = m ? entityOf(m.entity) : undefined;
  return e && e.members.some((x) => x.keys.some((k) => k.startsWith('country:'))) ? e.id : null;
}

/** Mentions in text order, with the longest mention: enough to stop a backward search early. */
const byStart = new WeakMap<readonly EntityMention[], { starts: number[]; longest: number } | null>();

/**
 * The last mention (in list order) ending at or before `offset` and starting inside
 * `within`, or ending at most two characters before `offset` when no span is given.
 * Mentions are in text order, so the search starts at the last one that starts before
 * the offset and stops once none further back can qualify, instead of walking the
 * whole list backwards for every role phrase.
 */
function lastMentionBefore(mentions: readonly EntityMention[], offset: number, within: Span | null): EntityMention | undefined {
  if (!byStart.has(mentions)) {
    const sorted = mentions.every((m, k) => k === 0 || mentions[k - 1]!.start <= m.start);
    byStart.set(mentions, sorted ? { starts: mentions.map((m) => m.start), longest: maxOf(mentions.map((m) => m.end - m.start), 0) } : null);
  }
  const index = byStart.get(mentions);
  const fits = (x: EntityMention) => x.end <= offset && (within ? x.start >= within.start : offset - x.end <= 2);
  if (!index) {
    for (let k = mentions.length - 1; k >= 0; k--) if (fits(mentions[k]!)) return mentions[k];
    return undefined;
  }
  // A mention ending at or before the offset starts before it (or at it, when empty).
  const stop = within ? within.start : offset - 2 - index.longest;
  for (let k = lastAtOrBefore(index.starts, offset); k >= 0 && mentions[k]!.start >= stop; k--) if (fits(mentions[k]!)) return mentions[k];
  return undefined;
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
  // Story entities by id, from the articles' entities, built on the first role speaker: one look-up per speaker, not a scan.
  let byId: Map<string, StoryEntity> | null = null;
  const storyEntity = () => {
    if (byId) return byId;
    byId = new Map();
    for (const x of analyses)
      for (const m of x.entities) {
        const e = entityOf(m.id);
        if (e && !byId.has(e.id)) byId.set(e.id, e);
      }
    return byId;
  };
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
    // The person may be named only in another article of the story.
    return storyEntity().get(id) ?? null;
  };
}
