import type { QuoteGroup, ReportQuote } from '../model/report.js';
import { wordDiff, wordSet } from './word-diff.js';

export interface QuoteGroupOptions {
  /** Word overlap (Dice) at which quotes with compatible speakers are one statement. */
  minOverlap: number;
  /** Word overlap at which quotes are one statement whoever they were given to. */
  sameWords: number;
}

export const DEFAULT_QUOTE_GROUPS: QuoteGroupOptions = { minOverlap: 0.45, sameWords: 0.85 };

/**
 * Quotes of different articles that carry the same statement: wording that
 * overlaps enough, from the same speaker (or an unknown one) — or wording so close
 * that it is one quote even where the outlets' speakers were resolved differently.
 * Each quote's words are read once and candidates come from an inverted index, so
 * the cost follows the shared words, not the square of the quotes.
 *
 * A group then gets one speaker: the one most of its quotes name, when at least
 * two do and no other is named as often; quotes given to nobody or to a
 * minority take it. Otherwise the group's speaker stays unknown.
 */
export function groupQuotes(quotes: readonly ReportQuote[], options: QuoteGroupOptions = DEFAULT_QUOTE_GROUPS): QuoteGroup[] {
  const sets = quotes.map((q) => wordSet(q.text));
  const postings = new Map<string, number[]>();
  const groupOf: number[] = [];
  const groups: number[][] = [];
  quotes.forEach((q, n) => {
    const mine = sets[n]!;
    const common = new Map<number, number>();
    for (const w of mine) for (const x of postings.get(w) ?? []) common.set(x, (common.get(x) ?? 0) + 1);
    let best = -1;
    let bestScore = 0;
    for (const [x, c] of common) {
      const score = (2 * c) / (mine.size + sets[x]!.size);
      const other = quotes[x]!;
      const speakersFit = !other.speaker || !q.speaker || other.speaker === q.speaker;
      if (score < (speakersFit ? options.minOverlap : options.sameWords)) continue;
      const g = groupOf[x]!;
      if (groups[g]!.some((m) => quotes[m]!.article === q.article)) continue;
      if (score > bestScore || (score === bestScore && g < best)) {
        bestScore = score;
        best = g;
      }
    }
    if (best >= 0) {
      groups[best]!.push(n);
      groupOf[n] = best;
    } else {
      groupOf[n] = groups.length;
      groups.push([n]);
    }
    for (const w of mine) (postings.get(w) ?? postings.set(w, []).get(w)!).push(n);
  });
  return groups
    .filter((g) => g.length > 1)
    .map((g, k) => {
      const id = `qg${k + 1}`;
      const members = g.map((n) => quotes[n]!);
      for (const q of members) q.group = id;
      const speaker = agreedSpeaker(members);
      if (speaker) {
        for (const q of members) {
          q.speaker = speaker.speaker;
          q.speakerName = speaker.speakerName;
        }
      }
      const head = members[0]!;
      return {
        id,
        speaker: speaker?.speaker ?? null,
        speakerName: speaker?.speakerName ?? (members.every((q) => q.speakerName === head.speakerName) ? head.speakerName : null),
        quotes: members.map((q) => q.id),
        articles: members.map((q) => q.article),
        mixedKinds: new Set(members.map((q) => q.kind)).size > 1,
        wordingDiffers: members.some((q) => q.text.toLowerCase() !== head.text.toLowerCase()),
        diffs: members.slice(1).map((q) => ({ from: head.id, to: q.id, ops: wordDiff(head.text, q.text) })),
      };
    });
}

/** The speaker most quotes of a group name, when at least two do and it is the only one named that often. */
function agreedSpeaker(members: readonly ReportQuote[]): { speaker: string; speakerName: string | null } | null {
  const votes = new Map<string, { n: number; name: string | null }>();
  for (const q of members) {
    if (!q.speaker) continue;
    const v = votes.get(q.speaker) ?? { n: 0, name: q.speakerName };
    v.n++;
    votes.set(q.speaker, v);
  }
  const ranked = [...votes].sort((a, b) => b[1].n - a[1].n);
  const top = ranked[0];
  if (!top || top[1].n < 2 || (ranked[1] && ranked[1][1].n === top[1].n)) return null;
  return { speaker: top[0], speakerName: top[1].name };
}
