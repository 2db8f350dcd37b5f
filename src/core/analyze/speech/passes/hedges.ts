/**
 * Pass "hedges": the pack's hedges ("angeblich", "reportedly") and loaded words
 * ("Machthaber", "regime") in the writer's own words, outside quote marks.
 * Attributions need the hedges of each sentence, so this runs before them.
 */
import type { SpeechContext } from './context.js';

export function hedgesPass(ctx: SpeechContext): void {
  const { pack, quoted, hedges, loaded } = ctx;
  for (const s of ctx.sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'word' || quoted(t.start)) continue;
      const h = pack.hedges.get(t.norm);
      if (h) hedges.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, lemma: h });
      const l = pack.loadedWords.get(t.norm) ?? pack.loadedWords.get(t.stem);
      if (l) loaded.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, lemma: l });
    }
  }
}
