/**
 * Attribution evaluation on PolNeAR (English political news, brat standoff;
 * backs `parallax eval attribution`). Each gold attribution has a Source, a Cue
 * and a Content span, any of them possibly discontinuous. Our quotes (direct,
 * indirect, reported) give a content span and, when found, a speaker span.
 * Source and content are scored separately as span F1: a predicted span is
 * right when it overlaps a gold span by ≥ 50% (shared characters over the
 * longer span), matched one to one; identical predicted spans count once.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../core/analyze/index.js';
import type { ArticleAnalysis, Quote, Span } from '../core/model/analysis.js';
import type { Article } from '../core/model/article.js';
import { getPack } from '../lang/index.js';
import { matchSpans, prf, type Prf } from './span-match.js';
import { quoteSpans } from './quotes.js';
import { pushAll } from '../core/collections.js';

export interface GoldAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** Parses brat standoff: text-bound annotations (T) joined by Attribution events (E). */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, meta] = line.split('\t');
      if (!id || !meta) continue;
      const space = meta.indexOf(' ');
      const type = meta.slice(0, space);
      const ranges = meta
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number))
        .filter((r) => r.length === 2 && r.every(Number.isFinite))
        .map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(id, { type, spans: ranges });
    } else if (line.startsWith('E')) {
      events.push(line.split('\t')[1] ?? '');
    }
  }
  return events.map((e) => {
    const out: GoldAttribution = { source: [], cue: [], content: [] };
    for (const part of e.split(' ')) {
      const [role, id] = part.split(':');
      const t = id ? spans.get(id) : undefined;
      if (!t) continue;
      if (role?.startsWith('Source')) pushAll(out.source, t.spans);
      else if (role?.startsWith('Cue')) pushAll(out.cue, t.spans);
      else if (role?.startsWith('Content')) pushAll(out.content, t.spans);
    }
    return out;
  });
}

export interface AttributionDocument {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

/** Pairs of (annotation, text) files of a PolNeAR split: DIR itself when it holds attributions/, else DIR/<split>. */
export function attributionFiles(dir: string, split = 'dev'): { ann: string; text: string }[] {
  const base = existsSync(join(dir, 'attributions')) ? dir : join(dir, split);
  if (!existsSync(join(base, 'attributions')) || !existsSync(join(base, 'text'))) return [];
  return readdirSync(join(base, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => ({ ann: join(base, 'attributions', f), text: join(base, 'text', `${f.replace(/_[^_]+\.ann$/, '')}.txt`) }))
    .filter((p) => existsSync(p.text));
}

export function analyzeEnglish(name: string, text: string): ArticleAnalysis {
  const article: Article = {
    id: 'doc',
    source: name,
    title: null,
    outlet: 'polnear',
    url: null,
    author: null,
    published: null,
    language: 'en',
    text,
    bodyStart: 0,
    provenance: {},
  };
  return analyzeArticle(article, { pack: getPack('en'), tagger: null });
}

export interface AttributionScores {
  source: Prf;
  content: Prf;
  attributions: number;
  documents: number;
  seconds: number;
}

function dedupe(list: Span[][]): Span[][] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = s.map((x) => `${x.start}-${x.end}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sameSpan = (a: Span | null, b: Span | null) => a !== null && b !== null && a.start === b.start && a.end === b.end;

/**
 * Our quotes as PolNeAR attributions. PolNeAR gives each token to at most one
 * attribution, and one attribution holds every piece its cue introduces: a
 * direct quote inside someone's reported clause ("said the plan was “a
 * disaster”") is part of that clause, and a run of direct quotes carried on
 * without a cue of their own ("“…,” she said. “…”") is one content with
 * several pieces.
 */
export function attributionPredictions(quotes: readonly Quote[]): { content: Span[]; source: Span | null }[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const reported = sorted.filter((q) => q.kind !== 'direct');
  const kept = sorted.filter((q) => q.kind !== 'direct' || !reported.some((r) => r.start <= q.start && r.end >= q.end));
  const out: { content: Span[]; source: Span | null; last: Quote }[] = [];
  for (const q of kept) {
    const prev = out[out.length - 1];
    if (prev && q.kind === 'direct' && prev.last.kind === 'direct' && q.cue === null && sameSpan(q.speakerSpan, prev.source) && q.start - prev.last.end < 2000) {
      pushAll(prev.content, quoteSpans(q));
      prev.last = q;
      continue;
    }
    out.push({ content: [...quoteSpans(q)], source: q.speakerSpan, last: q });
  }
  return out.map(({ content, source }) => ({ content, source }));
}

export class AttributionScorer {
  private source = { matched: 0, predicted: 0, gold: 0 };
  private content = { matched: 0, predicted: 0, gold: 0 };
  private attributions = 0;
  private documents = 0;

  add(gold: readonly GoldAttribution[], analysis: Pick<ArticleAnalysis, 'quotes'>): void {
    this.documents++;
    this.attributions += gold.length;
    const score = (t: { matched: number; predicted: number; gold: number }, g: Span[][], p: Span[][]) => {
      const gs = dedupe(g.filter((x) => x.length > 0));
      const ps = dedupe(p.filter((x) => x.length > 0));
      t.gold += gs.length;
      t.predicted += ps.length;
      t.matched += matchSpans(gs, ps).length;
    };
    const predicted = attributionPredictions(analysis.quotes);
    score(
      this.source,
      gold.map((a) => a.source),
      predicted.map((p) => (p.source ? [p.source] : [])),
    );
    score(
      this.content,
      gold.map((a) => a.content),
      predicted.map((p) => p.content),
    );
  }

  result(seconds = 0): AttributionScores {
    return {
      source: prf(this.source.matched, this.source.predicted, this.source.gold),
      content: prf(this.content.matched, this.content.predicted, this.content.gold),
      attributions: this.attributions,
      documents: this.documents,
      seconds,
    };
  }
}

export function evaluateAttribution(files: readonly { ann: string; text: string }[]): AttributionScores {
  const scorer = new AttributionScorer();
  let seconds = 0;
  for (const f of files) {
    const text = readFileSync(f.text, 'utf8');
    const gold = parseBrat(readFileSync(f.ann, 'utf8'));
    const t0 = performance.now();
    const analysis = analyzeEnglish(f.text, text);
    seconds += (performance.now() - t0) / 1000;
    scorer.add(gold, analysis);
  }
  return scorer.result(seconds);
}
