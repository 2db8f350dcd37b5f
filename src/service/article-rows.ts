/**
 * The searchable rows an analysis contributes to the store: each entity under
 * every key it can be found by, and each label under its entity's main key.
 */
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { ArticleEntityRow, ArticleLabelRow } from '../store/records.js';
import { encodeFingerprint, fingerprint, type SyndicationFingerprint } from '../core/syndication/index.js';

/** The syndication fingerprint of an article's body (the headline is left out: outlets rewrite it). */
export function fingerprintOf(analysis: ArticleAnalysis): { fp: SyndicationFingerprint; encoded: string } {
  const fp = fingerprint(analysis.article.text.slice(analysis.article.bodyStart));
  return { fp, encoded: encodeFingerprint(fp) };
}

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

/**
 * The keys under which an entity page finds an entity: its own key plus, for a
 * full personal name, the surname-only form other articles use ("Putin").
 */
export function entityLookupKeys(key: string): string[] {
  const keys = [key];
  const m = /^name:(.+)$/.exec(key);
  if (m) {
    const parts = m[1]!.split(' ');
    if (parts.length > 1) keys.push(`name:${parts[parts.length - 1]}`);
    else keys.push(`part:${parts[0]}`);
  }
  return keys;
}
