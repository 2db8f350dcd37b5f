/**
 * The comparison report: the versioned JSON contract of `parallax compare --format json`.
 * schema/comparison-report.schema.json is checked against real reports in the tests.
 * Bump SCHEMA_VERSION on any change a consumer could notice: minor for additions,
 * major for renames or removals.
 */
import type { EntityType, QuoteKind, Stance } from './analysis.js';

export const SCHEMA_VERSION = '2.0.0';

/**
 * What the report claims about a fact (since 2.0, "uncertain" is new):
 * - shared: two or more independent outlets state it;
 * - conflict: outlets state it with incompatible values (or a value that changed over time);
 * - exclusive: only one outlet states it, checked against every other article;
 * - uncertain: one outlet states it and other articles hold a near match (`possiblyAlso`)
 *   that is too weak to call shared and too close to call the fact exclusive.
 */
export type FactStatus = 'shared' | 'exclusive' | 'conflict' | 'uncertain';

export interface ReportArticle {
  id: string;
  title: string | null;
  outlet: string;
  language: string;
  /** A language pack covered the language; when false only language-free analysis ran. */
  languageSupported: boolean;
  published: string | null;
  url: string | null;
  author: string | null;
  source: string;
  /** Where each metadata field came from (json-ld, meta, file-name, …). */
  provenance: Record<string, string>;
  sentences: number;
  /** When this article republishes another's wire text (syndication): that article's id. */
  syndicatedFrom: string | null;
}

/**
 * One outlet's wording of a fact: a sentence, or a clause of it when the sentence
 * joins several propositions (since 2.0 a fact may hold several statements of one
 * article: headline, lead and a later detail often repeat one fact).
 */
export interface Statement {
  article: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
  /** The statement is a clause of its sentence, not the whole sentence (since 2.0). */
  clause: boolean;
}

/** A sentence of another article that may state the same fact, with how sure the link is (since 2.0). */
export interface NearMatch extends Statement {
  /** Calibrated probability that it states the fact, 0–1. */
  confidence: number;
}

/** What outlets disagree on; "claim": one states what another denies ("pleaded guilty" / "will plead not guilty"). */
export type ConflictKind = 'number' | 'date' | 'time' | 'place' | 'actor' | 'claim';

export interface ConflictValue {
  article: string;
  sentence: number;
  value: string;
  text: string;
  start: number;
  end: number;
}

export interface Conflict {
  kind: ConflictKind;
  /** What the values are about: the counted noun, "date", the place slot. */
  about: string;
  values: ConflictValue[];
  /**
   * The values differ between articles published at different times, the later ones
   * giving the later value (a death toll rising): an update over time rather than a
   * disagreement (since 2.0).
   */
  update: boolean;
}

export interface Fact {
  id: string;
  status: FactStatus;
  /** Articles that report the fact. */
  articles: string[];
  /** Distinct outlets among them. */
  outlets: string[];
  statements: Statement[];
  /** Present when status is "conflict". */
  conflicts: Conflict[];
  /**
   * Calibrated probability that the claim of the status holds (since 2.0): for a
   * shared or conflicting fact that its statements state one proposition; for an
   * exclusive fact that no other article states it.
   */
  confidence: number;
  /** Confident enough to be shown as settled; tentative facts are shown apart (since 2.0). */
  firm: boolean;
  /** Sentences of other articles that may state the fact too, best first (since 2.0). */
  possiblyAlso: NearMatch[];
}

export interface ReportEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions per article id; articles that do not name it are absent. */
  mentions: Record<string, number>;
  /**
   * Articles that never name the entity; empty when the entity was not recognised with
   * confidence, since "outlet X never names Y" is claimed only for entities that surely are one.
   */
  omittedBy: string[];
  /** Stands for a government or institution (metonymy such as "der Kreml"). */
  institution: boolean;
  /** Recognised with confidence in at least one article (since 2.0). */
  confident: boolean;
}

export interface ReportQuote {
  id: string;
  article: string;
  sentence: number;
  start: number;
  end: number;
  speaker: string | null;
  speakerName: string | null;
  /** The quote as written: the text at start–end, or, for a direct quote interrupted by its frame, its pieces joined by " … ". */
  text: string;
  kind: QuoteKind;
  cue: string | null;
  stance: Stance;
  /** Id of the quote group when other articles carry the same statement. */
  group: string | null;
}

export type DiffOp = { op: 'same' | 'added' | 'removed'; text: string };

export interface QuoteGroup {
  id: string;
  speaker: string | null;
  speakerName: string | null;
  quotes: string[];
  articles: string[];
  /** Some outlets quote directly while others paraphrase or report indirectly. */
  mixedKinds: boolean;
  wordingDiffers: boolean;
  /** Word-level diff of the first quote against each other quote, in order of `quotes`. */
  diffs: { from: string; to: string; ops: DiffOp[] }[];
}

export interface ReportAttribution {
  id: string;
  article: string;
  sentence: number;
  actor: string | null;
  actorName: string | null;
  cue: string;
  cueLemma: string;
  stance: Stance;
  hedges: string[];
  start: number;
  end: number;
}

export interface ActorFraming {
  actor: string | null;
  actorName: string;
  stances: Partial<Record<Stance, number>>;
  cues: string[];
  hedges: string[];
  labels: string[];
  /** Statements attributed to the actor (attributions) (since 1.1). */
  statements: number;
  /** Share of those introduced with a neutral cue and no hedge, 0–1 (since 1.1). */
  neutralShare: number;
}

/** Whose statements an outlet carries, and how much (since 1.1). */
export interface Voice {
  actor: string | null;
  actorName: string;
  /** Quotes of any kind, and how many of them are direct. */
  quotes: number;
  direct: number;
  /** Words quoted or reported. */
  words: number;
  /** Share of all words the outlet quotes or reports, 0–1. */
  share: number;
}

export interface SentenceWord {
  text: string;
  sentence: number;
  /** The sentence the word sits in (since 1.1). */
  sentenceText: string;
}

/** The descriptors each outlet attaches to one entity, side by side (since 1.1). */
export interface LabelComparison {
  entity: string;
  name: string;
  /** Labels per article id; articles that give none are absent. */
  labels: Record<string, string[]>;
}

export interface OutletFraming {
  article: string;
  outlet: string;
  actors: ActorFraming[];
  hedges: SentenceWord[];
  /** Evaluative words outside quotes. */
  loadedWords: SentenceWord[];
  /** The speaker of the article's last quote or attribution. */
  lastWord: string | null;
  /** Whose statements the outlet carries, most words first (since 1.1). */
  voices: Voice[];
}

export interface BriefSentence {
  text: string;
  facts: string[];
  articles: string[];
  outlets: string[];
}

export interface StoryCheck {
  /** Whether the articles look like one event (average pairwise similarity over a threshold). */
  sameStory: boolean;
  similarity: number;
  /** Articles that look unrelated to the others. */
  outliers: string[];
}

export interface ComparisonReport {
  schemaVersion: string;
  articles: ReportArticle[];
  story: StoryCheck;
  facts: Fact[];
  entities: ReportEntity[];
  quotes: ReportQuote[];
  quoteGroups: QuoteGroup[];
  attributions: ReportAttribution[];
  framing: OutletFraming[];
  /** Labels of the same entity across outlets (since 1.1). */
  labelComparison: LabelComparison[];
  brief: BriefSentence[];
  warnings: string[];
}
