import type { Quote } from '../../../core/model/analysis.js';
import type { LanguagePack } from '../../../core/lang/pack.js';

/** Capitalised words that open a sentence as adverbs or prepositions, never a source ("Late Monday, …", "Without …"). */
const OPENERS = new Set(['late', 'early', 'without', 'amid', 'after', 'before', 'during', 'since', 'while', 'when', 'then', 'also', 'still', 'only']);

/**
 * English: a source found by word order that cannot be one — a span that
 * starts where the quote's own content starts ("endorsed [the plan]" read as
 * an inverted subject), a single lower-case word that is no pronoun, role or
 * group of people ("long", "hesitant") or a sentence-opening adverb ("Late", "Without"), or the writer's
 * or reader's pronoun ("I", "you": the pack's narrator pronouns).
 */
export function implausibleSource(q: Quote, text: string, pack: LanguagePack): boolean {
  const sp = q.speakerSpan;
  if (!sp) return false;
  if ((q.segments ?? [q]).some((p) => p.start === sp.start)) return true;
  const words = text.slice(sp.start, sp.end).split(/\s+/).filter(Boolean);
  if (words.length !== 1) return false;
  const w = words[0]!;
  const norm = w.toLowerCase();
  // The writer or the reader ("Dear Sasha, I get …", "you") is no quoted source.
  if (pack.speakerEvidence?.narratorPronouns.has(norm)) return true;
  if (pack.pronouns.has(norm) || norm === 'who' || norm === 'which' || /[’']s$/.test(w)) return false;
  // "…, sources said", "officials say": a group of people or a role named by one lower-case noun.
  if (pack.speakerEvidence?.groupSources.has(norm) || pack.roles.has(norm)) return false;
  return /^\p{Ll}/u.test(w) || OPENERS.has(norm);
}
