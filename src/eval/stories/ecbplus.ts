/**
 * ECB+ reader: a folder of topic folders with CAT-XML documents. A gold story
 * is one topic's `*ecb.xml` files or its `*ecbplus.xml` files (two different
 * events of one kind). The `*ecbplus.xml` files start with their source URL as
 * sentence 0, which the `*ecb.xml` files lack: it is dropped, or it would be a
 * give-away. Split: topics 1–25 (the usual train and dev topics) train, 26–45 test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../ingest/errors.js';
import { goldInput, type GoldArticle } from './gold.js';

export const ECB_TRAIN_MAX_TOPIC = 25;

const TOKEN = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;

export function readEcbPlus(dir: string): GoldArticle[] {
  const topics = readdirSync(dir)
    .filter((t) => /^\d+$/.test(t) && statSync(join(dir, t)).isDirectory())
    .sort((a, b) => Number(a) - Number(b));
  if (!topics.length) throw new InputError(dir, `no ECB+ topic folders (expected folders named 1, 2, …)`);
  const out: GoldArticle[] = [];
  for (const topic of topics) {
    const files = readdirSync(join(dir, topic))
      .filter((f) => /ecb(plus)?\.xml$/.test(f))
      .sort();
    for (const file of files) {
      const plus = file.endsWith('ecbplus.xml');
      const sentences = readSentences(readFileSync(join(dir, topic, file), 'utf8'), plus);
      if (!sentences.length) continue;
      out.push({
        input: goldInput(`${topic}/${file}`, { title: sentences[0]!, body: sentences.slice(1).join('\n\n'), language: 'en' }),
        story: `${topic}/${plus ? 'ecbplus' : 'ecb'}`,
        split: Number(topic) <= ECB_TRAIN_MAX_TOPIC ? 'train' : 'test',
      });
    }
  }
  return out;
}

/** Sentences as text, tokens rejoined; sentence 0 (the URL) dropped for ecbplus files. */
export function readSentences(xml: string, dropFirst: boolean): string[] {
  const bySentence = new Map<number, string[]>();
  for (const m of xml.matchAll(TOKEN)) {
    const s = Number(m[1]);
    const list = bySentence.get(s) ?? [];
    list.push(unescapeXml(m[2]!));
    bySentence.set(s, list);
  }
  return [...bySentence.entries()]
    .filter(([s]) => !(dropFirst && s === 0))
    .sort((a, b) => a[0] - b[0])
    .map(([, tokens]) => detokenize(tokens))
    .filter((s) => s.trim().length > 0);
}

export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([.,;:!?%)\]}])/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/ (['’](?:s|re|ve|ll|d|m|t)\b)/gi, '$1')
    .replace(/ (n['’]t)\b/gi, '$1');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
