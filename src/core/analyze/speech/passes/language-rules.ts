/**
 * Pass "language rules" (temporary: moves to the packs): English headline colons, impressions and
 * noun cues; German quotes inside a reported clause.
 */
import { colonAttribution } from '../colon-source.js';
import { addImpressions } from '../english-seem.js';
import { addNounCues } from '../english-noun-cues.js';
import { implausibleSource } from '../english-source-check.js';
import { directChars, pushQuote, type SpeechContext } from './context.js';

export function languageQuotesPass(ctx: SpeechContext): void {
  const { text, sentences, pack, quoted, quotes, mentions } = ctx;
  const push = (q: Parameters<typeof pushQuote>[1]) => pushQuote(ctx, q);
  // English headlines and captions that give a statement to a name before a colon ("Senator Roe: Cuts Will Hurt Schools").
  if (pack.code !== 'de') {
    for (const s of sentences) {
      if (ctx.reportedIn.has(s.index) || ctx.directIn.has(s.index)) continue;
      const found = colonAttribution(s, quoted);
      if (!found || directChars(ctx, found.content) > 0) continue;
      const name = text.slice(found.source.start, found.source.end);
      pushQuote(ctx, {
        sentence: s.index,
        start: found.content.start,
        end: found.content.end,
        kind: 'reported',
        form: 'marker',
        text: text.slice(found.content.start, found.content.end),
        speaker: mentions.find((m) => m.start >= found.source.start && m.end <= found.source.end)?.entity ?? null,
        speakerName: name,
        speakerSpan: found.source,
        cue: ':',
        cueLemma: ':',
        stance: 'neutral',
      });
    }
  }
  // English impressions without a source ("the senator seemed unsure"), outside anything already reported.
  if (pack.code === 'en') addImpressions(sentences, pack, quoted, quotes, push);
  // English noun cues with a preposition ("his attacks on X", "voiced support for X").
  if (pack.code === 'en') addNounCues(sentences, pack, quoted, quotes, push);
  // A quote inside a reported clause belongs to that clause's speaker, whatever verb framed the sentence
  // ("X bestritt dies, indem er sagte, eine Achse würde „…“ nicht ersetzen").
  if (pack.code === 'de') {
    for (const d of ctx.direct) {
      // Not a clause that only relays the quote's own frame ("Der Präsident habe gesagt, er sei „froh“, so die Agentur":
      // the president's words, which the agency passes on); the innermost clause that holds the quote.
      const frameAt = d.cue ? sentences[d.cue.sentence]!.tokens[d.cue.token]!.start : -1;
      const host = quotes
        .filter((q) => q.form === 'clause' && q.speakerName && q.start <= d.quote.start && q.end >= d.quote.end && q.cue !== d.quote.cue && !(frameAt >= q.start && frameAt < q.end))
        .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      if (host) Object.assign(d.quote, { speaker: host.speaker, speakerName: host.speakerName, speakerSpan: host.speakerSpan });
    }
  }
}

/** English: drop sources that word order picked wrongly (the content itself, a lone adverb). */
export function languageSourcesPass(ctx: SpeechContext): void {
  if (ctx.pack.code === 'en') {
    for (const q of ctx.quotes) if (implausibleSource(q, ctx.text, ctx.pack)) Object.assign(q, { speaker: null, speakerName: null, speakerSpan: null });
  }
}
