import type { Sentence, Span, Token } from '../../model/analysis.js';
import type { CueHit } from './cues.js';

/**
 * The German subject of a reporting verb as a phrase, by word order: the
 * prefield before a verb-second cue ("Die Polizei teilte mit"), else the noun
 * phrase after it ("…, sagte der Sprecher der Polizei"; "Am Montag erklärte die
 * Regierung"). Used when no entity, pronoun or role names the speaker, and to
 * widen a marker's source ("nach Angaben der Polizei") to the phrase.
 */
const DETERMINERS = new Set(
  'der die das den dem des ein eine einer eines einem einen kein keine sein seine seiner seines ihr ihre ihrer ihres mehrere viele zahlreiche alle beide einige'.split(' '),
);
const LINKS = new Set(['von', 'vom', 'der', 'des', 'für', 'aus', 'und', 'in']);
/** Object cases: a phrase opening with these after an inverted verb is no subject. */
const OBJECT_CASE = new Set(['den', 'dem', 'einem', 'einen', 'ihm', 'ihr', 'ihnen']);
/** Prefield openers that make it an adverbial, so the subject follows the verb. */
const ADVERBIAL = new Set(
  'am im in an auf aus bei beim mit nach seit vor zu zum zur über unter gegenüber neben wegen trotz angesichts laut während ohne durch für um bis von vom hinter zwischen innerhalb außerhalb infolge dank dazu darauf dabei daraufhin zuvor zudem auch außerdem jedoch aber heute gestern morgen damals inzwischen mittlerweile später bereits erst nun jetzt so dann weiter weiterhin ebenfalls dort hier gleichzeitig deshalb daher allerdings trotzdem schon noch gegen wie'.split(
    ' ',
  ),
);

function isNounish(t: Token): boolean {
  return t.kind === 'word' && t.capitalized;
}
function isAdjective(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && /(?:e|en|er|es|em)$/.test(t.norm) && t.norm.length > 3;
}

/** A noun phrase starting at token `from`: determiner, adjectives, nouns and names, genitive or "von" attributes. */
export function phraseFrom(toks: readonly Token[], from: number, limit = 10): { first: number; last: number } | null {
  let k = from;
  let last = -1;
  let n = 0;
  // Articles and adjectives only before a head noun or after a link word ("Angaben von Augenzeugen fielen": "fielen" is no adjective).
  let open = true;
  while (k < toks.length && n < limit) {
    const t = toks[k]!;
    if (open && (DETERMINERS.has(t.norm) || isAdjective(t))) {
      k++;
      n++;
      continue;
    }
    if (isNounish(t) || t.kind === 'number') {
      last = k;
      open = false;
      k++;
      n++;
      continue;
    }
    if (last >= 0 && LINKS.has(t.norm) && toks[k + 1] && (isNounish(toks[k + 1]!) || DETERMINERS.has(toks[k + 1]!.norm) || isAdjective(toks[k + 1]!))) {
      open = true;
      k++;
      n++;
      continue;
    }
    break;
  }
  return last >= from ? { first: from, last } : null;
}

export function subjectSpan(s: Sentence, cue: CueHit, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  let clauseStart = 0;
  for (let k = cue.token - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === ':' || t.text === ';' || quoted(t.start) || /[„“”"»«]/.test(t.text)) {
      clauseStart = k + 1;
      break;
    }
  }
  let from = clauseStart;
  // "Wie die Polizei mitteilte": the subject follows the subordinator.
  if (toks[from] && (toks[from]!.norm === 'wie' || toks[from]!.norm === 'dass' || toks[from]!.norm === 'als') && from < cue.token - 1) from++;
  const prefield = from < cue.token ? toks[from]! : null;
  const span = (p: { first: number; last: number } | null) => (p ? { start: toks[p.first]!.start, end: toks[p.last]!.end } : null);
  if (prefield && !ADVERBIAL.has(prefield.norm) && (DETERMINERS.has(prefield.norm) || isNounish(prefield) || isAdjective(prefield))) {
    const p = phraseFrom(toks, from);
    if (p && p.last < cue.token) return span(p);
  }
  // "Ein Sprecher der Polizei, Lars Beringer, sagte …": a phrase and its apposition before the verb.
  if (!prefield && cue.token >= 3 && toks[cue.token - 1]!.text === ',') {
    const p0 = phraseFrom(toks, 0);
    const p1 = p0 && toks[p0.last + 1]?.text === ',' ? phraseFrom(toks, p0.last + 2) : null;
    if (p0 && p1 && p1.last === cue.token - 2) return { start: toks[0]!.start, end: toks[p1.last]!.end };
  }
  // Inverted order: skip adverbs, prepositional phrases and objects before the subject
  // ("sagte heute Abend der Sprecher", "sagte am Sonntag Karsai", "teilte dem Sender der Sprecher mit").
  let k = cue.token + 1;
  for (let steps = 0; k < toks.length && steps < 4; steps++) {
    const t = toks[k]!;
    if (quoted(t.start) || t.kind === 'punct') return null;
    if (ADVERBIAL.has(t.norm) && !DETERMINERS.has(t.norm)) {
      const pp = phraseFrom(toks, k + 1);
      k = pp ? pp.last + 1 : k + 1;
      continue;
    }
    if (OBJECT_CASE.has(t.norm)) {
      const obj = phraseFrom(toks, k);
      k = obj ? obj.last + 1 : k + 1;
      continue;
    }
    if (t.kind === 'word' && !t.capitalized && !DETERMINERS.has(t.norm) && !isAdjective(t)) {
      k++;
      continue;
    }
    break;
  }
  if (k < toks.length && k <= cue.lastToken + 8 && !quoted(toks[k]!.start)) return span(phraseFrom(toks, k));
  return null;
}
