/**
 * The terminal report: plain text, optionally coloured, wrapped to a width.
 * Sections follow the order a reader needs: which articles, whether they are one
 * story, the brief, where the outlets conflict and which figures changed over
 * time, the facts they share (firm, then tentative with their confidence), what
 * one outlet states that may be elsewhere too, what only one outlet has, who is
 * named, who is quoted and how each outlet frames them. Only direct quotes go in
 * quotation marks.
 */
import pc from 'picocolors';
import type { ComparisonReport, DiffOp, ReportQuote } from '../core/model/report.js';
import { fitFirstColumn, renderTable, tableWidth } from './text/table.js';
import { wrap } from './text/wrap.js';
import type { Conflict, ConflictValue, Fact } from '../core/model/report.js';
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
  stanceEntries,
  statementPlace,
  statementsByArticle,
  storyVerdict,
  updateSteps,
  valueContext,
  type ReportView,
} from './view.js';
import { pushAll } from '../core/collections.js';

export interface TextOptions {
  color: boolean;
  /** Maximum line width in columns (default 100, at least 40). */
  width?: number;
}

export const DEFAULT_WIDTH = 100;

type Colors = ReturnType<typeof pc.createColors>;

/** A small context the section writers share. */
interface Ctx {
  view: ReportView;
  c: Colors;
  color: boolean;
  width: number;
  out: string[];
}

