import type { Token } from '../../model/analysis.js';
import type { CueHit } from './cues.js';

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
