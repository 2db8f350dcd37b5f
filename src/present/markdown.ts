/**
 * The report as GitHub-flavoured Markdown: the same sections as the terminal
 * report, with tables for agreement, coverage and framing, blockquotes for
 * direct quotes only (indirect and reported speech is marked as such, without
 * quotation marks) and ~~removed~~ / **added** for wording differences.
 *
 * Everything that comes from an article goes through `escapeMarkdown` (or
 * `escapeCell` inside tables), so a headline with "|" or "*" cannot break the layout.
 */
import type { ComparisonReport, Conflict, ConflictValue, DiffOp, Fact, ReportQuote } from '../core/model/report.js';
import {
  agreement,
  buildView,
  confidencePercent,
  conflictTitle,
  diffPieces,
  exclusiveByArticle,
  factsByArticle,
  formatDate,
  isSingle,
  labelOf,
  languageOf,
  oneLine,
  plural,
  quoteKindNote,
  quoteMarks,
  sentenceNumber,
  speakerOf,
  stanceSummary,
  statementPlace,
  statementsByArticle,
  storyVerdict,
  updateSteps,
  valueContext,
  type ReportView,
} from './view.js';
import { pushAll } from '../core/collections.js';

/**
 * Escapes text for use inline in Markdown: characters that start emphasis, code,
 * links, HTML, tables, strikethrough or math get a backslash; "&" only where it
 * would start an entity; line-start markers (#, >, -, +, "1.") are neutralised.
 * Newlines and control characters are flattened first (see `oneLine`).
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(oneLine(text))
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Backslash-escapes the inline special characters, leaving spacing alone. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~$]/g, (ch) => `\\${ch}`).replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes text for a table cell; an empty cell gets a space so the row keeps its shape. */
export function escapeCell(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped === '' ? ' ' : escaped;
}

function table(header: string[], rows: string[][], align: ('left' | 'right')[] = []): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line), ''];
}

function cite(labels: string[]): string {
  return labels.length === 0 ? '' : ` — *${labels.map((l) => escapeMarkdown(l)).join(', ')}*`;
}

function quotedMd(text: string, language: string | null): string {
  const [open, close] = quoteMarks(language);
  return `${open}${escapeMarkdown(text)}${close}`;
}

/** Word diff: removed as ~~struck~~, added as **bold**. */
export function diffMarkdown(ops: DiffOp[]): string {
  return diffPieces(ops)
    .map((p, i) => {
      const text = escapeMarkdown(p.text);
      const body = p.op === 'removed' ? `~~${text}~~` : p.op === 'added' ? `**${text}**` : text;
      // "Griff~~, aber~~" would not render as strikethrough: a delimiter between a letter
      // and punctuation does not open emphasis, so changed pieces always get a space.
      return (p.space || (i > 0 && p.op !== 'same') ? ' ' : '') + body;
    })
    .join('');
}

/** A conflicting value's sentence (its statement), the value in bold. */
function highlightValue(view: ReportView, v: ConflictValue): string {
  const { text, mark } = valueContext(view, v);
  if (!mark) return escapeMarkdown(text);
  const [before, hit, after] = [text.slice(0, mark.start), text.slice(mark.start, mark.end), text.slice(mark.end)];
  return `${escapeInline(before)}**${escapeInline(hit)}**${escapeInline(after)}`;
}

