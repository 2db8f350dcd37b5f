import type { Token } from '../../../core/model/analysis.js';
import type { LanguagePack } from '../../../core/lang/pack.js';

/**
 * English: the writer's own words after a reported clause, where PolNeAR ends
 * the content. `k` is a comma: what follows is a participle phrase of the
 * writer ("…, throwing the party into disarray", "…, drawing 1,110 people")
 * or a non-restrictive relative clause ("…, which votes on March 1", "…, who
 * also held a rally").
 */
export function writerAddition(toks: readonly Token[], k: number, pack?: LanguagePack): boolean {
  const next = toks[k + 1];
  if (!next || next.kind !== 'word') return false;
  // ", according to X" closes the clause with its own source.
  if (next.norm === 'according') return true;
  if (pack && closingFrame(toks, k, pack)) return true;
  return next.norm === 'which' || next.norm === 'who' || (/^[a-z]{3,}ing$/.test(next.text) && !GERUND_NOUNS.has(next.norm));
}

/**
 * "…, sources said.", "…, top officials said Friday, as …": after the comma at `k`, a short
 * source phrase and a reporting verb with nothing but time words before the sentence end or
 * the next comma — a frame of its own that closes the sentence, not part of the content.
 */
function closingFrame(toks: readonly Token[], k: number, pack: LanguagePack): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 9; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct' && !(t.text === '.' && toks[j - 1]!.capitalized && j + 1 < toks.length - 1)) return false;
    if (j > k + 1 && t.kind === 'word' && pack.reportingVerbs.has(t.norm) && !/ing$/.test(t.norm)) {
      let e = j + 1;
      while (e < toks.length && toks[e]!.kind === 'word' && (pack.weekdays.has(toks[e]!.norm) || pack.relativeDays.has(toks[e]!.norm) || (pack.speakerEvidence?.timeNouns.has(toks[e]!.norm) ?? false) || FRAME_TAIL.has(toks[e]!.norm))) e++;
      const end = toks[e];
      return end === undefined || (end.kind === 'punct' && end.text !== '“' && end.text !== '"');
    }
  }
  return false;
}
/** Words that may follow the verb of a closing frame besides time words ("said late on Friday", "said in a statement"). */
const FRAME_TAIL = new Set(['on', 'last', 'this', 'earlier', 'later', 'late', 'early', 'in', 'a', 'an', 'statement', 'interview']);

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
