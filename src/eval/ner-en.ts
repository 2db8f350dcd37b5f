/**
 * English entity recognition measured on MEANTIME (backs `parallax eval ner-en`).
 *
 * MEANTIME (Minard et al., LREC 2016; CC BY 4.0) marks entity mentions in 120
 * English Wikinews articles, names and common nouns alike ("Northrop Grumman",
 * "the company"), typed PER, LOC, ORG, PRO (products), FIN (money). It is not a
 * named-entity corpus, so the figures here are approximate, and say so:
 *
 * - recall: the gold mentions of people, places and organisations whose head
 *   is a proper noun, found when a predicted mention covers the last
 *   capitalised token of the gold span (the name's head: "EADS chief executive
 *   Louis Gallois" → "Gallois"); "typed" when the type agrees too.
 * - precision: predicted mentions (country adjectives left out) that overlap
 *   any gold entity mention. A lower bound: a name the annotators left unmarked
 *   counts as wrong.
 *
 * - headlines in title case: MEANTIME's first sentence is the Wikinews headline,
 *   in sentence case. Set in title case ("Apple Unveils New Intel-Based Mac") and
 *   given as the headline, it shows what news sites' title-case headlines do to
 *   recognition: a "fragment" is a mention found in the headline that overlaps
 *   no gold entity mention there ("Unveils New"), and the headline's gold names
 *   are scored typed as above.
 *
 * Only articles with at least one gold entity mention are read. Sentences are
 * laid out one per paragraph, tokens joined by spaces, with punctuation
 * attached to the word before, so offsets map back to tokens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleInput } from '../core/model/article.js';
import type { EntityType } from '../core/model/analysis.js';
import { analyzeInputs } from '../pipeline.js';
import { maxOf, minOf } from '../core/collections.js';

interface GoldEntityMention {
  conll_doc_key: string;
  sent_id: number;
  tokens_number: number[];
  mention_type: string;
  mention_head_pos: string;
}

interface Doc {
  key: string;
  text: string;
  /** Per sentence, per token: [start, end) in `text`. */
  offsets: [number, number][][];
  tokens: string[][];
}

const ATTACH_LEFT = /^(?:[.,;:!?)\]%]|'s|'|n't|''|'re|'ve|'ll|'d|'m)$/;
const ATTACH_RIGHT = /^(?:[([$]|``)$/;

function readDocs(conll: string): Map<string, Doc> {
  const sentences = new Map<string, string[][]>();
  for (const line of conll.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 4 || line.startsWith('#')) continue;
    const [key, sent, tok, token] = cols as [string, string, string, string];
    let doc = sentences.get(key);
    if (!doc) sentences.set(key, (doc = []));
    (doc[Number(sent)] ??= [])[Number(tok)] = token;
  }
  const docs = new Map<string, Doc>();
  for (const [key, sents] of sentences) {
    let text = '';
    const offsets: [number, number][][] = [];
    const tokens: string[][] = [];
    sents.forEach((toks, s) => {
      const list = [...toks].map((t) => t ?? '');
      if (text.length > 0) text += '\n\n';
      const offs: [number, number][] = [];
      list.forEach((t, i) => {
        if (i > 0 && !ATTACH_LEFT.test(t) && !ATTACH_RIGHT.test(list[i - 1]!)) text += ' ';
        offs.push([text.length, text.length + t.length]);
        text += t;
      });
      offsets[s] = offs;
      tokens[s] = list;
    });
    docs.set(key, { key, text, offsets, tokens });
  }
  return docs;
}

const TYPES: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

export interface EnglishNerEvaluation {
  articles: number;
  /** Gold PER/LOC/ORG mentions with a proper-noun head. */
  goldNames: number;
  recall: number;
  typedRecall: number;
  byType: Record<string, { gold: number; recall: number; typedRecall: number }>;
  predicted: number;
  /** Share of predicted mentions overlapping any gold entity mention (lower bound). */
  precision: number;
  f1: number;
  /** The first sentence set in title case and read as the headline (see above). */
  titleCase: {
    headlines: number;
    /** Mentions found in those headlines (country adjectives left out). */
    mentions: number;
    /** Of those, mentions that overlap no gold entity mention of the headline. */
    fragments: number;
    /** Gold names with a proper-noun head in the headlines, and the share found with the right type. */
    goldNames: number;
    typedRecall: number;
  };
  seconds: number;
}

/** Words a title-case headline leaves in lower case (inside it). */
const TITLE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'as', 'with']);

