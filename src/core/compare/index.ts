import type { ArticleAnalysis } from '../model/analysis.js';
import {
  SCHEMA_VERSION,
  type ComparisonReport,
  type Fact,
  type ReportArticle,
  type ReportAttribution,
  type ReportEntity,
  type ReportQuote,
} from '../model/report.js';
import { resolveStoryEntities } from './story-entities.js';
import { sentenceVectors } from './sentence-features.js';
import { articleConcepts, type SentenceConcepts } from '../analyze/concepts.js';
import type { LanguagePack } from '../lang/pack.js';
import { buildFacts, DEFAULT_FACT_OPTIONS, type FactOptions } from './facts/build-facts.js';
import { groupQuotes } from './quote-groups.js';
import { compareLabels, outletFraming } from './framing.js';
import { storyCheck } from './story-check.js';
import { roleResolver } from './role-speakers.js';
import { makeBrief } from './brief.js';

export interface CompareOptions {
  /**
   * The language pack of a language, for the concepts (synonyms, verb forms) that let
   * paraphrases meet; without it the comparison runs on words, names, figures and dates.
   */
  packOf?: (language: string) => LanguagePack | null;
  /** Thresholds and pair weights of the fact alignment. */
  facts?: Partial<FactOptions>;
  /** Most sentences in the brief. */
  briefLength?: number;
  /**
   * Syndicated copies: article id → id of the article whose wire text it
   * republishes. A copy does not confirm its original: a fact carried only by
   * one text and its copies stays "exclusive".
   */
  syndicatedFrom?: ReadonlyMap<string, string>;
}

/** The state a clause gives counted people ("ums Leben" → "tot") and where its words stand, or null. */
function countedState(
  states: LanguagePack['countedStates'],
  unit: string,
  words: readonly string[],
): { unit: string; at: number[] } | null {
  if (!states || !states.people.has(unit)) return null;
  for (const [seq, state] of states.states) {
    for (let i = 0; i + seq.length <= words.length; i++) {
      if (seq.every((w, k) => words[i + k] === w)) return { unit: state, at: seq.map((_, k) => i + k) };
    }
  }
  return null;
}

/** The article whose text a syndicated copy goes back to (itself when it is no copy). */
function wireRoot(id: string, syndicatedFrom: ReadonlyMap<string, string> | undefined): string {
  let at = id;
  for (let hops = 0; hops < 16 && syndicatedFrom?.has(at); hops++) at = syndicatedFrom.get(at)!;
  return at;
}


/**
 * The per-story stage: resolves entities across the articles, aligns their
 * sentences into facts (shared, exclusive, conflicting), groups quotes, and
 * profiles each outlet's framing. Deterministic for the same analyses in the
 * same order.
 */
