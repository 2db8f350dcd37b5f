/**
 * What the service derives from an analysis for the store: the syndication
 * fingerprint and an entity page's lookup keys; the entity and label rows are
 * the store's own (src/store/article-rows.ts).
 */
import type { ArticleAnalysis } from '../core/model/analysis.js';
// Entity and label rows belong to the store (its contract suite uses them); re-exported for the service.
export { entityRows, labelRows } from '../store/article-rows.js';
import { encodeFingerprint, fingerprint, type SyndicationFingerprint } from '../core/syndication/index.js';

/** The syndication fingerprint of an article's body (the headline is left out: outlets rewrite it). */
export function fingerprintOf(analysis: ArticleAnalysis): { fp: SyndicationFingerprint; encoded: string } {
  const fp = fingerprint(analysis.article.text.slice(analysis.article.bodyStart));
  return { fp, encoded: encodeFingerprint(fp) };
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
