import type { Quote } from '../../../core/model/analysis.js';
import type { LanguagePack } from '../../../core/lang/pack.js';

/** Capitalised words that open a sentence as adverbs or prepositions, never a source ("Late Monday, …", "Without …"). */
const OPENERS = new Set(['late', 'early', 'without', 'amid', 'after', 'before', 'during', 'since', 'while', 'when', 'then', 'also', 'still', 'only']);

/** Lower-case words that never open a source phrase: verbs, adverbs and prepositions. */
const OPENS_NO_PHRASE = new Set([
  ...['be', 'been', 'being', 'let', 'still'],
  ...['of', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'throughout', 'during', 'through', 'into', 'onto', 'across'],
  ...['without', 'within', 'against', 'among', 'amid', 'about', 'after', 'before', 'since', 'until', 'upon', 'via'],
]);
/** Indefinite pronouns that name an unknown source honestly ("someone asked"). */
const INDEFINITE = new Set(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'nobody', 'many']);
/** Words that never end one: prepositions, articles, possessive determiners. */
const NEEDS_NOUN = new Set(['of', 'for', 'to', 'the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'in', 'on', 'at', 'by', 'with', 'from']);

/**
 * English: a source found by word order that cannot be one — a span that
 * starts where the quote's own content starts ("endorsed [the plan]" read as
 * an inverted subject), a piece of a clause rather than a phrase, a single lower-case word that is no pronoun, role or
 * group of people ("long", "hesitant") or a sentence-opening adverb ("Late", "Without"), or the writer's
 * or reader's pronoun ("I", "you": the pack's narrator pronouns).
 */
export function implausibleSource(q: Quote, text: string, pack: LanguagePack): boolean {
  const sp = q.speakerSpan;
  if (!sp) return false;
  if ((q.segments ?? [q]).some((p) => p.start === sp.start)) return true;
  const words = text.slice(sp.start, sp.end).split(/\s+/).filter(Boolean);
  if (pieceOfClause(q, text)) return true;
  if (words.length !== 1) return false;
  const w = words[0]!;
  const norm = w.toLowerCase();
  // The writer or the reader ("Dear Sasha, I get …", "you") is no quoted source.
  if (pack.speakerEvidence?.narratorPronouns.has(norm)) return true;
  if (pack.pronouns.has(norm) || norm === 'who' || norm === 'which' || INDEFINITE.has(norm) || /[’']s$/.test(w)) return false;
  // "it" only where it was resolved to an organisation.
  if (pack.speakerEvidence?.thingPronouns?.has(norm)) return q.speaker === null;
  // "…, sources said", "officials say": a group of people or a role named by one lower-case noun.
  if (pack.speakerEvidence?.groupSources.has(norm) || pack.roles.has(norm)) return false;
  return /^\p{Ll}/u.test(w) || OPENERS.has(norm);
}

/**
 * A source span that is a piece of a clause, not a phrase: one that opens with a preposition or a
 * form of "be" ("been dogged by charges …", "during a stop in Ohio that Mr. Roe") or stops at a word
 * that needs a noun after it ("the financial help of"; a lone possessive is the possessor of a noun
 * cue: "His attacks on …").
 */
export function pieceOfClause(q: Quote, text: string): boolean {
  const sp = q.speakerSpan;
  if (!sp) return false;
  const words = text.slice(sp.start, sp.end).split(/\s+/).filter(Boolean);
  return words.length > 0 && (OPENS_NO_PHRASE.has(words[0]!) || (words.length > 1 && NEEDS_NOUN.has(words[words.length - 1]!.toLowerCase())));
}
