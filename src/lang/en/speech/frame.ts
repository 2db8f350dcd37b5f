import type { Token } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';

/** Closing quote marks (and the straight/doubled forms NYT text uses). */
const CLOSING = /^[”"’']+$/;

/**
 * English "“…,” said a longtime adviser to X" / "“…,” Ramos told AFP in an
 * interview": a verb right after a quote, or after a short subject that
 * follows it, frames that quote: 'verb' when the verb follows the quote
 * directly (what comes after it is the speaker), 'subject' when a subject
 * stands between (what comes after is no clause without "that"), else null.
 */
export function framesQuoteBefore(toks: readonly Token[], cue: CueHit, quoted: (offset: number) => boolean): 'verb' | 'subject' | null {
  let k = cue.token - 1;
  // Back over a short subject ("Ramos", "the former senator", "Sen. Ann Lee").
  let words = 0;
  while (k >= 0 && words <= 6 && (toks[k]!.kind !== 'punct' || (toks[k]!.text === '.' && k > 0 && toks[k - 1]!.capitalized)) && !quoted(toks[k]!.start)) {
    if (toks[k]!.kind !== 'punct') words++;
    k--;
  }
  if (words > 6) return null;
  if (toks[k]?.text === ',') k--;
  const t = toks[k];
  if (t === undefined || !(CLOSING.test(t.text) || (t.kind === 'punct' && quoted(t.start)))) return null;
  return words === 0 ? 'verb' : 'subject';
}

/** Words that, right after the frame's comma, open the writer's circumstances, not what was said ("…, he said, referring to …", "said, in a veiled jab"). */
const CIRCUMSTANCE = new Set(['in', 'with', 'without', 'according', 'at', 'on', 'during', 'after', 'before', 'from', 'as', 'while', 'when', 'apparently', 'perhaps', 'though']);

export function circumstanceAfterComma(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (CIRCUMSTANCE.has(t.norm) || /^[a-z]{3,}ing$/.test(t.text));
}

/** Adverbs and auxiliaries between a relative pronoun and its verb (", who also said"). */
const BEFORE_VERB = new Set(['also', 'has', 'have', 'had', 'later', 'then', 'once', 'recently', 'previously', 'publicly', 'repeatedly', 'first', 'would', 'will', 'did']);
const RELATIVE_OPENERS = new Set(['who', 'which']);
const YEAR = /^(?:1[89]|20)\d\d$/;
const TIME_OPENERS = new Set(['when', 'after', 'before', 'while', 'if', 'as', 'once', 'since']);

/**
 * English: the last token a content may reach when its frame sits in a clause
 * that the next comma closes — a relative clause (", who said the plan was
 * late, left") or a subjectless opening frame ("When asked whether he would
 * run, Lee …", "Asked about the vote, she …"); else the sentence's last token.
 */
export function framedClauseEnd(toks: readonly Token[], cue: CueHit, quoted: (offset: number) => boolean): number {
  let k = cue.token - 1;
  while (k >= 0 && toks[k]!.kind !== 'punct') k--;
  const opener = toks[k + 1];
  const relative = k >= 0 && toks[k]!.text === ',' && opener !== undefined && RELATIVE_OPENERS.has(opener.norm) && cue.token - (k + 1) <= 3;
  const subjectless = subjectlessFrame(toks, cue);
  if (!relative && !subjectless) return toks.length - 1;
  for (let j = cue.lastToken + 1; j < toks.length; j++) if (toks[j]!.text === ',' && !quoted(toks[j]!.start)) return j - 1;
  return toks.length - 1;
}

/** "Asked about the vote, …", "When asked whether …": a past participle opening the sentence names no source (PolNeAR leaves it empty). */
export function subjectlessFrame(toks: readonly Token[], cue: CueHit): boolean {
  if (/ing$/.test(toks[cue.token]!.norm)) return false;
  return cue.token === 0 || (cue.token === 1 && TIME_OPENERS.has(toks[0]!.norm));
}

/** ", who said …", "voters who say …": the relative pronoun right before the verb (past adverbs) is the source PolNeAR marks; its token index or -1. */
export function relativeSource(toks: readonly Token[], cue: CueHit): number {
  let k = cue.token - 1;
  while (k >= 0 && BEFORE_VERB.has(toks[k]!.norm)) k--;
  // ", who in 2010 said …": a year between the pronoun and its verb.
  if (k > 1 && toks[k]!.kind === 'number' && YEAR.test(toks[k]!.text) && toks[k - 1]!.norm === 'in') k -= 2;
  while (k >= 0 && BEFORE_VERB.has(toks[k]!.norm)) k--;
  return k > 0 && RELATIVE_OPENERS.has(toks[k]!.norm) && (toks[k - 1]!.text === ',' || toks[k - 1]!.kind === 'word') ? k : -1;
}
