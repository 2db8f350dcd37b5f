/**
 * JSONL reader: `{"id","title","text","published","language","story"}` per
 * line (also "outlet"). Replayed by publication time; articles without one
 * keep their file position relative to each other, after the dated ones.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../ingest/errors.js';
import { goldInput, type GoldArticle } from './gold.js';

interface Line {
  id?: unknown;
  title?: unknown;
  text?: unknown;
  published?: unknown;
  language?: unknown;
  outlet?: unknown;
  story?: unknown;
  split?: unknown;
}

const str = (x: unknown) => (typeof x === 'string' && x.trim() ? x : null);

export function readStoriesJsonl(file: string): GoldArticle[] {
  const rows: { gold: GoldArticle; time: number; n: number }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let o: Line;
      try {
        o = JSON.parse(line) as Line;
      } catch {
        throw new InputError(`${file}:${i + 1}`, `not valid JSON`);
      }
      const text = str(o.text);
      const story = typeof o.story === 'number' ? String(o.story) : str(o.story);
      if (!text || !story) throw new InputError(`${file}:${i + 1}`, `needs "text" and "story"`);
      const published = str(o.published);
      const time = published ? Date.parse(published) : NaN;
      rows.push({
        gold: {
          input: goldInput(str(o.id) ?? `${file}:${i + 1}`, {
            title: str(o.title),
            body: text,
            published,
            language: str(o.language),
            outlet: str(o.outlet),
          }),
          story,
          split: o.split === 'train' ? 'train' : 'test',
        },
        time: Number.isFinite(time) ? time : Infinity,
        n: i,
      });
    });
  if (!rows.length) throw new InputError(file, `no articles`);
  rows.sort((a, b) => a.time - b.time || a.n - b.n);
  return rows.map((r) => r.gold);
}
