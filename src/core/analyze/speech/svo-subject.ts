import type { Sentence, Span, Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { CueHit } from './cues.js';
import { abbreviationPeriod } from './subject.js';

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
  'has have had will would did does do is are am was were been also then later again once still never already even just recently previously reportedly publicly repeatedly often always first further separately long very quite really rather'.split(
    ' ',
  ),
);
/** Irregular participles that open a descriptive phrase, not an apposition ("clad in red", "known for"). */
const PARTICIPLES = new Set('clad known born seen shown given taken worn driven bound caught held left hit shot struck torn sworn beaten written chosen grown flanked'.split(' '));
/** Linking verbs and auxiliaries after which an "-ed" form is an adjective or passive participle. */
const LINKING = new Set('is are was were be been being am seem seems seemed appear appears appeared become became becomes get gets got look looks looked feel feels felt remain remains remained has have had'.split(' '));
/** Relative pronouns that open a clause describing a source ("Ann Lee, who heads the board, said"). */
const RELATIVES = new Set(['who', 'which', 'whose']);
/** Words after a verb that open its content, never an inverted subject. */
const CONTENT_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'that', 'there']);
/** Lower-case "-ly" adverbs between subject and verb ("increasingly", "dutifully"); not "-ly" nouns ("family", "rally"), and "only"/"early" are rare there. */
const MANNER = /^(?!(?:family|rally|ally|assembly|supply|reply|daily|weekly|monthly|quarterly|early|only|belly|bully|folly|anomaly|homily|lily|july)$)[a-z]{3,}ly$/;
/** Pronouns that stand before a subject as the object of its verb ("Everything Trump says"). */
const OBJECT_PRONOUNS = new Set(['everything', 'nothing', 'something', 'anything', 'whatever']);
/** A year as written in a time adverbial ("in 2010"). */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Quantifiers that may float after a subject ("they all said"). */
const FLOATING = new Set(['all', 'both', 'each']);
const NEGATIONS = new Set(['not', 'n’t', "n't", 'never', 'also']);
/** Lower-case words inside a name phrase ("Joel Pollak of Breitbart", "Secretary of State"). */
const INNER = new Set(['of', 'for', 'at', 'de', 'von', 'van', 'al', 'bin', 'and']);
/** Words that end a subject phrase going backwards: clause openers, prepositions, verbs of another clause. */
const BOUNDARY = new Set(
  'that who which what when because and but or as if after before while since though although where whether than to in on at by with from into about against during over under told said says according'.split(' '),
);

/** Sentence adverbs that are capitalised only because they open the sentence. */
const SENTENCE_ADVERBS = new Set(['now', 'so', 'yet', 'still', 'meanwhile', 'instead', 'here', 'there', 'today', 'yesterday', 'even', 'indeed', 'also']);
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'only', 'just']);
/** Words that head a proportion of a group ("half of voters", "six in 10"). */
const QUANTITIES = new Set(
  'half third quarter majority majorities most many some all none few one two three four five six seven eight nine ten percent share number'.split(' '),
);

