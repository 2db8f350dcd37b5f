/**
 * Fact alignment measured on ECB+ (cross-document event coreference, CC BY 3.0).
 *
 * Gold pairs (issue 12, "Measure"): two sentences of different documents of one
 * story (topic + ecb or ecbplus) form a gold pair when both are among the
 * annotated sentences (ECBplus_coreference_sentences.csv) and they hold
 * mentions of one cross-document event chain (ACTION_* or NEG_ACTION_*) and
 * of one cross-document participant chain (HUMAN_*, LOC_*, TIME_*, NON_HUMAN_*).
 *
 * Each document becomes an ArticleInput with one paragraph per ECB+ sentence
 * (the headline sentence as title) and the document id as its outlet, so a Parallax sentence maps back to the
 * ECB+ sentence of its paragraph; the mapping is checked by text.
 *
 * Splits: topics 1–25 train (and tuning), 26–35 test, 36–45 only in "all".
 * The corpus text never leaves the data folder: nothing here is written to the repo.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../core/model/article.js';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { ComparisonReport } from '../core/model/report.js';
import { detokenize, isDateline } from './stories/ecbplus.js';
import { goldInput } from './stories/gold.js';

export const ECB_FACTS_TRAIN_MAX_TOPIC = 25;
export const ECB_FACTS_TEST_MAX_TOPIC = 35;
export type EcbSplit = 'train' | 'test' | 'all';

export function topicSplit(topic: number): 'train' | 'test' | 'heldout' {
  return topic <= ECB_FACTS_TRAIN_MAX_TOPIC ? 'train' : topic <= ECB_FACTS_TEST_MAX_TOPIC ? 'test' : 'heldout';
}

export function inSplit(topic: number, split: EcbSplit): boolean {
  return split === 'all' || topicSplit(topic) === split;
}

// ---------------------------------------------------------------- CAT XML

export type ChainKind = 'event' | 'participant' | 'other';

export function tagKind(tag: string): ChainKind {
  if (/^(?:NEG_)?ACTION_/.test(tag)) return 'event';
  if (/^(?:HUMAN_|LOC_|TIME_|NON_HUMAN_)/.test(tag)) return 'participant';
  return 'other';
}

/** One CAT-XML document: its sentences and, per sentence, the cross-document chains mentioned there. */
export interface CatDocument {
  /** Sentence number → text (tokens rejoined), every sentence of the file. */
  sentences: Map<number, string>;
  /** Sentence number → cross-document event chains (instance ids) mentioned in it. */
  events: Map<number, Set<string>>;
  /** Sentence number → cross-document participant chains mentioned in it. */
  participants: Map<number, Set<string>>;
}

const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Reads tokens, markables (mentions anchored to tokens; tag descriptors without
 * anchors) and CROSS_DOC_COREF relations (sources: mentions; target: the
 * descriptor; note: the instance id shared by every document of the topic).
 * A chain's kind is its descriptor's tag (the corrected tag, per the ECB+
 * README), else its mentions' tag.
 */
export function parseCatXml(xml: string): CatDocument {
  const tokenSentence = new Map<string, number>();
  const tokens = new Map<number, string[]>();
  for (const m of xml.matchAll(TOKEN)) {
    const id = attr(m[1]!, 't_id');
    const s = Number(attr(m[1]!, 'sentence'));
    if (id === undefined || !Number.isInteger(s)) continue;
    tokenSentence.set(id, s);
    const list = tokens.get(s) ?? [];
    list.push(unescapeXml(m[2]!));
    tokens.set(s, list);
  }
  const sentences = new Map([...tokens].sort((a, b) => a[0] - b[0]).map(([s, t]) => [s, detokenize(t)] as const));

  const markablesText = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  const tagOf = new Map<string, string>();
  const sentencesOf = new Map<string, Set<number>>();
  // Descriptors: <TAG m_id="…" … />; mentions: <TAG m_id="…" > <token_anchor t_id="…"/>… </TAG>.
  for (const m of markablesText.matchAll(/<([A-Z_]+)\s+m_id="([^"]+)"[^>]*\/>/g)) tagOf.set(m[2]!, m[1]!);
  for (const m of markablesText.matchAll(/<([A-Z_]+)\s+m_id="([^"]+)"[^>/]*>([\s\S]*?)<\/\1>/g)) {
    const [, tag, id, body] = m;
    tagOf.set(id!, tag!);
    const ss = new Set<number>();
    for (const a of body!.matchAll(/<token_anchor\s+t_id="([^"]+)"/g)) {
      const s = tokenSentence.get(a[1]!);
      if (s !== undefined) ss.add(s);
    }
    if (ss.size) sentencesOf.set(id!, ss);
  }

  const events = new Map<number, Set<string>>();
  const participants = new Map<number, Set<string>>();
  const relationsText = /<Relations>([\s\S]*?)<\/Relations>/.exec(xml)?.[1] ?? '';
  for (const r of relationsText.matchAll(/<CROSS_DOC_COREF\b([^>]*)>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    const chain = attr(r[1]!, 'note');
    if (!chain) continue;
    const sources = [...r[2]!.matchAll(/<source\s+m_id="([^"]+)"/g)].map((x) => x[1]!);
    const target = /<target\s+m_id="([^"]+)"/.exec(r[2]!)?.[1];
    const targetTag = target === undefined ? undefined : tagOf.get(target);
    let kind = targetTag ? tagKind(targetTag) : 'other';
    if (kind === 'other') kind = sources.map((s) => tagKind(tagOf.get(s) ?? '')).find((k) => k !== 'other') ?? 'other';
    if (kind === 'other') continue;
    const into = kind === 'event' ? events : participants;
    for (const s of sources) {
      for (const n of sentencesOf.get(s) ?? []) {
        const set = into.get(n) ?? new Set<string>();
        set.add(chain);
        into.set(n, set);
      }
    }
  }
  return { sentences, events, participants };
}

