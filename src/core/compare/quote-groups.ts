import type { QuoteGroup, ReportQuote } from '../model/report.js';
import { wordDiff, wordOverlap } from './word-diff.js';

/**
 * Quotes of different articles that carry the same statement: the same speaker
 * (or an unknown one) and wording that overlaps enough. Each group records
 * whether the wording differs, a word diff against its first quote, and
 * whether some outlets quote directly while others paraphrase.
 */
export function groupQuotes(quotes: readonly ReportQuote[], minOverlap = 0.45): QuoteGroup[] {
  const groups: ReportQuote[][] = [];
  for (const q of quotes) {
    let best: { group: ReportQuote[]; score: number } | null = null;
    for (const g of groups) {
      if (g.some((x) => x.article === q.article)) continue;
      const head = g[0]!;
      const sameSpeaker = !head.speaker || !q.speaker || head.speaker === q.speaker;
      if (!sameSpeaker) continue;
      const score = Math.max(...g.map((x) => wordOverlap(x.text, q.text)));
      if (score >= minOverlap && (!best || score > best.score)) best = { group: g, score };
    }
    if (best) best.group.push(q);
    else groups.push([q]);
  }
  return groups
    .filter((g) => g.length > 1)
    .map((g, n) => {
      const id = `qg${n + 1}`;
      for (const q of g) q.group = id;
      const head = g[0]!;
      const speaker = g.find((q) => q.speaker);
      return {
        id,
        speaker: speaker?.speaker ?? null,
        speakerName: speaker?.speakerName ?? head.speakerName,
        quotes: g.map((q) => q.id),
        articles: g.map((q) => q.article),
        mixedKinds: new Set(g.map((q) => q.kind)).size > 1,
        wordingDiffers: g.some((q) => q.text.toLowerCase() !== head.text.toLowerCase()),
        diffs: g.slice(1).map((q) => ({ from: head.id, to: q.id, ops: wordDiff(head.text, q.text) })),
      };
    });
}
