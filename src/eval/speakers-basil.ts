/**
 * Speakers of quotes on BASIL (backs `parallax eval speakers --dataset basil`).
 *
 * BASIL (Fan et al., EMNLP 2019) marks bias spans in 300 English articles
 * (Fox News, New York Times, HuffPost, 2010–2016); a span inside someone's
 * words carries `quote: "yes"` and a `speaker`: a person or group by name
 * ("Donald_Trump", "Obama_campaign") or an unnamed other ("other_anti",
 * "other_pro", "other_neutral"). The set has no licence: it is read here for
 * measuring only, none of its text is kept in the repository.
 *
 * Each article is analysed as Parallax would (headline first, then the body).
 * A gold span is found when one of our quotes covers ≥ 50% of its characters
 * (the quote covering most of it is taken). Over found spans with a named gold
 * speaker, the speaker is right when one of its names (the speaker phrase, the
 * entity's canonical name or an alias) and the gold name are the same person
 * by token containment ("Ginsburg" ⊆ "Ruth Bader Ginsburg"); unknown when no
 * speaker was given (or only a pronoun that was not resolved); otherwise it is
 * wrongly named — the error that puts words in someone else's mouth.
 * Spans with an unnamed gold speaker (other_*) are counted apart: how often we
 * give them to one of the article's main entities, which is most likely wrong.
 * So are spans labelled with a group ("Democratic_Lawmakers", "Obama_campaign"):
 * the member who spoke is a right answer that no name test can confirm.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../core/analyze/index.js';
import type { ArticleAnalysis, Quote, Span } from '../core/model/analysis.js';
import type { Article } from '../core/model/article.js';
import { getPack } from '../lang/index.js';
import { quoteSpans } from './quotes.js';
import { intersection, spanLength } from './span-match.js';
import { layOutBasil, placePhrase } from './basil-layout.js';
import { pushAll } from '../core/collections.js';

export { basilFiles } from './framing.js';

interface RawPhrase {
  start: number;
  end: number;
  txt: string;
  quote?: string;
  speaker?: string;
}

export interface BasilQuote extends Span {
  /** BASIL's speaker label, e.g. "Donald_Trump", "other_anti". */
  speaker: string;
}

export interface BasilSpeakerDocument {
  name: string;
  outlet: string;
  title: string | null;
  published: string | null;
  /** Headline, blank line, body paragraphs joined by blank lines; the gold spans point into it. */
  text: string;
  bodyStart: number;
  mainEntities: string[];
  quotes: BasilQuote[];
}

/**
 * Lays an article out as Parallax reads it (headline as the first paragraph,
 * then the body; sentences of a paragraph joined by a space) and places each
 * quoted span: BASIL's offsets are within a sentence it does not name, so the
 * sentence whose characters at those offsets equal the span's text is taken.
 */
export function parseBasilSpeakers(articleJson: string, annotationJson: string, name = 'article'): BasilSpeakerDocument {
  const a = JSON.parse(articleJson) as {
    source: string;
    title?: string;
    date?: string;
    'main-entities'?: string[];
    'body-paragraphs': string[][];
  };
  const ann = JSON.parse(annotationJson) as { 'phrase-level-annotations'?: RawPhrase[] };
  const title = a.title?.trim() || null;
  const layout = layOutBasil(a['body-paragraphs'], title);
  const { text, bodyStart } = layout;
  const quotes: BasilQuote[] = [];
  for (const p of ann['phrase-level-annotations'] ?? []) {
    if (p.quote !== 'yes' || !p.speaker || !p.txt) continue;
    const start = placePhrase(layout, p);
    if (start < 0) continue;
    quotes.push({ start, end: start + p.txt.length, speaker: p.speaker });
  }
  quotes.sort((x, y) => x.start - y.start);
  const date = typeof a.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(a.date) ? a.date.slice(0, 10) : null;
  return { name, outlet: a.source.toLowerCase(), title, published: date, text, bodyStart, mainEntities: a['main-entities'] ?? [], quotes };
}

export function analyzeBasil(doc: BasilSpeakerDocument): ArticleAnalysis {
  const article: Article = {
    id: 'doc',
    source: doc.name,
    title: doc.title,
    outlet: doc.outlet,
    url: null,
    author: null,
    published: doc.published,
    language: 'en',
    text: doc.text,
    bodyStart: doc.bodyStart,
    provenance: {},
  };
  return analyzeArticle(article, { pack: getPack('en'), tagger: null });
}