export function renderText(report: ComparisonReport, options: TextOptions): string {
  const ctx: Ctx = {
    view: buildView(report),
    c: pc.createColors(options.color),
    color: options.color,
    width: Math.max(40, Math.floor(options.width ?? DEFAULT_WIDTH)),
    out: [],
  };
  header(ctx);
  story(ctx);
  brief(ctx);
  agreementOverview(ctx);
  conflicts(ctx);
  updates(ctx);
  sharedFacts(ctx);
  tentativeFacts(ctx);
  uncertainFacts(ctx);
  exclusiveFacts(ctx);
  entities(ctx);
  quotes(ctx);
  framing(ctx);
  warnings(ctx);
  ctx.out.push('', ctx.c.dim(`Parallax report schema ${oneLine(report.schemaVersion)}`));
  return ctx.out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ── small writers ────────────────────────────────────────────────────────────

function para(ctx: Ctx, text: string, first = '', rest?: string): void {
  pushAll(ctx.out, wrap(text, ctx.width, first, rest));
}

function section(ctx: Ctx, title: string): void {
  const heading = title.toUpperCase();
  ctx.out.push('', ctx.c.bold(heading), ctx.c.dim('─'.repeat(Math.min(heading.length, ctx.width))));
}

function none(ctx: Ctx, text: string): void {
  ctx.out.push(ctx.c.dim(`  ${text}`));
}

function cite(ctx: Ctx, labels: string[]): string {
  return ctx.c.cyan(`[${labels.join(', ')}]`);
}

function quoted(text: string, language: string | null): string {
  const [open, close] = quoteMarks(language);
  return `${open}${oneLine(text)}${close}`;
}

/** A conflicting value's sentence (its statement), the value emphasised in it. */
function inContext(ctx: Ctx, v: ConflictValue): string {
  const { text, mark } = valueContext(ctx.view, v);
  if (!mark) return text;
  return text.slice(0, mark.start) + ctx.c.bold(ctx.c.yellow(text.slice(mark.start, mark.end))) + text.slice(mark.end);
}

/** A word diff inline: colour when enabled, [-removed-] and {+added+} markers otherwise. */
export function formatDiff(ops: DiffOp[], c: Colors, color: boolean): string {
  return diffPieces(ops)
    .map((p) => {
      const sep = p.space ? ' ' : '';
      if (p.op === 'same') return sep + p.text;
      if (p.op === 'removed') return sep + (color ? c.red(c.strikethrough(p.text)) : `[-${p.text}-]`);
      return sep + (color ? c.green(c.underline(p.text)) : `{+${p.text}+}`);
    })
    .join('');
}

// ── sections ─────────────────────────────────────────────────────────────────

function header(ctx: Ctx): void {
  const { view, c } = ctx;
  ctx.out.push(c.bold(`PARALLAX · ${plural(view.articles.length, 'article')}${view.articles.length === 1 ? '' : ' compared'}`));
  for (const a of view.articles) {
    const art = a.article;
    ctx.out.push('');
    para(ctx, c.bold(oneLine(a.label)), `[${a.number}] `);
    const pad = ' '.repeat(`[${a.number}] `.length);
    para(ctx, art.title === null ? c.dim('(no title)') : oneLine(art.title), pad);
    const meta = [oneLine(art.language)];
    if (!art.languageSupported) meta.push(c.yellow('language not supported: limited analysis'));
    const date = formatDate(art.published);
    meta.push(date === null ? 'no date' : oneLine(date));
    if (art.author !== null) meta.push(oneLine(art.author));
    meta.push(plural(art.sentences, 'sentence'));
    para(ctx, meta.join(c.dim(' · ')), pad);
    const where = art.url ?? (art.source === '-' ? 'standard input' : art.source);
    if (where) para(ctx, c.dim(oneLine(where)), pad);
  }
}

function story(ctx: Ctx): void {
  const { view, c } = ctx;
  const s = view.report.story;
  section(ctx, 'Same story?');
  const verdict = storyVerdict(view);
  const mark = verdict.kind === 'same' ? c.green('✓') : verdict.kind === 'doubt' ? c.yellow('!') : c.dim('–');
  para(ctx, `${mark} ${verdict.text}`, '  ');
  if (s.outliers.length > 0 && !isSingle(view)) {
    para(ctx, `Looks unrelated to the others: ${s.outliers.map((id) => labelOf(view, id)).join(', ')}`, '  ');
  }
}

function brief(ctx: Ctx): void {
  const { view } = ctx;
  section(ctx, 'Brief');
  if (view.report.brief.length === 0) {
    return none(ctx, isSingle(view) ? 'No brief: it is written only from facts several outlets state.' : 'No brief: the articles share too little.');
  }
  view.report.brief.forEach((b, i) => {
    const outlets = b.outlets.length > 0 ? b.outlets : b.articles.map((id) => labelOf(view, id));
    para(ctx, `${oneLine(b.text)} ${cite(ctx, outlets.map(oneLine))}`, `${String(i + 1).padStart(2)}. `);
  });
}

function agreementOverview(ctx: Ctx): void {
  const { view, c } = ctx;
  section(ctx, 'Agreement overview');
  const counts = agreement(view);
  const build = (headers: string[], total: boolean) =>
    fitFirstColumn(
      [
        headers,
        ...counts.map((a) => {
          const row = [oneLine(a.view.label), String(a.shared), String(a.exclusive), String(a.uncertain), String(a.conflict), String(a.update)];
          return total ? [...row, String(a.total)] : row;
        }),
      ],
      '  ',
      ctx.width,
    );
  let rows = build(['Outlet', 'Shared', 'Only here', 'Maybe elsewhere', 'Conflicting', 'Updated', 'Total'], true);
  // On a narrow terminal the total goes (it is the sum) and the headers get shorter, down to one letter.
  if (tableWidth(rows, '  ') > ctx.width) rows = build(['Outlet', 'Shared', 'Only', 'Maybe', 'Confl.', 'Upd.'], false);
  const letters = tableWidth(rows, '  ') > ctx.width;
  if (letters) rows = build(['Outlet', 'S', 'O', 'M', 'C', 'U'], false);
  pushAll(ctx.out, renderTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right'], '  ', c.bold));
  if (letters) para(ctx, c.dim('S shared, O only here, M maybe elsewhere, C conflicting, U updated.'), '  ');
  para(
    ctx,
    c.dim('Maybe elsewhere: one outlet states it, another has a similar sentence. Updated: a figure that changed between earlier and later articles.'),
    '  ',
  );
}

/** The facts each conflict belongs to, for its confidence. */
function factOf(view: ReportView, conflict: Conflict): Fact | undefined {
  return view.report.facts.find((f) => f.conflicts.includes(conflict));
}

function conflicts(ctx: Ctx): void {
  const { view, c } = ctx;
  const all = view.disagreements;
  section(ctx, `Conflicts (${all.length})`);
  if (all.length === 0) return none(ctx, 'No conflicting numbers, dates, times, places or actors found.');
  all.forEach((conflict, i) => {
    const fact = factOf(view, conflict);
    const sure = fact && !fact.firm ? ` ${c.dim(`tentative: the sentences may not be about the same thing (${confidencePercent(fact.confidence)})`)}` : '';
    para(ctx, `${c.bold(conflictTitle(conflict))}${sure}`, `${String(i + 1).padStart(2)}. `);
    for (const v of conflict.values) {
      para(ctx, `${oneLine(labelOf(view, v.article))}: ${c.bold(c.yellow(oneLine(v.value)))}`, '     • ', '       ');
      const sentence = inContext(ctx, v);
      para(ctx, `${sentence} ${c.dim(`(sentence ${sentenceNumber(v.sentence)})`)}`, '       ');
    }
  });
}

function updates(ctx: Ctx): void {
  const { view, c } = ctx;
  if (view.updates.length === 0) return;
  section(ctx, `Changed over time (${view.updates.length})`);
  para(ctx, c.dim('Later articles give a later figure: an update, not a disagreement.'), '  ');
  view.updates.forEach((conflict, i) => {
    para(ctx, c.bold(conflictTitle(conflict)), `${String(i + 1).padStart(2)}. `);
    for (const { value: v, published } of updateSteps(view, conflict)) {
      const when = formatDate(published) ?? 'no date';
      para(ctx, `${oneLine(labelOf(view, v.article))} ${c.dim(`(${oneLine(when)})`)}: ${c.bold(c.yellow(oneLine(v.value)))}`, '     • ', '       ');
      const sentence = inContext(ctx, v);
      para(ctx, `${sentence} ${c.dim(`(sentence ${sentenceNumber(v.sentence)})`)}`, '       ');
    }
  });
}

/** "possibly also in <outlet> (s12): <its sentence> (41 %)" for each near match of a fact. */
function nearMatches(ctx: Ctx, fact: Fact): void {
  const { view, c } = ctx;
  for (const m of fact.possiblyAlso) {
    const where = `possibly also in ${oneLine(labelOf(view, m.article))} ${c.dim(`(s${sentenceNumber(m.sentence)})`)}:`;
    para(ctx, `${where} ${oneLine(m.text)} ${c.dim(`(${confidencePercent(m.confidence)})`)}`, '     ', '       ');
  }
}

/** One fact: its outlets and confidence, then each outlet's own sentence(s), then what may state it too. */
function factBlock(ctx: Ctx, fact: Fact, n: number): void {
  const { view, c } = ctx;
  const groups = statementsByArticle(fact);
  const labels = groups.map((g) => oneLine(labelOf(view, g.article)));
  para(ctx, `${cite(ctx, labels)} ${c.dim(`confidence ${confidencePercent(fact.confidence)}`)}`, `${String(n).padStart(2)}. `);
  for (const g of groups) {
    for (const s of g.statements) {
      const where = c.dim(`${oneLine(labelOf(view, g.article))}, ${statementPlace(s)}:`);
      para(ctx, `${where} ${oneLine(s.text)}`, '     ', '       ');
    }
  }
  nearMatches(ctx, fact);
}

function sharedFacts(ctx: Ctx): void {
  const { view } = ctx;
  section(ctx, `Shared facts (${view.firmShared.length})`);
  if (view.firmShared.length === 0) {
    return none(ctx, view.tentativeShared.length > 0 ? 'No fact is shared for sure; see the tentative ones below.' : 'No fact appears in more than one outlet.');
  }
  view.firmShared.forEach((fact, i) => factBlock(ctx, fact, i + 1));
}

function tentativeFacts(ctx: Ctx): void {
  const { view, c } = ctx;
  if (view.tentativeShared.length === 0) return;
  section(ctx, `Shared facts, tentative (${view.tentativeShared.length})`);
  para(ctx, c.dim('Probably the same fact in several outlets, but not sure enough to count as shared.'), '  ');
  view.tentativeShared.forEach((fact, i) => factBlock(ctx, fact, i + 1));
}

function uncertainFacts(ctx: Ctx): void {
  const { view, c } = ctx;
  if (view.uncertain.length === 0) return;
  section(ctx, `Possibly also elsewhere (${view.uncertain.length})`);
  para(ctx, c.dim('One outlet states these; another article has a similar sentence that may state the same.'), '  ');
  for (const g of factsByArticle(view, view.uncertain)) {
    ctx.out.push('', c.bold(`  ${oneLine(g.label)}`));
    for (const fact of g.facts) {
      for (const s of fact.statements) para(ctx, `${c.dim(`s${sentenceNumber(s.sentence)}:`)} ${oneLine(s.text)}`, '   • ');
      nearMatches(ctx, fact);
    }
  }
}

function exclusiveFacts(ctx: Ctx): void {
  const { view, c } = ctx;
  section(ctx, `Only in one outlet (${view.exclusive.length})`);
  const groups = exclusiveByArticle(view);
  if (groups.length === 0) return none(ctx, 'Every fact appears in more than one outlet.');
  for (const g of groups) {
    ctx.out.push('', c.bold(`  ${oneLine(g.label)}`));
    for (const fact of g.facts) {
      for (const s of fact.statements) {
        para(ctx, `${c.dim(`s${sentenceNumber(s.sentence)}:`)} ${oneLine(s.text)}`, '   • ');
      }
    }
  }
}

function entities(ctx: Ctx): void {
  const { view, c } = ctx;
  const list = view.report.entities;
  section(ctx, `Entities (${list.length})`);
  if (list.length === 0) return none(ctx, 'No people, places or organisations recognised.');
  const build = (short: boolean): string[][] => [
    ['Entity', 'Type', ...view.articles.map((a) => (short ? `[${a.number}]` : oneLine(a.label)))],
    ...list.map((e) => [
      oneLine(e.name),
      short && e.type === 'organization' ? 'org.' : e.type,
      ...view.articles.map((a) => {
        const n = e.mentions[a.article.id];
        return n === undefined || e.omittedBy.includes(a.article.id) ? '—' : String(n);
      }),
    ]),
  ];
  let rows = build(false);
  const short = tableWidth(rows, '  ') > ctx.width;
  if (short) rows = fitFirstColumn(build(true), '  ', ctx.width);
  const align = ['left', 'left', ...view.articles.map(() => 'right' as const)] as const;
  pushAll(ctx.out, renderTable(rows, [...align], '  ', c.bold));
  if (short) para(ctx, c.dim(view.articles.map((a) => `[${a.number}] ${oneLine(a.label)}`).join('  ')), '  ');
  para(ctx, c.dim('Counts are mentions per article; — means the article never names the entity.'), '  ');
  const institutions = list.filter((e) => e.institution).map((e) => oneLine(e.name));
  if (institutions.length > 0) para(ctx, `Standing for an institution: ${institutions.join(', ')}`, '  ');
  const withAliases = list.filter((e) => e.aliases.length > 0);
  if (withAliases.length > 0) {
    ctx.out.push('', '  Also written as:');
    for (const e of withAliases) para(ctx, `${oneLine(e.name)}: ${e.aliases.map(oneLine).join(', ')}`, '   • ');
  }
}

/** A direct quote in quotation marks; indirect and reported speech marked as such, without them. */
function quoteText(ctx: Ctx, q: ReportQuote): string {
  const note = quoteKindNote(q.kind);
  return note === null ? ctx.c.italic(quoted(q.text, languageOf(ctx.view, q.article))) : `${ctx.c.dim(note)} ${oneLine(q.text)}`;
}

function quoteLine(ctx: Ctx, q: ReportQuote): void {
  const { c } = ctx;
  const parts: string[] = [q.kind];
  if (q.cue !== null) parts.push(`cue: ${oneLine(q.cue)}`);
  if (q.stance !== 'neutral') parts.push(`stance ${q.stance}`);
  const where = `s${sentenceNumber(q.sentence)}`;
  para(ctx, `${c.bold(oneLine(speakerOf(q)))} — ${parts.join(', ')} ${c.dim(`· ${where}`)}`, '   • ');
  para(ctx, quoteText(ctx, q), '     ');
}

function quotes(ctx: Ctx): void {
  const { view, c } = ctx;
  const report = view.report;
  section(ctx, `Quotes (${report.quotes.length})`);
  if (report.quotes.length === 0) return none(ctx, 'No quotes found.');
  for (const a of view.articles) {
    const own = report.quotes.filter((q) => q.article === a.article.id);
    if (own.length === 0) continue;
    ctx.out.push('', c.bold(`  ${oneLine(a.label)}`));
    for (const q of [...own].sort((x, y) => x.sentence - y.sentence)) quoteLine(ctx, q);
  }
  if (report.quoteGroups.length === 0) return;
  ctx.out.push('', c.bold('  The same statement in several outlets'));
  for (const g of report.quoteGroups) {
    const members = g.quotes.map((id) => view.quotesById.get(id)).filter((q) => q !== undefined);
    const notes = [plural(new Set(g.articles).size, 'outlet')];
    notes.push(g.wordingDiffers ? c.yellow('wording differs') : 'same wording');
    if (g.mixedKinds) notes.push(c.yellow('quoted and paraphrased'));
    para(ctx, `${c.bold(oneLine(speakerOf(g)))} — ${notes.join(', ')}`, '   • ');
    para(ctx, members.map((q) => `${oneLine(labelOf(view, q.article))} ${q.kind}`).join(', '), '     ');
    for (const d of g.diffs) {
      const from = view.quotesById.get(d.from);
      const to = view.quotesById.get(d.to);
      const name = (q: ReportQuote | undefined, id: string) => (q ? oneLine(labelOf(view, q.article)) : id);
      para(ctx, c.dim(`${name(from, d.from)} → ${name(to, d.to)}:`), '     ');
      para(ctx, formatDiff(d.ops, c, ctx.color), '       ');
    }
  }
}

function framing(ctx: Ctx): void {
  const { view, c } = ctx;
  section(ctx, 'Framing');
  if (view.report.framing.length === 0) return none(ctx, 'No framing analysis.');
  const stanceColor: Record<string, (s: string) => string> = {
    distancing: c.yellow,
    contesting: c.red,
    conceding: c.blue,
    emphatic: c.magenta,
    pressure: c.red,
    other: c.dim,
  };
  for (const f of view.report.framing) {
    ctx.out.push('', c.bold(`  ${oneLine(labelOf(view, f.article) || f.outlet)}`));
    const supported = view.byId.get(f.article)?.article.languageSupported ?? true;
    if (f.actors.length === 0) {
      para(ctx, c.dim(supported ? 'No attributed statements.' : 'Not analysed: language not supported.'), '   ');
    }
    for (const actor of f.actors) {
      const stances = stanceEntries(actor.stances).map(([s, n]) => (stanceColor[s] ?? String)(`${s} ${n}`));
      const parts = [stances.length > 0 ? stances.join(', ') : 'no stance'];
      if (actor.cues.length > 0) parts.push(`cues: ${actor.cues.map(oneLine).join(', ')}`);
      if (actor.hedges.length > 0) parts.push(`hedges: ${actor.hedges.map((h) => c.yellow(oneLine(h))).join(', ')}`);
      if (actor.labels.length > 0) parts.push(`labels: ${actor.labels.map(oneLine).join(', ')}`);
      if (actor.statements > 0) parts.push(`neutral ${Math.round(actor.neutralShare * 100)}% of ${actor.statements}`);
      para(ctx, `${c.bold(oneLine(actor.actorName))}: ${parts.join(c.dim(' · '))}`, '   • ');
    }
    const words = (list: { text: string; sentence: number }[], paint: (s: string) => string) =>
      list.length === 0 ? c.dim('none') : list.map((w) => `${paint(oneLine(w.text))} (s${sentenceNumber(w.sentence)})`).join(', ');
    para(ctx, `Hedges: ${words(f.hedges, c.yellow)}`, '   ');
    para(ctx, `Loaded words: ${words(f.loadedWords, c.magenta)}`, '   ');
    for (const w of f.loadedWords) para(ctx, c.dim(oneLine(w.sentenceText)), `     s${sentenceNumber(w.sentence)}: `);
    const voices = f.voices.map((v) => `${oneLine(v.actorName)} ${v.words} words (${Math.round(v.share * 100)}%, ${v.direct}/${v.quotes} direct)`);
    para(ctx, `Voices: ${voices.length === 0 ? c.dim('none') : voices.join(', ')}`, '   ');
    para(ctx, `Last word: ${f.lastWord === null ? c.dim('nobody quoted') : oneLine(f.lastWord)}`, '   ');
  }
  const rows = view.report.labelComparison.filter((l) => Object.keys(l.labels).length > 0);
  if (rows.length > 0) {
    ctx.out.push('', c.bold('  Labels side by side'));
    for (const l of rows) {
      const per = Object.entries(l.labels).map(([id, labels]) => `${oneLine(labelOf(view, id))}: ${labels.map(oneLine).join(', ')}`);
      para(ctx, `${c.bold(oneLine(l.name))} — ${per.join(c.dim(' | '))}`, '   • ');
    }
  }
}

function warnings(ctx: Ctx): void {
  const { view, c } = ctx;
  if (view.report.warnings.length === 0) return;
  section(ctx, 'Warnings');
  for (const w of view.report.warnings) para(ctx, oneLine(w), `  ${c.yellow('!')} `, '    ');
}
