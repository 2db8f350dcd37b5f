/**
 * Pass "quote spans": the spans in quote marks, paragraph by paragraph, that hold
 * words quoted rather than a name or title ("das Album „…“"). A capitalised
 * phrase in the predicate of a reporting verb ("nannte den Bericht eine
 * „Zeitungsente“") is words quoted after all. Every later pass asks `quoted`
 * whether an offset lies inside one of these spans, so this runs first.
 */
import { paragraphSpans } from '../../../text/paragraphs.js';
import { findCues } from '../cues.js';
import { doubledApostrophesAsQuotes, findQuoteSpans, type QuoteSpan } from '../quote-marks.js';
import { isNameLike, predicativeQuote } from '../titles.js';
import { sentenceAt, type SpeechContext } from './context.js';
import { pushAll } from '../../../collections.js';

/** Verbs that, with "sich", give a name ("die sich „…“ nennt"). */
const SELF_NAMING = new Set(['nennen', 'bezeichnen', 'präsentieren', 'name', 'call']);

export function quoteSpansPass(ctx: SpeechContext): void {
  const { text, sentences, pack, quoteSpans } = ctx;
  const framedPredicate = (q: QuoteSpan) => {
    const s = sentenceAt(sentences, q.open);
    if (!s || s.start > q.open) return false;
    // ctx.quoted searches the spans found so far (in text order, not overlapping) instead of scanning them.
    const inOther = (offset: number) => ctx.quoted(offset) || (offset >= q.open && offset <= q.close);
    const verbs = findCues(s, pack, inOther).filter((c) => c.kind === 'verb');
    // "die sich selbst „…“ nennt": a name the speaker gives itself, not words quoted.
    return verbs.length > 0 && !verbs.some((c) => SELF_NAMING.has(c.lemma) && s.tokens.some((t) => t.norm === 'sich'));
  };
  // English archives (NYT) write quotes as two apostrophes (''…''): read each pair as one mark, offsets kept.
  const marks = pack.speechRules?.doubledApostropheQuotes && text.includes("''") ? doubledApostrophesAsQuotes(text) : text;
  const nameLike: QuoteSpan[] = [];
  for (const p of paragraphSpans(text)) {
    for (const q of findQuoteSpans(marks, p.start, p.end, pack.quotePairs)) (isNameLike(text, q, pack) ? nameLike : quoteSpans).push(q);
  }
  // "nannte den Bericht eine „Zeitungsente“", "als „Wortbruch“ bezeichnet": capitalised words in the predicate of a reporting verb are words quoted, not a name.
  const predicative = nameLike.filter((q) => predicativeQuote(text, q) && framedPredicate(q));
  if (predicative.length > 0) {
    pushAll(quoteSpans, predicative);
    quoteSpans.sort((a, b) => a.open - b.open);
  }
}
