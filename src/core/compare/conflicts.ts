import type { ArticleAnalysis, Quantity, Sentence, TimeExpression } from '../model/analysis.js';
import type { Conflict, ConflictValue } from '../model/report.js';
import type { StoryEntity } from './story-entities.js';
import { bySentence, pushAll } from '../collections.js';

/** What the conflict tests need from an article's language pack; without one, nothing. */
export interface ConflictLexicon {
  /** Concepts of a figure's counted noun ("Menschen" and "Personen" meet). */
  unitConcepts(analysis: ArticleAnalysis, q: Quantity): readonly string[];
  /** A word that joins two owners into one ("und", "and"). */
  joins(analysis: ArticleAnalysis, word: string): boolean;
  /** The side of a vote or dispute a word puts a count on ("für", "against"), or null. */
  side?(analysis: ArticleAnalysis, word: string): 'for' | 'against' | null;
  /** A relative pronoun ("die", "which"): a clause it opens after a comma speaks of the name before the comma. */
  relative?(analysis: ArticleAnalysis, word: string): boolean;
  /** A counted noun that is a multiple of another ("Jahrzehnt" → 10 × "Jahr"), by stems; null when it is none. */
  unitScale?(analysis: ArticleAnalysis, unit: string): { unit: string; factor: number } | null;
  /**
   * What counted people are counted as, by what the clause says happened to them ("95
   * Menschen kamen ums Leben" → "tot"): the state noun's stem and the clause words that
   * said it (by token index), or null.
   */
  countedState?(analysis: ArticleAnalysis, unit: string, words: readonly string[]): { unit: string; at: readonly number[] } | null;
  /** The counted noun is itself such a state ("Tote", "dead"). */
  isState?(analysis: ArticleAnalysis, unit: string): boolean;
}

export const NO_LEXICON: ConflictLexicon = { unitConcepts: () => [], joins: () => false };

export interface Member {
  analysis: ArticleAnalysis;
  sentence: Sentence;
  /** The statement's span when it is a clause: only values inside it count. */
  span?: { start: number; end: number };
}

/** Whether a value lies in the member's statement (its clause, or its whole sentence). */
function inStatement(m: Member, x: { sentence: number; start: number; end: number }): boolean {
  return x.sentence === m.sentence.index && (!m.span || (x.start >= m.span.start && x.end <= m.span.end));
}

