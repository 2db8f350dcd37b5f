/**
 * What every presenter needs from a report, computed once: readable labels for
 * articles, facts grouped by status, agreement counts, stance summaries and
 * diff spacing. Pure functions over `ComparisonReport`; no formatting here.
 */
import type { Stance } from '../core/model/analysis.js';
import type {
  ComparisonReport,
  Conflict,
  ConflictKind,
  DiffOp,
  Fact,
  FactStatus,
  ReportArticle,
  ReportQuote,
} from '../core/model/report.js';

/** Stances in display order: the plain one first, then the ones that colour a statement. */
export const STANCE_ORDER: readonly Stance[] = [
  'neutral',
  'distancing',
  'contesting',
  'conceding',
  'emphatic',
  'pressure',
  'other',
];

export interface ArticleView {
  article: ReportArticle;
  /** 1-based position in the report's article list. */
  number: number;
  /** The outlet name, disambiguated ("Tagesbote (2)") when two articles share an outlet. */
  label: string;
}

export interface ReportView {
  report: ComparisonReport;
  articles: ArticleView[];
  byId: Map<string, ArticleView>;
  shared: Fact[];
  exclusive: Fact[];
  conflicting: Fact[];
  quotesById: Map<string, ReportQuote>;
}

export function buildView(report: ComparisonReport): ReportView {
  const seen = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const a of report.articles) totals.set(a.outlet, (totals.get(a.outlet) ?? 0) + 1);
  const articles = report.articles.map((article, i): ArticleView => {
    const n = (seen.get(article.outlet) ?? 0) + 1;
    seen.set(article.outlet, n);
    const outlet = article.outlet.trim() || article.id;
    const label = (totals.get(article.outlet) ?? 1) > 1 ? `${outlet} (${n})` : outlet;
    return { article, number: i + 1, label };
  });
  const byStatus = (status: FactStatus) => report.facts.filter((f) => f.status === status);
  return {
    report,
    articles,
    byId: new Map(articles.map((a) => [a.article.id, a])),
    shared: byStatus('shared'),
    exclusive: byStatus('exclusive'),
    conflicting: byStatus('conflict'),
    quotesById: new Map(report.quotes.map((q) => [q.id, q])),
  };
}

/** The label of an article id; the id itself when the report does not list it. */
export function labelOf(view: ReportView, articleId: string): string {
  return view.byId.get(articleId)?.label ?? articleId;
}

export function languageOf(view: ReportView, articleId: string): string | null {
  return view.byId.get(articleId)?.article.language ?? null;
}

/** Human sentence number for a 0-based sentence index. */
export function sentenceNumber(index: number): number {
  return index + 1;
}

export interface Agreement {
  view: ArticleView;
  shared: number;
  exclusive: number;
  conflict: number;
  total: number;
}

/** How many facts of each status every article takes part in. */
export function agreement(view: ReportView): Agreement[] {
  return view.articles.map((a) => {
    const counts = { shared: 0, exclusive: 0, conflict: 0 };
    for (const fact of view.report.facts) {
      if (fact.articles.includes(a.article.id)) counts[fact.status] += 1;
    }
    return { view: a, ...counts, total: counts.shared + counts.exclusive + counts.conflict };
  });
}

/** Exclusive facts grouped by the article that carries them, in article order. */
export function exclusiveByArticle(view: ReportView): { articleId: string; label: string; facts: Fact[] }[] {
  const groups = new Map<string, Fact[]>();
  for (const a of view.articles) groups.set(a.article.id, []);
  for (const fact of view.exclusive) {
    const id = fact.articles[0] ?? fact.statements[0]?.article ?? '';
    const list = groups.get(id) ?? [];
    list.push(fact);
    groups.set(id, list);
  }
  return [...groups]
    .filter(([, facts]) => facts.length > 0)
    .map(([articleId, facts]) => ({ articleId, label: labelOf(view, articleId), facts }));
}

