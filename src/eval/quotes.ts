/**
 * Quote and speaker evaluation on the German news quotation attribution set
 * (German Wikinews, one JSON per article; backs `parallax eval quotes`).
 *
 * Each gold quote has a type (Direct, Indirect, FreeIndirect,
 * IndirectFreeIndirect, Reported), one or more character spans and usually a
 * speaker span. Our quotes are typed by how they were found (`Quote.form`):
 * quote marks → Direct; a content clause or a source marker ("laut X", which the
 * set annotates as Indirect) → Indirect; a Konjunktiv sentence continuing an
 * earlier frame → IndirectFreeIndirect; the reportative "soll … haben" →
 * FreeIndirect; a sentence reporting a speech act → Reported.
 *
 * A prediction is found when it overlaps a gold quote of the same type by ≥ 50%
 * (shared characters over the longer span, matched one to one); exact figures
 * need the same span once quote marks and edge punctuation are trimmed.
 * Speaker accuracy is over predictions matched to a gold quote of any type that
 * has a gold speaker: right when the predicted speaker span overlaps the gold
 * speaker span, or the entity it resolves to has a mention there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../core/analyze/index.js';
import type { ArticleAnalysis, Quote, QuoteForm, Span } from '../core/model/analysis.js';
import type { Article } from '../core/model/article.js';
import { getPack } from '../lang/index.js';
import { taggerFor } from '../models/taggers.js';
import { intersection, matchSpans, prf, sameSpans, type Prf } from './span-match.js';

export const QUOTE_TYPES = ['Direct', 'Indirect', 'FreeIndirect', 'IndirectFreeIndirect', 'Reported'] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];

/** Which gold type each way of finding a quote stands for. */
export const TYPE_OF_FORM: Readonly<Record<QuoteForm, QuoteType>> = {
  marks: 'Direct',
  clause: 'Indirect',
  marker: 'Indirect',
  continued: 'IndirectFreeIndirect',
  reportative: 'FreeIndirect',
  'speech-act': 'Reported',
};

export interface GoldQuote {
  type: QuoteType;
  spans: Span[];
  speaker: Span[];
}

export interface GoldDocument {
  name: string;
  text: string;
  quotes: GoldQuote[];
}

interface RawSpan {
  charBegin: number;
  charEnd: number;
}
interface RawPart {
  spans?: RawSpan[];
}
interface RawAnnotation {
  type: string;
  quote?: RawPart | null;
  speaker?: RawPart | null;
}
interface RawDocument {
  documentName?: string;
  originalText: string;
  annotations?: RawAnnotation[];
}

const spansOf = (p: RawPart | null | undefined): Span[] => (p?.spans ?? []).map((s) => ({ start: s.charBegin, end: s.charEnd }));

export function parseQuoteDocument(json: string, name = 'document'): GoldDocument {
  const raw = JSON.parse(json) as RawDocument;
  if (typeof raw.originalText !== 'string') throw new Error(`${name}: no originalText`);
  const quotes: GoldQuote[] = [];
  for (const a of raw.annotations ?? []) {
    if (!(QUOTE_TYPES as readonly string[]).includes(a.type)) continue;
    const spans = spansOf(a.quote);
    if (spans.length === 0) continue;
    quotes.push({ type: a.type as QuoteType, spans, speaker: spansOf(a.speaker) });
  }
  return { name: raw.documentName ?? name, text: raw.originalText, quotes };
}

/** The JSON files of a split: DIR itself when it holds them, else DIR/dev. */
export function quoteFiles(dir: string, split = 'dev'): string[] {
  const list = (d: string) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(d, f));
  const own = list(dir);
  if (own.length > 0) return own;
  const sub = join(dir, split);
  try {
    if (statSync(sub).isDirectory()) return list(sub);
  } catch {
    // fall through
  }
  return [];
}

/** Analyses a gold document as Parallax would (German pack and tagger), offsets unchanged. */
export function analyzeGold(doc: GoldDocument): ArticleAnalysis {
  const date = /\((\d{4}-\d{2}-\d{2})\)\s*$/.exec(doc.name)?.[1] ?? null;
  const article: Article = {
    id: 'doc',
    source: doc.name,
    title: null,
    outlet: 'wikinews',
    url: null,
    author: null,
    published: date,
    language: 'de',
    text: doc.text,
    bodyStart: 0,
    provenance: {},
  };
  return analyzeArticle(article, { pack: getPack('de'), tagger: taggerFor('de') });
}

