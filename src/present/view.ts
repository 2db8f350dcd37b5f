/**
 * What every presenter needs from a report, computed once: readable labels for
 * articles, facts grouped by what a reader should make of them (firm and
 * tentative shared facts, updates over time apart from disagreements, facts
 * possibly stated elsewhere), agreement counts, stance summaries and diff
 * spacing. Pure functions over `ComparisonReport`; no formatting here. The
 * text, Markdown and HTML reports and the web app all group facts through it.
 */
import type { Stance } from '../core/model/analysis.js';
import type {
  ComparisonReport,
  Conflict,
  ConflictKind,
  ConflictValue,
  DiffOp,
  Fact,
  ReportArticle,
  ReportQuote,
  Statement,
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
  /** Every shared fact, firm ones first. */
  shared: Fact[];
  /** Shared facts confident enough to be shown as settled. */
  firmShared: Fact[];
  /** Shared facts that are likely but not sure: shown apart, with their confidence. */
  tentativeShared: Fact[];
  exclusive: Fact[];
  /** One outlet states them; other articles hold a near match (`possiblyAlso`). */
  uncertain: Fact[];
  /** Facts on which outlets disagree: at least one conflict that is no update over time. */
  conflicting: Fact[];
  /** Facts whose differing values are all updates over time (a toll rising), no disagreement. */
  updated: Fact[];
  /** The conflicts that are disagreements, in fact order. */
  disagreements: Conflict[];
  /** The conflicts that are updates over time, in fact order. */
  updates: Conflict[];
  quotesById: Map<string, ReportQuote>;
}

/** How a reader should take a fact; a conflicting fact whose values all changed over time is an update. */
export type FactCategory = 'shared' | 'exclusive' | 'uncertain' | 'conflict' | 'update';

export function factCategory(fact: Fact): FactCategory {
  if (fact.status !== 'conflict') return fact.status;
  return fact.conflicts.length > 0 && fact.conflicts.every((c) => c.update) ? 'update' : 'conflict';
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
  const of = (category: FactCategory) => report.facts.filter((f) => factCategory(f) === category);
  const shared = of('shared');
  const firmShared = shared.filter((f) => f.firm);
  const tentativeShared = shared.filter((f) => !f.firm);
  const conflicts = report.facts.filter((f) => f.status === 'conflict').flatMap((f) => f.conflicts);
  return {
    report,
    articles,
    byId: new Map(articles.map((a) => [a.article.id, a])),
    shared: [...firmShared, ...tentativeShared],
    firmShared,
    tentativeShared,
    exclusive: of('exclusive'),
    uncertain: of('uncertain'),
    conflicting: of('conflict'),
    updated: of('update'),
    disagreements: conflicts.filter((c) => !c.update),
    updates: conflicts.filter((c) => c.update),
    quotesById: new Map(report.quotes.map((q) => [q.id, q])),
  };
}

/** Only one article: there is nothing to compare, so no claim about one story or agreement. */
export function isSingle(view: ReportView): boolean {
  return view.report.articles.length < 2;
}

/** What the report may say about whether the articles are one story. */
export function storyVerdict(view: ReportView): { kind: 'single' | 'same' | 'doubt'; text: string } {
  const s = view.report.story;
  const similarity = `average similarity ${s.similarity.toFixed(2)}`;
  if (isSingle(view)) return { kind: 'single', text: 'Only one article: there is nothing to compare it with.' };
  if (s.sameStory) return { kind: 'same', text: `These articles look like one story (${similarity}).` };
  return { kind: 'doubt', text: `These articles may not be about one story (${similarity}).` };
}

