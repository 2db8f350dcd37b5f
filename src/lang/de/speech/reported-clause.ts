/**
 * German pass "reported-clause quotes": a quote inside a reported clause belongs
 * to that clause's speaker, whatever verb framed the sentence ("X bestritt dies,
 * indem er sagte, eine Achse würde „…“ nicht ersetzen") — the innermost such
 * clause, and not one that only relays the quote's own frame ("Der Präsident
 * habe gesagt, er sei „froh“, so die Agentur": the president's words, which the
 * agency passes on). Runs after indirect speech, which finds the clauses.
 */
import { quotesNear, takeSpeaker, type SpeechContext } from '../../../core/analyze/speech/passes/context.js';

export function reportedClauseQuotes(ctx: SpeechContext): void {
  for (const d of ctx.direct) {
    const frameAt = d.cue ? ctx.sentences[d.cue.sentence]!.tokens[d.cue.token]!.start : -1;
    // Only quotes around the direct quote can hold it (a scan of all quotes per quote was quadratic).
    const host = quotesNear(ctx.quotes, d.quote)
      .filter((q) => q.form === 'clause' && q.speakerName && q.start <= d.quote.start && q.end >= d.quote.end && q.cue !== d.quote.cue && !(frameAt >= q.start && frameAt < q.end))
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (host) takeSpeaker(d.quote, host);
  }
}
