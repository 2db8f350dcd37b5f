/**
 * The report as GitHub-flavoured Markdown: the same sections as the terminal
 * report, with tables for agreement, coverage and framing, blockquotes for
 * quotes and ~~removed~~ / **added** for wording differences.
 *
 * Everything that comes from an article goes through `escapeMarkdown` (or
 * `escapeCell` inside tables), so a headline with "|" or "*" cannot break the layout.
 */
import type { ComparisonReport, DiffOp, ReportQuote } from '../core/model/report.js';
import {
  agreement,
  buildView,
  conflictTitle,
  diffPieces,
  exclusiveByArticle,
  findValue,
  formatDate,
  labelOf,
  languageOf,
  oneLine,
  plural,
  quoteMarks,
  sentenceNumber,
  speakerOf,
  stanceSummary,
  type ReportView,
} from './view.js';

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

/** Bolds the first occurrence of a conflicting value in its sentence. */
function highlightValue(text: string, value: string): string {
  const plain = oneLine(text);
  const at = findValue(plain, oneLine(value));
  if (!at) return escapeMarkdown(plain);
  const [before, hit, after] = [plain.slice(0, at.start), plain.slice(at.start, at.end), plain.slice(at.end)];
  return `${escapeInline(before)}**${escapeInline(hit)}**${escapeInline(after)}`;
}

export function renderMarkdown(report: ComparisonReport): string {
  const view = buildView(report);
  const out: string[] = [];
  header(view, out);
  brief(view, out);
  agreementOverview(view, out);
  conflicts(view, out);
  shared(view, out);
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
  out.push(...table(['#', 'Outlet', 'Title', 'Language', 'Published', 'Author'], rows));
  const s = view.report.story;
  out.push('## Same story?', '');
  out.push(
    s.sameStory
      ? `✅ These articles look like one story (average similarity ${s.similarity.toFixed(2)}).`
      : `⚠️ These articles may not be about one story (average similarity ${s.similarity.toFixed(2)}).`,
  );
  if (s.outliers.length > 0) {
    out.push('', `Looks unrelated to the others: ${s.outliers.map((id) => `**${escapeMarkdown(labelOf(view, id))}**`).join(', ')}.`);
  }
  out.push('');
}

function brief(view: ReportView, out: string[]): void {
  out.push('## Brief', '');
  if (view.report.brief.length === 0) {
    out.push('*No brief: the articles share too little.*', '');
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
    String(a.conflict),
    String(a.total),
  ]);
  out.push(...table(['Outlet', 'Shared', 'Only here', 'Conflicting', 'Total'], rows, ['left', 'right', 'right', 'right', 'right']));
}

function conflicts(view: ReportView, out: string[]): void {
  const all = view.conflicting.flatMap((f) => f.conflicts);
  out.push(`## Conflicts (${all.length})`, '');
  if (all.length === 0) {
    out.push('*No conflicting numbers, dates, places or actors found.*', '');
    return;
  }
  for (const conflict of all) {
    out.push(`### ${escapeMarkdown(conflictTitle(conflict))}`, '');
    const rows = conflict.values.map((v) => [
      `**${escapeCell(labelOf(view, v.article))}**`,
      `**${escapeCell(v.value)}**`,
      highlightValue(v.text, v.value) || ' ',
      String(sentenceNumber(v.sentence)),
    ]);
    out.push(...table(['Outlet', 'Value', 'Sentence', 'No.'], rows, ['left', 'left', 'left', 'right']));
  }
}

function shared(view: ReportView, out: string[]): void {
  out.push(`## Shared facts (${view.shared.length})`, '');
  if (view.shared.length === 0) {
    out.push('*No fact appears in more than one outlet.*', '');
    return;
  }
  view.shared.forEach((fact, i) => {
    const labels = [...new Set(fact.statements.map((s) => labelOf(view, s.article)))];
    out.push(`${i + 1}. ${labels.map((l) => `**${escapeMarkdown(l)}**`).join(', ')} (aligned ${Math.round(fact.confidence * 100)}%)`);
    for (const s of fact.statements) {
      out.push(`   - *${escapeMarkdown(labelOf(view, s.article))}, sentence ${sentenceNumber(s.sentence)}:* ${escapeMarkdown(s.text)}`);
    }
  });
  out.push('');
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
  out.push(...table(header, rows, ['left', 'left', ...view.articles.map(() => 'right' as const), 'left']));
  out.push('*Mentions per article; “— not named” means the article never names the entity.*', '');
}

function quoteBlock(view: ReportView, q: ReportQuote, out: string[]): void {
  const details: string[] = [q.kind];
  if (q.cue !== null) details.push(`cue *${escapeMarkdown(q.cue)}*`);
  if (q.stance !== 'neutral') details.push(`stance ${q.stance}`);
  out.push(`> ${quotedMd(q.text, languageOf(view, q.article))}`, '>');
  out.push(`> — **${escapeMarkdown(speakerOf(q))}**, ${details.join(', ')} · sentence ${sentenceNumber(q.sentence)}`, '');
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
      out.push(...table(['Actor', 'Stances', 'Cues', 'Hedges', 'Labels', 'Neutral'], rows));
    } else {
      out.push('*No attributed statements.*', '');
    }
    const words = (list: { text: string; sentence: number }[], mark: string) =>
      list.length === 0 ? 'none' : list.map((w) => `${mark}${escapeMarkdown(w.text)}${mark} (sentence ${sentenceNumber(w.sentence)})`).join(', ');
    out.push(`- **Hedges:** ${words(f.hedges, '*')}`);
    out.push(`- **Loaded words:** ${words(f.loadedWords, '**')}`);
    for (const w of f.loadedWords) out.push(`  - sentence ${sentenceNumber(w.sentence)}: “${escapeMarkdown(w.sentenceText)}”`);
    const voices = f.voices.map((v) => `${escapeMarkdown(v.actorName)} ${v.words} words (${Math.round(v.share * 100)}%, ${v.direct}/${v.quotes} direct)`);
    out.push(`- **Voices:** ${voices.length === 0 ? 'none' : voices.join(', ')}`);
    out.push(`- **Last word:** ${f.lastWord === null ? 'nobody quoted' : escapeMarkdown(f.lastWord)}`, '');
  }
  const rows = view.report.labelComparison.filter((l) => Object.keys(l.labels).length > 0);
  if (rows.length > 0) {
    const articles = view.report.framing.map((f) => f.article);
    out.push('### Labels side by side', '');
    out.push(
      ...table(
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
