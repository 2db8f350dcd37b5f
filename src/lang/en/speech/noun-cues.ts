import type { Quote, Sentence, Span, Stance, Token } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';
import type { LanguagePack } from '../../../core/lang/pack.js';
import { svoSubject } from '../../../core/analyze/speech/svo-subject.js';
import { quotesNear } from '../../../core/analyze/speech/passes/context.js';

/**
 * English noun cues with a preposition (pack field `prepositionNouns`): "his attacks on [Clinton]", "the
 * NRA’s opposition to [the bill]", "voiced support for [the plan]". PolNeAR
 * counts them as attributions: the content is the phrase after the
 * preposition, the source the possessor before the noun ("his", "the NRA’s")
 * or, when a light verb takes the noun ("X voiced support for …"), that
 * verb's subject.
 */
/** Verbs that take a speech noun as object and give it their subject's voice ("voiced support for"). */
const LIGHT_VERBS = new Set(
  'voiced voices voicing expressed expresses expressing raised raises raising offered offers renewed renews launched launches stepped unleashed issued reiterated signaled signalled declared announced pledged made makes leveled levelled lodged repeated doubled stressed'.split(
    ' ',
  ),
);
/** Words between a light verb and its noun ("voiced strong support", "raised new questions"). */
const NOUN_MODIFIERS = new Set('a an the his her their its our my new strong fresh sharp harsh full renewed public broad deep serious repeated'.split(' '));
/** Past forms outside the pack's common verbs that often follow such a subject phrase. */
const GREW = new Set(['drew', 'sparked', 'prompted', 'helped', 'angered', 'raised']);
/** Possessive determiners that are the source themselves. */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that end the content phrase: clause words and finite verbs. */
const PHRASE_END = new Set(
  'that which who whom whose when because but while as if since although though is was were are has have had will would could can did does do may might should must be been to with before after'.split(' '),
);

export interface NounCueHit {
  cue: number;
  preposition: number;
  lemma: string;
  stance: Stance;
  content: Span;
  source: Span | null;
}

export function nounCues(s: Sentence, pack: LanguagePack, quoted: (offset: number) => boolean): NounCueHit[] {
  const toks = s.tokens;
  const nouns = pack.prepositionNouns;
  if (!nouns) return [];
  // A finite verb ends the noun's content phrase: a reporting verb, a common verb ("grew"), or a past form like "drew".
  const isVerb = (w: string) => pack.reportingVerbs.has(w) || pack.commonVerbs.has(w) || GREW.has(w);
  const out: NounCueHit[] = [];
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!;
    const noun = t.kind === 'word' && !t.capitalized ? nouns.get(t.norm) : undefined;
    if (!noun || quoted(t.start)) continue;
    const p = i + 1;
    if (!noun.prepositions.includes(toks[p]!.norm)) continue;
    // The content: the phrase after the preposition, up to punctuation, a clause word or a verb.
    let last = -1;
    for (let k = p + 1; k < toks.length && k <= p + 12; k++) {
      const w = toks[k]!;
      if (quoted(w.start) && w.kind === 'punct') break;
      if ((w.kind === 'punct' && !/^[’'.\-&]$/.test(w.text)) || PHRASE_END.has(w.norm) || (k > p + 1 && isVerb(w.norm))) break;
      if (w.norm === 'and' && toks[k + 1] && isVerb(toks[k + 1]!.norm)) break;
      if (w.kind !== 'punct') last = k;
    }
    if (last < 0) continue;
    const source = sourceOf(s, i, quoted);
    // Without a possessor or a speaking subject the noun mostly names an event ("the attack on the embassy").
    if (!source) continue;
    out.push({ cue: i, preposition: p, lemma: noun.lemma, stance: noun.stance, content: { start: toks[p + 1]!.start, end: toks[last]!.end }, source });
  }
  return out;
}

/** The possessor right before the noun ("his", "Trump’s", "the NRA’s"), else the subject of a light verb taking the noun, else null. */
function sourceOf(s: Sentence, noun: number, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  let k = noun - 1;
  while (k >= 0 && toks[k]!.kind === 'word' && !POSSESSIVES.has(toks[k]!.norm) && !isPossessive(toks[k]!) && NOUN_MODIFIERS.has(toks[k]!.norm) && !['a', 'an', 'the'].includes(toks[k]!.norm)) k--;
  const t = toks[k];
  if (t && POSSESSIVES.has(t.norm)) return { start: t.start, end: t.end };
  if (t && isPossessive(t)) {
    // "Trump’s", "the NRA’s", "Sen. Ann Lee’s": back over the name and its determiner.
    let first = k;
    while (first > 0 && (toks[first - 1]!.capitalized || toks[first - 1]!.text === '.' || toks[first - 1]!.norm === 'the') && !quoted(toks[first - 1]!.start)) first--;
    return { start: toks[first]!.start, end: t.end };
  }
  // "voiced strong support for": the light verb's subject speaks.
  let v = noun - 1;
  while (v >= 0 && NOUN_MODIFIERS.has(toks[v]!.norm)) v--;
  if (v >= 0 && v >= noun - 4 && LIGHT_VERBS.has(toks[v]!.norm)) {
    const verb: CueHit = { sentence: s.index, token: v, lastToken: v, text: toks[v]!.text, lemma: toks[v]!.norm, stance: 'other', kind: 'verb', sourceSide: null, objectIsSpeaker: false };
    return svoSubject(s, verb, quoted);
  }
  return null;
}

function isPossessive(t: Token): boolean {
  return /[’']s$/.test(t.text) || t.norm === '’s' || t.norm === "'s";
}

/** Noun cues of all sentences as reported quotes, where no earlier quote of the sentence covers the noun or its content. */
export function addNounCues(
  sentences: readonly Sentence[],
  pack: LanguagePack,
  quoted: (offset: number) => boolean,
  quotes: readonly Quote[],
  push: (q: Omit<Quote, 'id'>) => Quote,
): void {
  for (const s of sentences) {
    if (s.headline) continue;
    for (const hit of nounCues(s, pack, quoted)) {
      const at = s.tokens[hit.cue]!.start;
      const c = hit.content;
      // Only quotes around the cue and its content can hold them (a scan of all quotes per cue grew with the square of the text).
      const near = quotesNear(quotes, { start: Math.min(at, c.start), end: Math.max(at, c.end) });
      if (near.some((q) => (q.start <= at && q.end > at) || (q.sentence === s.index && q.start < c.end && q.end > c.start))) continue;
      const name = hit.source ? s.text.slice(hit.source.start - s.start, hit.source.end - s.start) : null;
      push({
        sentence: s.index,
        start: c.start,
        end: c.end,
        kind: 'reported',
        form: 'speech-act',
        text: s.text.slice(c.start - s.start, c.end - s.start),
        speaker: null,
        speakerName: name,
        speakerSpan: hit.source,
        cue: `${s.tokens[hit.cue]!.text} ${s.tokens[hit.preposition]!.text}`,
        cueLemma: hit.lemma,
        stance: hit.stance,
      });
    }
  }
}