/** ECBplus_coreference_sentences.csv ("Topic,File,Sentence Number") → "topic/file" → sentence numbers. */
export function parseAnnotatedSentences(csv: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/)) {
    const [topic, file, n] = line.split(',').map((x) => x.trim());
    if (!topic || !file || n === undefined || !/^\d+$/.test(topic) || !/^\d+$/.test(n)) continue;
    const key = `${topic}/${file}`;
    const set = out.get(key) ?? new Set<number>();
    set.add(Number(n));
    out.set(key, set);
  }
  return out;
}

// ---------------------------------------------------------------- documents and gold

export interface EcbDocument extends CatDocument {
  /** "topic/file", e.g. "1/10ecbplus". */
  id: string;
  topic: number;
  /** "topic/ecb" or "topic/ecbplus". */
  story: string;
  annotated: Set<number>;
}

export function ecbDocument(topic: number, file: string, xml: string, annotated: ReadonlySet<number>): EcbDocument {
  const base = file.replace(/\.xml$/, '').replace(/^\d+_/, '');
  const plus = base.endsWith('ecbplus');
  return { ...parseCatXml(xml), id: `${topic}/${base}`, topic, story: `${topic}/${plus ? 'ecbplus' : 'ecb'}`, annotated: new Set(annotated) };
}

/** The XML folder: DIR/ECB+ when there is one (the release layout), else DIR. */
export function ecbXmlDir(dir: string): string {
  return existsSync(join(dir, 'ECB+')) ? join(dir, 'ECB+') : dir;
}

/** Every document of the topics in SPLIT, in topic and file order. */
export function readEcbDocuments(dir: string, split: EcbSplit = 'all'): EcbDocument[] {
  const csvFile = join(dir, 'ECBplus_coreference_sentences.csv');
  if (!existsSync(csvFile)) throw new Error(`${csvFile} not found (the ECB+ release folder holds it)`);
  const annotated = parseAnnotatedSentences(readFileSync(csvFile, 'utf8'));
  const xmlDir = ecbXmlDir(dir);
  const topics = readdirSync(xmlDir)
    .filter((t) => /^\d+$/.test(t) && statSync(join(xmlDir, t)).isDirectory())
    .map(Number)
    .filter((t) => inSplit(t, split))
    .sort((a, b) => a - b);
  const docs: EcbDocument[] = [];
  for (const topic of topics) {
    const files = readdirSync(join(xmlDir, String(topic))).filter((f) => /ecb(plus)?\.xml$/.test(f)).sort();
    for (const file of files) {
      const key = `${topic}/${file.replace(/\.xml$/, '').replace(/^\d+_/, '')}`;
      docs.push(ecbDocument(topic, file, readFileSync(join(xmlDir, String(topic), file), 'utf8'), annotated.get(key) ?? new Set()));
    }
  }
  return docs;
}

/** Documents grouped by story, in first-seen order. */
export function byStory(docs: readonly EcbDocument[]): Map<string, EcbDocument[]> {
  const out = new Map<string, EcbDocument[]>();
  for (const d of docs) {
    const list = out.get(d.story) ?? [];
    list.push(d);
    out.set(d.story, list);
  }
  return out;
}

/** A sentence of a document: "topic/file#n". */
export const sentenceKey = (doc: string, n: number) => `${doc}#${n}`;
/** An unordered pair of sentence keys. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const intersects = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) => {
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Every cross-document pair of annotated sentences of one story. */
export function annotatedPairs(docs: readonly EcbDocument[]): Set<string> {
  const out = new Set<string>();
  for (let x = 0; x < docs.length; x++) {
    for (let y = x + 1; y < docs.length; y++) {
      for (const a of docs[x]!.annotated) for (const b of docs[y]!.annotated) out.add(pairKey(sentenceKey(docs[x]!.id, a), sentenceKey(docs[y]!.id, b)));
    }
  }
  return out;
}

