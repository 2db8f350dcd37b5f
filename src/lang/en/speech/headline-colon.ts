import type { Sentence, Span } from '../../../core/model/analysis.js';
import { clauseSpan } from '../../../core/analyze/speech/content.js';

/** Lower-case words allowed inside a name before a colon ("Secretary of State", "NY Daily News"). */
const INNER = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von']);

/**
 * English headline attribution by colon: "Senator Roe: Budget Cuts Will Hurt
 * Schools" — a short name (one to six capitalised words) before a colon,
 * a statement of at least three words after it. Returns the source and the
 * content, or null. Sentences inside quote marks are not considered.
 */
const OPENING_MARKS = /^["“]$/;

export function colonAttribution(s: Sentence, quoted: (offset: number) => boolean): { source: Span; content: Span } | null {
  const toks = s.tokens;
  // A transcript turn may open with the quote mark of a quoted passage that runs on for paragraphs ("\"WALLACE: …").
  const from = toks.length > 1 && OPENING_MARKS.test(toks[0]!.text) && toks[1]!.kind === 'word' ? 1 : 0;
  const colon = toks.findIndex((t, k) => k > from && k <= from + 6 && t.text === ':');
  if (colon < 1 || (from === 0 && quoted(toks[0]!.start))) return null;
  const name = toks.slice(from, colon);
  const words = name.filter((t) => t.kind === 'word');
  if (words.length === 0 || !words[0]!.capitalized || !name.every((t) => (t.kind === 'word' && (t.capitalized || INNER.has(t.norm))) || t.text === '.' || t.text === '’' || t.norm === '’s' || t.kind === 'number')) return null;
  if (toks.slice(colon + 1).filter((t) => t.kind === 'word').length < 3) return null;
  const content = clauseSpan(s, colon + 1, toks.length - 1, 3);
  if (!content) return null;
  return { source: { start: toks[from]!.start, end: toks[colon - 1]!.end }, content };
}