/** BASIL's label for a speaker it does not name. */
export const unnamedSpeaker = (label: string) => /^other(?:_|$)/i.test(label);

/** Words of BASIL labels that name a group, not one speaker ("Obama_campaign", "Republican_Lawmakers", "Tea_Party"). */
const GROUP_WORDS = /^(?:campaign|party|lawmakers|officials|democrats|republicans|catholics|companies|protestors|protesters|plaintiffs|supporters|critics|administration|committee)$/i;

/**
 * A label standing for a group: one word ("NAACP", "Catholics"), a lower-case word in it ("senate_Democrats",
 * "internet_companies") or a group word. A quote from one of its members or spokespeople is rightly given to
 * that person, so such labels cannot be judged by name and are counted apart.
 */
export function groupSpeaker(label: string): boolean {
  const words = label.split('_').filter(Boolean);
  return words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w) || GROUP_WORDS.test(w));
}

/** Lower-case tokens of a name, accents folded ("Felipe_Calderón" → felipe, calderon); possessive endings dropped. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && !NAME_FILLER.has(t));
}

/** Words that say nothing about who a name is ("the", titles). */
const NAME_FILLER = new Set(['the', 'a', 'an', 'of', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'jr', 'sr']);

/** Same token, or one a cut-off form of the other ("calder" for "calderon"; five letters at least). */
const sameToken = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));

const contained = (small: readonly string[], big: readonly string[]) => small.length > 0 && small.every((t) => big.some((u) => sameToken(t, u)));

/** One of `names` and the gold label name the same person or group: the tokens of one are all in the other. */
export function sameSpeaker(gold: string, names: readonly string[]): boolean {
  const g = nameTokens(gold.replace(/_/g, ' '));
  if (g.length === 0) return false;
  return names.some((n) => {
    const p = nameTokens(n);
    return contained(p, g) || contained(g, p);
  });
}

export type Verdict = 'right' | 'wrong' | 'unknown';

/**
 * The names our quote gives its speaker: its name (the phrase as written when no entity is known) and the
 * entity's name and aliases. Not the whole speaker span: "Trump's lawyer" holds a name that is not the speaker's.
 */
export function speakerNames(q: Quote, analysis: Pick<ArticleAnalysis, 'entities'>): string[] {
  const names: string[] = [];
  if (q.speakerName) names.push(q.speakerName);
  const e = q.speaker ? analysis.entities.find((x) => x.id === q.speaker) : undefined;
  if (e) pushAll(names, [e.name, ...e.aliases]);
  return names;
}

/**
 * No speaker, a pronoun standing for no one we know of, or a role description resolved to no one
 * ("the governor", "a lawyer for Stone") is unknown: it names no wrong person. Anything else that
 * is not the gold speaker is wrongly named, junk phrases ("Friday") included.
 */
export function verdict(gold: string, q: Quote, analysis: Pick<ArticleAnalysis, 'entities'>): Verdict {
  const name = q.speakerName ?? '';
  if (sameSpeaker(gold, speakerNames(q, analysis))) return 'right';
  if (!name && !q.speaker) return 'unknown';
  const pack = getPack('en');
  if (!q.speaker && pack && (pack.pronouns.has(name.toLowerCase()) || description(name, pack.roles))) return 'unknown';
  return 'wrong';
}

/** A phrase headed by a role noun, naming nobody: "the governor", "the Texas governor", "a lawyer for Stone". */
function description(name: string, roles: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/);
  return /^(?:the|a|an)\s/i.test(name) && words.some((w) => roles.has(w.toLowerCase().replace(/[^a-z-]/g, '')));
}

/** The quote covering the most of `gold`, when it covers at least half of it. */
export function coveringQuote(gold: Span, quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestShared = 0;
  for (const q of quotes) {
    const shared = intersection(quoteSpans(q), [gold]);
    if (shared > bestShared || (shared === bestShared && best && shared > 0 && spanLength(quoteSpans(q)) < spanLength(quoteSpans(best)))) {
      best = q;
      bestShared = shared;
    }
  }
  return best && bestShared >= 0.5 * (gold.end - gold.start) ? best : null;
}

export interface SpeakerExample {
  document: string;
  verdict: Verdict | 'missed';
  gold: string;
  predicted: string | null;
  cue: string | null;
  form: string | null;
  /** The sentence the gold span starts in, and the one before (for reading errors; not stored anywhere). */
  context: string;
}

