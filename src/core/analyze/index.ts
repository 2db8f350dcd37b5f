import type { Article } from '../model/article.js';
import type { ArticleAnalysis, ArticleEntity, EntityMention, Sentence } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';
import { basePack } from '../lang/base-pack.js';
import { segment } from './segment.js';
import { findTimes } from './times.js';
import { findQuantities } from './numbers.js';
import { recognize, type EntityTagger } from './entities/recognize.js';
import { resolveEntities } from './entities/resolve.js';
import { applyMetonymy, metonymicMentions } from './entities/metonymy.js';
import { analyzeSpeech } from './speech/attribute.js';
import { findLabels } from './labels.js';
import { isBoilerplateSentence } from '../text/boilerplate.js';
import { clauseSpans } from './clauses.js';

export type { EntityTagger } from './entities/recognize.js';

export interface AnalyzeOptions {
  /** The language pack for the article's language, or null when there is none. */
  pack: LanguagePack | null;
  /** A learned entity tagger for the language, when one is shipped. */
  tagger?: EntityTagger | null;
}

/**
 * The per-article stage: segmentation, numbers, dates, entities, quotes,
 * attributions, hedges, labels and loaded words. Pure: same article and pack,
 * same result.
 */
export function analyzeArticle(article: Article, options: AnalyzeOptions): ArticleAnalysis {
  const pack = options.pack ?? basePack(article.language);
  const warnings: string[] = [];
  if (!options.pack) {
    warnings.push(
      `${article.outlet}: no language pack for "${article.language}"; compared on words, numbers, dates and names only (no quotes' cues, stance or hedges)`,
    );
  }
  const sentences = segment(article.text, article.bodyStart, pack);
  for (const s of sentences) {
    if (isBoilerplateSentence(s.text, pack)) s.boilerplate = true;
    const clauses = clauseSpans(s, pack);
    if (clauses) s.clauses = clauses;
    const negations = negationsIn(s, pack);
    if (negations.length > 0) s.negations = negations;
    const pairs = pairReferences(s, pack);
    if (pairs.length > 0) s.pairs = pairs;
    if (opensWithAnaphor(s, pack)) s.anaphoric = true;
  }
  const times = findTimes(sentences, pack, article.published);
  const quantities = findQuantities(sentences, pack, times);
  // Names in credit lines, bylines and captions are no one the story is about ("… haben zu diesem Bericht beigetragen").
  const boilerplate = new Set(sentences.filter((s) => s.boilerplate).map((s) => s.index));
  const candidates = recognize(sentences, pack, options.tagger ?? null, { published: article.published }).filter((c) => !boilerplate.has(c.sentence));
  const prefix = `${article.id}:`;
  const resolved = resolveEntities(candidates, sentences, pack, prefix);
  const speech = analyzeSpeech(article.text, sentences, pack, resolved.mentions, resolved.entities, prefix);
  const acting = metonymicMentions(sentences, resolved.mentions, resolved.entities, pack, speech.actingMentions);
  const { entities, mentions } = applyMetonymy(resolved.entities, resolved.mentions, acting, pack, prefix);
  const labels = findLabels(sentences, mentions, pack);
  return {
    article,
    languageSupported: options.pack !== null,
    sentences,
    quantities,
    times,
    entities,
    mentions,
    quotes: remapSpeakers(speech.quotes, entities, mentions),
    attributions: remapActors(speech.attributions, entities, mentions),
    hedges: speech.hedges,
    labels,
    loaded: speech.loaded,
    warnings,
  };
}

function remapSpeakers(quotes: ArticleAnalysis['quotes'], entities: ArticleEntity[], mentions: EntityMention[]) {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const mentionAt = mentionBySpan(mentions);
  return quotes.map((q) => {
    const m = q.speakerSpan ? mentionAt(q.speakerSpan) : undefined;
    if (!m || m.entity === q.speaker) return q;
    return { ...q, speaker: m.entity, speakerName: names.get(m.entity) ?? q.speakerName };
  });
}

function remapActors(attributions: ArticleAnalysis['attributions'], entities: ArticleEntity[], mentions: EntityMention[]) {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const mentionAt = mentionBySpan(mentions);
  return attributions.map((a) => {
    const m = a.actorSpan ? mentionAt(a.actorSpan) : undefined;
    return m && m.entity !== a.actor ? { ...a, actor: m.entity, actorName: names.get(m.entity) ?? a.actorName } : a;
  });
}

/** The first mention with exactly this span, looked up rather than searched for every quote. */
function mentionBySpan(mentions: readonly EntityMention[]): (span: { start: number; end: number }) => EntityMention | undefined {
  let at: Map<string, EntityMention> | null = null;
  return (span) => {
    if (!at) {
      // Built on the first question: many articles have no speaker span to look up.
      at = new Map();
      for (const m of mentions) {
        const key = `${m.start}|${m.end}`;
        if (!at.has(key)) at.set(key, m);
      }
    }
    return at.get(`${span.start}|${span.end}`);
  };
}

/**
 * Where a sentence denies something: the pack's polarity words, and English "-n't".
 * A denial before an additive particle of the pack ("nicht nur", "not only") adds.
 */
function negationsIn(s: Sentence, pack: LanguagePack): number[] {
  if (pack.polarityWords.size === 0) return [];
  const out: number[] = [];
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') continue;
    // (Typeset apostrophes too: "don’t", "won’t".)
    const norm = t.norm.replace(/’/g, "'");
    const denies = pack.polarityWords.has(norm) || (norm.endsWith("n't") && pack.polarityWords.has("n't"));
    if (!denies) continue;
    const next = toks[k + 1]?.norm;
    if (next !== undefined && pack.additiveParticles.has(next)) continue;
    out.push(t.start);
  }
  return out;
}

/** Role nouns after a pair word ("die beiden Staatschefs", "both leaders"), adjectives allowed between. */
function pairReferences(s: Sentence, pack: LanguagePack): { start: number; end: number }[] {
  if (pack.pairWords.size === 0) return [];
  const out: { start: number; end: number }[] = [];
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (!pack.pairWords.has(toks[k]!.norm)) continue;
    for (let j = k + 1; j < Math.min(toks.length, k + 3); j++) {
      const t = toks[j]!;
      if (t.kind !== 'word') break;
      if (pack.roles.has(t.norm)) {
        out.push({ start: toks[k]!.start, end: t.end });
        break;
      }
    }
  }
  return out;
}

/** Words at the start of a sentence in which its subject usually stands. */
const SUBJECT_WINDOW = 4;

/** Whether a sentence points back within its first words ("Im Güterverkehr soll dieser …", "He said …"). */
function opensWithAnaphor(s: Sentence, pack: LanguagePack): boolean {
  let words = 0;
  for (const t of s.tokens) {
    if (t.kind !== 'word') continue;
    if (pack.anaphors.has(t.norm)) return true;
    if (++words >= SUBJECT_WINDOW) return false;
  }
  return false;
}
