/** German verbs of naming oneself: "die sich selbst „…“ nennt", "die sich als „…“ präsentiert". */
import type { QuoteSpan } from '../../../core/analyze/speech/quote-marks.js';

const SELF_NAMING_FORMS = /^(?:nennt|nennen|nannte|nannten|präsentiert|präsentieren|präsentierte|bezeichnet|bezeichnen|bezeichnete)$/;

/** The quote is a name its bearer gives itself: "sich" and a naming verb in the same clause. */
export function selfNamed(text: string, q: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, q.open - 60), q.open).split(/[,;:.!?]/).pop() ?? '';
  const after = text.slice(q.close + 1, q.close + 60).split(/[,;:.!?]/)[0] ?? '';
  const words = `${before} ${after}`.toLowerCase().split(/[^\p{L}]+/u);
  return words.includes('sich') && words.some((w) => SELF_NAMING_FORMS.test(w));
}
