import type { Token } from '../../../core/model/analysis.js';
import type { LanguagePack } from '../../../core/lang/pack.js';

/**
 * English: the writer's own words after a reported clause, where PolNeAR ends
 * the content. `k` is a comma: what follows is a participle phrase of the
 * writer ("…, throwing the party into disarray", "…, drawing 1,110 people")
 * or a non-restrictive relative clause ("…, which votes on March 1", "…, who
 * also held a rally").
 */
export function writerAddition(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  if (!next || next.kind !== 'word') return false;
  // ", according to X" closes the clause with its own source.
  if (next.norm === 'according') return true;
  return next.norm === 'which' || next.norm === 'who' || (/^[a-z]{3,}ing$/.test(next.text) && !GERUND_NOUNS.has(next.norm));
}

/**
 * "…, and more than 4 in 10 said …", "… and about the same numbers would
 * rather …": an "and" (token `k`) that opens another source's report ends the
 * first content — a reporting verb follows within a few words, before any comma.
 */
export function nextSpeaker(toks: readonly Token[], k: number, pack: LanguagePack): boolean {
  if (toks[k]!.norm !== 'and') return false;
  for (let j = k + 2; j < toks.length && j <= k + 7; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct') return false;
    if (pack.reportingVerbs.has(t.norm) && !['to', 'and', 'or', 'that'].includes(toks[j - 1]!.norm)) return true;
  }
  return false;
}

/** "-ing" words that open a noun phrase or a preposition, not a participle phrase ("including", "according"). */
const GERUND_NOUNS = new Set(['including', 'according', 'nothing', 'something', 'anything', 'everything', 'during', 'regarding', 'concerning', 'notwithstanding']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Openers of an adverbial clause whose main clause follows after a comma ("if elected, he would …"). */
const ADVERBIAL_OPENERS = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'as', 'once', 'unless', 'since', 'after', 'before', 'whether', 'even']);

/**
 * "…, they're also hostile to Democrats", "…, it lists steps …": a comma
 * (token `k`) followed by a subject pronoun opens the writer's next clause —
 * unless the content opened with an adverbial clause whose main clause this is
 * ("said that if elected, he would …").
 */
export function pronounClauseAfterComma(toks: readonly Token[], from: number, k: number): boolean {
  const next = toks[k + 1];
  if (!next || !SUBJECT_PRONOUNS.has(next.norm) || next.capitalized) return false;
  for (let j = from; j < k; j++) if (ADVERBIAL_OPENERS.has(toks[j]!.norm)) return false;
  return true;
}
