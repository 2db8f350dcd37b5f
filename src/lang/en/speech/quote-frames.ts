import type { Sentence } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';
import { framesQuoteBefore } from './frame.js';

/**
 * English verbs that report speech only as the frame of a direct quote:
 * "“…,” he continued", "“…,” she laughed", "He went on: “…”". Elsewhere
 * ("the company continued to grow") they report nothing, so they are cues
 * only right after a quote (past a short subject) or right before one.
 */
const FRAME_ONLY = new Map<string, string>([
  ['continued', 'continue'],
  ['continues', 'continue'],
  ['laughed', 'laugh'],
  ['sighed', 'sigh'],
]);
/** Two-word frames: "went on", "chimed in". */
const FRAME_ONLY_PAIRS = new Map<string, string>([
  ['went|on', 'go on'],
  ['goes|on', 'go on'],
  ['chimed|in', 'chime in'],
]);

export function quoteFrameCues(s: Sentence, quoted: (offset: number) => boolean, used: Set<number>): CueHit[] {
  const toks = s.tokens;
  const out: CueHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (used.has(i) || t.kind !== 'word' || quoted(t.start)) continue;
    const pair = toks[i + 1] ? FRAME_ONLY_PAIRS.get(`${t.norm}|${toks[i + 1]!.norm}`) : undefined;
    const lemma = pair ?? FRAME_ONLY.get(t.norm);
    if (!lemma) continue;
    const last = pair ? i + 1 : i;
    const hit: CueHit = { sentence: s.index, token: i, lastToken: last, text: pair ? `${t.text} ${toks[i + 1]!.text}` : t.text, lemma, stance: 'neutral', kind: 'verb', sourceSide: null, objectIsSpeaker: false };
    // Right after a quote ("“…,” he continued") or right before one ("He continued: “…”", "he went on, “…”").
    const next = toks[last + 1];
    const opens = next !== undefined && (next.text === ':' || next.text === ',') && toks[last + 2] !== undefined && quoted(toks[last + 2]!.start);
    if (!framesQuoteBefore(toks, hit, quoted) && !opens) continue;
    for (let k = i; k <= last; k++) used.add(k);
    out.push(hit);
  }
  return out;
}