export function compareArticles(analyses: readonly ArticleAnalysis[], options: CompareOptions = {}): ComparisonReport {
  const { entities, byArticleEntity } = resolveStoryEntities(analyses);
  const entityOf = (id: string) => byArticleEntity.get(id);
  const byArticle = new Map(analyses.map((a) => [a.article.id, a]));
  const concepts = new Map<string, Map<number, SentenceConcepts>>();
  for (const a of analyses) {
    const pack = options.packOf?.(a.article.language);
    if (pack) concepts.set(a.article.id, articleConcepts(a, pack));
  }
  const vectors = sentenceVectors(analyses, entityOf, (a, sentence) => concepts.get(a.article.id)?.get(sentence));

  const facts: Fact[] = buildFacts(
    {
      analyses,
      vectors,
      entityOf,
      wireRoot: (id) => wireRoot(id, options.syndicatedFrom),
      boilerplate: (v) => v.sentence.boilerplate === true,
      pointsBack: (v) => {
        const first = v.sentence.tokens.find((t) => t.kind === 'word');
        const pack = first ? options.packOf?.(byArticle.get(v.article)!.article.language) : null;
        return pack ? pack.anaphors.has(first!.norm) : false;
      },
      conflictLexicon: {
        // All senses of a counted noun: the clause around the figure still has to say the same.
        unitConcepts: (a, q) => {
          const pack = q.unit && !q.unit.startsWith('measure:') && q.unit !== '%' ? options.packOf?.(a.article.language) : null;
          return pack ? pack.concepts(q.unit!, (q.unitText ?? q.unit!).toLowerCase()) : [];
        },
        joins: (a, word) => options.packOf?.(a.article.language)?.coordinators.has(word) ?? false,
        side: (a, word) => options.packOf?.(a.article.language)?.sideWords.get(word) ?? null,
        relative: (a, word) => options.packOf?.(a.article.language)?.relativePronouns.has(word) ?? false,
        unitScale: (a, unit) => {
          const m = options.packOf?.(a.article.language)?.unitMultiples?.get(unit);
          return m ? { unit: m[0], factor: m[1] } : null;
        },
        countedState: (a, unit, words) => countedState(options.packOf?.(a.article.language)?.countedStates, unit, words),
        isState: (a, unit) => options.packOf?.(a.article.language)?.countedStates?.states.some(([, state]) => state === unit) ?? false,
      },
    },
    { ...DEFAULT_FACT_OPTIONS, ...options.facts },
  );

  const reportEntities: ReportEntity[] = entities.map((e) => {
    // Analyses stored before entity confidence existed count as confident.
    const confident = e.members.some((m) => m.confident !== false);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: Object.fromEntries(analyses.filter((a) => e.mentions.has(a.article.id)).map((a) => [a.article.id, e.mentions.get(a.article.id)!])),
      omittedBy: confident ? analyses.filter((a) => !e.mentions.has(a.article.id)).map((a) => a.article.id) : [],
      institution: e.institution,
      confident,
    };
  });

  const byRole = roleResolver(analyses, entityOf);
  /** The story entity a speaker or actor is: named directly, or through a role some outlet gives one person. */
  const actorOf = (a: ArticleAnalysis, id: string | null, name: string | null, span: { start: number; end: number } | null) =>
    (id ? entityOf(id) : undefined) ?? byRole(a, name, span) ?? null;
  const quotes: ReportQuote[] = analyses.flatMap((a) =>
    a.quotes.map((q) => {
      const speaker = actorOf(a, q.speaker, q.speakerName, q.speakerSpan);
      return {
        id: q.id,
        article: a.article.id,
        sentence: q.sentence,
        start: q.start,
        end: q.end,
        speaker: speaker?.id ?? null,
        speakerName: speaker?.name ?? q.speakerName,
        text: q.text,
        kind: q.kind,
        cue: q.cue,
        stance: q.stance,
        group: null,
      };
    }),
  );
  const quoteGroups = groupQuotes(quotes);

  const attributions: ReportAttribution[] = analyses.flatMap((a) =>
    a.attributions.map((at) => {
      const actor = actorOf(a, at.actor, at.actorName, at.actorSpan);
      return {
        id: at.id,
        article: a.article.id,
        sentence: at.sentence,
        actor: actor?.id ?? null,
        actorName: actor?.name ?? at.actorName,
        cue: at.cue,
        cueLemma: at.cueLemma,
        stance: at.stance,
        hedges: at.hedges,
        start: at.cueSpan.start,
        end: at.cueSpan.end,
      };
    }),
  );

  const articles: ReportArticle[] = analyses.map((a) => ({
    id: a.article.id,
    title: a.article.title,
    outlet: a.article.outlet,
    language: a.article.language,
    languageSupported: a.languageSupported,
    published: a.article.published,
    url: a.article.url,
    author: a.article.author,
    source: a.article.source,
    provenance: { ...a.article.provenance } as Record<string, string>,
    sentences: a.sentences.length,
    syndicatedFrom: options.syndicatedFrom?.get(a.article.id) ?? null,
  }));

  const story = storyCheck(analyses, vectors);
  const warnings = analyses.flatMap((a) => a.warnings);
  if (analyses.length < 2) warnings.push('only one article: nothing to compare it with');
  if (!story.sameStory && analyses.length > 1) {
    warnings.push(`these articles may not report one event (similarity ${story.similarity.toFixed(2)})`);
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    articles,
    story,
    facts,
    entities: reportEntities,
    quotes,
    quoteGroups,
    attributions,
    framing: analyses.map((a) => outletFraming(a, entityOf, actorOf)),
    labelComparison: compareLabels(analyses, entityOf),
    brief: makeBrief({ facts, byArticle, quotes }, options.briefLength ?? 6),
    warnings,
  };
}
