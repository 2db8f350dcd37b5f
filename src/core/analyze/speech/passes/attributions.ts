/**
 * Pass "attributions": one attribution per cue — its actor (the cue's speaker),
 * stance (distancing when the sentence hedges a neutral cue) and the quote it
 * frames, if kept — except a verb inside someone's reported words, which is
 * content; a sentence with hedges but no cue attributes the claim to its
 * subject. Runs last: it needs the kept quotes and the hedges.
 */
import { bySentence } from '../../../collections.js';
import type { Hedge } from '../../../model/analysis.js';
import { speakerFor, type SpeechContext } from './context.js';

export function attributionsPass(ctx: SpeechContext): void {
  const { idPrefix, attributions, quoted } = ctx;
  const hedgesIn = new Map<number, Hedge[]>();
  for (const h of ctx.hedges) {
    const list = hedgesIn.get(h.sentence) ?? [];
    list.push(h);
    hedgesIn.set(h.sentence, list);
  }
  for (const s of ctx.sentences) {
    const hereHedges = hedgesIn.get(s.index) ?? [];
    const sentenceHedges = hereHedges.map((h) => h.text);
    const cues = ctx.cuesBySentence[s.index]!;
    for (const cue of cues) {
      const cueSpan = { start: s.tokens[cue.token]!.start, end: s.tokens[cue.lastToken]!.end };
      // A verb inside someone's reported words ("X sagte, sein Besuch unterstreiche …") is content, not a frame.
      const insideReported = (ctx.reportedIn.get(s.index) ?? []).some((q) => q.cue !== cue.text && cueSpan.start >= q.start && cueSpan.start < q.end);
      if (insideReported) continue;
      const speaker = speakerFor(ctx, cue);
      attributions.push({
        id: `${idPrefix}a${attributions.length}`,
        sentence: s.index,
        actor: speaker?.entity ?? null,
        actorName: speaker?.name ?? null,
        actorSpan: speaker?.span ?? null,
        cue: cue.text,
        cueLemma: cue.lemma,
        cueSpan,
        stance: sentenceHedges.length > 0 && cue.stance === 'neutral' ? 'distancing' : cue.stance,
        hedges: sentenceHedges,
        quote: ctx.cueQuote.get(cue) ?? null,
      });
    }
    if (cues.length === 0 && sentenceHedges.length > 0) {
      const h = hereHedges[0]!;
      const subject = bySentence(ctx.mentions)(s.index).find((m) => !quoted(m.start) && m.via !== 'adjective');
      attributions.push({
        id: `${idPrefix}a${attributions.length}`,
        sentence: s.index,
        actor: subject?.entity ?? null,
        actorName: subject ? ctx.entities.get(subject.entity)?.name ?? subject.text : null,
        actorSpan: subject ? { start: subject.start, end: subject.end } : null,
        cue: h.text,
        cueLemma: h.lemma,
        cueSpan: { start: h.start, end: h.end },
        stance: 'distancing',
        hedges: sentenceHedges,
        quote: null,
      });
    }
  }
}
