import type { Sentence } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';

/** Nouns of a poll or study whose findings a sentence reports ("in a new CBS News poll, …"). */
const FINDINGS = new Set('poll polls polling survey surveys study studies'.split(' '));
/** Words that end the phrase before the noun is reached. */
const PHRASE_STOP = new Set(['that', 'which', 'who', 'when', 'because', 'and', 'but', 'to', 'of']);

/**
 * English "in [a poll]" as a source marker: "In a CBS News poll last month,
 * she led by six points". PolNeAR gives the
 * finding to the poll; the source is the phrase after "in". Only a phrase that
 * opens its clause and ends at a comma counts ("he leads in the polls" mostly
 * names a place, not a source).
 */
export function pollMarkers(s: Sentence, quoted: (offset: number) => boolean, used: Set<number>): CueHit[] {
  const toks = s.tokens;
  const out: CueHit[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    if (toks[i]!.norm !== 'in' || used.has(i) || quoted(toks[i]!.start)) continue;
    // Only a phrase opening its clause and closed by a comma: "in the polls" inside a clause is mostly a place.
    const opens = i === 0 || toks[i - 1]!.text === ',' || (i === 1 && ['but', 'and', 'yet'].includes(toks[0]!.norm));
    if (!opens) continue;
    let comma = -1;
    for (let k = i + 1; k < toks.length && k <= i + 10; k++) {
      if (toks[k]!.kind === 'punct' && !/^[./’'\-&]$/.test(toks[k]!.text)) {
        if (toks[k]!.text === ',') comma = k;
        break;
      }
    }
    if (comma < 0) continue;
    for (let k = i + 1; k < comma; k++) {
      const t = toks[k]!;
      if (PHRASE_STOP.has(t.norm)) break;
      if (!FINDINGS.has(t.norm)) continue;
      used.add(i);
      out.push({ sentence: s.index, token: i, lastToken: i, text: toks[i]!.text, lemma: 'in', stance: 'neutral', kind: 'marker', sourceSide: 'after', objectIsSpeaker: false });
      break;
    }
  }
  return out;
}
