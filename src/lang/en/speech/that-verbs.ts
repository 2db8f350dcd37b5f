import type { Sentence } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';

/**
 * "-s" forms left out of the reporting-verb lexicon because news uses them
 * mostly as nouns ("the reports", "his claims"), with the lemma and stance of
 * their past form. Right after a subject and before "that" they are verbs
 * ("The Post reports that …", "the study estimates that …").
 */
const THAT_VERBS = new Map<string, { lemma: string; stance: CueHit['stance'] }>([
  ['reports', { lemma: 'report', stance: 'neutral' }],
  ['states', { lemma: 'state', stance: 'neutral' }],
  ['estimates', { lemma: 'estimate', stance: 'neutral' }],
  ['demands', { lemma: 'demand', stance: 'neutral' }],
]);
/** Words before the form that make it a noun: determiners, possessives, and the modifiers of "news reports", "media reports". */
const NOUN_BEFORE = new Set(
  'the a an this that these those his her its their our my your whose such some many several all both any no other earlier recent initial early new local unconfirmed conflicting news media press police intelligence'.split(' '),
);

export function thatVerbCues(s: Sentence, quoted: (offset: number) => boolean, used: Set<number>): CueHit[] {
  const toks = s.tokens;
  const out: CueHit[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const verb = THAT_VERBS.get(t.norm);
    // "… reports that …", "The New York Times reports: “…”".
    if (!verb || used.has(i) || quoted(t.start) || (toks[i + 1]!.norm !== 'that' && toks[i + 1]!.text !== ':')) continue;
    const before = toks[i - 1]!;
    if (before.kind !== 'word' || NOUN_BEFORE.has(before.norm) || /['’]s$/.test(before.text) || quoted(before.start)) continue;
    used.add(i);
    out.push({ sentence: s.index, token: i, lastToken: i, text: t.text, lemma: verb.lemma, stance: verb.stance, kind: 'verb', sourceSide: null, objectIsSpeaker: false });
  }
  return out;
}