export interface BasilSpeakerScores {
  documents: number;
  /** Quoted spans whose gold speaker is one named person (or a named organisation), and how many a quote of ours covers. */
  gold: number;
  found: number;
  right: number;
  wrong: number;
  unknown: number;
  /** right / found, wrong / found, unknown / found, found / gold. */
  accuracy: number;
  wrongShare: number;
  unknownShare: number;
  recall: number;
  /** Spans whose gold speaker is unnamed (other_*): found, and given to one of the article's main entities. */
  unnamed: { gold: number; found: number; toMainEntity: number };
  /** Spans whose gold speaker is a group: found, and given a speaker whose name matches the group's label. */
  groups: { gold: number; found: number; byName: number; unknown: number };
  examples: SpeakerExample[];
}

export class BasilSpeakerScorer {
  private t = { documents: 0, gold: 0, found: 0, right: 0, wrong: 0, unknown: 0 };
  private unnamed = { gold: 0, found: 0, toMainEntity: 0 };
  private groups = { gold: 0, found: 0, byName: 0, unknown: 0 };
  readonly examples: SpeakerExample[] = [];

  constructor(private readonly keep: ReadonlySet<SpeakerExample['verdict']> = new Set(['wrong'])) {}

  add(doc: BasilSpeakerDocument, analysis: Pick<ArticleAnalysis, 'quotes' | 'entities' | 'sentences'>): void {
    this.t.documents++;
    for (const g of doc.quotes) {
      const q = coveringQuote(g, analysis.quotes);
      if (unnamedSpeaker(g.speaker)) {
        this.unnamed.gold++;
        if (!q) continue;
        this.unnamed.found++;
        const names = q.speakerName || q.speaker ? speakerNames(q, analysis) : [];
        if (names.length > 0 && doc.mainEntities.some((m) => sameSpeaker(m, names))) this.unnamed.toMainEntity++;
        continue;
      }
      if (groupSpeaker(g.speaker)) {
        this.groups.gold++;
        if (!q) continue;
        this.groups.found++;
        const v = verdict(g.speaker, q, analysis);
        if (v === 'right') this.groups.byName++;
        if (v === 'unknown') this.groups.unknown++;
        continue;
      }
      this.t.gold++;
      const v: Verdict | 'missed' = q ? verdict(g.speaker, q, analysis) : 'missed';
      if (v !== 'missed') {
        this.t.found++;
        this.t[v]++;
      }
      if (this.keep.has(v)) this.examples.push(example(doc, analysis, g, q, v));
    }
  }

  result(): BasilSpeakerScores {
    const t = this.t;
    const share = (n: number) => (t.found > 0 ? n / t.found : 0);
    return {
      ...t,
      accuracy: share(t.right),
      wrongShare: share(t.wrong),
      unknownShare: share(t.unknown),
      recall: t.gold > 0 ? t.found / t.gold : 0,
      unnamed: { ...this.unnamed },
      groups: { ...this.groups },
      examples: this.examples,
    };
  }
}

function example(
  doc: BasilSpeakerDocument,
  analysis: Pick<ArticleAnalysis, 'sentences'>,
  g: BasilQuote,
  q: Quote | null,
  v: SpeakerExample['verdict'],
): SpeakerExample {
  const at = analysis.sentences.findIndex((s) => s.end > g.start);
  const from = analysis.sentences[Math.max(0, at - 1)];
  const to = analysis.sentences[Math.max(0, at)];
  const context = from && to ? doc.text.slice(from.start, Math.max(to.end, g.end)).replace(/\s+/g, ' ') : '';
  return {
    document: doc.name,
    verdict: v,
    gold: g.speaker,
    predicted: q ? q.speakerName : null,
    cue: q?.cue ?? null,
    form: q?.form ?? null,
    context,
  };
}

export interface BasilSpeakerEvaluation extends BasilSpeakerScores {
  /** Time spent analysing (reading and scoring excluded). */
  seconds: number;
}

export function evaluateBasilSpeakers(
  files: readonly { article: string; annotation: string }[],
  keep: ReadonlySet<SpeakerExample['verdict']> = new Set(['wrong']),
): BasilSpeakerEvaluation {
  const scorer = new BasilSpeakerScorer(keep);
  let seconds = 0;
  for (const f of files) {
    const doc = parseBasilSpeakers(readFileSync(f.article, 'utf8'), readFileSync(f.annotation, 'utf8'), basename(f.article, '.json'));
    if (doc.quotes.length === 0) continue;
    const t0 = performance.now();
    const analysis = analyzeBasil(doc);
    seconds += (performance.now() - t0) / 1000;
    scorer.add(doc, analysis);
  }
  return { ...scorer.result(), seconds };
}