/** "Apple unveils new Intel-based Mac" → "Apple Unveils New Intel-Based Mac" (same length, so offsets hold). */
export function titleCase(text: string): string {
  let first = true;
  return text.replace(/\p{L}[\p{L}\p{M}']*/gu, (w) => {
    // "iPhone", "McCain" are written so in any headline.
    const keep = (!first && TITLE_LOWER.has(w.toLowerCase())) || /\p{Lu}/u.test(w);
    first = false;
    return keep ? w : w[0]!.toUpperCase() + w.slice(1);
  });
}

export function evaluateEnglishNer(dir: string): EnglishNerEvaluation {
  const docs = readDocs(readFileSync(join(dir, 'meantime.conll'), 'utf8'));
  const gold = JSON.parse(readFileSync(join(dir, 'entities_mentions.json'), 'utf8')) as GoldEntityMention[];
  const goldByDoc = new Map<string, GoldEntityMention[]>();
  for (const m of gold) {
    if (!docs.has(m.conll_doc_key)) continue;
    const list = goldByDoc.get(m.conll_doc_key) ?? [];
    list.push(m);
    goldByDoc.set(m.conll_doc_key, list);
  }
  const keys = [...goldByDoc.keys()].sort();
  const inputs: ArticleInput[] = keys.map((key) => ({
    source: `meantime:${key}`,
    title: null,
    body: docs.get(key)!.text,
    outlet: key,
    url: null,
    author: null,
    published: null,
    language: 'en',
    provenance: { language: 'argument' },
  }));
  const t0 = performance.now();
  const { analyses } = analyzeInputs(inputs);
  const seconds = (performance.now() - t0) / 1000;
  if (analyses.length !== keys.length) throw new Error('two MEANTIME articles have the same text');
  const titleCased = headlinesInTitleCase(keys, docs, goldByDoc);

  const byType: Record<string, { gold: number; found: number; typed: number }> = {};
  let predicted = 0;
  let correct = 0;
  keys.forEach((key, d) => {
    const doc = docs.get(key)!;
    const a = analyses[d]!;
    // The analysed text is the body as given (no headline), so offsets agree.
    if (a.article.text !== doc.text) throw new Error(`${key}: text changed in analysis`);
    const typeOf = new Map(a.entities.map((e) => [e.id, e.type]));
    const spans = goldByDoc.get(key)!.map((g) => {
      const offs = doc.offsets[g.sent_id]!;
      const first = minOf(g.tokens_number);
      const last = maxOf(g.tokens_number);
      return { g, start: offs[first]![0], end: offs[last]![1] };
    });
    for (const { g } of spans) {
      const type = TYPES[g.mention_type];
      if (!type || g.mention_head_pos !== 'PROPN') continue;
      const toks = doc.tokens[g.sent_id]!;
      const head = [...g.tokens_number].sort((x, y) => y - x).find((i) => /^\p{Lu}/u.test(toks[i] ?? ''));
      if (head === undefined) continue;
      const [hs, he] = doc.offsets[g.sent_id]![head]!;
      const hit = a.mentions.find((m) => m.via !== 'adjective' && m.start < he && m.end > hs);
      const t = (byType[g.mention_type] ??= { gold: 0, found: 0, typed: 0 });
      t.gold++;
      if (hit) t.found++;
      if (hit && typeOf.get(hit.entity) === type) t.typed++;
    }
    for (const m of a.mentions) {
      if (m.via === 'adjective') continue;
      predicted++;
      if (spans.some((s) => m.start < s.end && m.end > s.start)) correct++;
    }
  });
  let goldNames = 0;
  let found = 0;
  let typed = 0;
  const out: EnglishNerEvaluation['byType'] = {};
  for (const [type, t] of Object.entries(byType).sort()) {
    goldNames += t.gold;
    found += t.found;
    typed += t.typed;
    out[type] = { gold: t.gold, recall: t.found / t.gold, typedRecall: t.typed / t.gold };
  }
  const recall = goldNames === 0 ? 1 : found / goldNames;
  const precision = predicted === 0 ? 1 : correct / predicted;
  return {
    articles: keys.length,
    goldNames,
    recall,
    typedRecall: goldNames === 0 ? 1 : typed / goldNames,
    byType: out,
    predicted,
    precision,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    titleCase: titleCased,
    seconds,
  };
}