/** A lower-case auxiliary, modal, negation or frequent verb form that no noun phrase holds ("may", "not", "took"); "-s" forms are often nouns. */
function verbWord(t: Token, pack: LanguagePack): boolean {
  if (t.kind !== 'word' || t.capitalized) return false;
  return NEGATIONS.has(t.norm) || /n['’]t$/.test(t.norm) || (pack.speakerEvidence?.auxiliaries.has(t.norm) ?? false) || (pack.commonVerbs.has(t.norm) && !/s$/.test(t.norm));
}

function isName(t: Token): boolean {
  return t.kind === 'word' && t.capitalized;
}

/** The phrase ending at token `end` (inclusive), walking back; null when no noun or name heads it. */
function phraseBackFrom(toks: readonly Token[], end: number, pack?: LanguagePack): { first: number; last: number } | null {
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
      // Abbreviated titles ("Sen.", "Gov.") and possessives ("Clinton’s") stay inside; so do names joined by a slash ("Times/CBS").
      if ((t.text === '.' && k > 0 && isName(toks[k - 1]!)) || t.text === '’' || t.text === "'" || t.text === '-' || (t.text === '/' && k > 0 && isName(toks[k - 1]!) && isName(toks[k + 1] ?? t))) {
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
    // ("Everything Trump says is a lie": a pronoun before the name is the object the clause is about.)
    if (OBJECT_PRONOUNS.has(t.norm) && first === k + 1 && isName(toks[k + 1]!)) break;
    // A capitalised conjunction or adverb opening the sentence is no name ("But Cox says").
    // (A sentence adverb only where a sentence or clause opens: "USA Today" is a name.)
    if (t.capitalized && (BOUNDARY.has(t.norm) || BETWEEN.has(t.norm) || (SENTENCE_ADVERBS.has(t.norm) && (k === 0 || toks[k - 1]!.kind === 'punct')))) break;
    // Proportions and parts: "Six in 10 say", "about half of voters say", "majorities in all five".
    if ((t.norm === 'in' || t.norm === 'of') && first >= 0 && k > 0 && (toks[k - 1]!.kind === 'number' || QUANTITIES.has(toks[k - 1]!.norm))) {
      k--;
      continue;
    }
    // ("I hope in 2017 America says": a year after "in" is a time adverbial before the subject.)
    if (t.kind === 'number' && YEAR.test(t.text) && first === k + 1 && toks[k - 1]?.norm === 'in') break;
    if (t.kind === 'number' || isName(t) || t.norm === '’s' || t.norm === "'s" || t.norm === 's') {
      first = k;
      k--;
      continue;
    }
    // ("an explosion that Mayor Ann Lee described": "that" before a name opens a relative clause, it determines nothing.)
    if (t.norm === 'that' && first === k + 1 && isName(toks[k + 1]!)) break;
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
    // ("the former first lady": an adverb-like word after an article is an adjective of the phrase.)
    const adjectival = BETWEEN.has(t.norm) && first === k + 1 && toks.slice(Math.max(0, k - 2), k).some((u) => DETERMINERS.has(u.norm));
    if (BOUNDARY.has(t.norm) || (BETWEEN.has(t.norm) && !adjectival) || lower >= 4) break;
    // A verb of the clause before is no part of the phrase ("Readers may not let editorials tell …").
    if (pack && verbWord(t, pack)) break;
    // A subject pronoun is a phrase of its own ("He signaled he did, saying …": "he", not "He signaled he").
    if (pack && pack.pronouns.has(t.norm)) {
      if (k === end) first = k;
      break;
    }
    // Lower-case nouns and adjectives of the phrase ("the rights group", "a senior official").
    lower++;
    first = k;
    k--;
  }
  if (first < 0) return null;
  // The phrase must hold a name or a noun after any leading adjective: drop a dangling lower-case start without a determiner.
  const words = toks.slice(first, end + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length === 0) return null;
  // ("top black lawmakers said": a head noun naming people keeps its adjectives.)
  const people = pack !== undefined && (pack.roles.has(toks[end]!.norm) || (pack.speakerEvidence?.groupSources.has(toks[end]!.norm) ?? false));
  if (!DETERMINERS.has(toks[first]!.norm) && !QUANTITIES.has(words[0]!.norm) && !APPROXIMATORS.has(words[0]!.norm) && !words.some((t) => isName(t) || t.kind === 'number') && words.length > 2 && !people) return null;
  return { first, last: end };
}

export function svoSubject(s: Sentence, cue: CueHit, quoted: (offset: number) => boolean, pack?: LanguagePack, depth = 0): Span | null {
  const toks = s.tokens;
  // "The senator was widely criticized (by X)": a passive's subject is who the words were about; only its agent speaks.
  if (pack && passive(toks, cue)) {
    let by = cue.lastToken + 1;
    while (by < toks.length && by <= cue.lastToken + 4 && toks[by]!.kind === 'word' && toks[by]!.norm !== 'by' && !toks[by]!.capitalized) by++;
    return toks[by]?.norm === 'by' && !quoted(toks[by]!.start) ? after(toks, { ...cue, token: by, lastToken: by, lemma: '' }, quoted, pack) : null;
  }
  let k = cue.token - 1;
  // Past auxiliaries and adverbs ("has repeatedly said", "specifically criticized", "did not say").
  const ev = pack?.speakerEvidence;
  const skip = () => {
    while (
      k >= 0 &&
      toks[k]!.kind === 'word' &&
      (BETWEEN.has(toks[k]!.norm) || MANNER.test(toks[k]!.text) || NEGATIONS.has(toks[k]!.norm) || /n['’]t$/.test(toks[k]!.norm) || (ev?.auxiliaries.has(toks[k]!.norm) ?? false)) &&
      // (A capitalised word inside the sentence is a name: "Theresa May on Monday said".)
      !(toks[k]!.capitalized && k > 0) &&
      !quoted(toks[k]!.start)
    )
      k--;
  };
  skip();
  // "Lee, Roe and Ray all suggested": a quantifier floating after the subject (not "To varying degrees, all agreed").
  if (k > 0 && FLOATING.has(toks[k]!.norm) && !toks[k]!.capitalized && !quoted(toks[k]!.start) && (toks[k - 1]!.kind === 'word' || toks[k - 1]!.text === ')')) {
    k--;
    skip();
  }
  // "The senator declined to say …", "wants to tell": the subject of the verb that governs the infinitive ("went on to say": past its particle).
  // "Trump took to Twitter overnight to accuse …": the word before "to" is no verb; the infinitive hangs on the finite verb before it.
  if (pack && depth === 0 && k >= 2 && toks[k]!.norm === 'to' && toks[k - 1]!.kind === 'word' && !quoted(toks[k - 1]!.start) && !finiteVerb(toks, k - 1, pack) && !/ed$/.test(toks[k - 1]!.norm)) {
    const verb = finiteVerbBefore(toks, k - 1, quoted, pack);
    if (verb >= 0 && !toks.slice(verb, k).some((t) => t.text === ',')) return svoSubject(s, { ...cue, token: verb, lastToken: verb }, quoted, pack, 1);
  }
  while (k >= 2 && toks[k]!.norm === 'to' && toks[k - 1]!.kind === 'word' && !toks[k - 1]!.capitalized && !quoted(toks[k - 1]!.start)) {
    k -= 2;
    if (ev?.verbParticles.has(toks[k + 1]!.norm) && k >= 1 && toks[k]!.kind === 'word' && !toks[k]!.capitalized) k--;
    skip();
  }
  // "Sen. Ann Lee on Friday said", "The firm just this month announced": a time adverbial between subject and verb.
  if (pack && k > 0 && !quoted(toks[k]!.start)) {
    const before = beforeTimeAdverbial(toks, k, pack);
    if (before < k && before >= 0 && (toks[before]!.kind === 'word' || toks[before]!.text === ')')) {
      k = before;
      skip();
    }
  }
  if (k < 0 || quoted(toks[k]!.start)) return after(toks, cue, quoted, pack);
  const span = (first: number, last: number) => ({ start: toks[first]!.start, end: toks[last]!.end });
  // "X denied the report but said …": the second verb shares the clause's opening subject.
  if (pack && (toks[k]!.norm === 'and' || toks[k]!.norm === 'but') && !toks[k]!.capitalized && finiteVerbBefore(toks, k, quoted, pack) >= 0) {
    // ("…, who have taken to the streets and called for …": verbs joined inside a relative clause share its pronoun.)
    let j = k - 1;
    while (j > 0 && toks[j]!.kind !== 'punct' && !RELATIVES.has(toks[j]!.norm)) j--;
    // (Not when another subject stands between: "which she was doing when police located her and told her …".)
    const ownSubject = toks.slice(j + 1, k).some((t) => SUBORDINATE.has(t.norm) || pack.pronouns.has(t.norm));
    if (j > 0 && RELATIVES.has(toks[j]!.norm) && toks[j - 1]!.text === ',' && !ownSubject) return span(j, j);
    const opening = openingSubject(toks, quoted, pack);
    return opening && opening.last < k ? span(opening.first, opening.last) : null;
  }
  // "Carly Fiorina, a Republican hopeful, says" / "One hopeful, Carly Fiorina, says".
  if (toks[k]!.text === ',') {
    // The apposition runs back to the previous comma ("a spokesman for the Red Cross"); the head stands before it.
    // A title's period ("Mr.", "Sen.") stays inside the apposition.
    const stops = (t: Token, at: number) => t.kind === 'punct' && /[.;:“”"!?]/.test(t.text) && !(t.text === '.' && at > 0 && isName(toks[at - 1]!));
    // A long apposition or a participle or relative clause with commas of its own ("X, speaking to a group in Ohio, said",
    // "X, who met A, B and C, said"): the head is the phrase before the first of these commas that opens the clause.
    const reach = pack ? 45 : 15;
    // Bare heads first; then heads with their attribute phrase ("A lawyer for the news outlets, David Schulz, said").
    for (const extend of pack ? [false, true] : [false]) {
      let end = k;
      let pending: Span | null = null;
      // Every piece between the head and the verb is an apposition or a relative clause: the source phrase holds them all (English, as PolNeAR marks it).
      let allDescribe = true;
      for (let tries = 0; tries < (pack ? 4 : 1); tries++) {
        let comma = end - 1;
        while (comma > 0 && comma > k - reach && toks[comma]!.text !== ',' && !stops(toks[comma]!, comma)) comma--;
        if (!(comma > 0 && toks[comma]!.text === ',')) break;
        const bare = phraseBackFrom(toks, comma - 1);
        const head = bare && extend ? { first: wholeSubjectStart(toks, bare.first, quoted, pack), last: bare.last } : bare;
        // "Mary Roe, a delegate from Ohio, said", "Amy Roe, deputy adviser, said": with the apposition; "Mary Roe, clad in red, said": the name alone.
        const opener = toks[comma + 1];
        const appositiveLike =
          opener !== undefined &&
          // ("Other unions, including the AFL-CIO, said": a list of members is an apposition too.)
          (opener.norm === 'including' ||
            DETERMINERS.has(opener.norm) ||
            isName(opener) ||
            opener.kind === 'number' ||
            (opener.kind === 'word' && !/(?:ing|ed)$/.test(opener.norm) && !PARTICIPLES.has(opener.norm) && !BOUNDARY.has(opener.norm)));
        allDescribe &&= appositiveLike || (opener !== undefined && RELATIVES.has(opener.norm));
        const appositive = (tries === 0 && appositiveLike) || (pack !== undefined && allDescribe);
        // (An age is no head: "the aide, Jane Roe, 31, who …, wrote".)
        // (Nor a state's abbreviation: "Jane Roe, 59, of Ashton, Md., who …, said".)
        // (Nor where someone is from: "…, of Ashton, …".)
        const age =
          head !== null &&
          ((head.first === head.last && toks[head.first]!.kind === 'number') ||
            (pack !== undefined && head.last === head.first + 1 && toks[head.last]!.text === '.') ||
            (pack !== undefined && !toks[head.first]!.capitalized && ATTACHING.has(toks[head.first]!.norm)));
        // ("Yet Democratic economists, like …, say": a sentence adverb or conjunction may open the sentence before the head.)
        const opensSentence = head !== null && head.first === 1 && toks[0]!.capitalized && (BOUNDARY.has(toks[0]!.norm) || SENTENCE_ADVERBS.has(toks[0]!.norm));
        // (Or a subordinator opening the clause: "as Eric Garner, gasping …, said before he died".)
        const afterSubordinator = head !== null && head.first > 0 && (pack?.speakerEvidence?.subordinators.has(toks[head.first - 1]!.norm) ?? false);
        // ("The talks went badly, and the meeting …, said one source": a clause before the comma is the content; the source follows the verb.)
        if (pack && bare && !extend && toks.slice(bare.first, bare.last + 1).some((t, j) => !t.capitalized && finiteVerb(toks, bare.first + j, pack))) return after(toks, cue, quoted, pack);
        if (head && !age && (head.first === 0 || toks[head.first - 1]!.kind === 'punct' || opensSentence || afterSubordinator)) {
          const found = span(head.first, appositive ? k - 1 : head.last);
          // "Ann Lee, the foreign minister of France, a member of …, said": a head opened by a lower-case article after a comma
          // is itself an apposition; the name before it heads the source, else the article's phrase stands.
          const named = toks.slice(head.first, head.last + 1).some((t, j) => isName(t) && head.first + j > 0);
          if (pending && !named) return pending;
          if (pack && !pending && DETERMINERS.has(toks[head.first]!.norm) && !toks[head.first]!.capitalized && toks[head.first - 1]?.text === ',') {
            pending = found;
            end = comma;
            continue;
          }
          return found;
        }
        end = comma;
      }
      if (pending) return pending;
    }
    // "X, a senior adviser, said he …": what follows the verb is its content, not an inverted subject.
    const next = toks[cue.lastToken + 1];
    if (next && CONTENT_OPENERS.has(next.norm)) return null;
    return after(toks, cue, quoted, pack);
  }
  // "Groups that have endorsed him say …", "the groups who wrote to her say …": a restrictive relative clause inside the subject.
  if (pack && depth === 0) {
    const rel = restrictiveRelative(toks, k, quoted, pack);
    if (rel) return span(wholeSubjectStart(toks, rel.first, quoted, pack), k);
  }
  const p = phraseBackFrom(toks, k, pack);
  // "He released a letter … that says": a relative "that" stands for the object of the verb before; the source is that verb's subject.
  if (pack && p && p.first === p.last && toks[p.first]!.norm === 'that' && p.first > 0 && toks[p.first - 1]!.kind !== 'punct') {
    const verb = depth === 0 ? finiteVerbBefore(toks, p.first, quoted, pack) : -1;
    if (verb >= 0 && !toks.slice(verb, p.first).some((t) => t.text === ',')) return svoSubject(s, { ...cue, token: verb, lastToken: verb }, quoted, pack, 1);
    // A relative "that" whose antecedent is not found stays unknown, never a run of the clause before.
    return null;
  }
  if (p) {
    // "Protesters marching through the streets chanted": the phrase is the place of a participle after the head; the head speaks.
    const head = pack && depth === 0 ? participleHead(toks, p.first, quoted, pack) : null;
    if (head) return span(head.first, head.last);
    const start = wholeSubjectStart(toks, p.first, quoted, pack);
    // "In a preview clip for X's show …": a phrase after a preposition opening the clause is an adverbial, no subject.
    if (pack && start > 0 && ATTACHING.has(toks[start - 1]!.norm) && (start === 1 || toks[start - 2]!.kind === 'punct')) return null;
    // "The New York Times and the Gannett newspaper chain said": two phrases joined by "and" from the clause's start.
    if (pack && depth === 0 && start >= 2 && toks[start - 1]!.norm === 'and' && !toks[start - 1]!.capitalized) {
      const left = phraseBackFrom(toks, start - 2, pack);
      const from = left ? wholeSubjectStart(toks, left.first, quoted, pack) : -1;
      // (Not "A man asked for a photo and Ann Lee said": the left side holds a verb of its own.)
      const verbless = !toks.slice(from, start - 1).some((t, j) => quoted(t.start) || finiteVerb(toks, from + j, pack));
      if (left && (from === 0 || toks[from - 1]!.kind === 'punct') && verbless) return span(listStart(toks, from, pack), p.last);
    }
    return span(start, p.last);
  }
  // A word before the verb that heads no phrase ("Amid …, X slammed"): the verb is not inverted, and what follows is its object.
  if (toks[k]!.kind === 'word') return null;
  return after(toks, cue, quoted, pack);
}

/**
 * English: where a list of names ending at a phrase starting at `from` begins ("Sens. Ann Lee
 * (D-Ore.), Tom Ray (D-Ohio) and …"): back over comma-separated phrases that hold a name and
 * open the clause. `from` when none stands before it.
 */
function listStart(toks: readonly Token[], from: number, pack: LanguagePack): number {
  while (from >= 2 && toks[from - 1]!.text === ',') {
    const q = phraseBackFrom(toks, from - 2, pack);
    if (!q || !toks.slice(q.first, q.last + 1).some((t, j) => isName(t) && q.first + j > 0)) break;
    if (!(q.first === 0 || toks[q.first - 1]!.kind === 'punct')) break;
    from = q.first;
  }
  return from;
}

/** Prepositions that open the place or path of a participle ("marching through the streets", "standing outside the court"); the attaching ones ("in", "on") keep the whole subject (see wholeSubjectStart). */
const PATH_PREPOSITIONS = new Set('through across along outside inside near around into down up past toward towards behind'.split(' '));

/**
 * English: the head of a subject carrying a participle phrase that ends right before the
 * verb ("[Protesters] marching through the streets chanted"), when the phrase before the
 * verb at `first` follows "-ing" + a path preposition and the head opens the clause; else null.
 */
function participleHead(toks: readonly Token[], first: number, quoted: (offset: number) => boolean, pack: LanguagePack): { first: number; last: number } | null {
  const prep = toks[first - 1];
  const ing = toks[first - 2];
  if (!prep || !ing || !PATH_PREPOSITIONS.has(prep.norm) || ing.kind !== 'word' || ing.capitalized || !/^[a-z]{2,}ing$/.test(ing.norm) || quoted(ing.start)) return null;
  const head = first >= 3 ? phraseBackFrom(toks, first - 3, pack) : null;
  if (!head || !nounLike(toks[first - 3]!, pack)) return null;
  const opens = head.first === 0 || toks[head.first - 1]!.kind === 'punct' || (head.first === 1 && toks[0]!.capitalized && (BOUNDARY.has(toks[0]!.norm) || SENTENCE_ADVERBS.has(toks[0]!.norm)));
  return opens ? head : null;
}

/**
 * English: a subject whose head noun carries a restrictive relative clause that ends right
 * before the verb at `k`+1 ("progressive groups that have endorsed him [say]"): the head's
 * phrase (its first and last token) when the clause has a verb of its own and no comma; else null.
 */
function restrictiveRelative(toks: readonly Token[], k: number, quoted: (offset: number) => boolean, pack: LanguagePack): { first: number; last: number } | null {
  for (let r = k - 1; r > 0 && k - r <= 10; r--) {
    const t = toks[r]!;
    if (t.kind === 'punct' || quoted(t.start)) return null;
    if (t.norm !== 'that' && t.norm !== 'who') continue;
    const before = toks[r - 1]!;
    if (before.kind !== 'word' || before.capitalized || pack.pronouns.has(before.norm) || DETERMINERS.has(before.norm) || finiteVerb(toks, r - 1, pack) || BOUNDARY.has(before.norm)) return null;
    // The clause has its own verb ("that have endorsed", "who wrote").
    let verb = false;
    for (let j = r + 1; j <= k; j++) if (finiteVerb(toks, j, pack) || LINKING.has(toks[j]!.norm) || (pack.speakerEvidence?.auxiliaries.has(toks[j]!.norm) ?? false)) verb = true;
    if (!verb) return null;
    const head = phraseBackFrom(toks, r - 1, pack);
    return head ? { first: head.first, last: k } : null;
  }
  return null;
}

/** Passive auxiliaries before a participle ("was criticized", "has been told", "were widely praised"). */
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);

/** The cue is a past participle after a form of "be" (past adverbs and negations): a passive. */
function passive(toks: readonly Token[], cue: CueHit): boolean {
  const t = toks[cue.token]!;
  if (!/(?:ed|en|wn|ld|id|ght)$/.test(t.norm) || t.capitalized) return false;
  let k = cue.token - 1;
  while (k >= 0 && toks[k]!.kind === 'word' && (MANNER.test(toks[k]!.text) || NEGATIONS.has(toks[k]!.norm) || toks[k]!.norm === 'still' || toks[k]!.norm === 'already')) k--;
  return k >= 0 && PASSIVE_BE.has(toks[k]!.norm);
}

/** A time word: a weekday, month, relative day or time noun ("Friday", "week", "yesterday"). */
function timeWord(t: Token, pack: LanguagePack): boolean {
  const ev = pack.speakerEvidence;
  return t.kind === 'word' && (pack.weekdays.has(t.norm) || pack.months.has(t.norm) || pack.relativeDays.has(t.norm) || (ev?.timeNouns.has(t.norm) ?? false));
}

/**
 * The token before a time adverbial that ends at `k` ("on Friday", "earlier this month",
 * "last week", "on Jan. 5"), or `k` when none ends there.
 */
function beforeTimeAdverbial(toks: readonly Token[], k: number, pack: LanguagePack): number {
  const fillers = pack.speakerEvidence?.timeFillers;
  if (!fillers) return k;
  const t = toks[k]!;
  // ("on Jan. 5", and a bare year after a filler: "Lee in 2010 said".)
  const date =
    t.kind === 'number' &&
    k > 0 &&
    (pack.months.has(toks[k - 1]!.norm) || (toks[k - 1]!.text === '.' && k > 1 && pack.months.has(toks[k - 2]!.norm)) || (YEAR.test(t.text) && fillers.has(toks[k - 1]!.norm)));
  if (!timeWord(t, pack) && !date) return k;
  // ("USA Today", "Theresa May": a capitalised relative day or month right after a name ends the name.)
  if (t.capitalized && (pack.relativeDays.has(t.norm) || pack.months.has(t.norm)) && k > 0 && isName(toks[k - 1]!)) return k;
  let j = k;
  while (j >= 0) {
    const u = toks[j]!;
    if (u.capitalized && (pack.relativeDays.has(u.norm) || pack.months.has(u.norm)) && j > 0 && isName(toks[j - 1]!)) break;
    if (timeWord(u, pack) || u.kind === 'number' || (u.kind === 'word' && !u.capitalized && fillers.has(u.norm)) || (u.text === '.' && j > 0 && pack.months.has(toks[j - 1]!.norm))) j--;
    else break;
  }
  return j;
}

/** Lower-case words that look like a finite verb: frequent verb forms, "-ed" forms, reporting verbs other than "-ing". */
function finiteVerb(toks: readonly Token[], k: number, pack: LanguagePack): boolean {
  const t = toks[k]!;
  if (t.kind !== 'word' || t.capitalized || /ing$/.test(t.norm)) return false;
  // A negated auxiliary ("isn't", "didn’t") is finite.
  if (/n['’]t$/.test(t.norm)) return true;
  const prev = toks[k - 1];
  // "the embattled senator", "a reported 300": after a determiner it is an adjective.
  if (prev && DETERMINERS.has(prev.norm)) return false;
  // "didn’t seem particularly impressed", "was widely criticized": after a linking verb or auxiliary (past adverbs) an "-ed" form is no finite verb.
  if (/ed$/.test(t.norm)) {
    let j = k - 1;
    while (j >= 0 && toks[j]!.kind === 'word' && (MANNER.test(toks[j]!.text) || NEGATIONS.has(toks[j]!.norm) || BETWEEN.has(toks[j]!.norm))) {
      if (LINKING.has(toks[j]!.norm)) return false;
      j--;
    }
    if (j >= 0 && LINKING.has(toks[j]!.norm)) return false;
  }
  // "Trump avoids condemning …", "she plans to say": a present "-s" form after a name or pronoun, before a participle or infinitive.
  const next = toks[k + 1];
  if (/^[a-z]{3,}[^s]s$/.test(t.norm) && prev && (prev.capitalized || pack.pronouns.has(prev.norm)) && next && next.kind === 'word' && (/ing$/.test(next.norm) || next.norm === 'to')) return true;
  // ("-eed" is mostly a noun — "speed", "greed" — but for the agreed and the freed.)
  return (pack.commonVerbs.has(t.norm) && !['be', 'been', 'being'].includes(t.norm)) || /(?:[^e]ed|agreed|guaranteed|decreed|freed)$/.test(t.norm) || (pack.reportingVerbs.has(t.norm) && !/s$/.test(t.norm));
}

/**
 * English: the nearest finite verb before token `before` in the same sentence, outside
 * quotes and before no colon or semicolon ("Cruz hit back on Monday, saying …" → "hit");
 * -1 when none stands there.
 */
export function finiteVerbBefore(toks: readonly Token[], before: number, quoted: (offset: number) => boolean, pack: LanguagePack): number {
  for (let k = before - 1; k >= 0; k--) {
    const t = toks[k]!;
    // A few quoted words inside the clause ("hailed the vote as “fantastic,” telling …") are passed over; a long quote ends the search.
    if (quoted(t.start) && !(k > 0 && shortQuoteAt(toks, k, quoted))) return -1;
    if (quoted(t.start)) continue;
    if (t.text === ';' || t.text === ':') return -1;
    if (finiteVerb(toks, k, pack)) {
      // A verb inside a subordinate clause ("his comment that Obama subscribed to …, saying") is not the one the participle hangs on.
      const sub = subordinatorBefore(toks, k, quoted);
      if (sub < 0) return k;
      k = sub;
    }
  }
  return -1;
}

/** Words that open a subordinate clause inside a sentence. */
const SUBORDINATE = new Set(['that', 'who', 'which', 'whom', 'whose', 'because', 'if', 'when', 'where', 'while', 'although', 'whether']);

/** The subordinator that opens the clause of token `k` (back to the previous punctuation), or -1. */
function subordinatorBefore(toks: readonly Token[], k: number, quoted: (offset: number) => boolean): number {
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (quoted(t.start)) continue;
    if (t.kind === 'punct') return -1;
    if (SUBORDINATE.has(t.norm)) return j;
  }
  return -1;
}

/** Token `k` is inside a quote of at most four words that opens after a word of the clause. */
function shortQuoteAt(toks: readonly Token[], k: number, quoted: (offset: number) => boolean): boolean {
  let open = k;
  while (open > 0 && quoted(toks[open - 1]!.start)) open--;
  if (open === 0 || toks[open - 1]!.kind !== 'word') return false;
  let close = k;
  while (close + 1 < toks.length && quoted(toks[close + 1]!.start)) close++;
  return toks.slice(open, close + 1).filter((t) => t.kind === 'word').length <= 4;
}

/**
 * English: the subject phrase that opens the sentence, past a dateline ("WASHINGTON —")
 * and an opening adverbial closed by a comma ("On Monday, …"): the name or noun phrase
 * up to its apposition or verb. Null when the sentence opens otherwise.
 */
export function openingSubject(toks: readonly Token[], quoted: (offset: number) => boolean, pack: LanguagePack, from = 0): { first: number; last: number } | null {
  let i = from;
  const dash = toks.slice(i, i + 6).findIndex((t) => t.text === '—' || t.text === '–' || t.text === '--');
  if (dash > 0 && toks.slice(i, i + dash).every((t) => t.kind === 'punct' || t.text === t.text.toUpperCase())) i += dash + 1;
  // Opening adverbials and participle phrases ("On Monday, …", "After Lee spoke, responding to …, the mayor …",
  // "Calling the plan “a mess,” the mayor …") end at their commas.
  for (let n = 0; n < 3; n++) {
    const first = toks[i];
    if (!first || quoted(first.start)) return null;
    // "But Mr. Trump has …": a conjunction opening the sentence stands before its subject.
    if (['but', 'and', 'yet', 'so', 'or'].includes(first.norm) && toks[i + 1]?.text !== ',') {
      i++;
      continue;
    }
    if (!(BOUNDARY.has(first.norm) || SENTENCE_ADVERBS.has(first.norm) || timeWord(first, pack) || first.kind === 'number' || /^[a-z]+ing$/.test(first.norm))) break;
    const end = phraseEnd(toks, i, quoted);
    if (end < 0) return null;
    i = end;
  }
  for (let j = i; j < toks.length && j < i + 12; j++) {
    const t = toks[j]!;
    if (quoted(t.start)) return null;
    const verbLike = t.kind === 'word' && !t.capitalized && (BETWEEN.has(t.norm) || MANNER.test(t.text) || finiteVerb(toks, j, pack) || pack.reportingVerbs.has(t.norm));
    if (t.text === ',' || t.text === '(' || verbLike) {
      if (j === i) return null;
      // ("The Security Council on Friday made …": a time adverbial between the subject and its verb.)
      const before = beforeTimeAdverbial(toks, j - 1, pack);
      const p = phraseBackFrom(toks, before < j - 1 && before >= i ? before : j - 1);
      if (!p) return null;
      if (p.first === i) {
        // "Dean, a medical doctor, then appeared …": the apposition closed by a comma before the verb belongs to the subject.
        if (t.text === ',' && ['a', 'an', 'the'].includes(toks[j + 1]?.norm ?? '')) {
          let c = j + 2;
          while (c < toks.length && c < j + 14 && toks[c]!.kind !== 'punct' && !quoted(toks[c]!.start)) c++;
          const after = toks[c + 1];
          if (toks[c]?.text === ',' && after && after.kind === 'word' && !after.capitalized && (BETWEEN.has(after.norm) || finiteVerb(toks, c + 1, pack))) return { first: i, last: c - 1 };
        }
        return p;
      }
      // ("A reporter for USA Today spotted …": the head with its attribute phrase, before a verb.)
      return verbLike && wholeSubjectStart(toks, p.first, quoted, pack) === i ? { first: i, last: p.last } : null;
    }
    if (t.kind === 'punct' && !(t.text === '.' && j > 0 && isName(toks[j - 1]!)) && t.text !== '’' && t.text !== "'" && t.text !== '-') return null;
  }
  return null;
}

/** A word that may end a noun phrase: a name, or a lower-case word that is no verb form, auxiliary or function word. */
function nounLike(t: Token, pack: LanguagePack): boolean {
  if (t.kind !== 'word') return false;
  if (t.capitalized) return true;
  return !t.stop && !LINKING.has(t.norm) && !pack.commonVerbs.has(t.norm) && !BETWEEN.has(t.norm) && !/ed$/.test(t.norm);
}

/** Words that never stand inside a subject phrase: clause words and conjunctions that open a new clause. */
const CLAUSE_WORDS = new Set('that who which what when whom whose because if while after before since though although where whether than but or so as said says told according'.split(' '));
/** Modals and auxiliaries that open a verb phrase: nothing from them on belongs to a subject before them. */
const MODALS = new Set('would will can could should may might must shall did does do'.split(' '));
/** Prepositions that attach an attribute to a subject's head ("aides to Clinton", "polls taken in Ohio", "half of the voters"). */
export const ATTACHING: ReadonlySet<string> = new Set(['of', 'to', 'in', 'for', 'from', 'at', 'with', 'among', 'on', 'by']);

/**
 * English: where the whole subject starts when its head carries attributes
 * ("[Aides to Clinton] say", "[Exit polls taken in South Carolina] found",
 * "[Stacy Baker of Columbia] says"): back from the phrase found by word order
 * over attribute prepositions to the clause start, when no clause word stands
 * between and the phrase opens like a noun phrase. Else `first` unchanged.
 */
function wholeSubjectStart(toks: readonly Token[], first: number, quoted: (offset: number) => boolean, pack?: LanguagePack): number {
  // A pronoun takes no attribute phrase ("even now at 86 she said": "she").
  if (pack?.pronouns.has(toks[first]!.norm)) return first;
  let k = first - 1;
  let attaches = false;
  while (k >= 0 && first - k <= 12) {
    const t = toks[k]!;
    if (quoted(t.start)) return first;
    // A verb closes the subject from before ("… told aides to Clinton …"): the attribute phrase starts after it.
    // (An "-ed" form here is a participle: "People briefed on the talks say".)
    if (pack && finiteVerb(toks, k, pack) && !(/ed$/.test(t.norm) && k > 0 && nounLike(toks[k - 1]!, pack))) break;
    // A pronoun is a subject of its own ("I hope in 2017 America says": "America").
    if (pack && (pack.pronouns.has(t.norm) || (pack.speakerEvidence?.narratorPronouns.has(t.norm) ?? false)) && (!t.capitalized || t.text === 'I')) return first;
    // A conjunction joins another clause ("a man asked for a photo and Ann Lee said"),
    // unless it joins two attributes ("observers in Ohio and around the country say").
    if (pack && t.norm === 'and' && toks[k + 1] && (ATTACHING.has(toks[k + 1]!.norm) || PATH_PREPOSITIONS.has(toks[k + 1]!.norm))) {
      k--;
      continue;
    }
    if (pack && (t.norm === 'and' || t.norm === 'but' || t.norm === 'or')) break;
    // An auxiliary, or a verb after one ("would extend to gun shows"), is no part of a noun phrase.
    if (pack && !t.capitalized && (MODALS.has(t.norm) || (k > 0 && MODALS.has(toks[k - 1]!.norm)))) break;
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

/** "…,” said the spokeswoman" / "said Sen. John McCain": the phrase right after the verb; never after "told" (the addressee: "told CNN"). */
function after(toks: readonly Token[], cue: CueHit, quoted: (offset: number) => boolean, pack?: LanguagePack): Span | null {
  if (pack?.speakerEvidence?.addresseeCues.has(cue.lemma)) return null;
  // A verb with a particle is not inverted: "…, focused on the Clintons" names what it is about, not who speaks.
  if (pack && cue.kind === 'verb' && cue.lastToken > cue.token) return null;
  let k = cue.lastToken + 1;
  const first = k;
  let last = -1;
  while (k < toks.length && k < first + 7) {
    const t = toks[k]!;
    if (quoted(t.start)) break;
    // (A slash or hyphen inside a name or date stays: "said 9/11 widow Ann Lee".)
    const joiner = (t.text === '/' || t.text === '-') && k > first && toks[k - 1]!.kind !== 'punct' && toks[k + 1] !== undefined && toks[k + 1]!.kind !== 'punct' && toks[k + 1]!.start === t.end;
    if (t.kind === 'punct' && !joiner && !(t.text === '.' && k > first && isName(toks[k - 1]!) && isName(toks[k + 1] ?? t))) break;
    // A role word between names stays inside ("said Virginia delegate Beau Correll", "said 9/11 widow Ann Lee").
    const nameOrNumber = (u: Token) => isName(u) || u.kind === 'number';
    if (t.kind === 'word' && !isName(t) && !DETERMINERS.has(t.norm) && last >= 0 && !(nameOrNumber(toks[k - 1]!) && toks[k + 1] && isName(toks[k + 1]!) && !BOUNDARY.has(t.norm))) break;
    if (t.kind === 'word' && BOUNDARY.has(t.norm)) break;
    if (isName(t) || t.kind === 'number') last = k;
    else if (t.kind === 'word' && !DETERMINERS.has(t.norm)) last = k;
    k++;
  }
  if (last < first) return null;
  // "said a longtime adviser to Trump", "said the spokesman for the campaign": a phrase opened by a determiner takes its nouns and one prepositional attribute.
  if (DETERMINERS.has(toks[first]!.norm)) last = Math.max(last, determinerPhraseEnd(toks, first, quoted, pack));
  // "said Rep. Ann Lee (D-Ohio), head of …": past the party tag.
  if (toks[last + 1]?.text === '(' && !quoted(toks[last + 1]!.start)) {
    let close = last + 2;
    while (close < toks.length && close <= last + 8 && toks[close]!.text !== ')') close++;
    if (toks[close]?.text === ')' && toks[close + 1]?.text === ',') last = close;
  }
  // "said Jane Roe, a pollster for the campaign." / "said Dean Roe, co-director of the center" / "said Joe Roe, who has four children.":
  // the apposition or relative clause closing the sentence belongs to the source.
  const det = toks[last + 2];
  if (toks[last + 1]?.text === ',' && det && (det.norm === 'a' || det.norm === 'an' || det.norm === 'the' || det.norm === 'who' || (det.kind === 'word' && !CLAUSE_WORDS.has(det.norm) && !/ing$/.test(det.norm))) && !quoted(det.start)) {
    let end = last + 2;
    while (end + 1 < toks.length && toks[end + 1]!.text !== ',' && !(toks[end + 1]!.kind === 'punct' && /[.;:!?“”"]/.test(toks[end + 1]!.text) && !isName(toks[end]!))) end++;
    // "said X, an economist who …, a conservative, pro-growth group.": a long apposition whose last commas run to the
    // sentence end without a verb of a new clause holds them all.
    if (pack && toks[end + 1]?.text === ',' && end - last >= 15) {
      let stop = end + 2;
      while (stop < toks.length && !(toks[stop]!.kind === 'punct' && /[.;:!?“”"]/.test(toks[stop]!.text) && !isName(toks[stop - 1]!))) stop++;
      const rest = toks.slice(end + 2, stop);
      if (stop >= toks.length - 1 && rest.length <= 10 && !rest.some((t, j) => quoted(t.start) || finiteVerb(toks, end + 2 + j, pack))) end = stop - 1;
    }
    if (end + 1 >= toks.length || toks[end + 1]!.text !== ',' || end - last < 15) {
      // "said Pat Roe, a lawyer for the club, who has fought the mine for years.": a relative clause after the apposition too.
      if (pack && toks[end + 1]?.text === ',' && RELATIVES.has(toks[end + 2]?.norm ?? '') && !quoted(toks[end + 2]!.start)) {
        end += 2;
        while (end + 1 < toks.length && toks[end + 1]!.text !== ',' && !(toks[end + 1]!.kind === 'punct' && /[.;:!?“”"]/.test(toks[end + 1]!.text) && !isName(toks[end]!))) end++;
      }
      while (end > last && toks[end]!.kind === 'punct') end--;
      return { start: toks[first]!.start, end: toks[end]!.end };
    }
  }
  return { start: toks[first]!.start, end: toks[last]!.end };
}

/** Prepositions that attach an attribute inside a source phrase ("adviser to Trump", "spokesman for the campaign"). */
const ATTRIBUTE_PREPOSITIONS = new Set(['to', 'for', 'of', 'at', 'with', 'from', 'in', 'on']);

/** The last token of a determiner-opened phrase after an inverted verb: its words up to punctuation or a clause word, past one preposition. */
function determinerPhraseEnd(toks: readonly Token[], first: number, quoted: (offset: number) => boolean, pack?: LanguagePack): number {
  let last = first;
  let prepositions = 0;
  for (let k = first + 1; k < toks.length && k < first + 10; k++) {
    const t = toks[k]!;
    if (quoted(t.start) || (t.kind === 'punct' && !(t.text === '.' && isName(toks[k - 1]!) && toks[k + 1] && isName(toks[k + 1]!)))) break;
    // ("said the mayor on Monday": a time after the preposition is the verb's, not the phrase's.)
    if (pack && ATTRIBUTE_PREPOSITIONS.has(t.norm) && toks[k + 1] && timeWord(toks[k + 1]!, pack)) break;
    if (ATTRIBUTE_PREPOSITIONS.has(t.norm)) {
      if (++prepositions > 1 || !toks[k + 1] || toks[k + 1]!.kind === 'punct') break;
      continue;
    }
    if (t.kind === 'word' && BOUNDARY.has(t.norm)) break;
    if (t.kind !== 'punct') last = k;
  }
  return last;
}

/** Token `k` stands in a subordinate clause that opens the sentence ("After Lee spoke, …"): before its comma. */
export function inOpeningClause(toks: readonly Token[], k: number, quoted: (offset: number) => boolean, pack: LanguagePack): boolean {
  const first = toks[0];
  if (!first || !pack.speakerEvidence?.subordinators.has(first.norm)) return false;
  return !toks.slice(1, k).some((t) => t.text === ',' && !quoted(t.start));
}

/**
 * Where an opening adverbial or participle phrase that starts at `from` ends: after its comma, or
 * right after a quote that closes it with its own comma inside ("Calling the plan “a disaster,” Lee
 * said"); the index of the first token after it, or -1 within 25 tokens.
 */
export function phraseEnd(toks: readonly Token[], from: number, quoted: (offset: number) => boolean): number {
  for (let j = from + 1; j < toks.length && j <= from + 25; j++) {
    const t = toks[j]!;
    if (t.text === ',' && !quoted(t.start)) return j + 1;
    if (t.kind === 'word' && !quoted(t.start) && quoted(toks[j - 1]!.start) && /,\s*[”"’']*$/.test(toks.slice(Math.max(from, j - 3), j).map((x) => x.text).join(''))) return j;
  }
  return -1;
}

/** English: the name at `first..last` is the direct object of the verb right before it ("met John Smith"), not a possessive. */
export function objectPosition(toks: readonly Token[], first: number, last: number, pack: LanguagePack): boolean {
  const next = toks[last + 1];
  if (/['’]s$/.test(toks[last]!.text) || (next && (next.norm === '’s' || next.norm === "'s"))) return false;
  return first > 0 && finiteVerb(toks, first - 1, pack);
}

/** Prepositions and clause words right before a name that make it no subject ("Of Obama, he said", "met with Lee"). */
const NOT_SUBJECT_BEFORE = new Set('of to with for at by from about on in against between than into over under toward towards like including'.split(' '));

/**
 * English: whether the name at tokens `first..last` stands as a clause's subject:
 * inverted after a reporting verb ("said Gov. Ann Lee"), or followed — past an
 * apposition, a party tag, adverbs and a time adverbial — by a finite verb
 * ("Lee, a Democrat, has also said", "Lee on Friday met"). Never after a
 * preposition, never a possessive ("Lee's lawyer").
 */
export function subjectPosition(toks: readonly Token[], first: number, last: number, quoted: (offset: number) => boolean, pack: LanguagePack): boolean {
  const next = toks[last + 1];
  if (next && (next.norm === '’s' || next.norm === "'s" || next.text === '’' || next.text === "'")) return false;
  // Back over titles and roles written before the name ("Republican presidential nominee Mitt Romney").
  let j = first - 1;
  while (j >= 0 && first - j <= 5 && (isName(toks[j]!) || (toks[j]!.text === '.' && j > 0 && isName(toks[j - 1]!)) || (toks[j]!.kind === 'word' && !toks[j]!.stop && !pack.reportingVerbs.has(toks[j]!.norm) && !finiteVerb(toks, j, pack)))) j--;
  const before = toks[j];
  if (before && before.kind === 'word' && !quoted(before.start)) {
    if (pack.reportingVerbs.has(before.norm) && !/ing$/.test(before.norm)) return true;
    if (NOT_SUBJECT_BEFORE.has(before.norm) || DETERMINERS.has(before.norm)) return false;
  }
  let k = last + 1;
  // A party tag ("Lee (D-Ohio)") and an apposition closed by a comma ("Lee, a Democrat, said").
  if (toks[k]?.text === '(') {
    while (k < toks.length && k <= last + 8 && toks[k]!.text !== ')') k++;
    k++;
  }
  if (toks[k]?.text === ',') {
    let c = k + 1;
    while (c < toks.length && c <= k + 30 && toks[c]!.text !== ',' && (!/[.;:!?“”"]/.test(toks[c]!.text) || abbreviationPeriod(toks, c)) && !quoted(toks[c]!.start)) c++;
    if (toks[c]?.text !== ',') return false;
    k = c + 1;
  }
  const ev = pack.speakerEvidence;
  while (k < toks.length && toks[k]!.kind === 'word' && (BETWEEN.has(toks[k]!.norm) || MANNER.test(toks[k]!.text) || NEGATIONS.has(toks[k]!.norm) || (ev?.auxiliaries.has(toks[k]!.norm) ?? false))) {
    // An auxiliary is itself the finite verb ("Lee has …", "Lee was …").
    if (pack.commonVerbs.has(toks[k]!.norm) || ev?.auxiliaries.has(toks[k]!.norm)) return true;
    k++;
  }
  const t = toks[k];
  if (!t || quoted(t.start)) return false;
  // "Lee on Friday said": past a time adverbial.
  if (t.kind === 'word' && !t.capitalized && ev?.timeFillers.has(t.norm)) {
    let e = k;
    while (e < toks.length && e <= k + 4 && !finiteVerb(toks, e, pack)) e++;
    if (e <= k + 4 && e < toks.length && beforeTimeAdverbial(toks, e - 1, pack) < k) return true;
  }
  return finiteVerb(toks, k, pack) || (pack.reportingVerbs.has(t.norm) && !/ing$/.test(t.norm));
}
