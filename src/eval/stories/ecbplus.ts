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
      const t = titleIndex(sentences);
      out.push({
        input: goldInput(`${topic}/${file}`, { title: sentences[t]!, body: sentences.filter((_, i) => i !== t).join('\n\n'), language: 'en' }),
        story: `${topic}/${plus ? 'ecbplus' : 'ecb'}`,
        split: Number(topic) <= ECB_TRAIN_MAX_TOPIC ? 'train' : 'test',
      });
    }
  }
  return out;
}

const DATELINE_WORDS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|gmt|est|edt|pst|pdt|bst|ist|utc|st|nd|rd|th|at|on|posted|updated|last|article|published)$/i;

/** A line like "Friday, June 7, 2013" or "Updated: 9: 53 AM": a dateline, not a headline. */
export function isDateline(sentence: string): boolean {
  const words = sentence.match(/\p{L}+/gu) ?? [];
  return /\d/.test(sentence) && words.every((w) => DATELINE_WORDS.test(w));
}

/** The headline: the first sentence, or the next one when the first is a dateline (the dateline stays in the body). */
export function titleIndex(sentences: readonly string[]): number {
  return sentences.length > 1 && isDateline(sentences[0]!) ? 1 : 0;
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