function value(m: Member, span: { start: number; end: number; text?: string }, v: string): ConflictValue {
  return {
    article: m.analysis.article.id,
    sentence: m.sentence.index,
    value: v,
    text: span.text ?? m.analysis.article.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}

/** A figure in the smaller unit its noun is a multiple of ("vier Jahrzehnte" as 40 "Jahre"), so the two meet. */
function inBaseUnit(m: Member, q: Quantity, lexicon: ConflictLexicon): Quantity {
  const scale = q.unit ? lexicon.unitScale?.(m.analysis, q.unit) : null;
  if (!scale) return q;
  const scaled: Quantity = { ...q, value: q.value * scale.factor, unit: scale.unit };
  if (q.low !== undefined) scaled.low = q.low * scale.factor;
  if (q.high !== undefined && q.high !== null) scaled.high = q.high * scale.factor;
  return scaled;
}

/** The values an exact figure stands for: a round number is only as precise as its zeros ("27.000"). */
export function valueRange(q: Pick<Quantity, 'value' | 'low' | 'high'>): [number, number] {
  if (q.low !== undefined) return [q.low, q.high ?? Number.POSITIVE_INFINITY];
  const v = q.value;
  if (!Number.isInteger(v) || v < 1000) return [v, v];
  let zeros = 0;
  for (let x = v; x % 10 === 0 && zeros < 9; x /= 10) zeros++;
  const slack = zeros > 0 ? 0.5 * 10 ** zeros : 0;
  return [v - slack, v + slack];
}

const BOUND_MARK: Record<string, string> = { about: '≈', almost: '≲', atLeast: '≥', moreThan: '>', atMost: '≤', lessThan: '<' };

/** A figure as a value to show and compare: "95", "≥95", "≈1500", "31–32", "200–1200". */
export function figure(q: Pick<Quantity, 'value' | 'low' | 'high' | 'bound'>): string {
  if (!q.bound) return String(q.value);
  if (q.bound === 'range' || q.bound === 'several' || q.bound === 'many') return `${q.low}–${q.high ?? ''}`;
  return `${BOUND_MARK[q.bound] ?? ''}${q.value}`;
}

/** Two figures contradict when no value fits both. */
export function incompatible(a: Pick<Quantity, 'value' | 'low' | 'high'>, b: Pick<Quantity, 'value' | 'low' | 'high'>): boolean {
  const [al, ah] = valueRange(a);
  const [bl, bh] = valueRange(b);
  return ah < bl || bh < al;
}

/**
 * What a figure counts, as precisely as the sentence tells: the counted noun, the
 * words of its clause that say what happened to it ("316 Stimmen gebraucht" is not
 * "310 Stimmen erhalten"; "zwei Menschen getötet" is not "200 Menschen verletzt") and,
 * for shares, whose share it is (the entity named closest before it).
 */
interface Thing {
  unit: string;
  /** Concepts of the counted noun ("Menschen" / "Personen"). */
  concepts: readonly string[];
  /** Words qualifying the noun ("ballistischen"): shared ones name the thing on their own. */
  modifiers: readonly string[];
  context: Set<string>;
  owner: string | null;
  /** The owner is a place below a country ("in der Region Valencia … 70 Tote"): a count of that place only. */
  ownerIsPlace: boolean;
  /** The side of a vote the clause puts the count on ("für" / "gegen"); null when it names none or both. */
  side: 'for' | 'against' | null;
  /**
   * Who takes part in what happened up to the figure (from the previous figure of that kind, or the
   * sentence start): last words of names, for telling match events apart ("Adeyemi … Courtois (20.)").
   */
  names: ReadonlySet<string>;
  /** Years the clause names ("2019"): a figure of another year is another thing. */
  years: ReadonlySet<string>;
  /** The number is glued to its word ("25-jähriger Mann"): it describes one individual, not a count. */
  glued: boolean;
  /** Words of the clause that belong to figures ("six" and "seats" of "six seats"): no common ground for sentences nothing links. */
  figureWords: ReadonlySet<string>;
  /** Shares the sentence gives: a sentence listing shares of several owners is a table, not one claim. */
  shares: number;
}

function thingOf(
  m: Member,
  q: Pick<Quantity, 'start' | 'end' | 'unit' | 'modifiers'>,
  entityOf: (id: string) => StoryEntity | undefined,
  lexicon: ConflictLexicon = NO_LEXICON,
  concepts: readonly string[] = [],
): Thing | null {
  if (!q.unit) return null;
  const toks = m.sentence.tokens;
  const names = new Set<number>();
  // Names and dates say who and when, not what: "am Dienstag" is no common ground.
  // Each list through its by-sentence index: conflicts are tested for many pairs of a long article.
  for (const x of [...bySentence(m.analysis.mentions)(m.sentence.index), ...bySentence(m.analysis.times)(m.sentence.index)]) {
    for (const t of toks) if (t.start >= x.start && t.end <= x.end) names.add(t.start);
  }
  // The clause: from the punctuation before the figure to the punctuation after it; a bracket
  // beside the figure is an aside ("bis 18:00 Uhr (20:00 Uhr MEZ) dauern" still says "dauern").
  let from = toks.findIndex((t) => t.start >= q.start);
  let to = toks.findIndex((t) => t.start >= q.end);
  if (from < 0) from = toks.length;
  if (to < 0) to = toks.length;
  const skipped: [number, number][] = [];
  while (from > 0) {
    const before = toks[from - 1]!.text;
    const open = before === ')' ? openingOf(toks, from - 1) : -1;
    if (open >= 0) {
      skipped.push([open, from - 1]);
      from = open;
      continue;
    }
    if (isClauseBreak(before)) break;
    from--;
  }
  while (to < toks.length) {
    const close = toks[to]!.text === '(' ? closingOf(toks, to) : -1;
    if (close >= 0) {
      skipped.push([to, close]);
      to = close + 1;
      continue;
    }
    // "sieben Personen, darunter zwei Generäle, getötet": a detail between commas that counts a part is an aside too.
    const detail = toks[to]!.text === ',' ? detailAfter(m, toks, to) : -1;
    if (detail >= 0) {
      skipped.push([to, detail]);
      to = detail + 1;
      continue;
    }
    if (isClauseBreak(toks[to]!.text)) break;
    to++;
  }
  // "95 Menschen kamen ums Leben" counts the dead: the state is the counted thing, its words no context.
  const clause = toks.slice(from, to);
  const state = lexicon.countedState?.(m.analysis, q.unit, clause.map((t) => t.norm)) ?? null;
  const stateWords = new Set(state ? state.at.map((i) => from + i) : []);
  const context = new Set<string>();
  const sides = new Set<'for' | 'against'>();
  for (let k = from; k < to; k++) {
    if (stateWords.has(k)) continue;
    if (skipped.some(([a, b]) => k >= a && k <= b)) continue;
    const t = toks[k]!;
    const side = t.kind === 'word' ? lexicon.side?.(m.analysis, t.norm) : null;
    if (side) sides.add(side);
    if (t.kind !== 'word' || t.stop || t.norm.length < 3 || names.has(t.start) || (t.start >= q.start && t.end <= q.end)) continue;
    context.add(t.stem);
  }
  // What happened to them, said either way ("ums Leben gekommen" / "Tote"), is common ground of its own.
  const stateUnit = state?.unit ?? (lexicon.isState?.(m.analysis, q.unit) ? q.unit : null);
  if (stateUnit) context.add(`state:${stateUnit}`);
  const quantities = bySentence(m.analysis.quantities)(m.sentence.index);
  const inFigure = (t: { start: number; end: number }) => quantities.some((x) => t.start >= x.start && t.end <= x.end);
  const years = new Set<string>();
  for (const x of bySentence(m.analysis.times)(m.sentence.index)) {
    if (x.granularity !== 'year' || x.start < (toks[from]?.start ?? q.start) || x.end > (toks[to - 1]?.end ?? q.end)) continue;
    years.add(x.value);
  }
  let owner: string | null = null;
  let ownerIsPlace = false;
  let ownerAt = -1;
  let previous: { id: string; end: number } | null = null;
  const text = m.analysis.article.text;
  // "die Grünen, die nur noch auf 4,1 Prozent kommen": a relative clause's figure belongs to the name before its comma.
  const relativeAt = from > 0 && toks[from - 1]!.text === ',' && lexicon.relative?.(m.analysis, toks[from]!.norm) ? toks[from - 1]!.start : -1;
  for (const mention of bySentence(m.analysis.mentions)(m.sentence.index)) {
    if (mention.end > q.start || mention.start < ownerAt) continue;
    // Only an entity in the same clause: no comma between it and the figure; or the relative clause's antecedent,
    // right before its comma (the figure's clause runs from that comma, so no other comma stands between).
    const antecedent = relativeAt >= mention.end && text.slice(mention.end, relativeAt).trim() === '';
    if (!antecedent && text.slice(mention.end, q.start).includes(',')) continue;
    const e = entityOf(mention.entity);
    if (!e) continue;
    // "Die SPD und das BSW kommen zusammen auf 46 Sitze": two owners joined are one joint owner.
    const joined: boolean = owner !== null && previous !== null && joinsOwners(text.slice(previous.end, mention.start), (w) => lexicon.joins(m.analysis, w));
    owner = joined ? [owner!, e.id].sort().join('+') : e.id;
    ownerIsPlace = e.type === 'place' && !e.members.some((x) => x.keys.some((k) => k.startsWith('country:')));
    previous = { id: e.id, end: mention.end };
    ownerAt = mention.start;
  }
  return {
    unit: state?.unit ?? q.unit,
    concepts: state ? [] : concepts,
    modifiers: q.modifiers ?? [],
    context,
    owner,
    ownerIsPlace,
    side: sides.size === 1 ? [...sides][0]! : null,
    names: q.unit === 'measure:minute' ? eventNames(m, q, entityOf) : new Set(),
    years,
    figureWords: new Set(toks.filter((t) => inFigure(t)).map((t) => t.stem)),
    shares: quantities.filter((x) => x.unit === '%').length,
    glued: /^\p{N}[\p{N}.,]*-\p{L}/u.test(m.analysis.article.text.slice(q.start, q.end)),
  };
}

/**
 * The names of the event a match minute closes: from the previous minute of the sentence
 * (or its start) to this one, as last words of the mention and of its story entity
 * ("Real-Schlussmann Courtois" and "Thibaut Courtois" meet on "courtois").
 */
function eventNames(m: Member, q: { start: number }, entityOf: (id: string) => StoryEntity | undefined): Set<string> {
  const previous = bySentence(m.analysis.quantities)(m.sentence.index).filter((x) => x.unit === 'measure:minute' && x.end <= q.start);
  const from = previous.length > 0 ? previous[previous.length - 1]!.end : m.sentence.start;
  const out = new Set<string>();
  for (const mention of bySentence(m.analysis.mentions)(m.sentence.index)) {
    if (mention.start < from || mention.end > q.start) continue;
    const key = lastWord(entityOf(mention.entity)?.name ?? mention.text);
    if (key.length >= 3) out.add(key);
  }
  return out;
}

function lastWord(name: string): string {
  const words = name.toLowerCase().split(/[\s-]+/u).filter((w) => w !== '');
  return words[words.length - 1] ?? '';
}

/** The opening bracket of the group a closing bracket ends, when the group stays within a few tokens; else -1. */
function openingOf(toks: Sentence['tokens'], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - ASIDE_TOKENS); k--) {
    if (toks[k]!.text === '(') return k;
    if (toks[k]!.text === ')') return -1;
  }
  return -1;
}