export const quoteSpans = (q: Quote): Span[] => q.segments ?? [{ start: q.start, end: q.end }];

export interface QuoteScores {
  byType: Record<QuoteType, Prf>;
  /** Exact span matches (after trimming quote marks and edge punctuation), per type. */
  exact: Record<QuoteType, Prf>;
  /** Any quote against any quote, type ignored. */
  anyType: Prf;
  speakerAccuracy: number;
  speakerJudged: number;
  /** Gold quotes. */
  quotes: number;
  documents: number;
}

interface Tally {
  matched: number;
  exact: number;
  predicted: number;
  gold: number;
}

/** Accumulates scores document by document. */
export class QuoteScorer {
  private readonly byType = new Map<QuoteType, Tally>(QUOTE_TYPES.map((t) => [t, { matched: 0, exact: 0, predicted: 0, gold: 0 }]));
  private any = { matched: 0, predicted: 0, gold: 0 };
  private speakerRight = 0;
  private speakerJudged = 0;
  private documents = 0;

  add(doc: GoldDocument, analysis: Pick<ArticleAnalysis, 'quotes' | 'mentions'>): void {
    this.documents++;
    const preds = analysis.quotes;
    for (const type of QUOTE_TYPES) {
      const gold = doc.quotes.filter((q) => q.type === type);
      const pred = preds.filter((q) => TYPE_OF_FORM[q.form] === type);
      const t = this.byType.get(type)!;
      t.gold += gold.length;
      t.predicted += pred.length;
      const pairs = matchSpans(
        gold.map((g) => g.spans),
        pred.map(quoteSpans),
      );
      t.matched += pairs.length;
      t.exact += pairs.filter(([g, p]) => sameSpans(doc.text, gold[g]!.spans, quoteSpans(pred[p]!))).length;
    }
    const pairs = matchSpans(
      doc.quotes.map((g) => g.spans),
      preds.map(quoteSpans),
    );
    this.any.gold += doc.quotes.length;
    this.any.predicted += preds.length;
    this.any.matched += pairs.length;
    for (const [g, p] of pairs) {
      const gold = doc.quotes[g]!;
      if (gold.speaker.length === 0) continue;
      this.speakerJudged++;
      if (speakerRight(gold.speaker, preds[p]!, analysis.mentions)) this.speakerRight++;
    }
  }

  result(): QuoteScores {
    const byType = {} as Record<QuoteType, Prf>;
    const exact = {} as Record<QuoteType, Prf>;
    for (const [type, t] of this.byType) {
      byType[type] = prf(t.matched, t.predicted, t.gold);
      exact[type] = prf(t.exact, t.predicted, t.gold);
    }
    return {
      byType,
      exact,
      anyType: prf(this.any.matched, this.any.predicted, this.any.gold),
      speakerAccuracy: this.speakerJudged > 0 ? this.speakerRight / this.speakerJudged : 0,
      speakerJudged: this.speakerJudged,
      quotes: this.any.gold,
      documents: this.documents,
    };
  }
}

function speakerRight(gold: readonly Span[], q: Quote, mentions: ArticleAnalysis['mentions']): boolean {
  if (q.speakerSpan && intersection([q.speakerSpan], gold) > 0) return true;
  if (q.speaker) return mentions.some((m) => m.entity === q.speaker && intersection([m], gold) > 0);
  return false;
}

export interface QuoteEvaluation extends QuoteScores {
  /** Time spent analysing (reading and scoring excluded). */
  seconds: number;
}

export function evaluateQuotes(files: readonly string[]): QuoteEvaluation {
  const scorer = new QuoteScorer();
  let seconds = 0;
  for (const f of files) {
    const doc = parseQuoteDocument(readFileSync(f, 'utf8'), f);
    const t0 = performance.now();
    const analysis = analyzeGold(doc);
    seconds += (performance.now() - t0) / 1000;
    scorer.add(doc, analysis);
  }
  return { ...scorer.result(), seconds };
}
