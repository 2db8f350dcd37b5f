/**
 * English passes: statements given to a name before a headline colon, impressions
 * ("seemed unsure"), noun cues with a preposition ("his attacks on X"), and the
 * check that drops sources word order picked wrongly.
 */
import { directChars, pushQuote, type SpeechContext } from '../../../core/analyze/speech/passes/context.js';
import { colonAttribution } from './headline-colon.js';
import { addImpressions } from './seem.js';
import { addNounCues } from './noun-cues.js';
import { implausibleSource } from './source-check.js';
import { bySentence } from '../../../core/collections.js';

/** Headlines and captions that give a statement to a name before a colon ("Senator Roe: Cuts Will Hurt Schools"). */
export function headlineColons(ctx: SpeechContext): void {
  const { text, quoted, mentions } = ctx;
  for (const s of ctx.sentences) {
    if (ctx.reportedIn.has(s.index) || ctx.directIn.has(s.index)) continue;
    const found = colonAttribution(s, quoted);
    if (!found || directChars(ctx, found.content) > 0) continue;
    pushQuote(ctx, {
      sentence: s.index,
      start: found.content.start,
      end: found.content.end,
      kind: 'reported',
      form: 'marker',
      text: text.slice(found.content.start, found.content.end),
      speaker: bySentence(mentions)(s.index).find((m) => m.start >= found.source.start && m.end <= found.source.end)?.entity ?? null,
      speakerName: text.slice(found.source.start, found.source.end),
      speakerSpan: found.source,
      cue: ':',
      cueLemma: ':',
      stance: 'neutral',
    });
  }
}

/** Impressions without a source ("the senator seemed unsure"), outside anything already reported. */
export function impressionsPass(ctx: SpeechContext): void {
  addImpressions(ctx.sentences, ctx.pack, ctx.quoted, ctx.quotes, (q) => pushQuote(ctx, q));
}

/** Noun cues with a preposition ("his attacks on X", "voiced support for X"). */
export function nounCuesPass(ctx: SpeechContext): void {
  addNounCues(ctx.sentences, ctx.pack, ctx.quoted, ctx.quotes, (q) => pushQuote(ctx, q));
}

/** Drops sources that word order picked wrongly (the content itself, a lone adverb). */
export function sourceCheck(ctx: SpeechContext): void {
  for (const q of ctx.quotes) if (implausibleSource(q, ctx.text, ctx.pack)) Object.assign(q, { speaker: null, speakerName: null, speakerSpan: null });
}
