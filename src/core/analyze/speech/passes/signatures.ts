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

export function signaturesPass(ctx: SpeechContext): void {
  const { text, mentions, entities } = ctx;
  if (ctx.direct.length === 0) return;
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const d of ctx.direct) {
    if (d.cue) continue;
    const dash = SIGNATURE_DASH.exec(text.slice(d.quote.end, d.quote.end + 8));
    if (!dash) continue;
    const m = byStart.get(d.quote.end + dash[0].length);
    const type = m ? entities.get(m.entity)?.type : undefined;
    if (!m || (type !== 'person' && type !== 'organization')) continue;
    if (!/^\s*(?:$|[\n.,;]|[“"„»«])/u.test(text.slice(m.end, m.end + 3))) continue;
    Object.assign(d.quote, withSpeaker({ entity: m.entity, name: entities.get(m.entity)?.name ?? m.text, span: { start: m.start, end: m.end }, mention: m }));
    ctx.standingAlone.delete(d.quote);
  }
}
