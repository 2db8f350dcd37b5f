/**
 * Long German articles for the scale benchmark, made at run time from texts we
 * may read but do not commit: the multi-outlet stories and examples in
 * ../shared when present, else our own demo fixtures. Paragraphs are drawn in
 * a seeded order and their figures shifted per round, so a long text is not
 * one paragraph repeated verbatim.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../src/core/random.js';
import { pushAll } from '../src/core/collections.js';
import { root, shared } from './util.js';

/** Plain-text files under a folder (front matter stripped), as paragraphs. */
function paragraphsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pushAll(out, paragraphsUnder(path));
    else if (name.endsWith('.txt') && name !== 'SOURCE.txt') pushAll(out, paragraphsOf(readFileSync(path, 'utf8')));
  }
  return out;
}

function paragraphsOf(text: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 40);
}

let cache: string[] | null = null;

/** The German paragraphs the long texts are made of. */
export function sourceParagraphs(): string[] {
  if (cache) return cache;
  const fromShared = [join(shared, 'data', 'de-multi-outlet'), join(shared, 'examples')].flatMap(paragraphsUnder);
  const demo = join(root, 'fixtures', 'demo');
  const fromDemo = existsSync(demo)
    ? readdirSync(demo).filter((d) => d.startsWith('de-')).flatMap((d) => paragraphsUnder(join(demo, d)))
    : [];
  cache = fromShared.length > 0 ? fromShared : fromDemo;
  if (cache.length === 0) throw new Error('no German texts found for the scale benchmark');
  return cache;
}

/** A German article body of about `bytes` UTF-8 bytes; the same seed gives the same text. */
export function longArticle(bytes: number, seed = 1): string {
  const paragraphs = sourceParagraphs();
  const random = mulberry32(seed);
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    const order = paragraphs.map((p, i) => ({ p, k: random(), i })).sort((a, b) => a.k - b.k || a.i - b.i);
    for (const { p } of order) {
      // Figures differ from round to round, as they would across a long live blog.
      const varied = round === 0 ? p : p.replace(/\d+/g, (d) => String(Number(d) + round));
      parts.push(varied);
      size += Buffer.byteLength(varied) + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n');
}