function closingOf(toks: Sentence['tokens'], open: number): number {
  for (let k = open + 1; k < Math.min(toks.length, open + ASIDE_TOKENS + 1); k++) {
    if (toks[k]!.text === ')') return k;
    if (toks[k]!.text === '(') return -1;
  }
  return -1;
}

/**
 * The closing comma of a short detail that opens with a word and holds a figure of its own
 * ("…, darunter zwei Generäle, …", "…, including two generals, …") and after which the clause
 * goes on; -1 when the comma at `open` opens none (a list of figures opens with a figure).
 */
function detailAfter(m: Member, toks: Sentence['tokens'], open: number): number {
  const first = toks[open + 1];
  if (first?.kind !== 'word') return -1;
  for (let k = open + 2; k < Math.min(toks.length - 1, open + ASIDE_TOKENS + 1); k++) {
    const t = toks[k]!;
    if (t.text !== ',') {
      if (isClauseBreak(t.text)) return -1;
      continue;
    }
    const inside = bySentence(m.analysis.quantities)(m.sentence.index).some((q) => q.start > first.start && q.end <= t.start);
    return inside && toks[k + 1]?.kind === 'word' ? k : -1;
  }
  return -1;
}

/** Longest bracketed aside skipped over when reading a figure's clause. */
const ASIDE_TOKENS = 8;

