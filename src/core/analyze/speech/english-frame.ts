import type { Token } from '../../model/analysis.js';
import type { CueHit } from './cues.js';

/**
 * English "“…,” said a longtime adviser to X": a verb right after a quote
 * (past its comma) frames that quote; the words after it are the speaker,
 * never a content clause of their own.
 */
export function framesQuoteBefore(toks: readonly Token[], cue: CueHit, quoted: (offset: number) => boolean): boolean {
  let k = cue.token - 1;
  if (toks[k]?.text === ',') k--;
  const t = toks[k];
  return t !== undefined && (/^[”"’']+$/.test(t.text) || (t.kind === 'punct' && quoted(t.start)));
}