/** Stance counts in display order, zeros left out. */
export function stanceEntries(stances: Partial<Record<Stance, number>>): [Stance, number][] {
  const out: [Stance, number][] = [];
  for (const s of STANCE_ORDER) {
    const n = stances[s];
    if (n !== undefined && n > 0) out.push([s, n]);
  }
  return out;
}

/** "neutral 2, distancing 1"; "none" when empty. */
export function stanceSummary(stances: Partial<Record<Stance, number>>): string {
  const entries = stanceEntries(stances);
  return entries.length === 0 ? 'none' : entries.map(([s, n]) => `${s} ${n}`).join(', ');
}

export interface DiffPiece {
  op: DiffOp['op'];
  text: string;
  /** Whether a space goes before this piece when the pieces are joined. */
  space: boolean;
}

/**
 * Diff ops carry words without the spaces between them. Joined naively, "Griff"
 * and ", aber" would read "Griff , aber"; no space goes before closing punctuation
 * or after an opening one.
 */
export function diffPieces(ops: DiffOp[]): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  let previous = '';
  for (const op of ops) {
    const text = oneLine(op.text);
    if (text === '') continue;
    const space = pieces.length > 0 && !/^[,.;:!?)\]}»“”’…]/.test(text) && !/[([{„«‘“]$/.test(previous);
    pieces.push({ op: op.op, text, space });
    previous = text;
  }
  return pieces;
}

/** Opening and closing quotation marks for a language. */
export function quoteMarks(language: string | null): [string, string] {
  switch (language) {
    case 'de':
      return ['„', '“'];
    case 'fr':
      return ['« ', ' »'];
    case 'pl':
      return ['„', '”'];
    default:
      return ['“', '”'];
  }
}

/** The most frequent language among the articles ("und" when none). */
export function dominantLanguage(report: ComparisonReport): string {
  const counts = new Map<string, number>();
  for (const a of report.articles) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  let best = 'und';
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount && lang !== 'und') {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

/** "2024-09-18 07:30" from an ISO date or date-time; the input when it is not ISO. */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] ? `${m[1]} ${m[2]}` : (m[1] ?? iso);
}

/**
 * Article text made safe to print on one line: control characters (escape
 * sequences a terminal would obey) and bidirectional overrides are dropped, runs
 * of whitespace (newlines included) become one space.
 */
export function oneLine(text: string): string {
  return flatten(text).trim();
}

/** `oneLine` without the trimming, for pieces of a sentence whose edge spaces matter. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, '');
}

/** The name to show for a quote's speaker. */
export function speakerOf(quote: { speakerName: string | null; speaker: string | null }): string {
  return quote.speakerName ?? quote.speaker ?? 'unknown speaker';
}

/** Where a value sits in its sentence, for highlighting; null when the sentence does not spell it out. */
export function findValue(text: string, value: string): { start: number; end: number } | null {
  if (value.trim() === '') return null;
  let i = text.indexOf(value);
  if (i < 0 && text.toLowerCase().length === text.length && value.toLowerCase().length === value.length) {
    i = text.toLowerCase().indexOf(value.toLowerCase());
  }
  return i < 0 ? null : { start: i, end: i + value.length };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Number conflict", "Date conflict", … */
export function conflictKindLabel(kind: ConflictKind): string {
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} conflict`;
}

/** What a conflict is about, or '' when that just repeats its kind ("date"). */
export function conflictSubject(conflict: Conflict): string {
  const about = oneLine(conflict.about);
  return about.toLowerCase() === conflict.kind ? '' : about;
}

/** "Number conflict: Dämme"; "Date conflict" when the subject just repeats the kind. */
export function conflictTitle(conflict: Conflict): string {
  const about = conflictSubject(conflict);
  return about === '' ? conflictKindLabel(conflict.kind) : `${conflictKindLabel(conflict.kind)}: ${about}`;
}
