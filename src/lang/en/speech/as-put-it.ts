import type { Sentence } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';

/** Conjunctions that, after a comma, start another clause between "as" and "put it" ("as usual, and put it on the table"). */
const JOINERS = new Set(['and', 'or', 'but', 'then']);
/** Forms of "put" that, with "it", report someone's words. */
const PUT = new Set(['put', 'puts']);

/**
 * "as X put it": "put it" reports words only in a clause opened by "as"
 * ("…, as a Homeland Security memo put it.", "As Ms. Lee put it in a
 * statement, …"); elsewhere it is a plain verb ("he put it on the table").
 */
export function asPutItCues(s: Sentence, quoted: (offset: number) => boolean, used: Set<number>): CueHit[] {
  const toks = s.tokens;
  const out: CueHit[] = [];
  for (let i = 2; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!PUT.has(t.norm) || toks[i + 1]!.norm !== 'it' || used.has(i) || quoted(t.start)) continue;
    // "it" ends the clause, or a place, time or addressee follows it.
    const next = toks[i + 2];
    if (next && next.kind === 'word' && !['in', 'to', 'on', 'at', 'when', 'last', 'this', 'recently'].includes(next.norm)) continue;
    let k = i - 1;
    // (Past an apposition with its commas: "As Steven Roe, a tax lawyer at …, recently put it".)
    while (k >= 0 && i - k <= 25 && (toks[k]!.kind !== 'punct' || toks[k]!.text === '.' || toks[k]!.text === '’' || toks[k]!.text === ',') && toks[k]!.norm !== 'as' && !(JOINERS.has(toks[k]!.norm) && toks[k - 1]?.text === ',')) k--;
    if (k < 0 || toks[k]!.norm !== 'as' || !(k === 0 || toks[k - 1]!.text === ',' || toks[k - 1]!.text === '(')) continue;
    used.add(i).add(i + 1);
    out.push({ sentence: s.index, token: i, lastToken: i + 1, text: `${t.text} ${toks[i + 1]!.text}`, lemma: 'put it', stance: 'neutral', kind: 'verb', sourceSide: null, objectIsSpeaker: false });
  }
  return out;
}
