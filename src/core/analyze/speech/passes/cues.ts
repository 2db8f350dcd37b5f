/**
 * Pass "cues": the reporting verbs, source markers, noun frames and
 * reportative constructions of every sentence, outside quote marks (see
 * `findCues`). Frames, indirect speech and attributions all start from them.
 */
import { findCues } from '../cues.js';
import type { SpeechContext } from './context.js';

export function cuesPass(ctx: SpeechContext): void {
  ctx.cuesBySentence = ctx.sentences.map((s) => findCues(s, ctx.pack, ctx.quoted));
}