/** A calibrated probability as a percentage: "72 %" (with a no-break space, so it never wraps apart). */
export function confidencePercent(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}\u00a0%`;
}

/** A fact's statements grouped by article, in the order the articles first appear: each outlet's own wording. */
export function statementsByArticle(fact: Fact): { article: string; statements: Statement[] }[] {
  const groups = new Map<string, Statement[]>();
  for (const s of fact.statements) groups.set(s.article, [...(groups.get(s.article) ?? []), s]);
  return [...groups].map(([article, statements]) => ({ article, statements }));
}

/** "sentence 3", or "part of sentence 3" for a clause. */
export function statementPlace(s: Pick<Statement, 'sentence' | 'clause'>): string {
  return `${s.clause ? 'part of sentence' : 'sentence'} ${sentenceNumber(s.sentence)}`;
}

/**
 * A conflicting value in its context: the shortest statement of the report that holds
 * it (a value's own `text` is only the words at start–end, "zwei Dämme"), and where
 * the value sits in that text, for highlighting.
 */
export function valueContext(view: ReportView, v: ConflictValue): { text: string; mark: { start: number; end: number } | null } {
  const same = view.report.facts.flatMap((f) => f.statements).filter((s) => s.article === v.article && s.sentence === v.sentence);
  const holding = same.filter((s) => s.start <= v.start && v.end <= s.end);
  const context = [...(holding.length > 0 ? holding : same)].sort((a, b) => a.text.length - b.text.length)[0];
  const phrase = oneLine(v.text);
  const text = context ? oneLine(context.text) : phrase;
  if (text === phrase) return { text, mark: findValue(text, oneLine(v.value)) ?? (text === '' ? null : { start: 0, end: text.length }) };
  return { text, mark: findValue(text, phrase) ?? findValue(text, oneLine(v.value)) };
}

/** The values of an update in publication order (undated ones last), each with its article's date. */
export function updateSteps(view: ReportView, conflict: Conflict): { value: ConflictValue; published: string | null }[] {
  const time = (id: string) => {
    const iso = view.byId.get(id)?.article.published ?? null;
    const t = iso === null ? NaN : Date.parse(iso);
    return Number.isNaN(t) ? Infinity : t;
  };
  return conflict.values
    .map((value, i) => ({ value, i, t: time(value.article), published: view.byId.get(value.article)?.article.published ?? null }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ value, published }) => ({ value, published }));
}

/**
 * How a quote is to be shown: only a direct quote goes in quotation marks; indirect
 * and reported speech are the outlet's paraphrase and are marked as such.
 */
export function quoteKindNote(kind: ReportQuote['kind']): string | null {
  return kind === 'direct' ? null : `(${kind})`;
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
  /** Facts only this outlet states for sure, with a near match elsewhere. */
  uncertain: number;
  /** Facts on which it disagrees with another outlet. */
  conflict: number;
  /** Facts whose figure changed between earlier and later articles. */
  update: number;
  total: number;
}

/** How many facts of each category every article takes part in. */
export function agreement(view: ReportView): Agreement[] {
  return view.articles.map((a) => {
    const counts: Record<FactCategory, number> = { shared: 0, exclusive: 0, uncertain: 0, conflict: 0, update: 0 };
    for (const fact of view.report.facts) {
      if (fact.articles.includes(a.article.id)) counts[factCategory(fact)] += 1;
    }
    const total = counts.shared + counts.exclusive + counts.uncertain + counts.conflict + counts.update;
    return { view: a, ...counts, total };
  });
}

/** Exclusive facts grouped by the article that carries them, in article order. */
export function exclusiveByArticle(view: ReportView): { articleId: string; label: string; facts: Fact[] }[] {
  return factsByArticle(view, view.exclusive);
}

/** Facts of one outlet each (exclusive or uncertain) grouped by that article, in article order. */
export function factsByArticle(view: ReportView, facts: readonly Fact[]): { articleId: string; label: string; facts: Fact[] }[] {
  const groups = new Map<string, Fact[]>();
  for (const a of view.articles) groups.set(a.article.id, []);
  for (const fact of facts) {
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

/** "Number conflict", "Date conflict", …; "Number changed over time" for an update. */
export function conflictKindLabel(kind: ConflictKind, update = false): string {
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${update ? 'changed over time' : 'conflict'}`;
}

/** What a conflict is about, or '' when that just repeats its kind ("date"). */
export function conflictSubject(conflict: Conflict): string {
  const about = oneLine(conflict.about);
  return about.toLowerCase() === conflict.kind ? '' : about;
}

/** "Number conflict: Dämme"; "Date conflict" when the subject just repeats the kind. */
export function conflictTitle(conflict: Conflict): string {
  const about = conflictSubject(conflict);
  const kind = conflictKindLabel(conflict.kind, conflict.update);
  return about === '' ? kind : `${kind}: ${about}`;
}
