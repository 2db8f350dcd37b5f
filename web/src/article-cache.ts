/** Article texts fetched once per page session: fact clicks and article views reuse them. */
import { api, type ArticleResponse } from './api.js';

const cache = new Map<string, Promise<ArticleResponse>>();

export function loadArticle(id: string): Promise<ArticleResponse> {
  let p = cache.get(id);
  if (!p) {
    p = api.article(id);
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}