/** The gold pairs of one story: annotated sentences of different documents sharing an event chain and a participant chain. */
export function goldPairs(docs: readonly EcbDocument[]): Set<string> {
  const out = new Set<string>();
  for (let x = 0; x < docs.length; x++) {
    for (let y = x + 1; y < docs.length; y++) {
      const dx = docs[x]!;
      const dy = docs[y]!;
      for (const a of dx.annotated) {
        for (const b of dy.annotated) {
          if (intersects(dx.events.get(a), dy.events.get(b)) && intersects(dx.participants.get(a), dy.participants.get(b))) {
            out.add(pairKey(sentenceKey(dx.id, a), sentenceKey(dy.id, b)));
          }
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- documents as Parallax articles

/** A document as an article: one paragraph per ECB+ sentence; `paragraphs[k]` is the sentence number of paragraph k (the title is paragraph 0). */
export interface EcbArticle {
  input: ArticleInput;
  paragraphs: number[];
}

/**
 * The text sentences of a document (the URL sentence 0 of ecbplus files
 * dropped, as the story reader does), the first one the title unless it is a
 * dateline, then the next one is (the dateline stays in the body).
 */
export function ecbArticle(doc: EcbDocument): EcbArticle {
  const plus = doc.story.endsWith('ecbplus');
  const kept = [...doc.sentences].filter(([n, text]) => !(plus && n === 0) && text.trim().length > 0).map(([n]) => n);
  if (!kept.length) return { input: goldInput(doc.id, { body: '', language: 'en' }), paragraphs: [] };
  const t = kept.length > 1 && isDateline(doc.sentences.get(kept[0]!)!) ? 1 : 0;
  const order = [kept[t]!, ...kept.filter((_, i) => i !== t)];
  const text = (n: number) => doc.sentences.get(n)!.replace(/\s+/g, ' ').trim();
  return {
    // Each document its own outlet: a fact is shared only across outlets.
    input: goldInput(doc.id, { title: text(order[0]!), body: order.slice(1).map(text).join('\n\n'), language: 'en', outlet: doc.id }),
    paragraphs: order,
  };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Parallax sentence index → ECB+ sentence number, through the sentence's
 * paragraph; checked by text (a Parallax sentence must lie inside its ECB+
 * sentence). Sentences that fail the check map to null and are counted.
 */
export function mapSentences(analysis: Pick<ArticleAnalysis, 'sentences'>, doc: EcbDocument, paragraphs: readonly number[]): { numbers: (number | null)[]; mismatches: number } {
  let mismatches = 0;
  const numbers = analysis.sentences.map((s) => {
    const n = paragraphs[s.paragraph];
    const text = n === undefined ? undefined : doc.sentences.get(n);
    if (n === undefined || text === undefined || !squash(text).includes(squash(s.text))) {
      mismatches++;
      return null;
    }
    return n;
  });
  return { numbers, mismatches };
}

/** A story's documents analysed as articles, with the way back from Parallax sentences to ECB+ sentences. */
export interface AnalysedStory {
  story: string;
  docs: EcbDocument[];
  analyses: ArticleAnalysis[];
  /** Article id → its document and the ECB+ number of each Parallax sentence. */
  byArticle: Map<string, { doc: EcbDocument; numbers: (number | null)[] }>;
  /** Documents compared once because their text equals an earlier one's. */
  duplicates: number;
  /** Parallax sentences whose text is not inside their ECB+ sentence. */
  mismatches: number;
}

/** Analyses the documents of one story (`analyze` is pipeline.analyzeInputs, passed in to keep this module light). */
export function analyseStory(
  story: string,
  docs: EcbDocument[],
  analyze: (inputs: readonly ArticleInput[]) => { analyses: ArticleAnalysis[] },
): AnalysedStory {
  const articles = docs.map(ecbArticle);
  const { analyses } = analyze(articles.map((a) => a.input));
  const bySource = new Map(docs.map((d, i) => [d.id, { doc: d, paragraphs: articles[i]!.paragraphs }]));
  const byArticle = new Map<string, { doc: EcbDocument; numbers: (number | null)[] }>();
  let mismatches = 0;
  for (const a of analyses) {
    const src = bySource.get(a.article.source)!;
    const m = mapSentences(a, src.doc, src.paragraphs);
    mismatches += m.mismatches;
    byArticle.set(a.article.id, { doc: src.doc, numbers: m.numbers });
  }
  return { story, docs, analyses, byArticle, duplicates: docs.length - analyses.length, mismatches };
}

/** The ECB+ sentence key of a Parallax sentence, when it maps to an annotated sentence. */
export function annotatedKey(s: AnalysedStory, article: string, sentence: number): string | null {
  const m = s.byArticle.get(article);
  const n = m?.numbers[sentence];
  if (!m || n === null || n === undefined || !m.doc.annotated.has(n)) return null;
  return sentenceKey(m.doc.id, n);
}

/** Predicted pairs: annotated sentences of different documents in one shared or conflicting fact. */
export function predictedPairs(s: AnalysedStory, report: Pick<ComparisonReport, 'facts'>): Set<string> {
  const out = new Set<string>();
  for (const f of report.facts) {
    if (f.status !== 'shared' && f.status !== 'conflict') continue;
    const keys = f.statements.map((st) => ({ article: st.article, key: annotatedKey(s, st.article, st.sentence) }));
    for (let x = 0; x < keys.length; x++) {
      for (let y = x + 1; y < keys.length; y++) {
        const a = keys[x]!;
        const b = keys[y]!;
        if (a.article === b.article || a.key === null || b.key === null) continue;
        if (a.key.split('#')[0] === b.key.split('#')[0]) continue;
        out.add(pairKey(a.key, b.key));
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- scoring

export interface PairCounts {
  correct: number;
  predicted: number;
  gold: number;
}

export interface PairFigures {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function countPairs(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): PairCounts {
  let correct = 0;
  for (const p of predicted) if (gold.has(p)) correct++;
  return { correct, predicted: predicted.size, gold: gold.size };
}

export function addCounts(a: PairCounts, b: PairCounts): PairCounts {
  return { correct: a.correct + b.correct, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export const NO_COUNTS: PairCounts = { correct: 0, predicted: 0, gold: 0 };

export function pairFigures(c: PairCounts): PairFigures {
  const precision = c.predicted ? c.correct / c.predicted : null;
  const recall = c.gold ? c.correct / c.gold : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === null || recall === null ? null : 0;
  return { precision, recall, f1 };
}

// ---------------------------------------------------------------- TF-IDF baseline

const STOPWORDS = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being has have had do does did it its this that these those he she they we you i his her their our your him them us who whom which what when where why how not no than then there here also will would can could may might shall should into over after before about up down out off s said says'.split(
    ' ',
  ),
);

function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/**
 * Cosine of TF-IDF vectors (plain lower-cased words without stopwords, IDF over
 * the story's sentences) for every cross-document pair of annotated sentences.
 */
export function tfidfCosines(docs: readonly EcbDocument[]): Map<string, number> {
  const plus = (d: EcbDocument) => d.story.endsWith('ecbplus');
  const sentences = docs.flatMap((d) => [...d.sentences].filter(([n]) => !(plus(d) && n === 0)).map(([n, text]) => ({ d, n, terms: terms(text) })));
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const vec = new Map<string, { v: Map<string, number>; norm: number }>();
  for (const s of sentences) {
    if (!s.d.annotated.has(s.n)) continue;
    const v = new Map<string, number>();
    for (const t of s.terms) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * Math.log((sentences.length + 1) / (df.get(t)! + 1) + 1);
      v.set(t, w);
      norm += w * w;
    }
    vec.set(sentenceKey(s.d.id, s.n), { v, norm: Math.sqrt(norm) });
  }
  const out = new Map<string, number>();
  for (const p of annotatedPairs(docs)) {
    const [a, b] = p.split('|').map((k) => vec.get(k));
    if (!a || !b || a.norm === 0 || b.norm === 0) {
      out.set(p, 0);
      continue;
    }
    let dot = 0;
    for (const [t, w] of a.v) dot += w * (b.v.get(t) ?? 0);
    out.set(p, dot / (a.norm * b.norm));
  }
  return out;
}

/** Pairs at or above the threshold. */
export function thresholdPairs(cosines: ReadonlyMap<string, number>, threshold: number): Set<string> {
  return new Set([...cosines].filter(([, c]) => c >= threshold).map(([p]) => p));
}

/** The threshold (steps of 0.01) with the best micro F1 over the given stories; ties go to the lower threshold. */
export function tuneThreshold(stories: readonly { gold: ReadonlySet<string>; cosines: ReadonlyMap<string, number> }[]): { threshold: number; f1: number } {
  let best = { threshold: 0, f1: -1 };
  for (let k = 1; k <= 100; k++) {
    const t = k / 100;
    const c = stories.reduce((acc, s) => addCounts(acc, countPairs(s.gold, thresholdPairs(s.cosines, t))), NO_COUNTS);
    const f1 = pairFigures(c).f1 ?? 0;
    if (f1 > best.f1 + 1e-12) best = { threshold: t, f1 };
  }
  return best;
}
