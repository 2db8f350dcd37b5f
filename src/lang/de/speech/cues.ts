/**
 * German cues beyond the lexicon: the closing source phrase "…, so der
 * Sprecher." / "…“, so Müller" and the reportative "soll … getan haben" (a
 * claim passed on without a named source).
 */
import type { Sentence } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';

/** Lower-case words that may open the source after "so" (besides any capitalised word). */
const SO_OPENERS = new Set(['der', 'die', 'das', 'ein', 'eine', 'einer', 'eines', 'er', 'sie', 'letztere', 'letzterer', 'dieser', 'diese']);

function cueAt(s: Sentence, i: number, lemma: string, stance: CueHit['stance'], kind: CueHit['kind']): CueHit {
  const t = s.tokens[i]!;
  return { sentence: s.index, token: i, lastToken: i, text: s.text.slice(t.start - s.start, t.end - s.start), lemma, stance, kind, sourceSide: null, objectIsSpeaker: false };
}

export function germanCues(sentence: Sentence, _pack: unknown, quoted: (offset: number) => boolean, used: Set<number>): CueHit[] {
  const toks = sentence.tokens;
  const out: CueHit[] = [];
  // "…, so der Sprecher." / "…“, so Müller": a short source phrase closing the sentence.
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (t.norm !== 'so' || used.has(i) || quoted(t.start)) continue;
    const prev = toks[i - 1]!;
    if (prev.text !== ',' && !/[“”"«»]/.test(prev.text)) continue;
    // The source may carry an apposition: "…“, so Anna Berg, die Leiterin der Stelle."
    const comma = toks.findIndex((x, k) => k > i && x.text === ',');
    const rest = toks.slice(i + 1, comma > i ? comma : undefined).filter((x) => x.kind !== 'punct');
    if (rest.length === 0 || rest.length > 8) continue;
    // (Also a pronoun: "…“, so letztere", "…, so er".)
    if (!rest[0]!.capitalized && !SO_OPENERS.has(rest[0]!.norm)) continue;
    used.add(i);
    out.push(cueAt(sentence, i, 'so', 'neutral', 'verb'));
  }
  // Reportative "soll … getan haben": a claim passed on without a named source.
  const modal = toks.findIndex((t) => (t.norm === 'soll' || t.norm === 'sollen') && !quoted(t.start));
  if (modal >= 0) {
    const words = toks.filter((t) => t.kind === 'word');
    const tail = words.slice(-3).map((t) => t.norm);
    if (tail.includes('haben') || tail.includes('sein') || tail.includes('worden')) {
      used.add(modal);
      out.push(cueAt(sentence, modal, 'sollen', 'distancing', 'reportative'));
    }
  }
  return out;
}
