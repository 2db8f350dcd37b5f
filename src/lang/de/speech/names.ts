/**
 * German passes that mark quotes holding names, not speech, for the terms pass
 * to drop: a list of titles or names without a frame („A“, „B“ oder „C“:
 * "Themen wie „…“, „…“"), and a quote that is the subject of the cue right after
 * it ("Wie „X“ berichtet", "die „X“ heute mitteilte").
 */
import type { Quote } from '../../../core/model/analysis.js';
import type { SpeechContext } from '../../../core/analyze/speech/passes/context.js';

/** Between two quotes of a list: closing mark, comma or conjunction, opening mark. */
const LIST_JOINT = /^[“”"»«]?\s*(?:,|und|oder|sowie)\s*[„“"»«]$/;

export function listedTitles(ctx: SpeechContext): void {
  const { text, direct } = ctx;
  for (let i = 0; i + 1 < direct.length; i++) {
    const a = direct[i]!;
    const b = direct[i + 1]!;
    if (a.cue || b.cue || a.quote.sentence !== b.quote.sentence || /[.!?…]$/.test(a.quote.text) || /[.!?…]$/.test(b.quote.text)) continue;
    if (LIST_JOINT.test(text.slice(a.quote.end, b.quote.start))) ctx.dropped.add(a.quote).add(b.quote);
  }
}

export function quotedSubjects(ctx: SpeechContext): void {
  for (const d of ctx.direct) {
    const cueAt = d.cue ? ctx.sentences[d.cue.sentence]!.tokens[d.cue.token]!.start : null;
    if (subjectOfCue(ctx.text, d.quote, cueAt)) ctx.dropped.add(d.quote);
  }
}

/** "Wie „X“ berichtet", "die „X“ heute mitteilte": the quote is the subject of the cue right after it, a name. */
function subjectOfCue(text: string, q: Quote, cueStart: number | null): boolean {
  // (Names of media may be lower case: „heise online“.)
  if (cueStart === null || cueStart < q.end || !(/^\p{Lu}/u.test(q.text) || q.text.split(/\s+/).length <= 3)) return false;
  const between = text.slice(q.end, cueStart);
  const before = text.slice(Math.max(0, q.start - 12), q.start);
  return /^[“”"»«]\s+(?:[\p{Ll}]+\s+)?$/u.test(between) && /(?:^|\s)(?:wie|der|die|das)\s*[„“"»«]\s*$/iu.test(before);
}
