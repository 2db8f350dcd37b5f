import type { Sentence, Span, Token } from '../../model/analysis.js';
import type { CueHit } from './cues.js';

/**
 * The subject of a reporting verb in a subject–verb–object language (English),
 * by word order: the noun phrase right before the verb ("Senator John McCain
 * says", "the rights group said"), with its apposition ("Carly Fiorina, a
 * Republican hopeful, says": the span covers both, the head comes first), or
 * — inverted after a quote — the phrase right after it ("…,” said the
 * spokeswoman").
 */
const DETERMINERS = new Set('the a an this that these those his her its their our my your some many several most all both each every one two three'.split(' '));
/** Words between a subject and its verb: auxiliaries and adverbs ("has repeatedly said", "also told"). */
const BETWEEN = new Set(
  'has have had will would did does do is was were been also then later again once still never already even just recently previously reportedly publicly repeatedly often always first further separately'.split(
    ' ',
  ),
);
/** Irregular participles that open a descriptive phrase, not an apposition ("clad in red", "known for"). */
const PARTICIPLES = new Set('clad known born seen shown given taken worn driven bound caught held left hit shot struck torn sworn beaten written chosen grown flanked'.split(' '));
/** Words after a verb that open its content, never an inverted subject. */
const CONTENT_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'that', 'there']);
/** Lower-case "-ly" adverbs between subject and verb ("increasingly", "dutifully"); "only"/"early" are rare there. */
const MANNER = /^[a-z]{3,}ly$/;
const NEGATIONS = new Set(['not', 'n’t', "n't", 'never', 'also']);
/** Lower-case words inside a name phrase ("Joel Pollak of Breitbart", "Secretary of State"). */
const INNER = new Set(['of', 'for', 'at', 'de', 'von', 'van', 'al', 'bin', 'and']);
/** Words that end a subject phrase going backwards: clause openers, prepositions, verbs of another clause. */
const BOUNDARY = new Set(
  'that who which when because and but or as if after before while since though although where whether than to in on at by with from into about against during over under told said says according'.split(' '),
);

/** Sentence adverbs that are capitalised only because they open the sentence. */
const SENTENCE_ADVERBS = new Set(['now', 'so', 'yet', 'still', 'meanwhile', 'instead', 'here', 'there', 'today', 'yesterday']);
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'only', 'just']);
/** Words that head a proportion of a group ("half of voters", "six in 10"). */
const QUANTITIES = new Set(
  'half third quarter majority majorities most many some all none few one two three four five six seven eight nine ten percent share number'.split(' '),
);

function isName(t: Token): boolean {
  return t.kind === 'word' && t.capitalized;
}

/** The phrase ending at token `end` (inclusive), walking back; null when no noun or name heads it. */
function phraseBackFrom(toks: readonly Token[], end: number): { first: number; last: number } | null {
  let k = end;
  let first = -1;
  let lower = 0;
  while (k >= 0) {
    const t = toks[k]!;
    if (t.kind === 'punct') {
      // A party tag after a name ("Gov. John Kasich (R-OH)"): skip to its opening bracket.
      if (t.text === ')' && k === end) {
        let open = k - 1;
        while (open > 0 && open > k - 8 && toks[open]!.text !== '(') open--;
        if (toks[open]?.text === '(' && open > 0 && isName(toks[open - 1]!)) {
          k = open - 1;
          continue;
        }
      }
      // Abbreviated titles ("Sen.", "Gov.") and possessives ("Clinton’s") stay inside.
      if ((t.text === '.' && k > 0 && isName(toks[k - 1]!)) || t.text === '’' || t.text === "'" || t.text === '-') {
        k--;
        continue;
      }
      break;
    }
    // "about half", "nearly 4 in 10": an approximator before a quantity.
    if (APPROXIMATORS.has(t.norm) && first === k + 1 && (toks[k + 1]!.kind === 'number' || QUANTITIES.has(toks[k + 1]!.norm))) {
      first = k;
      break;
    }
    // A capitalised conjunction or adverb opening the sentence is no name ("But Cox says").
    if (t.capitalized && (BOUNDARY.has(t.norm) || BETWEEN.has(t.norm) || SENTENCE_ADVERBS.has(t.norm))) break;
    // Proportions and parts: "Six in 10 say", "about half of voters say", "majorities in all five".
    if ((t.norm === 'in' || t.norm === 'of') && first >= 0 && k > 0 && (toks[k - 1]!.kind === 'number' || QUANTITIES.has(toks[k - 1]!.norm))) {
      k--;
      continue;
    }
    if (t.kind === 'number' || isName(t) || t.norm === '’s' || t.norm === "'s" || t.norm === 's') {
      first = k;
      k--;
      continue;
    }
    if (DETERMINERS.has(t.norm)) {
      first = k;
      // "half of the voters": the determiner sits inside a proportion.
      if (k > 1 && toks[k - 1]!.norm === 'of' && (QUANTITIES.has(toks[k - 2]!.norm) || toks[k - 2]!.kind === 'number')) {
        k--;
        continue;
      }
      break;
    }
    if (INNER.has(t.norm) && first >= 0 && k > 0 && isName(toks[k - 1]!)) {
      k--;
      continue;
    }
    if (BOUNDARY.has(t.norm) || BETWEEN.has(t.norm) || lower >= 4) break;
    // Lower-case nouns and adjectives of the phrase ("the rights group", "a senior official").
    lower++;
    first = k;
    k--;
  }
  if (first < 0) return null;
  // The phrase must hold a name or a noun after any leading adjective: drop a dangling lower-case start without a determiner.
  const words = toks.slice(first, end + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length === 0) return null;
  if (!DETERMINERS.has(toks[first]!.norm) && !QUANTITIES.has(words[0]!.norm) && !APPROXIMATORS.has(words[0]!.norm) && !words.some((t) => isName(t) || t.kind === 'number') && words.length > 2) return null;
  return { first, last: end };
}

