/**
 * What the per-article analysis finds. All offsets are character offsets into
 * `Article.text` (start inclusive, end exclusive).
 */
import type { Article } from './article.js';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  /** Lower-cased form. */
  norm: string;
  /** Stem of `norm` by the language pack's stemmer (equals `norm` without a pack). */
  stem: string;
  kind: TokenKind;
  /** First character is upper case. */
  capitalized: boolean;
  /** In the language pack's stopword list. */
  stop: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  /** The article's headline. */
  headline: boolean;
  /** A credit line, caption, byline, agency tag or promo: no statement of the story. Absent when false. */
  boilerplate?: boolean;
  /**
   * Where the sentence joins two or more propositions ("…; …", "…, und …", "X: Y"), the
   * spans of its clauses, in order; absent for a sentence that states one thing.
   */
  clauses?: Span[];
  /** Offsets of the words that deny what their clause states ("nicht", "not"); absent when none. */
  negations?: number[];
  /** The sentence opens (within its first words) with a word that points back ("Darin verkündet er …"). */
  anaphoric?: boolean;
  /** Spans that stand for two people named before ("die beiden Staatschefs", "both leaders"); absent when none. */
  pairs?: Span[];
  tokens: Token[];
}

/** A number mentioned in the text, with what it counts when that is clear. */
export interface Quantity extends Span {
  sentence: number;
  value: number;
  text: string;
  /** Stem of the counted noun ("rakete" for "zwei ballistische Raketen"), when found. */
  unit: string | null;
  /** The surface form of that noun. */
  unitText: string | null;
  /**
   * The values the text allows, when it gives an estimate, a bound or a range
   * ("rund 1.500", "mindestens 95", "31 bis 32 Prozent", "mehrere hundert"); absent
   * for an exact figure. `high` is Infinity for an open upper bound (stored as null).
   */
  low?: number;
  high?: number | null;
  /** Stems of the words between the number and its noun ("ballistischen" in "110 ballistischen Raketen"). */
  modifiers?: string[];
  /** How the text qualifies the figure, when it does. */
  bound?: 'about' | 'almost' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan' | 'several' | 'many' | 'range';
}

export type TimeGranularity = 'time' | 'day' | 'weekday' | 'month' | 'year';

/** A date or time mentioned in the text, resolved as far as the text allows. */
export interface TimeExpression extends Span {
  sentence: number;
  text: string;
  granularity: TimeGranularity;
  /**
   * Resolved value: "2023-09-13", "2019-04", "2022", "2023-09-13T10:00".
   * For a weekday whose date cannot be resolved (no publication date) it is
   * the weekday name in English lower case, e.g. "wednesday".
   */
  value: string;
  /** Resolved against the publication date ("heute", "am Mittwoch"). */
  relative: boolean;
}

export type EntityType = 'person' | 'place' | 'organization' | 'other';

export interface EntityMention extends Span {
  sentence: number;
  text: string;
  /** Id of the article-level entity this mention belongs to. */
  entity: string;
  /** A role or title written with the mention ("Kreml-Sprecher", "Präsident"). */
  role: string | null;
  /** A place name standing for its government or institution ("Pjöngjang behauptet"). */
  metonymy: boolean;
  /** How the mention was found: a gazetteer, a learned tagger, a pattern, coreference. */
  via: 'gazetteer' | 'tagger' | 'pattern' | 'coreference' | 'adjective';
}

/** One entity as named inside one article, with its mentions merged. */
export interface ArticleEntity {
  id: string;
  /** Canonical name: the longest full form used in the article, or the gazetteer name. */
  name: string;
  type: EntityType;
  aliases: string[];
  /**
   * Keys under which this entity can match entities of other articles (normalised
   * names, transliteration folds, gazetteer ids such as "country:KP").
   */
  keys: string[];
  /** Stands for a government or institution (Kreml, Weißes Haus, Pjöngjang as actor). */
  institution: boolean;
  mentions: number;
  /**
   * How sure recognition is that this is a real name of this type, 0–1: high for a
   * gazetteer entry, a name typed by a role, given name or head noun ("Senator …",
   * "… Committee") and a name the body repeats; low for a name seen once, typed by its
   * shape alone, or only in the headline. Absent in analyses stored before it existed.
   */
  confidence?: number;
  /**
   * `confidence` ≥ CONFIDENT_ENTITY: recognised with confidence. Claims about an
   * absence ("outlet X never names Y") should be made only for such entities.
   * Absent in analyses stored before it existed (then treat as confident).
   */
  confident?: boolean;
}

/** The confidence from which an entity counts as recognised with confidence (`ArticleEntity.confident`). */
export const CONFIDENT_ENTITY = 0.6;

export type QuoteKind = 'direct' | 'indirect' | 'reported';

export type Stance = 'neutral' | 'distancing' | 'contesting' | 'conceding' | 'emphatic' | 'pressure' | 'other';

/**
 * How a quote was found: between quote marks, as the content clause of a cue
 * ("X sagte, Y sei …"), qualified by a source marker ("laut X", "according to
 * X"), by the reportative "soll … haben", continued from an earlier frame (a
 * Konjunktiv I sentence without its own cue), or as a sentence that reports a
 * speech act without giving its content ("X bezeichnete Y als Z").
 */
export type QuoteForm = 'marks' | 'clause' | 'marker' | 'reportative' | 'continued' | 'speech-act';

export interface Quote extends Span {
  id: string;
  sentence: number;
  kind: QuoteKind;
  form: QuoteForm;
  /**
   * The pieces of a quote interrupted by its frame („…“, sagte er, „…“), in
   * order; absent when the quote is one piece. `start`/`end` span all pieces.
   */
  segments?: Span[];
  /** The quoted or reported content, without quote marks. */
  text: string;
  speaker: string | null;
  speakerName: string | null;
  speakerSpan: Span | null;
  /** The reporting verb or marker as written ("behauptete", "zufolge"). */
  cue: string | null;
  /** Its lemma ("behaupten"). */
  cueLemma: string | null;
  stance: Stance;
}

/** A statement attributed to an actor, with how the outlet introduces it. */
export interface Attribution {
  id: string;
  sentence: number;
  actor: string | null;
  actorName: string | null;
  actorSpan: Span | null;
  cue: string;
  cueLemma: string;
  cueSpan: Span;
  stance: Stance;
  /** Hedges in the same statement ("angeblich", "allegedly"). */
  hedges: string[];
  /** The quote this attribution introduces, when there is one. */
  quote: string | null;
}

export interface Hedge extends Span {
  sentence: number;
  text: string;
  lemma: string;
}

/** A descriptor the article attaches to an entity ("Machthaber", "Staatschef"). */
export interface EntityLabel extends Span {
  sentence: number;
  entity: string;
  label: string;
}

/** An evaluative word outside quotes ("aggressive", "Regime"). */
export interface LoadedWord extends Span {
  sentence: number;
  text: string;
  lemma: string;
}

export interface ArticleAnalysis {
  article: Article;
  /** True when a language pack covered this article's language. */
  languageSupported: boolean;
  sentences: Sentence[];
  quantities: Quantity[];
  times: TimeExpression[];
  entities: ArticleEntity[];
  mentions: EntityMention[];
  quotes: Quote[];
  attributions: Attribution[];
  hedges: Hedge[];
  labels: EntityLabel[];
  loaded: LoadedWord[];
  warnings: string[];
}
