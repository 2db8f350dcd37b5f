import type { ArticleInput } from '../../core/model/article.js';

/** One article of an evaluation set with the gold story it belongs to. */
export interface GoldArticle {
  input: ArticleInput;
  story: string;
  /** Which part of the set it is in: tuning/training or held-out reporting. */
  split: 'train' | 'test';
}

export function goldInput(source: string, fields: Partial<ArticleInput> & { body: string }): ArticleInput {
  return { source, title: null, outlet: null, url: null, author: null, published: null, language: null, provenance: {}, ...fields };
}