export function svoSubject(s: Sentence, cue: CueHit, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  let k = cue.token - 1;
  // Past auxiliaries and adverbs ("has repeatedly said", "specifically criticized", "did not say").
  const skip = () => {
    while (k >= 0 && toks[k]!.kind === 'word' && (BETWEEN.has(toks[k]!.norm) || MANNER.test(toks[k]!.text) || NEGATIONS.has(toks[k]!.norm)) && !quoted(toks[k]!.start)) k--;
  };
  skip();
  // "The senator declined to say …", "wants to tell": the subject of the verb that governs the infinitive.
  while (k >= 2 && toks[k]!.norm === 'to' && toks[k - 1]!.kind === 'word' && !toks[k - 1]!.capitalized && !quoted(toks[k - 1]!.start)) {
    k -= 2;
    skip();
  }
  if (k < 0 || quoted(toks[k]!.start)) return after(toks, cue, quoted);
  const span = (first: number, last: number) => ({ start: toks[first]!.start, end: toks[last]!.end });
  // "Carly Fiorina, a Republican hopeful, says" / "One hopeful, Carly Fiorina, says".
  if (toks[k]!.text === ',') {
    // The apposition runs back to the previous comma ("a spokesman for the Red Cross"); the head stands before it.
    let comma = k - 1;
    // A title's period ("Mr.", "Sen.") stays inside the apposition.
    const stops = (t: Token, at: number) => t.kind === 'punct' && /[.;:“”"!?]/.test(t.text) && !(t.text === '.' && at > 0 && isName(toks[at - 1]!));
    while (comma > 0 && comma > k - 15 && toks[comma]!.text !== ',' && !stops(toks[comma]!, comma)) comma--;
    if (comma > 0 && toks[comma]!.text === ',') {
      const head = phraseBackFrom(toks, comma - 1);
      // "Mary Roe, a delegate from Ohio, said", "Amy Roe, deputy adviser, said": with the apposition; "Mary Roe, clad in red, said": the name alone.
      const opener = toks[comma + 1];
      const appositive = opener !== undefined && (DETERMINERS.has(opener.norm) || isName(opener) || opener.kind === 'number' || (opener.kind === 'word' && !/(?:ing|ed)$/.test(opener.norm) && !PARTICIPLES.has(opener.norm) && !BOUNDARY.has(opener.norm)));
      if (head && (head.first === 0 || toks[head.first - 1]!.kind === 'punct')) return span(head.first, appositive ? k - 1 : head.last);
    }
    // "X, a senior adviser, said he …": what follows the verb is its content, not an inverted subject.
    const next = toks[cue.lastToken + 1];
    if (next && CONTENT_OPENERS.has(next.norm)) return null;
    return after(toks, cue, quoted);
  }
  const p = phraseBackFrom(toks, k);
  if (p) return span(wholeSubjectStart(toks, p.first, quoted), p.last);
  // A word before the verb that heads no phrase ("Amid …, X slammed"): the verb is not inverted, and what follows is its object.
  if (toks[k]!.kind === 'word') return null;
  return after(toks, cue, quoted);
}

/** Words that never stand inside a subject phrase: clause words and conjunctions that open a new clause. */
const CLAUSE_WORDS = new Set('that who which when whom whose because if while after before since though although where whether than but or so as said says told according'.split(' '));
/** Prepositions that attach an attribute to a subject's head ("aides to Clinton", "polls taken in Ohio", "half of the voters"). */
const ATTACHING = new Set(['of', 'to', 'in', 'for', 'from', 'at', 'with', 'among', 'on', 'by']);

/**
 * English: where the whole subject starts when its head carries attributes
 * ("[Aides to Clinton] say", "[Exit polls taken in South Carolina] found",
 * "[Stacy Baker of Columbia] says"): back from the phrase found by word order
 * over attribute prepositions to the clause start, when no clause word stands
 * between and the phrase opens like a noun phrase. Else `first` unchanged.
 */
function wholeSubjectStart(toks: readonly Token[], first: number, quoted: (offset: number) => boolean): number {
  let k = first - 1;
  let attaches = false;
  while (k >= 0 && first - k <= 12) {
    const t = toks[k]!;
    if (quoted(t.start)) return first;
    if (t.kind === 'punct') {
      if ((t.text === '.' && k > 0 && isName(toks[k - 1]!)) || t.text === '’' || t.text === "'" || t.text === '-' || t.text === '/') {
        k--;
        continue;
      }
      break;
    }
    if (CLAUSE_WORDS.has(t.norm) || (t.capitalized && (BOUNDARY.has(t.norm) || SENTENCE_ADVERBS.has(t.norm)) && !ATTACHING.has(t.norm))) return first;
    if (ATTACHING.has(t.norm)) attaches = true;
    k--;
  }
  const start = k + 1;
  if (!attaches || start >= first || first - start > 12) return first;
  const opener = toks[start]!;
  // The clause opens with an adverbial ("In Ohio, …" is cut at its comma; "On Monday aides …" is not a subject).
  if (ATTACHING.has(opener.norm)) return first;
  return start;
}

/** "…,” said the spokeswoman" / "said Sen. John McCain": the phrase right after the verb. */
function after(toks: readonly Token[], cue: CueHit, quoted: (offset: number) => boolean): Span | null {
  let k = cue.lastToken + 1;
  const first = k;
  let last = -1;
  while (k < toks.length && k < first + 7) {
    const t = toks[k]!;
    if (quoted(t.start)) break;
    if (t.kind === 'punct' && !(t.text === '.' && k > first && isName(toks[k - 1]!) && isName(toks[k + 1] ?? t))) break;
    // A role word between names stays inside ("said Virginia delegate Beau Correll").
    if (t.kind === 'word' && !isName(t) && !DETERMINERS.has(t.norm) && last >= 0 && !(isName(toks[k - 1]!) && toks[k + 1] && isName(toks[k + 1]!) && !BOUNDARY.has(t.norm))) break;
    if (t.kind === 'word' && BOUNDARY.has(t.norm)) break;
    if (isName(t) || t.kind === 'number') last = k;
    else if (t.kind === 'word' && !DETERMINERS.has(t.norm)) last = k;
    k++;
  }
  if (last < first) return null;
  // "said a longtime adviser to Trump", "said the spokesman for the campaign": a phrase opened by a determiner takes its nouns and one prepositional attribute.
  if (DETERMINERS.has(toks[first]!.norm)) last = Math.max(last, determinerPhraseEnd(toks, first, quoted));
  // "said Jane Roe, a pollster for the campaign." / "said Dean Roe, co-director of the center": the apposition closing the sentence belongs to the source.
  const det = toks[last + 2];
  if (toks[last + 1]?.text === ',' && det && (det.norm === 'a' || det.norm === 'an' || det.norm === 'the' || (det.kind === 'word' && !CLAUSE_WORDS.has(det.norm) && !/ing$/.test(det.norm))) && !quoted(det.start)) {
    let end = last + 2;
    while (end + 1 < toks.length && toks[end + 1]!.text !== ',' && !(toks[end + 1]!.kind === 'punct' && /[.;:!?“”"]/.test(toks[end + 1]!.text) && !isName(toks[end]!))) end++;
    if (end + 1 >= toks.length || toks[end + 1]!.text !== ',' || end - last < 15) {
      while (end > last && toks[end]!.kind === 'punct') end--;
      return { start: toks[first]!.start, end: toks[end]!.end };
    }
  }
  return { start: toks[first]!.start, end: toks[last]!.end };
}

/** Prepositions that attach an attribute inside a source phrase ("adviser to Trump", "spokesman for the campaign"). */
const ATTRIBUTE_PREPOSITIONS = new Set(['to', 'for', 'of', 'at', 'with', 'from', 'in', 'on']);

/** The last token of a determiner-opened phrase after an inverted verb: its words up to punctuation or a clause word, past one preposition. */
function determinerPhraseEnd(toks: readonly Token[], first: number, quoted: (offset: number) => boolean): number {
  let last = first;
  let prepositions = 0;
  for (let k = first + 1; k < toks.length && k < first + 10; k++) {
    const t = toks[k]!;
    if (quoted(t.start) || (t.kind === 'punct' && !(t.text === '.' && isName(toks[k - 1]!) && toks[k + 1] && isName(toks[k + 1]!)))) break;
    if (ATTRIBUTE_PREPOSITIONS.has(t.norm)) {
      if (++prepositions > 1 || !toks[k + 1] || toks[k + 1]!.kind === 'punct') break;
      continue;
    }
    if (t.kind === 'word' && BOUNDARY.has(t.norm)) break;
    if (t.kind !== 'punct') last = k;
  }
  return last;
}
