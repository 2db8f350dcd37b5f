/**
 * Pass "reported hosts": a direct quote without a speaker that stands inside
 * someone's reported words is theirs ("Er habe „nicht den Eindruck“"). Runs
 * after indirect speech, which finds those words.
 */
import { quotesNear, takeSpeaker, type SpeechContext } from './context.js';

export function reportedHostsPass(ctx: SpeechContext): void {
  for (const d of ctx.direct) {
    if (d.quote.speakerName) continue;
    // Only quotes around the direct quote can hold it.
    const host = quotesNear(ctx.quotes, d.quote).find((q) => q.kind !== 'direct' && q.speakerName && q.start <= d.quote.start && q.end >= d.quote.end);
    if (host) takeSpeaker(d.quote, host);
  }
}
