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

/**
 * Headlines, captions and transcript turns that give a statement to a name before a colon
 * ("Senator Roe: Cuts Will Hurt Schools", "TAPPER: Do you think …"). When the name is a
 * recognised entity, the colon's attribution takes over what other cues read inside the
 * statement ("Roe: I Fear …" is Roe's, not a speech act of "I"), and quotes inside it
 * without a speaker are the name's; else it stands only where nothing else was read.
 */
export function headlineColons(ctx: SpeechContext): void {
  const { text, quoted, mentions } = ctx;
  const inSentence = bySentence(mentions);
  for (const s of ctx.sentences) {
    const found = colonAttribution(s, quoted);
    if (!found) continue;
    const mention = inSentence(s.index).find((m) => m.start >= found.source.start && m.end <= found.source.end) ?? null;
    const reported = ctx.reportedIn.get(s.index) ?? [];
    const directs = ctx.directIn.get(s.index) ?? [];
    const inside = (sp: { start: number } | null) => sp === null || sp.start >= found.content.start;
    // A transcript's speaker label is written in capitals ("TAPPER:", "JAKE TAPPER:").
    const label = /^[\p{Lu}][\p{Lu}\s.'’-]+$/u.test(text.slice(found.source.start, found.source.end));
    if (reported.length > 0 || directs.length > 0) {
      if (!mention && !label) continue;
      if (reported.some((q) => q.start < found.content.start || !inside(q.speakerSpan))) continue;
      if (directs.some((d) => d.quote.start < found.content.start || !inside(d.quote.speakerSpan))) continue;
    } else if (directChars(ctx, found.content) > 0) continue;
    const speaker = { speaker: mention?.entity ?? null, speakerName: text.slice(found.source.start, found.source.end), speakerSpan: found.source };
    for (const q of reported) ctx.superseded.add(q);
    for (const d of directs) if (!d.quote.speakerSpan) Object.assign(d.quote, speaker);
    pushQuote(ctx, {
      sentence: s.index,
      start: found.content.start,
      end: found.content.end,
      kind: 'reported',
      form: 'marker',
      text: text.slice(found.content.start, found.content.end),
      ...speaker,
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
