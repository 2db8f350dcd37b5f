/**
 * The comparison report: the versioned JSON contract of `parallax compare --format json`.
 * schema/comparison-report.schema.json is checked against real reports in the tests.
 * Bump SCHEMA_VERSION on any change a consumer could notice: minor for additions,
 * major for renames or removals.
 */
import type { EntityType, QuoteKind, Stance } from './analysis.js';

export const SCHEMA_VERSION = '1.0.0';

export type FactStatus = 'shared' | 'exclusive' | 'conflict';

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
}

export interface Statement {
  article: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
}

export type ConflictKind = 'number' | 'date' | 'place' | 'actor';

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
  /** How strongly the statements were aligned (0–1); 1 for exclusive facts. */
  confidence: number;
}

export interface ReportEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions per article id; articles that do not name it are absent. */
  mentions: Record<string, number>;
  /** Articles that never name the entity. */
  omittedBy: string[];
  /** Stands for a government or institution (metonymy such as "der Kreml"). */
  institution: boolean;
}

export interface ReportQuote {
  id: string;
  article: string;
  sentence: number;
  start: number;
  end: number;
  speaker: string | null;
  speakerName: string | null;
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
}

export interface OutletFraming {
  article: string;
  outlet: string;
  actors: ActorFraming[];
  hedges: { text: string; sentence: number }[];
  loadedWords: { text: string; sentence: number }[];
  /** The speaker of the article's last quote or attribution. */
  lastWord: string | null;
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
  brief: BriefSentence[];
  warnings: string[];
}