/** The value stands inside round brackets of its sentence. */
function inBrackets(m: Member, q: { start: number }): boolean {
  const before = m.analysis.article.text.slice(m.sentence.start, q.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** What stands between two owners joined into one: a joining word of the pack or "&", maybe with a lower-case article. */
function joinsOwners(between: string, joins: (word: string) => boolean): boolean {
  const words = between.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 2 || !(words[0] === '&' || joins(words[0]!.toLowerCase()))) return false;
  return words.length === 1 || /^\p{Ll}+$/u.test(words[1]!);
}

function isClauseBreak(text: string): boolean {
  return text === ',' || text === ';' || text === ':' || text === '(' || text === ')' || text === '–' || text === '-';
}

/**
 * Same counted noun, and a clause that says the same about it: a word in common, or
 * a clause that says nothing else ("Mindestens 95 Tote"). Shares need the same owner.
 * Strict (sentences nothing else links): a clause that says nothing else is no common
 * ground, and neither clause may name a year the other does not.
 */
function sameThing(a: Thing, b: Thing, strict = false, specific: (stem: string) => boolean = () => true): boolean {
  if (a.unit !== b.unit && !a.concepts.some((c) => b.concepts.includes(c))) return false;
  // A match minute belongs to an event, told by who takes part: one name in common in linked sentences, two otherwise;
  // linked sentences naming no one are read as other figures are.
  if (a.unit === 'measure:minute' && (strict || (a.names.size > 0 && b.names.size > 0))) return sharedNames(a.names, b.names) >= (strict ? 2 : 1);
  if (strict && !sameYears(a.years, b.years)) return false;
  // Strict: "Romney (17 percent), Huckabee (14 percent) and Gingrich (9 percent)" is a table whose scope the clause does not tell.
  if (a.unit === '%') return a.owner !== null && a.owner === b.owner && !(strict && Math.max(a.shares, b.shares) >= TABLE_SHARES);
  // "14 Sitze" of one party are not "12 Sitze" of another.
  if (a.owner !== null && b.owner !== null && a.owner !== b.owner) return false;
  // "310 stimmten für ihn" and "289 stimmten gegen ihn" count the two sides of one vote.
  if (a.side !== null && b.side !== null && a.side !== b.side) return false;
  // "der 54-jährige Mann" and "ein 25-jähriger Mann" describe two people unless a name says they are one.
  if (strict && (a.glued || b.glued) && (a.owner === null || a.owner !== b.owner)) return false;
  // "110 ballistische Raketen" and "mehr als 120 ballistische Raketen": the qualified noun names the thing;
  // "fünf schwer verletzte" and "drei leicht verletzte", or two people's ages, are two things.
  if (!strict) {
    if (a.modifiers.some((x) => b.modifiers.includes(x))) return true;
    if (a.modifiers.length > 0 && b.modifiers.length > 0) return false;
    if (a.context.size === 0 || b.context.size === 0) return true;
    for (const w of a.context) if (b.context.has(w)) return true;
    return false;
  }
  // Strict: the same qualifiers ("two Republican senators" are not "three Republican state senators"),
  // and what happened said alike — a word of both clauses that few sentences of the story use (not its
  // topic: "lang" of "sechs Tage lang" / "drei Tage lang" in a strike story), and not a word of a figure.
  if (a.modifiers.length !== b.modifiers.length || a.modifiers.some((x) => !b.modifiers.includes(x))) return false;
  for (const w of a.context) {
    if (!b.context.has(w) || w === a.unit || w === b.unit || a.figureWords.has(w) || b.figureWords.has(w)) continue;
    if (specific(w)) return true;
  }
  return false;
}

/** Shares in one sentence from which it is a table of results. */
const TABLE_SHARES = 3;

function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function sameYears(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((y) => b.has(y));
}

/** Most minutes two reports of one match event differ by; further apart they are more likely two events. */
const MINUTE_SLACK = 3;

/** Match minutes of one event are close (one chance told at 20' and 21'); further apart they are two events. */
function closeMinutes(a: { q: Quantity; thing: Thing }, b: { q: Quantity; thing: Thing }): boolean {
  return a.thing.unit !== 'measure:minute' || Math.abs(a.q.value - b.q.value) <= MINUTE_SLACK;
}

/**
 * In sentences nothing links, figures that disagree lie within a few times of each other:
 * outlets that disagree on a count rarely differ by an order of magnitude, two counts of
 * different things often do ("310 Stimmen" erhalten / "sechs Stimmen" gefehlt).
 */
function withinRatio(a: Quantity, b: Quantity): boolean {
  const [al, ah] = valueRange(a);
  const [bl, bh] = valueRange(b);
  const gap = al > bh ? al / Math.max(bh, Number.MIN_VALUE) : bl > ah ? bl / Math.max(ah, Number.MIN_VALUE) : 1;
  return gap <= STRICT_RATIO;
}

/** How many times larger one figure may be than the other for sentences nothing links to disagree on one thing. */
const STRICT_RATIO = 4;

/**
 * A count of one place below the other's unplaced count may be a part of it ("zwei
 * Tote in der Region Kastilien-La Mancha" of "95 Tote"), not another value of it; a
 * larger one cannot be ("150.000 Haushalte in Valencia" / "115.000 Haushalte").
 */
function partOfWhole(part: { q: Quantity; thing: Thing }, whole: { q: Quantity; thing: Thing }): boolean {
  return part.thing.ownerIsPlace && whole.thing.owner === null && valueRange(part.q)[1] < valueRange(whole.q)[0];
}

/** Hours apart two publication times must be for a later figure to count as an update. */
const UPDATE_HOURS = 3;

/**
 * Articles published far enough apart that a later figure may update an earlier
 * one (a death toll rising): every two articles giving different values were
 * published at least a few hours apart (a day when one gives only the date).
 */
function publishedApart(values: readonly ConflictValue[], members: readonly Member[]): boolean {
  const when = new Map<string, { ms: number; dateOnly: boolean }>();
  for (const v of values) {
    const p = members.find((m) => m.analysis.article.id === v.article)?.analysis.article.published;
    const ms = p ? Date.parse(p) : Number.NaN;
    if (!p || Number.isNaN(ms)) return false;
    when.set(v.article, { ms, dateOnly: p.length <= 10 });
  }
  for (const a of values)
    for (const b of values) {
      if (a.article === b.article || a.value === b.value) continue;
      const x = when.get(a.article)!;
      const y = when.get(b.article)!;
      const hours = Math.abs(x.ms - y.ms) / 3_600_000;
      if (hours < (x.dateOnly || y.dateOnly ? 24 : UPDATE_HOURS)) return false;
    }
  return true;
}

/**
 * Incompatible values between statements of one fact: figures of the same thing
 * that no value fits ("mindestens 95 Tote" / "72 Tote"; "rund 1.500" / "mehrere
 * hundert"), clock times, dates of the same precision, and different cities for
 * the same event. Each side must give exactly one value of that thing, so extra
 * detail in one outlet, or a sentence giving two counts, is no contradiction.
 */
export interface ConflictOptions {
  /**
   * The members are sentences no link joins (a search over the whole story): only like
   * with like — the same counted thing said about in both clauses, the same year, a match
   * minute with two of its actors, a clock time on the same day — and figures and times only.
   */
  strict?: boolean;
  /** Strict: whether a word of both clauses is specific enough to tell what happened (few sentences of the story use it). */
  specific?: (stem: string) => boolean;
}

export function findConflicts(
  members: readonly Member[],
  entityOf: (id: string) => StoryEntity | undefined,
  lexicon: ConflictLexicon = NO_LEXICON,
  options: ConflictOptions = {},
): Conflict[] {
  const strict = options.strict === true;
  const out: Conflict[] = [];
  // Figures, by what they count.
  const perMember = members.map((m) =>
    bySentence(m.analysis.quantities)(m.sentence.index)
      // "the 20th century", "his 7th game-winning drive": an ordinal with its letters glued on is no count.
      .filter((q) => inStatement(m, q) && !/^\p{N}+\p{L}/u.test(m.analysis.article.text.slice(q.start, q.end)))
      .map((q) => inBaseUnit(m, q, lexicon))
      .map((q) => ({ q, thing: thingOf(m, q, entityOf, lexicon, lexicon.unitConcepts(m.analysis, q)), m }))
      .filter((x): x is { q: Quantity; thing: Thing; m: Member } => x.thing !== null),
  );
  const used = new Set<Quantity>();
  for (let a = 0; a < perMember.length; a++) {
    for (const x of perMember[a]!) {
      if (used.has(x.q)) continue;
      // Every article's single figure of this thing.
      const side = new Map<string, { q: Quantity; thing: Thing; m: Member }>();
      let ambiguous = false;
      for (let b = 0; b < perMember.length; b++) {
        let same = perMember[b]!.filter((y) => sameThing(x.thing, y.thing, strict, options.specific) && closeMinutes(x, y));
        // "landen bei 4,5 bis 5,0 Prozent (10,8)": a figure in brackets beside another is a comparison (the last election), not a second claim.
        if (same.length > 1 && same.some((y) => !inBrackets(y.m, y.q))) same = same.filter((y) => !inBrackets(y.m, y.q));
        if (same.length > 1) ambiguous = true;
        if (same.length !== 1) continue;
        const article = members[b]!.analysis.article.id;
        if (!side.has(article)) side.set(article, same[0]!);
      }
      if (ambiguous || side.size < 2) continue;
      const sides = [...side.values()];
      for (const s of sides) used.add(s.q);
      const conflicting = (s: (typeof sides)[number], t: (typeof sides)[number]) =>
        incompatible(s.q, t.q) && !partOfWhole(s, t) && !partOfWhole(t, s) && (!strict || withinRatio(s.q, t.q));
      if (!sides.some((s, i) => sides.slice(i + 1).some((t) => conflicting(s, t)))) continue;
      const values = sides.map((s) => value(s.m, s.q, figure(s.q)));
      out.push({ kind: 'number', about: x.q.unitText ?? x.q.unit!, values, update: publishedApart(values, members) });
    }
  }
  pushAll(out, whenConflicts(members, entityOf, 'time', strict, options.specific));
  if (strict) return out;
  // Dates of the same precision, of the same thing (a bill sent on Monday is not a veto on Wednesday).
  for (const granularity of ['day', 'month', 'year'] as const) pushAll(out, whenConflicts(members, entityOf, granularity));
  const claim = claimConflict(members);
  if (claim) out.push(claim);
  const place = placeConflict(members, entityOf);
  if (place) out.push(place);
  pushAll(out, nationalityConflicts(members, entityOf));
  return out;
}

/**
 * Clock times or dates of the same thing ("beginnt um 18 Uhr" / "beginnt um 20 Uhr"):
 * as with figures, the clause must say the same about them, and each side give one
 * value of that precision. Unresolved relative days ("today") contradict nothing.
 * Strict (sentences nothing else links): clock times on the same weekday, whose clauses
 * share a word or where one side's other-zone time is the other side's value.
 */
function whenConflicts(
  members: readonly Member[],
  entityOf: (id: string) => StoryEntity | undefined,
  granularity: 'time' | 'day' | 'month' | 'year',
  strict = false,
  specific?: (stem: string) => boolean,
): Conflict[] {
  type Side = { m: Member; span: { start: number; end: number; text: string }; value: string; thing: Thing; alt: string | null; weekday: number | null };
  const side = (m: Member, at: TimeExpression, shown: TimeExpression, all: readonly TimeExpression[]): Side => ({
    m,
    span: shown,
    value: shown.value,
    thing: thingOf(m, { start: at.start, end: at.end, unit: granularity }, entityOf)!,
    alt: shown === at ? null : at.value,
    weekday: strict ? weekdayOf(all, at) : null,
  });
  const byArticle = new Map<string, Side[]>();
  for (const m of members) {
    const all = bySentence(m.analysis.times)(m.sentence.index);
    const ts = all.filter((t) => inStatement(m, t) && t.granularity === granularity);
    const sides: Side[] = [];
    if (granularity !== 'time') {
      if (ts.length === 1 && !ts[0]!.value.startsWith('today')) sides.push(side(m, ts[0]!, ts[0]!, all));
    } else {
      // Each clock time of the statement; "um 18:00 Uhr (20:00 Uhr MEZ)" is one, compared by the time in
      // brackets (given for the reader, the one other outlets state), its clause read around the first.
      const times: Side[] = [];
      for (let k = 0; k < ts.length; k++) {
        const zoned = k + 1 < ts.length && zoneConversion(m, ts[k]!, ts[k + 1]!);
        times.push(side(m, ts[k]!, zoned ? ts[k + 1]! : ts[k]!, all));
        if (zoned) k++;
      }
      // Linked statements give one time each; strict, a statement's times are told apart by their weekday and clause.
      if (strict || times.length === 1) pushAll(sides, times);
    }
    const article = m.analysis.article.id;
    // Dates: the article's first statement giving one; clock times: every one, chosen below by what they are about.
    if (sides.length > 0 && (granularity === 'time' || !byArticle.has(article))) pushAll(byArticle.get(article) ?? byArticle.set(article, []).get(article)!, sides);
  }
  // A date names many things a story tells (a bill sent, a veto announced): two dates are of one
  // thing only when their clauses say nearly the same; a clock time is more specific.
  const fits = (x: Side, y: Side) =>
    strict
      ? x.weekday !== null && x.weekday === y.weekday && (sameThing(x.thing, y.thing, true, specific) || x.alt === y.value || y.alt === x.value)
      : sameThing(x.thing, y.thing) && (granularity === 'time' || jaccard(x.thing.context, y.thing.context) >= DATE_CONTEXT);
  for (const x of [...byArticle.values()].flat()) {
    // Every article's one value of the thing x is about: two different ones of one article leave it open.
    const same: Side[] = [];
    let open = false;
    for (const sides of byArticle.values()) {
      const mine = sides.filter((y) => y === x || fits(x, y));
      if (new Set(mine.map((y) => y.value)).size > 1) open = true;
      if (mine.length > 0) same.push(mine.includes(x) ? x : mine[0]!);
    }
    if (open || same.length < 2 || new Set(same.map((y) => y.value)).size < 2) continue;
    // Every pair must be about the same thing, not only each with the first.
    if (!same.every((a) => same.every((b) => a === b || fits(a, b)))) continue;
    const kind = granularity === 'time' ? 'time' : 'date';
    return [{ kind, about: kind, values: same.map((y) => value(y.m, y.span, y.value)), update: false }];
  }
  return [];
}

/** The second of two clock times stands in brackets right after the first: one time told in two zones. */
function zoneConversion(m: Member, first: TimeExpression, second: TimeExpression): boolean {
  return /^\s*\($/u.test(m.analysis.article.text.slice(first.end, second.start)) && first.value !== second.value;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a clock time is on: of the nearest date or weekday before it in the sentence, else after it; null when none. */
function weekdayOf(times: readonly TimeExpression[], t: TimeExpression): number | null {
  const days = times.filter((x) => x.granularity === 'day' || x.granularity === 'weekday');
  const before = days.filter((x) => x.end <= t.start);
  const day = before.length > 0 ? before[before.length - 1]! : days.find((x) => x.start >= t.end);
  if (!day) return null;
  if (day.granularity === 'weekday') {
    const n = WEEKDAYS.indexOf(day.value);
    return n >= 0 ? n : null;
  }
  const ms = Date.parse(`${day.value}T12:00:00Z`);
  return Number.isNaN(ms) ? null : new Date(ms).getUTCDay();
}

/** Share of clause words two dates' clauses must have in common to be dates of one thing. */
const DATE_CONTEXT = 0.5;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 1 : both / union;
}

/** Words after a denial in which the denied word is looked for ("not guilty", "nicht bestätigt"). */
const DENIAL_SCOPE = 3;

/**
 * One statement denies what another affirms: the word a denial governs ("will plead
 * not guilty") stands, undenied, in a statement of another article ("pleaded guilty").
 * A denial of another word ("konnte nicht gewinnen" / "verliert") is a paraphrase,
 * not a contradiction.
 */
function claimConflict(members: readonly Member[]): Conflict | null {
  const span = (m: Member) => m.span ?? m.sentence;
  // A direct quote is its speaker's words, told in each outlet's transcription: no claim of the outlet to set against another's.
  const quoted = (m: Member, at: number) => bySentence(m.analysis.quotes)(m.sentence.index).some((q) => q.kind === 'direct' && at >= q.start && at < q.end);
  const tokensOf = (m: Member) => m.sentence.tokens.filter((t) => t.start >= span(m).start && t.end <= span(m).end);
  const denials = (m: Member) => (m.sentence.negations ?? []).filter((at) => at >= span(m).start && at < span(m).end);
  for (const neg of members) {
    const toks = tokensOf(neg);
    for (const at of denials(neg)) {
      if (quoted(neg, at)) continue;
      const k = toks.findIndex((t) => t.start === at);
      // The denied predicate: a lower-case content word (not a name, not a German noun).
      const scope = toks.slice(k + 1, k + 1 + DENIAL_SCOPE).find((t) => t.kind === 'word' && !t.stop && !t.capitalized && t.norm.length >= 3);
      if (!scope) continue;
      for (const pos of members) {
        if (pos.analysis.article.id === neg.analysis.article.id || denials(pos).length > 0) continue;
        const posToks = tokensOf(pos);
        const hit = posToks.find((t) => t.kind === 'word' && t.stem === scope.stem);
        if (!hit || quoted(pos, hit.start)) continue;
        // The same predicate of the same thing: the words after it meet too ("not allow discrimination" does not deny
        // "allow businesses"; "not guilty to lying" does deny "guilty on Thursday to lying").
        if (!sameObject(contentAfter(toks, toks.indexOf(scope)), contentAfter(posToks, posToks.indexOf(hit)))) continue;
        const denied = neg.sentence.tokens.find((t) => t.start === at)!;
        return {
          kind: 'claim',
          about: scope.text,
          values: [value(pos, hit, hit.text), value(neg, { start: denied.start, end: scope.end }, `${denied.text} ${scope.text}`)],
          update: false,
        };
      }
    }
  }
  return null;
}

/** Words after a predicate read for what it governs. */
const OBJECT_WINDOW = 4;

/** Stems of the content words within a few words after token k: what the predicate there governs. */
function contentAfter(toks: readonly Sentence['tokens'][number][], k: number): Set<string> {
  const out = new Set<string>();
  for (let n = k + 1; n < Math.min(toks.length, k + 1 + OBJECT_WINDOW); n++) {
    const t = toks[n]!;
    if (t.kind === 'word' && !t.stop && t.norm.length >= 3) out.add(t.stem);
  }
  return out;
}

/** Both predicates govern nothing said, or something in common. */
function sameObject(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return (a.size === 0 && b.size === 0) || [...a].some((x) => b.has(x));
}

/** Two words of five letters or more that one inserted, dropped or changed letter makes equal. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** The mention opens its sentence and a dash or an agency tag follows it: the piece's dateline. */
function dateline(sentence: { start: number; text: string }, mention: { start: number; end: number }): boolean {
  if (mention.start - sentence.start > 1) return false;
  return /^\s*(?:,\s*[\p{L}. ]{1,20})?\s*(?:\([^)]{1,20}\)\s*)?(?:—|–|--|-\s)/u.test(sentence.text.slice(mention.end - sentence.start));
}

/** Cities and sites (not countries or regions, which contain each other) that differ between statements. */
function placeConflict(members: readonly Member[], entityOf: (id: string) => StoryEntity | undefined): Conflict | null {
  const perMember = members
    .map((m) => {
      const seen = new Map<string, ConflictValue>();
      const ents = new Map<string, StoryEntity>();
      for (const mention of bySentence(m.analysis.mentions)(m.sentence.index)) {
        if (!inStatement(m, mention) || mention.metonymy || mention.via === 'adjective') continue;
        // A dateline ("WASHINGTON —", "Berlin (dpa) –") says where the piece was written, not where it happened.
        if (dateline(m.sentence, mention)) continue;
        const e = entityOf(mention.entity);
        if (!e || e.type !== 'place') continue;
        if (e.members.some((x) => x.keys.some((k) => k.startsWith('country:') || k.startsWith('region:')))) continue;
        if (!seen.has(e.id)) seen.set(e.id, value(m, mention, e.name));
        ents.set(e.id, e);
      }
      return { ids: [...seen.keys()], values: [...seen.values()], ents: [...ents.values()] };
    })
    .filter((x) => x.ids.length > 0);
  // Each side's place must be one the other article never names at all: "in Wostotschny" and
  // "in der Region Amur" are detail, not contradiction, when both articles name both places.
  const disjoint = perMember.every((x, n) =>
    perMember.every((y, k) => k === n || y.ids[0] === x.ids[0] || !((x.ents[0]?.mentions.get(y.values[0]?.article ?? '') ?? 0) > 0)),
  );
  if (perMember.length < 2 || !perMember.every((x) => x.ids.length === 1) || !disjoint) return null;
  const values = perMember.map((x) => x.values[0]!);
  if (new Set(values.map((v) => v.article)).size < 2 || new Set(perMember.map((x) => x.ids[0])).size < 2) return null;
  // "Duisburg" and "Duisburger": one place in two forms, whatever the tagger made of them.
  const names = [...new Set(perMember.map((x) => x.ents[0]!.name.toLowerCase()))];
  if (names.some((n) => names.some((o) => o !== n && (o.startsWith(n) || n.startsWith(o))))) return null;
  // "Paris Island" and "Parris Island": one place spelt two ways (first words one letter apart), not two places.
  const firsts = names.map((n) => n.split(/\s+/)[0]!);
  if (firsts.some((n, i) => firsts.some((o, k) => k !== i && oneEditApart(n, o)))) return null;
  return { kind: 'place', about: 'place', values, update: false };
}

/** Most words between a country adjective and the name it describes ("österreichische Physiker Anton Zeilinger"). */
const NATIONALITY_GAP = 2;

/**
 * A person's nationality told differently ("der österreichische Physiker Anton Zeilinger" /
 * "der deutsche Physiker Anton Zeilinger"): for each person the statements name, the country
 * adjective right before the name (at most a role noun between, no comma, no other name);
 * a conflict when two articles each give that person one country and the countries differ.
 */
function nationalityConflicts(members: readonly Member[], entityOf: (id: string) => StoryEntity | undefined): Conflict[] {
  const countryOf = (e: StoryEntity | undefined) => e?.members.flatMap((x) => x.keys).find((k) => k.startsWith('country:')) ?? null;
  // person → article → country → its value
  const told = new Map<string, Map<string, Map<string, ConflictValue>>>();
  const names = new Map<string, string>();
  for (const m of members) {
    const mentions = bySentence(m.analysis.mentions)(m.sentence.index).filter((x) => inStatement(m, x));
    const text = m.analysis.article.text;
    for (const person of mentions) {
      const e = entityOf(person.entity);
      if (!e || (e.type !== 'person' && e.type !== 'other')) continue;
      const adjective = mentions.filter((x) => x.via === 'adjective' && x.end <= person.start).pop();
      const country = adjective ? countryOf(entityOf(adjective.entity)) : null;
      if (!adjective || !country || mentions.some((x) => x.start >= adjective.end && x.end <= person.start)) continue;
      const between = text.slice(adjective.end, person.start);
      if (between.includes(',') || between.trim().split(/\s+/u).filter((w) => w !== '').length > NATIONALITY_GAP) continue;
      names.set(e.id, e.name);
      const byArticle = told.get(e.id) ?? told.set(e.id, new Map()).get(e.id)!;
      const countries = byArticle.get(m.analysis.article.id) ?? byArticle.set(m.analysis.article.id, new Map()).get(m.analysis.article.id)!;
      if (!countries.has(country)) countries.set(country, value(m, adjective, entityOf(adjective.entity)!.name));
    }
  }
  const out: Conflict[] = [];
  for (const [person, byArticle] of told) {
    const single = [...byArticle.values()].filter((c) => c.size === 1).map((c) => [...c.values()][0]!);
    if (single.length < 2 || new Set(single.map((v) => v.value)).size < 2) continue;
    out.push({ kind: 'actor', about: `nationality of ${names.get(person)!}`, values: single, update: false });
  }
  return out;
}
