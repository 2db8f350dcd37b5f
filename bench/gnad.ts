import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../src/core/model/article.js';

/**
 * Reads 10kGNAD's CSV (`label;text`, quote character `'`, doubled to escape).
 * The data is CC BY-NC-SA: we read it for measurement only and never copy it.
 */
export function readGnad(path: string): ArticleInput[] {
  const raw = readFileSync(path, 'utf8');
  const out: ArticleInput[] = [];
  let i = 0;
  while (i < raw.length) {
    const semi = raw.indexOf(';', i);
    if (semi < 0) break;
    const label = raw.slice(i, semi).trim();
    let j = semi + 1;
    let text = '';
    if (raw[j] === "'") {
      j++;
      for (;;) {
        const q = raw.indexOf("'", j);
        if (q < 0) {
          text += raw.slice(j);
          j = raw.length;
          break;
        }
        if (raw[q + 1] === "'") {
          text += raw.slice(j, q + 1);
          j = q + 2;
        } else {
          text += raw.slice(j, q);
          j = q + 1;
          break;
        }
      }
    } else {
      const nl = raw.indexOf('\n', j);
      text = raw.slice(j, nl < 0 ? raw.length : nl);
      j = nl < 0 ? raw.length : nl;
    }
    while (j < raw.length && raw[j] !== '\n') j++;
    i = j + 1;
    out.push({
      source: `10kgnad#${out.length + 1}`,
      title: null,
      body: text,
      outlet: `derStandard (${label})`,
      url: null,
      author: null,
      published: null,
      language: 'de',
      provenance: { outlet: 'argument', language: 'argument' },
    });
  }
  return out;
}
