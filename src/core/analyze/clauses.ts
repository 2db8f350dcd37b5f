import type { Sentence, Span, Token } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';

/** Content words each side of a split needs, so a list or a short aside is never cut off as a statement. */
const MIN_CONTENT = 4;

const isContent = (t: Token) => t.kind === 'word' && !t.stop && t.norm.length >= 3;

/**
 * After a conjunction, a new clause opens with its subject: a function word (article,
 * pronoun) or a capitalised word. "…, and gave them little quarter" continues the
 * first clause's subject and is no statement of its own.
 */
function opensSubject(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.stop || t.capitalized);
}

/**
 * The clauses of a sentence that joins two or more propositions: at a semicolon, at a
 * comma before a clause-joining conjunction of the pack ("…, und …", "…, while …"),
 * and at a colon before a capitalised word ("Die Lage ist ernst: Der Pegel steigt").
 * Never inside quotation marks, and only where both sides say enough on their own.
 * Null when the sentence states one thing.
 */
export function clauseSpans(sentence: Sentence, pack: Pick<LanguagePack, 'clauseJoiners' | 'coordinators' | 'quotePairs'>): Span[] | null {
  const toks = sentence.tokens;
  if (toks.length < 2 * MIN_CONTENT + 1) return null;
  const opens = new Set(pack.quotePairs.keys());
  const closes = new Set(pack.quotePairs.values());
  // Content words from each token to the end, to test the remainder in constant time.
  const after = new Int32Array(toks.length + 1);
  for (let k = toks.length - 1; k >= 0; k--) after[k] = after[k + 1]! + (isContent(toks[k]!) ? 1 : 0);
  const spans: Span[] = [];
  let start = sentence.start;
  let since = 0;
  let depth = 0;
  for (let k = 0; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct') {
      const open = opens.has(t.text);
      const close = closes.has(t.text);
      if (open && close) depth = depth > 0 ? depth - 1 : depth + 1;
      else if (open) depth++;
      else if (close) depth = Math.max(0, depth - 1);
    }
    if (isContent(t)) since++;
    if (depth > 0 || t.kind !== 'punct') continue;
    const next = toks[k + 1]!;
    let nextStart = -1;
    if (t.text === ';') nextStart = k + 1;
    else if (t.text === ',' && next.kind === 'word' && pack.clauseJoiners.has(next.norm) && (!pack.coordinators.has(next.norm) || opensSubject(toks[k + 2]))) nextStart = k + 1;
    else if (t.text === ':' && next.kind === 'word' && next.capitalized) nextStart = k + 1;
    if (nextStart < 0 || since < MIN_CONTENT || after[nextStart]! < MIN_CONTENT) continue;
    spans.push({ start, end: toks[k - 1]!.end });
    start = toks[nextStart]!.start;
    since = 0;
  }
  if (spans.length === 0) return null;
  spans.push({ start, end: sentence.end });
  return spans;
}
