import type { Quote } from '../model/analysis.js';
import type { QuoteGroup, ReportQuote } from '../model/report.js';
import { wordDiff, wordOverlap } from './word-diff.js';

export interface GroupableQuote {
  report: ReportQuote;
  source: Quote;
}

/**
 * Quotes of different articles that carry the same statement: the same speaker
 * (or an unknown one) and wording that overlaps enough. Each group records
 * whether the wording differs, a word diff against its first quote, and
 * whether some outlets quote directly while others paraphrase.
 */
export function groupQuotes(quotes: readonly GroupableQuote[], minOverlap = 0.45): QuoteGroup[] {
  const groups: GroupableQuote[][] = [];
  for (const q of quotes) {
    let best: { group: GroupableQuote[]; score: number } | null = null;
    for (const g of groups) {
      if (g.some((x) => x.report.article === q.report.article)) continue;
      const head = g[0]!;
      const sameSpeaker = !head.report.speaker || !q.report.speaker || head.report.speaker === q.report.speaker;
      if (!sameSpeaker) continue;
      const score = Math.max(...g.map((x) => wordOverlap(x.report.text, q.report.text)));
      if (score >= minOverlap && (!best || score > best.score)) best = { group: g, score };
    }
    if (best) best.group.push(q);
    else groups.push([q]);
  }
  return groups
    .filter((g) => g.length > 1)
    .map((g, n) => {
      const id = `qg${n + 1}`;
      for (const q of g) q.report.group = id;
      const head = g[0]!.report;
      const speaker = g.find((q) => q.report.speaker)?.report;
      return {
        id,
        speaker: speaker?.speaker ?? null,
        speakerName: speaker?.speakerName ?? head.speakerName,
        quotes: g.map((q) => q.report.id),
        articles: g.map((q) => q.report.article),
        mixedKinds: new Set(g.map((q) => q.report.kind)).size > 1,
        wordingDiffers: g.some((q) => q.report.text.toLowerCase() !== head.text.toLowerCase()),
        diffs: g.slice(1).map((q) => ({ from: head.id, to: q.report.id, ops: wordDiff(head.text, q.report.text) })),
      };
    });
}