export function renderMarkdown(report: ComparisonReport): string {
  const view = buildView(report);
  const out: string[] = [];
  header(view, out);
  brief(view, out);
  agreementOverview(view, out);
  conflicts(view, out);
  updates(view, out);
  shared(view, out);
  tentative(view, out);
  uncertain(view, out);
  exclusive(view, out);
  entities(view, out);
  quotes(view, out);
  framing(view, out);
  warnings(view, out);
  out.push('---', '', `*Parallax report, schema ${escapeMarkdown(report.schemaVersion)}.*`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function header(view: ReportView, out: string[]): void {
  out.push(`# Parallax: ${plural(view.articles.length, 'article')} compared`, '');
  const rows = view.articles.map((a) => {
    const art = a.article;
    const title = art.title === null ? '*(no title)*' : escapeCell(art.title);
    const link = art.url !== null && /^https?:\/\//i.test(art.url) ? `[${title}](<${art.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
    const language = art.languageSupported
      ? escapeCell(art.language)
      : `${escapeCell(art.language)} (not supported: limited analysis)`;
    return [String(a.number), `**${escapeCell(a.label)}**`, link, language, escapeCell(formatDate(art.published) ?? '—'), escapeCell(art.author ?? '—')];
  });
  pushAll(out, table(['#', 'Outlet', 'Title', 'Language', 'Published', 'Author'], rows));
  const s = view.report.story;
  out.push('## Same story?', '');
  const verdict = storyVerdict(view);
  out.push(`${verdict.kind === 'same' ? '✅' : verdict.kind === 'doubt' ? '⚠️' : 'ℹ️'} ${verdict.text}`);
  if (s.outliers.length > 0 && !isSingle(view)) {
    out.push('', `Looks unrelated to the others: ${s.outliers.map((id) => `**${escapeMarkdown(labelOf(view, id))}**`).join(', ')}.`);
  }
  out.push('');
}

function brief(view: ReportView, out: string[]): void {
  out.push('## Brief', '');
  if (view.report.brief.length === 0) {
    out.push(isSingle(view) ? '*No brief: it is written only from facts several outlets state.*' : '*No brief: the articles share too little.*', '');
    return;
  }
  view.report.brief.forEach((b, i) => {
    const outlets = b.outlets.length > 0 ? b.outlets : b.articles.map((id) => labelOf(view, id));
    out.push(`${i + 1}. ${escapeMarkdown(b.text)}${cite(outlets)}`);
  });
  out.push('');
}

function agreementOverview(view: ReportView, out: string[]): void {
  out.push('## Agreement overview', '');
  const rows = agreement(view).map((a) => [
    escapeCell(a.view.label),
    String(a.shared),
    String(a.exclusive),
    String(a.uncertain),
    String(a.conflict),
    String(a.update),
    String(a.total),
  ]);
  pushAll(
    out,
    table(['Outlet', 'Shared', 'Only here', 'Maybe elsewhere', 'Conflicting', 'Updated', 'Total'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
    ]),
  );
  out.push('*Maybe elsewhere: one outlet states it, another has a similar sentence. Updated: a figure that changed between earlier and later articles.*', '');
}

function conflictTable(view: ReportView, conflict: Conflict, dated: boolean, out: string[]): void {
  const values = dated ? updateSteps(view, conflict) : conflict.values.map((value) => ({ value, published: null }));
  const rows = values.map(({ value: v, published }) => [
    `**${escapeCell(labelOf(view, v.article))}**`,
    ...(dated ? [escapeCell(formatDate(published) ?? '—')] : []),
    `**${escapeCell(v.value)}**`,
    highlightValue(view, v) || ' ',
    String(sentenceNumber(v.sentence)),
  ]);
  const header = ['Outlet', ...(dated ? ['Published'] : []), 'Value', 'Sentence', 'No.'];
  pushAll(out, table(header, rows, ['left', ...(dated ? ['left' as const] : []), 'left', 'left', 'right']));
}

function conflicts(view: ReportView, out: string[]): void {
  const all = view.disagreements;
  out.push(`## Conflicts (${all.length})`, '');
  if (all.length === 0) {
    out.push('*No conflicting numbers, dates, times, places or actors found.*', '');
    return;
  }
  for (const conflict of all) {
    out.push(`### ${escapeMarkdown(conflictTitle(conflict))}`, '');
    const fact = view.report.facts.find((f) => f.conflicts.includes(conflict));
    if (fact && !fact.firm) {
      out.push(`*Tentative: the sentences may not be about the same thing (confidence ${confidencePercent(fact.confidence)}).*`, '');
    }
    conflictTable(view, conflict, false, out);
  }
}

function updates(view: ReportView, out: string[]): void {
  if (view.updates.length === 0) return;
  out.push(`## Changed over time (${view.updates.length})`, '', '*Later articles give a later figure: an update, not a disagreement.*', '');
  for (const conflict of view.updates) {
    out.push(`### ${escapeMarkdown(conflictTitle(conflict))}`, '');
    conflictTable(view, conflict, true, out);
  }
}

/** "possibly also in **outlet** *(sentence 12)*: its sentence (41 %)", indented under a fact. */
function nearItems(view: ReportView, fact: Fact, indent: string, out: string[]): void {
  for (const m of fact.possiblyAlso) {
    out.push(
      `${indent}- possibly also in **${escapeMarkdown(labelOf(view, m.article))}** *(${statementPlace(m)})*: ${escapeMarkdown(m.text)} (${confidencePercent(m.confidence)})`,
    );
  }
}

/** One fact as a list item: its outlets and confidence, then each outlet's own sentence(s), then what may state it too. */
function factItem(view: ReportView, fact: Fact, n: number, out: string[]): void {
  const groups = statementsByArticle(fact);
  out.push(`${n}. ${groups.map((g) => `**${escapeMarkdown(labelOf(view, g.article))}**`).join(', ')} (confidence ${confidencePercent(fact.confidence)})`);
  for (const g of groups) {
    for (const s of g.statements) out.push(`   - *${escapeMarkdown(labelOf(view, g.article))}, ${statementPlace(s)}:* ${escapeMarkdown(s.text)}`);
  }
  nearItems(view, fact, '   ', out);
}

function shared(view: ReportView, out: string[]): void {
  out.push(`## Shared facts (${view.firmShared.length})`, '');
  if (view.firmShared.length === 0) {
    out.push(view.tentativeShared.length > 0 ? '*No fact is shared for sure; see the tentative ones below.*' : '*No fact appears in more than one outlet.*', '');
    return;
  }
  view.firmShared.forEach((fact, i) => factItem(view, fact, i + 1, out));
  out.push('');
}

function tentative(view: ReportView, out: string[]): void {
  if (view.tentativeShared.length === 0) return;
  out.push(`## Shared facts, tentative (${view.tentativeShared.length})`, '');
  out.push('*Probably the same fact in several outlets, but not sure enough to count as shared.*', '');
  view.tentativeShared.forEach((fact, i) => factItem(view, fact, i + 1, out));
  out.push('');
}

function uncertain(view: ReportView, out: string[]): void {
  if (view.uncertain.length === 0) return;
  out.push(`## Possibly also elsewhere (${view.uncertain.length})`, '');
  out.push('*One outlet states these; another article has a similar sentence that may state the same.*', '');
  for (const g of factsByArticle(view, view.uncertain)) {
    out.push(`### ${escapeMarkdown(g.label)}`, '');
    for (const fact of g.facts) {
      for (const s of fact.statements) out.push(`- ${escapeMarkdown(s.text)} *(${statementPlace(s)})*`);
      nearItems(view, fact, '  ', out);
    }
    out.push('');
  }
}

function exclusive(view: ReportView, out: string[]): void {
  out.push(`## Only in one outlet (${view.exclusive.length})`, '');
  const groups = exclusiveByArticle(view);
  if (groups.length === 0) out.push('*Every fact appears in more than one outlet.*', '');
  for (const g of groups) {
    out.push(`### ${escapeMarkdown(g.label)}`, '');
    for (const fact of g.facts) {
      for (const s of fact.statements) out.push(`- ${escapeMarkdown(s.text)} *(sentence ${sentenceNumber(s.sentence)})*`);
    }
    out.push('');
  }
}

function entities(view: ReportView, out: string[]): void {
  const list = view.report.entities;
  out.push(`## Entities (${list.length})`, '');
  if (list.length === 0) {
    out.push('*No people, places or organisations recognised.*', '');
    return;
  }
  const header = ['Entity', 'Type', ...view.articles.map((a) => escapeCell(a.label)), 'Also written as'];
  const rows = list.map((e) => [
    `**${escapeCell(e.name)}**${e.institution ? ' (institution)' : ''}`,
    e.type,
    ...view.articles.map((a) => {
      const n = e.mentions[a.article.id];
      return n === undefined || e.omittedBy.includes(a.article.id) ? '— *not named*' : String(n);
    }),
    e.aliases.length === 0 ? ' ' : e.aliases.map((x) => escapeCell(x)).join(', '),
  ]);
  pushAll(out, table(header, rows, ['left', 'left', ...view.articles.map(() => 'right' as const), 'left']));
  out.push('*Mentions per article; “— not named” means the article never names the entity.*', '');
}

/** A direct quote as a blockquote in quotation marks; indirect and reported speech as a marked paraphrase. */
function quoteBlock(view: ReportView, q: ReportQuote, out: string[]): void {
  const details: string[] = [q.kind];
  if (q.cue !== null) details.push(`cue *${escapeMarkdown(q.cue)}*`);
  if (q.stance !== 'neutral') details.push(`stance ${q.stance}`);
  const source = `**${escapeMarkdown(speakerOf(q))}**, ${details.join(', ')} · sentence ${sentenceNumber(q.sentence)}`;
  const note = quoteKindNote(q.kind);
  if (note === null) {
    out.push(`> ${quotedMd(q.text, languageOf(view, q.article))}`, '>');
    out.push(`> — ${source}`, '');
  } else {
    out.push(`- *${note}* ${escapeMarkdown(q.text)} — ${source}`, '');
  }
}

function quotes(view: ReportView, out: string[]): void {
  const report = view.report;
  out.push(`## Quotes (${report.quotes.length})`, '');
  if (report.quotes.length === 0) out.push('*No quotes found.*', '');
  for (const a of view.articles) {
    const own = report.quotes.filter((q) => q.article === a.article.id).sort((x, y) => x.sentence - y.sentence);
    if (own.length === 0) continue;
    out.push(`### ${escapeMarkdown(a.label)}`, '');
    for (const q of own) quoteBlock(view, q, out);
  }
  if (report.quoteGroups.length === 0) return;
  out.push('### The same statement in several outlets', '');
  for (const g of report.quoteGroups) {
    const members = g.quotes.map((id) => view.quotesById.get(id)).filter((q) => q !== undefined);
    const notes = [plural(new Set(g.articles).size, 'outlet'), g.wordingDiffers ? 'wording differs' : 'same wording'];
    if (g.mixedKinds) notes.push('quoted and paraphrased');
    out.push(`- **${escapeMarkdown(speakerOf(g))}** — ${notes.join(', ')}`);
    out.push(`  - ${members.map((q) => `${escapeMarkdown(labelOf(view, q.article))}: ${q.kind}`).join('; ')}`);
    for (const d of g.diffs) {
      const name = (id: string) => {
        const q = view.quotesById.get(id);
        return escapeMarkdown(q ? labelOf(view, q.article) : id);
      };
      out.push(`  - *${name(d.from)} → ${name(d.to)}:* ${diffMarkdown(d.ops)}`);
    }
  }
  out.push('');
}

function framing(view: ReportView, out: string[]): void {
  out.push('## Framing', '');
  if (view.report.framing.length === 0) out.push('*No framing analysis.*', '');
  for (const f of view.report.framing) {
    out.push(`### ${escapeMarkdown(labelOf(view, f.article) || f.outlet)}`, '');
    if (f.actors.length > 0) {
      const rows = f.actors.map((a) => [
        `**${escapeCell(a.actorName)}**`,
        stanceSummary(a.stances),
        escapeCell(a.cues.join(', ')),
        escapeCell(a.hedges.join(', ')),
        escapeCell(a.labels.join(', ')),
        a.statements > 0 ? `${Math.round(a.neutralShare * 100)}% of ${a.statements}` : '–',
      ]);
      pushAll(out, table(['Actor', 'Stances', 'Cues', 'Hedges', 'Labels', 'Neutral'], rows));
    } else {
      out.push('*No attributed statements.*', '');
    }
    const words = (list: { text: string; sentence: number }[], mark: string) =>
      list.length === 0 ? 'none' : list.map((w) => `${mark}${escapeMarkdown(w.text)}${mark} (sentence ${sentenceNumber(w.sentence)})`).join(', ');
    out.push(`- **Hedges:** ${words(f.hedges, '*')}`);
    out.push(`- **Loaded words:** ${words(f.loadedWords, '**')}`);
    for (const w of f.loadedWords) out.push(`  - sentence ${sentenceNumber(w.sentence)}: ${escapeMarkdown(w.sentenceText)}`);
    const voices = f.voices.map((v) => `${escapeMarkdown(v.actorName)} ${v.words} words (${Math.round(v.share * 100)}%, ${v.direct}/${v.quotes} direct)`);
    out.push(`- **Voices:** ${voices.length === 0 ? 'none' : voices.join(', ')}`);
    out.push(`- **Last word:** ${f.lastWord === null ? 'nobody quoted' : escapeMarkdown(f.lastWord)}`, '');
  }
  const rows = view.report.labelComparison.filter((l) => Object.keys(l.labels).length > 0);
  if (rows.length > 0) {
    const articles = view.report.framing.map((f) => f.article);
    out.push('### Labels side by side', '');
    pushAll(
      out,
      table(
        ['Entity', ...articles.map((id) => escapeCell(labelOf(view, id)))],
        rows.map((l) => [`**${escapeCell(l.name)}**`, ...articles.map((id) => escapeCell((l.labels[id] ?? []).join(', ')) || '–')]),
      ),
    );
  }
}

function warnings(view: ReportView, out: string[]): void {
  if (view.report.warnings.length === 0) return;
  out.push('## Warnings', '');
  for (const w of view.report.warnings) out.push(`- ⚠️ ${escapeMarkdown(w)}`);
  out.push('');
}
