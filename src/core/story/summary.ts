/**
 * What a story shows in lists: a title, its key entities, time span, outlets,
 * languages and size, computed from its member articles. Pure, so every store
 * and clusterer gets the same summary for the same members.
 */
import type { EntityType } from '../model/analysis.js';

export interface StoryMember {
  id: string;
  title: string | null;
  outlet: string;
  language: string;
  published: string | null;
  /** Main entity keys named in the article, with display name and type. */
  entities: { key: string; name: string; type: EntityType }[];
}

export interface StoryDigest {
  title: string;
  firstPublished: string | null;
  lastPublished: string | null;
  size: number;
  outlets: string[];
  languages: string[];
  keyEntities: { key: string; name: string; type: EntityType; articles: number }[];
}

const KEY_ENTITIES = 8;

function words(title: string): Set<string> {
  return new Set((title.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []));
}

/**
 * The most representative headline: the one sharing the most words with the
 * other headlines (ties: the earliest member). A lone or untitled story falls
 * back to its first titled article, then to its most named entities.
 */
export function representativeTitle(members: readonly StoryMember[]): string | null {
  const titled = members.filter((m) => m.title && m.title.trim());
  if (titled.length === 0) return null;
  const bags = titled.map((m) => words(m.title!));
  let best = 0;
  let bestScore = -1;
  bags.forEach((bag, i) => {
    let score = 0;
    bags.forEach((other, j) => {
      if (i === j || bag.size === 0) return;
      let shared = 0;
      for (const w of bag) if (other.has(w)) shared++;
      score += shared / Math.sqrt(bag.size * Math.max(1, other.size));
    });
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return titled[best]!.title!.trim();
}

export function digestStory(members: readonly StoryMember[]): StoryDigest {
  const dates = members.map((m) => m.published).filter((d): d is string => !!d).sort();
  const counts = new Map<string, { key: string; name: string; type: EntityType; articles: number; names: Map<string, number> }>();
  for (const m of members) {
    const seen = new Set<string>();
    for (const e of m.entities) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      const c = counts.get(e.key) ?? { key: e.key, name: e.name, type: e.type, articles: 0, names: new Map() };
      c.articles++;
      c.names.set(e.name, (c.names.get(e.name) ?? 0) + 1);
      counts.set(e.key, c);
    }
  }
  const keyEntities = [...counts.values()]
    .sort((a, b) => b.articles - a.articles || a.key.localeCompare(b.key))
    .slice(0, KEY_ENTITIES)
    .map((c) => {
      // The name most articles use, so a German-majority story shows "Nordkorea".
      const name = [...c.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return { key: c.key, name, type: c.type, articles: c.articles };
    });
  const title = representativeTitle(members) ?? (keyEntities.slice(0, 3).map((e) => e.name).join(', ') || 'Untitled story');
  return {
    title,
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
    size: members.length,
    outlets: [...new Set(members.map((m) => m.outlet))].sort(),
    languages: [...new Set(members.map((m) => m.language))].sort(),
    keyEntities,
  };
}
