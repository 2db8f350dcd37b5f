/**
 * Pass "terms": drops direct quotes that are no speech — a one-to-three-word
 * quote with neither frame nor speaker (a scare quote), a single quoted word
 * without a frame outside reported words, a short quote with a parenthesis
 * after it ("„…“ (UDD)": a name with its gloss), a capitalised quote after a
 * definite article (a name: "beim „Großen Preis von …“"), whatever the pack's
 * passes marked in `dropped` before (lists of titles, a quoted name as subject) — and the speech acts
 * a later sentence took up as its content. Then orders the quotes and keeps only
 * the cues whose quote stayed. Runs last among the quote passes: only now is it
 * known which short quotes found no speaker.
 */
import type { Quote } from '../../../model/analysis.js';
import { pushAll } from '../../../collections.js';
import { forgetQuoteIndex, inReportedMood, type DirectQuote, type SpeechContext } from './context.js';

/** Definite articles and article-bearing prepositions that introduce a name ("des „…“", "beim „…“"). */
const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'vom', 'beim', 'im', 'zum', 'zur']);

export function termsPass(ctx: SpeechContext): void {
  const { text, sentences, direct, quotes } = ctx;
  // A one-to-three-word quote with neither frame nor speaker is a scare quote or a term, not speech.
  // Without a frame, a single quoted word is a term unless the sentence reports someone's words (Konjunktiv),
  // and a short quote followed by a parenthesis ("„…“ (Council for …)", "„…“ (UDD)") is a name with its gloss.
  const term = (d: DirectQuote) =>
    !d.cue &&
    ((d.words === 1 && !inReportedMood(ctx, sentences[d.quote.sentence]!)) ||
      (d.words <= 6 && /^[^\s(]{0,2}\s\(/.test(text.slice(d.quote.end, d.quote.end + 4))) ||
      namedAfterArticle(text, d.quote, d.words));
  // A short exclamation or sentence after a colon („Lasst mich raus!“) is speech, not a scare quote.
  const spoken = (d: DirectQuote) => /[.!?]$/.test(d.quote.text) && /:\s*[„“"»«]$/.test(text.slice(Math.max(0, d.quote.start - 4), d.quote.start));
  const dropped = ctx.dropped;
  for (const d of direct) if ((!d.cue && !d.quote.speakerName && d.words < 4 && !spoken(d)) || term(d)) dropped.add(d.quote);
  for (const q of ctx.superseded) dropped.add(q);
  if (dropped.size > 0) {
    const kept = quotes.filter((q) => !dropped.has(q));
    quotes.length = 0;
    pushAll(quotes, kept);
  }
  quotes.sort((a, b) => a.start - b.start);
  forgetQuoteIndex(quotes);
  // Attributions point only at quotes that were kept.
  const keptIds = new Set(quotes.map((q) => q.id));
  for (const [cue, id] of ctx.cueQuote) if (!keptIds.has(id)) ctx.cueQuote.delete(cue);
}

/**
 * A frameless quote of up to a dozen words that opens with a capital right after
 * a definite article, without sentence punctuation inside, names something
 * ("eine Nachricht des „Vereins für …“", "beim „Großen Preis von …“").
 */
function namedAfterArticle(text: string, q: Quote, words: number): boolean {
  // (A name may end in an abbreviation: "… e.V.", "… Inc.")
  if (words > 12 || !/^\p{Lu}/u.test(q.text) || (/[.!?…:]$/.test(q.text) && !/(?:^|\s|\.)\p{L}{1,4}\.$/u.test(q.text))) return false;
  const prev = /([\p{L}]+)\s*[„“"»«]\s*$/u.exec(text.slice(Math.max(0, q.start - 20), q.start));
  return prev !== null && DEFINITE.has(prev[1]!.toLowerCase());
}
