/**
 * Pass "block quotes": a frame that ends its paragraph with a colon ("The governor
 * added:", "Der König sagte:") introduces the next paragraph as the speaker's own
 * words, set off as a block without quote marks. That paragraph becomes a direct
 * quote of the frame's speaker when it holds no quote marks of its own and the frame
 * reported nothing else. Typography, not grammar: no language knowledge is needed.
 */
import { pushQuote, speakerFor, withSpeaker, type SpeechContext } from './context.js';

/** A block longer than this is no quote set off by its frame (a transcript, a document). */
const MAX_BLOCK = 2000;

export function blockQuotesPass(ctx: SpeechContext): void {
  const { sentences, text, quoted, pack } = ctx;
  const marks = new Set([...pack.quotePairs.keys(), ...pack.quotePairs.values()].filter((c) => c !== '‘' && c !== '’' && c !== "'" && c !== '‚'));
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    const next = sentences[i + 1]!;
    const last = s.tokens[s.tokens.length - 1];
    if (!last || last.text !== ':' || quoted(last.start) || next.paragraph === s.paragraph || s.headline) continue;
    const cue = ctx.cuesBySentence[s.index]!.find((c) => c.kind === 'verb' && s.tokens[c.lastToken]!.end <= last.start);
    // (A frame that already reported something — a clause or a quote after its verb — has its content.)
    const reported = ctx.reportedIn.get(s.index) ?? [];
    if (!cue || reported.some((q) => q.start > s.tokens[cue.lastToken]!.end) || ctx.direct.some((d) => d.cue === cue)) continue;
    const block = sentences.filter((x) => x.paragraph === next.paragraph);
    const start = block[0]!.start;
    const end = block[block.length - 1]!.end;
    if (end - start > MAX_BLOCK || block.some((x) => x.tokens.some((t) => quoted(t.start)) || [...x.text].some((c) => marks.has(c)))) continue;
    const q = pushQuote(ctx, {
      sentence: next.index,
      start,
      end,
      kind: 'direct',
      form: 'clause',
      text: text.slice(start, end),
      ...withSpeaker(speakerFor(ctx, cue)),
      cue: cue.text,
      cueLemma: cue.lemma,
      stance: cue.stance,
    });
    ctx.direct.push({ quote: q, words: q.text.split(/\s+/).length, cue });
    // The frame read as a bare act of speech ("The governor added") is this quote's frame now.
    for (const r of reported) if (r.form === 'speech-act' && r.cue === cue.text) ctx.superseded.add(r);
  }
}
