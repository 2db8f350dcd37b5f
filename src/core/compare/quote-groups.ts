import type { QuoteGroup, ReportQuote } from '../model/report.js';
import { diffWords, quoteWords, wordSet } from './word-diff.js';

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
 * Each quote is tokenised once; candidates come from a prefix index (see
 * `overlapCandidates`), so a word every quote uses does not pair every quote with
 * every other.
 *
 * A group then gets one speaker: the one most of its quotes name, when at least
 * two do and no other is named as often; quotes given to nobody or to a
 * minority take it. Otherwise the group's speaker stays unknown.
 */
export function groupQuotes(quotes: readonly ReportQuote[], options: QuoteGroupOptions = DEFAULT_QUOTE_GROUPS): QuoteGroup[] {
  const sets = quotes.map((q) => wordSet(q.text));
  // A quote never joins a group holding a quote of its own article: the earlier quotes of its article are no candidates.
  const candidatesOf = overlapCandidates(sets, Math.min(options.minOverlap, options.sameWords), runStarts(quotes.map((q) => q.article)));
  const groupOf: number[] = [];
  const groups: number[][] = [];
  quotes.forEach((q, n) => {
    const mine = sets[n]!;
    let best = -1;
    let bestScore = 0;
    for (const x of candidatesOf(n)) {
      const score = dice(mine, sets[x]!);
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
  });
  const tokens = new Map<number, string[]>();
  const tokensOf = (n: number) => tokens.get(n) ?? tokens.set(n, quoteWords(quotes[n]!.text)).get(n)!;
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
        diffs: g.slice(1).map((n) => ({ from: head.id, to: quotes[n]!.id, ops: diffWords(tokensOf(g[0]!), tokensOf(n), head.text, quotes[n]!.text) })),
      };
    });
}

/** For each item, where the run of equal keys it stands in begins (quotes come article by article). */
function runStarts(keys: readonly string[]): number[] {
  const starts: number[] = [];
  keys.forEach((k, i) => starts.push(i > 0 && keys[i - 1] === k ? starts[i - 1]! : i));
  return starts;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * Earlier quotes past which a word no longer proposes candidates: the words of the
 * prefix are the rarer ones of a quote, but a story of thousands of quotes gives even
 * those long lists, and reading them for every quote grows with the square of the
 * quotes. A story of normal size never comes near (a few hundred quotes in all);
 * quotes sharing enough words also share rarer ones.
 */
export const MAX_QUOTE_POSTINGS = 1000;

/**
 * For each set (by position), the earlier sets that may reach a Dice overlap of at
 * least `threshold` with it — every such set, and few others (prefix filtering).
 * Dice ≥ t needs c ≥ t·|x|/(2−t) words in common (c ≤ |y|); with the words of every
 * set ordered rarest first, two sets with that many in common share a word among the
 * first |x| − ⌈t·|x|/(2−t)⌉ + 1 of each. Only those prefix words are indexed and probed,
 * so the words most quotes use never make candidates. Sets whose sizes alone rule the
 * overlap out are skipped too, and so are lists longer than MAX_QUOTE_POSTINGS (only
 * then may a pair be missed). `probes` counts the index entries read.
 */
export function overlapCandidates(
  sets: readonly ReadonlySet<string>[],
  threshold: number,
  /** For each set, the first set from which on candidates are not wanted (its own article's run); all earlier ones when absent. */
  until?: readonly number[],
): ((n: number) => number[]) & { probes: () => number } {
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const prefixes = sets.map((set) => {
    const words = [...set].sort(rarestFirst);
    const need = Math.ceil((threshold * words.length) / (2 - threshold) - 1e-9);
    return words.slice(0, Math.max(0, words.length - Math.max(1, need) + 1));
  });
  const postings = new Map<string, number[]>();
  let indexed = 0;
  let probes = 0;
  const index = (upTo: number) => {
    for (; indexed < upTo; indexed++) for (const w of prefixes[indexed]!) (postings.get(w) ?? postings.set(w, []).get(w)!).push(indexed);
  };
  const lowest = (size: number) => (threshold * size) / (2 - threshold);
  const candidates = (n: number): number[] => {
    index(n);
    const size = sets[n]!.size;
    const seen = new Set<number>();
    const stop = until?.[n] ?? n;
    for (const w of prefixes[n]!) {
      const list = postings.get(w) ?? [];
      // A word more earlier quotes share than this proposes none of them (see MAX_QUOTE_POSTINGS).
      if (list.length > MAX_QUOTE_POSTINGS) continue;
      for (const x of list) {
        if (x >= stop) break;
        probes++;
        const other = sets[x]!.size;
        if (other < lowest(size) - 1e-9 || size < lowest(other) - 1e-9) continue;
        seen.add(x);
      }
    }
    return [...seen];
  };
  return Object.assign(candidates, { probes: () => probes });
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
