import { createHash } from 'node:crypto';
import type { ArticleAnalysis, ArticleEntity, EntityType } from '../model/analysis.js';

/** One entity across the articles of a story. */
export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  institution: boolean;
  /** Article id → number of mentions. */
  mentions: Map<string, number>;
  /** The article-level entities it unites. */
  members: ArticleEntity[];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

/**
 * Resolves entities across articles: the same gazetteer id or the same folded
 * full name is one entity ("Wladimir Putin" / "Vladimir Putin", "Moskau" /
 * "Moscow"); a one-word name ("Putin") joins the single multi-word person of
 * the story whose first or last name it is, and stays apart when two fit.
 */
export function resolveStoryEntities(analyses: readonly ArticleAnalysis[]): { entities: StoryEntity[]; byArticleEntity: Map<string, StoryEntity> } {
  const uf = new UnionFind();
  const all: ArticleEntity[] = analyses.flatMap((a) => a.entities);
  const byKey = new Map<string, string>();
  for (const e of all) {
    for (const key of e.keys) {
      if (key.startsWith('part:')) continue;
      const other = byKey.get(key);
      if (other) uf.union(other, e.id);
      else byKey.set(key, e.id);
    }
  }
  // One-word names → the unique multi-word person they are part of.
  const partOwners = new Map<string, Set<string>>();
  for (const e of all) {
    for (const key of e.keys) {
      if (!key.startsWith('part:')) continue;
      const set = partOwners.get(key.slice(5)) ?? new Set();
      set.add(uf.find(e.id));
      partOwners.set(key.slice(5), set);
    }
  }
  for (const e of all) {
    const nameKey = e.keys.find((k) => k.startsWith('name:'));
    if (!nameKey || nameKey.includes(' ') || e.keys.some((k) => k.startsWith('part:'))) continue;
    if (e.type !== 'person' && e.type !== 'other') continue;
    const owners = partOwners.get(nameKey.slice(5));
    if (owners && owners.size === 1) uf.union([...owners][0]!, e.id);
  }

  const groups = new Map<string, ArticleEntity[]>();
  for (const e of all) {
    const root = uf.find(e.id);
    const list = groups.get(root) ?? [];
    list.push(e);
    groups.set(root, list);
  }
  const entities: StoryEntity[] = [];
  const byArticleEntity = new Map<string, StoryEntity>();
  for (const members of groups.values()) {
    const articleOf = (e: ArticleEntity) => e.id.slice(0, e.id.indexOf(':'));
    const mentions = new Map<string, number>();
    for (const m of members) mentions.set(articleOf(m), (mentions.get(articleOf(m)) ?? 0) + m.mentions);
    const names = members.flatMap((m) => [m.name, ...m.aliases]);
    const name = pickName(members);
    const typeVotes = new Map<EntityType, number>();
    for (const m of members) if (m.type !== 'other') typeVotes.set(m.type, (typeVotes.get(m.type) ?? 0) + m.mentions);
    const type = [...typeVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
    const stableKey = members.flatMap((m) => m.keys).filter((k) => !k.startsWith('part:')).sort()[0] ?? name;
    const entity: StoryEntity = {
      id: `ent-${createHash('sha256').update(stableKey).digest('hex').slice(0, 10)}`,
      name,
      type,
      aliases: [...new Set(names)].filter((n) => n !== name).sort(),
      institution: members.some((m) => m.institution),
      mentions,
      members,
    };
    entities.push(entity);
    for (const m of members) byArticleEntity.set(m.id, entity);
  }
  entities.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
  return { entities, byArticleEntity };
}

function total(e: StoryEntity): number {
  let n = 0;
  for (const v of e.mentions.values()) n += v;
  return n;
}

/** The fullest name: most words, then most mentions. */
function pickName(members: ArticleEntity[]): string {
  return [...members].sort(
    (a, b) => b.name.split(' ').length - a.name.split(' ').length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  )[0]!.name;
}
