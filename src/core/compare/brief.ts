/**
 * The neutral brief: a few sentences every reader can take as settled, each
 * taken verbatim from an outlet and citing exactly the outlets that state it.
 *
 * - Only firm shared facts: a tentative link, a conflict, an uncertain or an
 *   exclusive fact is no neutral statement.
 * - It opens with the main event: of the facts some outlet puts in its headline
 *   or lead, the one stated by the most outlets.
 * - A sentence that points back ("His son …", "Darin …") does not stand alone and
 *   is not used.
 * - A statement that is mostly a quotation is used only when the same sentence
 *   names its speaker, and never one that holds a quote of unknown speaker: a
 *   brief must not put words in quotation marks without saying whose they are.
 * - A fact more than half told by the sentences of facts already in the brief is the same
 *   news again and is left out.
 * - Each fact is told by its plainest statement (fewest hedges, loaded words and
 *   coloured attributions; a whole sentence before a clause; then the shortest).
 */
import type { ArticleAnalysis, Sentence } from '../model/analysis.js';
import type { BriefSentence, Fact, ReportQuote, Statement } from '../model/report.js';
import { bySentence } from '../collections.js';

/** Sentences this far into an article's body are its lead. */
const LEAD_SENTENCES = 2;
/** A statement with more of its letters inside quotation marks than this is "mostly a quotation". */
const MOSTLY_QUOTED = 0.5;

export interface BriefInput {
  facts: readonly Fact[];
  /** The compared articles by id: sentences (headline, paragraph, boilerplate), hedges, loaded words, attributions. */
  byArticle: ReadonlyMap<string, ArticleAnalysis>;
  /** The report's quotes, speakers resolved across the story. */
  quotes: readonly ReportQuote[];
}

/** Opening and closing marks; straight double quotes open and close alike. */
const OPEN = new Set(['„', '“', '”', '«', '»', '‚', '‘', '"', '‹', '›', '「']);
const CLOSE: Record<string, string> = { '„': '“”', '“': '”“', '”': '”“', '«': '»', '»': '«', '‚': '‘’', '‘': '’‘', '"': '"', '‹': '›', '›': '‹', '「': '」' };

/** Share of a text's letters and digits that sit inside quotation marks (0–1). */
export function quotedShare(text: string): number {
  let inside = 0;
  let total = 0;
  let close: string | null = null;
  for (const ch of text) {
    if (close !== null && close.includes(ch)) {
      close = null;
      continue;
    }
    if (close === null && OPEN.has(ch)) {
      // An apostrophe inside a word ("Putin’s", "geht’s") opens nothing.
      close = CLOSE[ch] ?? null;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(ch)) {
      total += 1;
      if (close !== null) inside += 1;
    }
  }
  return total === 0 ? 0 : inside / total;
}

/**
 * Whether a text names a speaker: the full name or its last name word (a surname,
 * an organisation's head noun: "Kroos", "Opposition") as a word of its own. Earlier
 * words are no evidence: "Die" of "Die Opposition" is an article, "Toni" is many people.
 */
