/**
 * Pass "signatures": a direct quote without a frame of its own, signed with a
 * dash and a name right after its closing mark ("“…” ― Jane Roe", reader
 * comments, epigraphs, collected reactions), is the signer's — also when the
 * quote had taken an earlier speaker by carry-over. The name must be a
 * recognised person or organisation that ends the signature: the paragraph or
 * sentence ends, or the next quote opens, or a comma adds where they are from.
 * Typography, not grammar: no language knowledge is needed.
 */
import { withSpeaker, type SpeechContext } from './context.js';

/** A closing quote mark, spaces, then a dash: what stands between a quote and its signature. */
const SIGNATURE_DASH = /^[”"“»«’']?\s*[―—–-]\s*/u;

/** Two to four capitalised words (an initial counts) at the signature's start. */
const SIGNED_NAME = /^\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}(?:[\p{L}'’-]+|\.)?){1,3}(?![\p{L}'’-])/u;

/** The signature ends at `end`: the paragraph or sentence ends, the next quote opens, or a comma adds where the signer is from. */
function ends(text: string, end: number): boolean {
  return /^\s*(?:$|[\n.,;]|[“"„»«])/u.test(text.slice(end, end + 3));
}

export function signaturesPass(ctx: SpeechContext): void {
  const { text, mentions, entities } = ctx;
  if (ctx.direct.length === 0) return;
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const d of ctx.direct) {
    if (d.cue) continue;
    const dash = SIGNATURE_DASH.exec(text.slice(d.quote.end, d.quote.end + 8));
    if (!dash) continue;
    const at = d.quote.end + dash[0].length;
    const m = byStart.get(at);
    const type = m ? entities.get(m.entity)?.type : undefined;
    if (m && (type === 'person' || type === 'organization')) {
      if (!ends(text, m.end)) continue;
      Object.assign(d.quote, withSpeaker({ entity: m.entity, name: entities.get(m.entity)?.name ?? m.text, span: { start: m.start, end: m.end }, mention: m }));
      ctx.standingAlone.delete(d.quote);
      continue;
    }
    // A name the recogniser missed ("― Jo N Mabry"): two to four capitalised words, nothing else, signed the same way.
    const run = m ? null : SIGNED_NAME.exec(text.slice(at, at + 80));
    if (!run || !ends(text, at + run[0].length)) continue;
    Object.assign(d.quote, withSpeaker({ entity: null, name: run[0], span: { start: at, end: at + run[0].length }, mention: null }));
    ctx.standingAlone.delete(d.quote);
  }
}