/** Gold name spans (PER/LOC/ORG with a proper-noun head) of one sentence: the head token's offsets and the type. */
function goldHeads(doc: Doc, mentions: readonly GoldEntityMention[]): { start: number; end: number; type: EntityType }[] {
  const out: { start: number; end: number; type: EntityType }[] = [];
  for (const g of mentions) {
    const type = TYPES[g.mention_type];
    if (!type || g.mention_head_pos !== 'PROPN') continue;
    const toks = doc.tokens[g.sent_id]!;
    const head = [...g.tokens_number].sort((x, y) => y - x).find((i) => /^\p{Lu}/u.test(toks[i] ?? ''));
    if (head === undefined) continue;
    const [start, end] = doc.offsets[g.sent_id]![head]!;
    out.push({ start, end, type });
  }
  return out;
}

function headlinesInTitleCase(keys: readonly string[], docs: Map<string, Doc>, goldByDoc: Map<string, GoldEntityMention[]>): EnglishNerEvaluation['titleCase'] {
  const used = keys.filter((k) => docs.get(k)!.offsets.length > 1);
  const inputs: ArticleInput[] = used.map((key) => {
    const doc = docs.get(key)!;
    const cut = doc.offsets[0]![doc.offsets[0]!.length - 1]![1];
    return {
      source: `meantime-title:${key}`,
      title: titleCase(doc.text.slice(0, cut)),
      body: doc.text.slice(cut + 2),
      outlet: key,
      url: null,
      author: null,
      published: null,
      language: 'en',
      provenance: { language: 'argument' },
    };
  });
  const { analyses } = analyzeInputs(inputs);
  let mentions = 0;
  let fragments = 0;
  let goldNames = 0;
  let typed = 0;
  used.forEach((key, d) => {
    const doc = docs.get(key)!;
    const a = analyses[d]!;
    if (a.article.text.length !== doc.text.length) throw new Error(`${key}: title-case text changed length`);
    const gold = goldByDoc.get(key)!.filter((g) => g.sent_id === 0);
    const offs = doc.offsets[0]!;
    const spans = gold.map((g) => ({ start: offs[minOf(g.tokens_number)]![0], end: offs[maxOf(g.tokens_number)]![1] }));
    const head = a.mentions.filter((m) => m.via !== 'adjective' && m.end <= a.article.bodyStart);
    mentions += head.length;
    fragments += head.filter((m) => !spans.some((s) => m.start < s.end && m.end > s.start)).length;
    const typeOf = new Map(a.entities.map((e) => [e.id, e.type]));
    for (const g of goldHeads(doc, gold)) {
      goldNames++;
      const hit = head.find((m) => m.start < g.end && m.end > g.start);
      if (hit && typeOf.get(hit.entity) === g.type) typed++;
    }
  });
  return { headlines: used.length, mentions, fragments, goldNames, typedRecall: goldNames === 0 ? 1 : typed / goldNames };
}
