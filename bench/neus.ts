import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../src/core/model/article.js';

/**
 * Reads a NeuS/AllSides `.source` file: one event per line, three outlets'
 * texts split by [SEP], each "TITLE=> … ARTICLE=> …". Read for measurement only.
 */
export function readNeus(path: string): ArticleInput[] {
  const out: ArticleInput[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, event) => {
    line.split('[SEP]').forEach((part, side) => {
      const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)/.exec(part);
      if (!m || !m[2]!.trim()) return;
      out.push({
        source: `neus-${event}-${side}`, title: m[1] || null, body: m[2]!.trim(), outlet: `Side ${side + 1}`,
        url: null, author: null, published: null, language: 'en', provenance: {},
      });
    });
  });
  return out;
}
