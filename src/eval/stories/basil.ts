/**
 * BASIL reader: `articles/<year>/<triplet>_<n>.json`; a gold story is a
 * `triplet-uuid` (one event told by Fox News, the New York Times and
 * HuffPost). Ordered by publication date, then file name. The set has no
 * licence, so it is only ever evaluated on: every article is "test".
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../ingest/errors.js';
import { goldInput, type GoldArticle } from './gold.js';

interface BasilArticle {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  'triplet-uuid'?: string;
  'body-paragraphs'?: string[][];
}

export function readBasil(dir: string): GoldArticle[] {
  const root = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  const files: string[] = [];
  for (const year of readdirSync(root).sort()) {
    const p = join(root, year);
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) if (f.endsWith('.json')) files.push(join(p, f));
  }
  if (!files.length) throw new InputError(dir, `no BASIL article files (expected articles/<year>/*.json)`);
  const out: (GoldArticle & { date: string; file: string })[] = [];
  for (const file of files) {
    let a: BasilArticle;
    try {
      a = JSON.parse(readFileSync(file, 'utf8')) as BasilArticle;
    } catch {
      throw new InputError(file, `not valid JSON`);
    }
    if (!a['triplet-uuid']) throw new InputError(file, `no triplet-uuid`);
    const body = (a['body-paragraphs'] ?? []).map((p) => p.join(' ')).join('\n\n');
    out.push({
      input: goldInput(file, { title: a.title ?? null, body, outlet: a.source ?? null, published: a.date ?? null, url: a.url ?? null, language: 'en' }),
      story: a['triplet-uuid'],
      split: 'test',
      date: a.date ?? '',
      file,
    });
  }
  out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  return out.map(({ input, story, split }) => ({ input, story, split }));
}
