/**
 * Loaded-language evaluation on BASIL (backs `parallax eval framing`): each
 * event is reported by Fox News, the New York Times and HuffPost, and
 * annotators marked `lex` spans, word choice that carries a judgement. Our
 * detector marks loaded words outside quotes from the language pack's curated
 * lexicon. Per outlet, precision is the share of detected words that fall in a
 * gold `lex` span, recall the share of gold spans holding at least one
 * detected word. Spans inside quotes (BASIL `quote: yes`) are scored apart,
 * since the detector skips quoted words by design.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../core/analyze/index.js';
import type { Span } from '../core/model/analysis.js';
import type { Article } from '../core/model/article.js';
import { getPack } from '../lang/index.js';
import { intersection, prf, type Prf } from './span-match.js';
import { layOutBasil, placePhrase } from './basil-layout.js';

interface RawPhrase {
  bias: string;
  start: number;
  end: number;
  txt: string;
  quote: string;
}

export interface BasilArticle {
  outlet: string;
  text: string;
  /** Gold `lex` spans outside quotes, and inside them. */
  lex: Span[];
  lexQuoted: Span[];
}

/** Joins BASIL's paragraphs of sentences into one text and places each annotated phrase in it. */
export function parseBasil(articleJson: string, annotationJson: string): BasilArticle {
  const a = JSON.parse(articleJson) as { source: string; 'body-paragraphs': string[][] };
  const ann = JSON.parse(annotationJson) as { 'phrase-level-annotations': RawPhrase[] };
  const layout = layOutBasil(a['body-paragraphs']);
  const { text } = layout;
  const lex: Span[] = [];
  const lexQuoted: Span[] = [];
  for (const p of ann['phrase-level-annotations']) {
    if (p.bias !== 'lex' || !p.txt) continue;
    const start = placePhrase(layout, p);
    if (start < 0) continue;
    (p.quote === 'yes' ? lexQuoted : lex).push({ start, end: start + p.txt.length });
  }
  return { outlet: a.source.toLowerCase(), text, lex, lexQuoted };
}

/** (article, annotation) file pairs under DIR/articles/<year> and DIR/annotations/<year>. */
export function basilFiles(dir: string): { article: string; annotation: string }[] {
  const out: { article: string; annotation: string }[] = [];
  const articles = join(dir, 'articles');
  if (!existsSync(articles)) return out;
  for (const year of readdirSync(articles).sort()) {
    const yearDir = join(articles, year);
    if (!statSync(yearDir).isDirectory()) continue;
    for (const f of readdirSync(yearDir).sort()) {
      if (!f.endsWith('.json')) continue;
      const annotation = join(dir, 'annotations', year, f.replace(/\.json$/, '_ann.json'));
      if (existsSync(annotation)) out.push({ article: join(yearDir, f), annotation });
    }
  }
  return out;
}

export interface FramingScores {
  byOutlet: Record<string, Prf & { quotedRecall: number; detected: number }>;
  overall: Prf;
  articles: number;
}

export function evaluateFraming(files: readonly { article: string; annotation: string }[]): FramingScores {
  const tallies = new Map<string, { matched: number; predicted: number; goldHit: number; gold: number; quotedHit: number; quoted: number }>();
  const pack = getPack('en');
  for (const f of files) {
    const doc = parseBasil(readFileSync(f.article, 'utf8'), readFileSync(f.annotation, 'utf8'));
    const article: Article = {
      id: 'doc',
      source: f.article,
      title: null,
      outlet: doc.outlet,
      url: null,
      author: null,
      published: null,
      language: 'en',
      text: doc.text,
      bodyStart: 0,
      provenance: {},
    };
    const found = analyzeArticle(article, { pack, tagger: null }).loaded;
    const t = tallies.get(doc.outlet) ?? { matched: 0, predicted: 0, goldHit: 0, gold: 0, quotedHit: 0, quoted: 0 };
    t.predicted += found.length;
    t.matched += found.filter((w) => intersection([w], doc.lex) > 0).length;
    t.gold += doc.lex.length;
    t.goldHit += doc.lex.filter((g) => found.some((w) => intersection([w], [g]) > 0)).length;
    t.quoted += doc.lexQuoted.length;
    t.quotedHit += doc.lexQuoted.filter((g) => found.some((w) => intersection([w], [g]) > 0)).length;
    tallies.set(doc.outlet, t);
  }
  const byOutlet: FramingScores['byOutlet'] = {};
  const sum = { matched: 0, predicted: 0, goldHit: 0, gold: 0 };
  for (const [outlet, t] of [...tallies].sort((a, b) => a[0].localeCompare(b[0]))) {
    byOutlet[outlet] = { ...scores(t), quotedRecall: t.quoted > 0 ? t.quotedHit / t.quoted : 0, detected: t.predicted };
    sum.matched += t.matched;
    sum.predicted += t.predicted;
    sum.goldHit += t.goldHit;
    sum.gold += t.gold;
  }
  return { byOutlet, overall: scores(sum), articles: files.length };
}

/** Precision over detected words, recall over gold spans. */
function scores(t: { matched: number; predicted: number; goldHit: number; gold: number }): Prf {
  const precision = t.predicted > 0 ? t.matched / t.predicted : 0;
  const recall = t.gold > 0 ? t.goldHit / t.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...prf(t.goldHit, t.predicted, t.gold), precision, recall, f1 };
}