export function namesSpeaker(text: string, speakerName: string): boolean {
  const words = speakerName.split(/[\s\-‐]+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
  const candidates = [speakerName.trim(), ...words.slice(-1)];
  return candidates.some((w) => w !== '' && new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}($|[^\\p{L}])`, 'u').test(text));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether a statement may stand in the brief as it is: not a headline, boilerplate or a
 * sentence that points back,
 * no quote of unknown speaker in it, and, when it is mostly a quotation or reported
 * speech, its speaker named in the same sentence.
 */
export function usableStatement(s: Statement, analysis: ArticleAnalysis | undefined, quotes: readonly ReportQuote[]): boolean {
  const sentence: Sentence | undefined = analysis?.sentences[s.sentence];
  // A sentence that points back ("His son had …", "Darin verkündet er …") does not stand alone in a brief.
  if (!sentence || sentence.headline || sentence.boilerplate || (sentence.anaphoric && s.start === sentence.start)) return false;
  // Nor does a clause that opens in lower case ("though it’s unclear if …"): it hangs on the clause before.
  if (/^\P{L}*\p{Ll}/u.test(s.text)) return false;
  // A quote may run over several sentences ("“If we … anymore. Because our leaders are weak, …”"): by span, not by its first sentence.
  const inside = quotesOf(quotes)(s.article).filter((q) => overlaps(q, s));
  if (inside.some((q) => q.speakerName === null)) return false;
  const span = Math.max(1, s.end - s.start);
  // Reported speech counts as quotation too: "Die Regierung habe … ausgezahlt" is someone's claim.
  const covered = inside.reduce((n, q) => n + Math.min(q.end, s.end) - Math.max(q.start, s.start), 0);
  const mostlyQuoted = quotedShare(s.text) > MOSTLY_QUOTED || covered / span > MOSTLY_QUOTED;
  if (!mostlyQuoted) return true;
  const speakers = inside.map((q) => q.speakerName!);
  // Marks but no quote recognised: nobody to name, so it stays out.
  return speakers.length > 0 && speakers.every((name) => namesSpeaker(s.text, name));
}

/** The statement's sentence is the article's headline or among the first sentences of its body. */
export function headlineOrLead(s: Statement, analysis: ArticleAnalysis | undefined): boolean {
  const sentence = analysis?.sentences[s.sentence];
  if (!sentence) return false;
  if (sentence.headline) return true;
  return leadOf(analysis!.sentences).has(s.sentence);
}

const leads = new WeakMap<readonly Sentence[], Set<number>>();

/** The first sentences of an article's body (not headline or boilerplate), found once per article. */
function leadOf(sentences: readonly Sentence[]): Set<number> {
  let lead = leads.get(sentences);
  if (!lead) {
    lead = new Set();
    for (const x of sentences) {
      if (lead.size >= LEAD_SENTENCES) break;
      if (!x.headline && !x.boilerplate) lead.add(x.index);
    }
    leads.set(sentences, lead);
  }
  return lead;
}

const quoteIndexes = new WeakMap<readonly ReportQuote[], { length: number; at: Map<string, ReportQuote[]> }>();

/** The report's quotes of one article, in their order, looked up instead of filtered out of all quotes per statement. */
function quotesOf(quotes: readonly ReportQuote[]): (article: string) => readonly ReportQuote[] {
  let index = quoteIndexes.get(quotes);
  if (!index || index.length !== quotes.length) {
    index = { length: quotes.length, at: new Map() };
    for (const q of quotes) {
      const list = index.at.get(q.article);
      if (list) list.push(q);
      else index.at.set(q.article, [q]);
    }
    quoteIndexes.set(quotes, index);
  }
  const at = index.at;
  return (article) => at.get(article) ?? [];
}

/** Distinct values in first-seen order. */
function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/**
 * The brief: at most `length` sentences, the main event first, then the other
 * best-supported firm shared facts in story order. Each sentence is one
 * statement verbatim and cites the articles and outlets whose statements are in
 * its fact, no more and no fewer.
 */
export function makeBrief({ facts, byArticle, quotes }: BriefInput, length: number): BriefSentence[] {
  if (length <= 0) return [];
  const plainness = (s: Statement) => {
    const a = byArticle.get(s.article)!;
    const marked =
      bySentence(a.hedges)(s.sentence).length +
      bySentence(a.loaded)(s.sentence).length +
      bySentence(a.attributions)(s.sentence).filter((at) => at.stance !== 'neutral').length;
    return marked * 1000 + (s.clause ? 200 : 0) + s.text.length;
  };
  const outletsOf = (f: Fact) => unique(f.statements.map((s) => byArticle.get(s.article)?.article.outlet ?? s.article));

  // Firm shared facts, each with the statements that may stand in the brief, plainest first.
  const candidates = facts
    .filter((f) => f.status === 'shared' && f.firm)
    .map((f) => ({
      fact: f,
      outlets: outletsOf(f).length,
      /** Outlets that tell the fact in their headline or lead: the main event is the one most open with. */
      leads: unique(f.statements.filter((s) => headlineOrLead(s, byArticle.get(s.article))).map((s) => s.article)).length,
      usable: f.statements.filter((s) => usableStatement(s, byArticle.get(s.article), quotes)).sort((a, b) => plainness(a) - plainness(b)),
    }))
    .filter((c) => c.usable.length > 0);
  if (candidates.length === 0) return [];

  const factOrder = new Map(facts.map((f, i) => [f, i]));
  const bySupport = (a: (typeof candidates)[number], b: (typeof candidates)[number]) =>
    b.outlets - a.outlets || b.fact.confidence - a.fact.confidence || factOrder.get(a.fact)! - factOrder.get(b.fact)!;
  const main = candidates.filter((c) => c.leads > 0).sort((a, b) => b.leads - a.leads || bySupport(a, b))[0];
  const rest = candidates.filter((c) => c !== main).sort(bySupport);

  // Best supported first; one sentence may support several facts, and the brief never says it twice.
  const said = new Set<string>();
  const picked: { c: (typeof candidates)[number]; s: Statement }[] = [];
  // Sentences of the facts already told: a fact mostly told by them is the same news again ("SPD gewinnt" five ways).
  const told = new Set<string>();
  for (const c of main ? [main, ...rest] : rest) {
    if (picked.length >= length) break;
    const units = c.fact.statements.map((x) => `${x.article}:${x.sentence}`);
    if (units.filter((u) => told.has(u)).length * 2 > units.length) continue;
    const s = c.usable.find((x) => !said.has(`${x.article}:${x.sentence}`) && !said.has(x.text.trim()));
    if (!s) continue;
    for (const u of units) told.add(u);
    said.add(`${s.article}:${s.sentence}`);
    said.add(s.text.trim());
    picked.push({ c, s });
  }
  // The main event opens the brief; the others follow in story order.
  const order = new Map(facts.map((f, i) => [f, i]));
  const lead = picked[0]?.c === main ? picked.slice(0, 1) : [];
  const others = picked.slice(lead.length).sort((a, b) => order.get(a.c.fact)! - order.get(b.c.fact)!);
  const out: BriefSentence[] = [...lead, ...others].map(({ c, s }) => ({
    text: s.text,
    facts: [c.fact.id],
    articles: unique(c.fact.statements.map((x) => x.article)),
    outlets: outletsOf(c.fact),
  }));
  return out;
}
