/**
 * The searchable rows an analysis contributes to the store: each entity under
 * every key it can be found by, and each label under its entity's main key.
 * They live with the store (not the service) so a backend and the contract
 * suite need nothing from src/service/.
 */
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { ArticleEntityRow, ArticleLabelRow } from './records.js';

export function entityRows(analysis: ArticleAnalysis): ArticleEntityRow[] {
  const rows = new Map<string, ArticleEntityRow>();
  for (const e of analysis.entities) {
    e.keys.forEach((key, i) => {
      const existing = rows.get(key);
      // An article may name two entities sharing a part key ("part:kim"); keep the main-key row.
      if (existing && (existing.primary || i > 0)) {
        if (existing.key === key && i === 0) existing.mentions += e.mentions;
        return;
      }
      rows.set(key, { key, name: e.name, type: e.type, mentions: e.mentions, primary: i === 0 });
    });
  }
  return [...rows.values()];
}

export function labelRows(analysis: ArticleAnalysis): ArticleLabelRow[] {
  const mainKey = new Map(analysis.entities.map((e) => [e.id, e.keys[0]]));
  const rows: ArticleLabelRow[] = [];
  for (const l of analysis.labels) {
    const key = mainKey.get(l.entity);
    if (key) rows.push({ entityKey: key, label: l.label });
  }
  return rows;
}
