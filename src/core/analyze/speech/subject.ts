import type { Sentence, Span, Token } from '../../model/analysis.js';
import type { CueHit } from './cues.js';

/**
 * The German subject of a reporting verb as a phrase, by word order: the
 * prefield before a verb-second cue ("Die Polizei teilte mit"), else the noun
 * phrase after it ("…, sagte der Sprecher der Polizei"; "Am Montag erklärte die
 * Regierung"). Used when no entity, pronoun or role names the speaker, and to
 * widen a marker's source ("nach Angaben der Polizei") to the phrase.
 */
/** German determiners that open a noun phrase (exported for the document phrases of the speaker code). */
export const DETERMINERS = new Set(
  'der die das den dem des ein eine einer eines einem einen kein keine sein seine seiner seines ihr ihre ihrer ihres mehrere viele zahlreiche alle beide einige dieser diese dieses diesem diesen jener jene jenes'.split(' '),
);
const LINKS = new Set(['von', 'vom', 'der', 'des', 'für', 'aus', 'und', 'in']);
/** Object cases: a phrase opening with these after an inverted verb is no subject. */
const OBJECT_CASE = new Set(['den', 'dem', 'einem', 'einen', 'ihm', 'ihr', 'ihnen']);
/** Prefield openers that make it an adverbial, so the subject follows the verb. */
const ADVERBIAL = new Set(
  `am im in an auf aus bei beim mit nach seit vor zu zum zur über unter gegenüber neben wegen trotz angesichts laut während ohne durch für um bis von vom hinter zwischen innerhalb außerhalb infolge dank dazu darauf dabei daraufhin zuvor zudem auch außerdem jedoch aber heute gestern morgen damals inzwischen mittlerweile später bereits erst nun jetzt so dann weiter weiterhin ebenfalls dort hier gleichzeitig deshalb daher allerdings trotzdem schon noch gegen wie
   derzeit besonders erstmals tatsächlich aktuell zwar dies passend besorgt erfreut enttäuscht überrascht erleichtert verärgert empört zufrieden monatelang jahrelang wochenlang
   bezüglich hinsichtlich bezugnehmend ende anfang mitte beginn hierzu hierbei hierauf darin damit darüber danach demnach dennoch demgegenüber dagegen hingegen indes indessen unterdessen zunächst zuletzt zuerst schließlich letztlich bislang bisher kürzlich jüngst erneut nochmals ebenso genauso außerdem überdies ferner sodann anschließend insbesondere vor allem gerade ausdrücklich eindeutig offiziell sinngemäß wörtlich öffentlich gestern vorgestern übermorgen abends morgens mittags nachts seinerzeit zeitgleich parallel stattdessen vielmehr immerhin zumindest jedenfalls ohnehin insgesamt`.split(
    /\s+/,
  ),
);
/** Conjunctions that open a verb-final clause; its subject follows them ("Wie die Polizei mitteilte", "Indem sie ausführen"). */
const SUBORDINATING = new Set('dass ob wie als indem nachdem weil obwohl da während sobald nachdem wenn falls seit seitdem bevor damit'.split(' '));
/** Auxiliaries that close a verb-final clause after a participle ("wie X zitiert wird"). */
const AUXILIARY = new Set('wird wurde werden wurden worden ist sind war waren hat haben hatte hatten habe sei'.split(' '));
/** Prepositions among the adverbial openers: a noun phrase follows them before the verb. */
const PREPOSITIONS = new Set(
  'am im in an auf aus bei beim mit nach seit vor zu zum zur über unter gegenüber neben wegen trotz angesichts laut während ohne durch für um bis von vom hinter zwischen innerhalb außerhalb infolge dank gegen bezüglich hinsichtlich ende anfang mitte beginn als'.split(
    ' ',
  ),
);
/** A prefield that opens with these is an object or a genitive, never the subject ("Den Angaben widersprach …", "Des Weiteren verwies …"). */
const NOT_SUBJECT_OPENER = new Set(['den', 'dem', 'einem', 'einen', 'des', 'eines', 'ihm', 'ihnen']);
/** Endings of adverbs and adverbial adjectives written capitalised at the sentence start ("Offiziell", "Sinngemäß", "Anschließend"). */
const ADVERB_ENDING = /(?:lich|ig|isch|weise|mäß|mäßig|end|los|falls|dings|mals|wärts|seits|ell)$/;

function isNounish(t: Token): boolean {
  // "documenta-Homepage": a compound whose head is capitalised.
  return t.kind === 'word' && (t.capitalized || /-\p{Lu}[^-]*$/u.test(t.text));
}

const TOP_LEVEL_DOMAINS = new Set(['de', 'com', 'net', 'org', 'at', 'ch', 'eu', 'info', 'uk', 'fr', 'it', 'ru']);

/** A web address written as word, dot, domain ("bildblog.de", "t-online.de"): the index of its last token, or -1. */
function webAddress(toks: readonly Token[], k: number): number {
  const t = toks[k]!;
  const dot = toks[k + 1];
  const tld = toks[k + 2];
  if (t.kind !== 'word' || !dot || dot.text !== '.' || !tld || !TOP_LEVEL_DOMAINS.has(tld.norm)) return -1;
  return dot.start === t.end && tld.start === dot.end ? k + 2 : -1;
}
function isAdjective(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && /(?:e|en|er|es|em)$/.test(t.norm) && t.norm.length > 3;
}

const OPENING_MARKS = new Set(['„', '"', '»', '“']);
const CLOSING_MARKS = new Set(['“', '"', '«', '”']);

/** The closing mark of a short capitalised name in quote marks opening at `from`, or -1. */
function nameInMarks(toks: readonly Token[], from: number): number {
  if (!toks[from + 1] || !toks[from + 1]!.capitalized) return -1;
  for (let k = from + 1; k < toks.length && k <= from + 7; k++) {
    if (CLOSING_MARKS.has(toks[k]!.text)) return k > from + 1 ? k : -1;
    if (toks[k]!.kind === 'punct' && toks[k]!.text !== '-' && toks[k]!.text !== '.') return -1;
  }
  return -1;
}

/** The quote mark at `k` opens or closes a name in marks („Die Zeit“). */
function partOfName(toks: readonly Token[], k: number): boolean {
  if (OPENING_MARKS.has(toks[k]!.text) && nameInMarks(toks, k) > 0) return true;
  for (let j = k - 1; j >= 0 && j >= k - 7; j--) if (OPENING_MARKS.has(toks[j]!.text) && nameInMarks(toks, j) === k) return true;
  return false;
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
    if (open && (DETERMINERS.has(t.norm) || isAdjective(t)) && webAddress(toks, k) < 0) {
      k++;
      n++;
      continue;
    }
    // A name in quote marks: „Die Zeit“, die „Computerwoche“.
    const close = OPENING_MARKS.has(t.text) ? nameInMarks(toks, k) : -1;
    if (close > 0) {
      last = close;
      open = false;
      n += close - k + 1;
      k = close + 1;
      continue;
    }
    const web = webAddress(toks, k);
    if (web > 0) {
      last = web;
      open = false;
      n += web - k + 1;
      k = web + 1;
      continue;
    }
    if (isNounish(t) || t.kind === 'number') {
      last = k;
      open = false;
      k++;
      n++;
      continue;
    }
    // (A preposition before a bare lower-case adjective opens the verb's object, not an attribute: "spricht die Polizei von weniger Krawallen".)
    const bareAdjective = toks[k + 1] !== undefined && isAdjective(toks[k + 1]!) && !toks[k + 1]!.capitalized && PREPOSITIONS.has(t.norm);
    if (last >= 0 && LINKS.has(t.norm) && toks[k + 1] && !bareAdjective && (isNounish(toks[k + 1]!) || DETERMINERS.has(toks[k + 1]!.norm) || isAdjective(toks[k + 1]!))) {
      open = true;
      k++;
      n++;
      continue;
    }
    break;
  }
  return last >= from ? { first: from, last } : null;
}

/**
 * A one-word prefield that is an adverb written capitalised at the sentence
 * start ("Offiziell geht die Regierung davon aus", "Sinngemäß hofft Musk"): the
 * subject follows the verb. Only when a phrase that can be a subject does follow.
 */
function adverbPrefield(toks: readonly Token[], from: number, cue: CueHit): boolean {
  if (from !== cue.token - 1 || from !== 0) return false;
  const t = toks[from]!;
  if (!t.capitalized || !ADVERB_ENDING.test(t.norm)) return false;
  // (Past one lower-case word that is no article: "Ähnlich äußerte sich der Präsident".)
  let next = toks[cue.token + 1];
  if (next && next.kind === 'word' && !next.capitalized && !DETERMINERS.has(next.norm) && !isAdjective(next)) next = toks[cue.token + 2];
  return next !== undefined && next.kind === 'word' && (next.capitalized || (DETERMINERS.has(next.norm) && !OBJECT_CASE.has(next.norm)));
}

/** Adverbs that make the noun phrase before them a time ("Kurze Zeit später", "Zwei Tage zuvor", "Wenige Stunden danach"). */
const TIME_RELATIVE = new Set(['später', 'zuvor', 'danach', 'vorher', 'früher', 'darauf', 'nachher', 'lang', 'davor']);

/**
 * The phrase ending at `last` is the subject of a first predicate that a
 * conjunction (CONJUNCTIONS) right before the cue joins to the cue's ("Auch der König zeigt sich
 * bewegt und spricht den Angehörigen sein Beileid aus"): a finite verb follows the
 * phrase, and no clause punctuation stands between it and the cue.
 */
function sharedSubject(toks: readonly Token[], last: number, cue: number): boolean {
  const joiner = cue - 1;
  // The dot of an ordinal or abbreviation closes the phrase ("Felipe VI. zeigt sich …").
  const first = toks[last + 1]?.text === '.' && toks[last + 1]!.start === toks[last]!.end ? last + 2 : last + 1;
  if (joiner <= first || !CONJUNCTIONS.has(toks[joiner]!.norm)) return false;
  const verb = toks[first]!;
  if (verb.kind !== 'word' || verb.capitalized || DETERMINERS.has(verb.norm) || PREPOSITIONS.has(verb.norm)) return false;
  for (let k = first; k < joiner; k++) if (toks[k]!.kind === 'punct') return false;
  return true;
}

/** Focus particles that may stand before the subject in the prefield ("Auch der Minister sagte"). */
const FOCUS = new Set(['auch', 'sogar', 'selbst', 'nur', 'ebenfalls', 'gerade', 'insbesondere']);

/** Tokens `from`..`to`-1 are one parenthesis ("(SPD)"). */
function parenthetical(toks: readonly Token[], from: number, to: number): boolean {
  return to - from >= 3 && to - from <= 6 && toks[from]!.text === '(' && toks[to - 1]!.text === ')';
}

/** Finite auxiliaries and modals that can stand in second position before a participle or infinitive cue. */
const FINITE_AUXILIARY = new Set('hat hatte haben hatten ist war sind waren wird wurde werden wurden will wollte kann konnte muss musste soll sollte'.split(' '));

/** Pronouns that are a clause's subject when they open it: "Indem sie …", "Dieser behaupte …". */
export const SUBJECT_PRONOUNS = new Set(['er', 'sie', 'wir', 'man', 'dieser', 'diese', 'letztere', 'letzterer', 'jener', 'beide']);

/**
 * The finite auxiliary in second place before a clause-final participle or
 * infinitive cue ("hatte … zugesagt", "haben … angekündigt"); -1 when the cue
 * is itself finite or no auxiliary stands before it.
 */
function finiteBefore(toks: readonly Token[], from: number, cue: CueHit): number {
  if (cue.token !== cue.lastToken) return -1;
  const next = toks[cue.token + 1];
  if (next && next.kind !== 'punct' && !AUXILIARY.has(next.norm) && next.norm !== 'zu') return -1;
  for (let k = from + 1; k < cue.token && k <= from + 8; k++) {
    if (toks[k]!.kind === 'punct' && toks[k]!.text !== '(' && toks[k]!.text !== ')' && toks[k]!.text !== ',') return -1;
    if (FINITE_AUXILIARY.has(toks[k]!.norm)) return k;
  }
  return -1;
}

/** Conjunctions that join main clauses and stand before the prefield ("Aber die Polizei sagte …"). */
const COORDINATING = new Set(['und', 'aber', 'denn', 'doch', 'sondern', 'oder']);

const RELATIVE_PRONOUNS = new Set('der die das dem den denen deren dessen welche welcher welches welchem welchen'.split(' '));
const CONJUNCTIONS = new Set(['und', 'sowie', 'oder']);

/** Words of a noun phrase with its attributes: "Die US-Delegationsleiterin beim Klimagipfel", "Henning Scherf (SPD)". */
function nominal(toks: readonly Token[], from: number, to: number): boolean {
  if (to < from) return false;
  let noun = false;
  for (let k = from; k <= to; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct') {
      if (!/^[()\-–„“"/.&]$/.test(t.text)) return false;
      continue;
    }
    if (t.kind === 'number' || isNounish(t)) noun = true;
    // (A short lower-case word between two capitalised ones is inside a foreign name: "Movement for Democratic Change".)
    else if (k > from && k < to && toks[k - 1]!.capitalized && toks[k + 1]!.capitalized && t.norm.length <= 4) continue;
    else if (!(DETERMINERS.has(t.norm) || isAdjective(t) || PREPOSITIONS.has(t.norm) || CONJUNCTIONS.has(t.norm) || LINKS.has(t.norm))) return false;
  }
  return noun;
}

/**
 * A subject written as comma-separated pieces before its verb: the head phrase,
 * appositions and relative clauses ("Günther Platter, der Verteidigungsminister
 * Österreichs, der die Präsidentschaft innehat, sagte …"). `comma` is the comma
 * right before the verb. The span covers the head and its appositions.
 */
/** A period right after a short capitalised word ("Sen.", "Dr.", a party tag "R-Fla."): an abbreviation's, not a sentence end. */
export function abbreviationPeriod(toks: readonly Token[], k: number): boolean {
  const before = toks[k - 1];
  return before !== undefined && before.kind === 'word' && before.end === toks[k]!.start && /^(?:\p{Lu}-)?\p{Lu}\p{L}{0,3}$/u.test(before.text);
}

export function appositiveSubject(toks: readonly Token[], comma: number, quoted: (offset: number) => boolean): Span | null {
  const chunks: { from: number; to: number }[] = [];
  let end = comma - 1;
  for (let k = comma - 1; k >= -1; k--) {
    const t = k >= 0 ? toks[k]! : null;
    const stop = !t || t.text === ';' || t.text === ':' || (t.text === '.' && !abbreviationPeriod(toks, k)) || (quoted(t.start) && !/^[„“"]$/.test(t.text)) || /^[”»«]$/.test(t.text);
    if (stop || t.text === ',') {
      chunks.unshift({ from: k + 1, to: end });
      end = k - 1;
      if (stop || chunks.length > 4) break;
    }
  }
  const head = chunks[0];
  if (!head || chunks.length < 2 || (head.from > 0 && toks[head.from - 1]!.text === ',')) return null;
  // The head is a noun phrase, not an adverbial ("Für die Ausarbeitung …, die …, gab X an").
  if (!nominal(toks, head.from, head.to) || PREPOSITIONS.has(toks[head.from]!.norm)) return null;
  let last = head.to;
  for (const c of chunks.slice(1)) {
    if (nominal(toks, c.from, c.to)) last = c.to;
    else if (!(RELATIVE_PRONOUNS.has(toks[c.from]!.norm) || (PREPOSITIONS.has(toks[c.from]!.norm) && RELATIVE_PRONOUNS.has(toks[c.from + 1]?.norm ?? '')))) return null;
  }
  return { start: toks[head.from]!.start, end: toks[last]!.end };
}

export function subjectSpan(s: Sentence, cue: CueHit, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  let clauseStart = 0;
  for (let k = cue.token - 1; k >= 0; k--) {
    const t = toks[k]!;
    const mark = quoted(t.start) || (/[„“”"»«]/.test(t.text) && !partOfName(toks, k));
    // A few quoted words inside the clause ("… die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben"):
    // a word stands before the opening mark and the cue right after the closing one; the clause goes on before it.
    // (Not when the quoted words end with a comma inside the marks: „unfassbar viel,“ sagte X closes a reported clause.)
    if (mark && k === cue.token - 1 && toks[k - 1]?.text !== ',') {
      let open = k;
      while (open > 0 && (quoted(toks[open - 1]!.start) || /[„“”"»«]/.test(toks[open - 1]!.text))) open--;
      if (open > 0 && toks[open - 1]!.kind === 'word' && k - open <= 8) {
        k = open;
        continue;
      }
    }
    if (t.text === ',' || t.text === ':' || t.text === ';' || mark) {
      clauseStart = k + 1;
      break;
    }
  }
  let from = clauseStart;
  // "ein Kommentar, der die Entscheidung … bezeichnet": a relative pronoun before an article is the subject,
  // standing for the noun before the comma (the relative-clause rule of the speech code reads that); no phrase here.
  if (clauseStart > 0 && toks[clauseStart - 1]!.text === ',' && RELATIVE_PRONOUNS.has(toks[from]?.norm ?? '') && DETERMINERS.has(toks[from + 1]?.norm ?? '')) return null;
  // "Aber Zeitungen berichteten", "Denn wie die Zeitung berichtete": a coordinating conjunction stands outside the clause.
  if (from < cue.token - 1 && COORDINATING.has(toks[from]!.norm)) from++;
  // A participle or infinitive cue at the clause's end: the finite auxiliary holds second place
  // ("Erst gestern hatte der Investor zugesagt", "Auch einige Parteien haben angekündigt").
  const auxiliary = finiteBefore(toks, from, cue);
  if (auxiliary > from) return subjectSpan(s, { ...cue, token: auxiliary, lastToken: auxiliary }, quoted);
  // "Indem sie ausführen", "Dieser behaupte": a pronoun subject opening the clause (after a subordinator).
  const pronounAt = SUBORDINATING.has(toks[from]?.norm ?? '') ? from + 1 : from;
  if (pronounAt < cue.token && SUBJECT_PRONOUNS.has(toks[pronounAt]!.norm) && (pronounAt > from || pronounAt + 1 === cue.token)) {
    return { start: toks[pronounAt]!.start, end: toks[pronounAt]!.end };
  }
  // "Wie die Polizei mitteilte": the subject follows the subordinator. A verb-final
  // clause ends at the cue; "Als Begründung gab X an" (cue second) is a main clause.
  let after = cue.token + 1;
  if (cue.token === cue.lastToken && AUXILIARY.has(toks[after]?.norm ?? '')) after++;
  const verbFinal = cue.token === cue.lastToken && (after >= toks.length || toks[after]!.kind === 'punct');
  const subordinator = toks[from] && verbFinal && SUBORDINATING.has(toks[from]!.norm);
  if (subordinator && from < cue.token - 1) from++;
  const prefield = from < cue.token ? toks[from]! : null;
  const span = (p: { first: number; last: number } | null) => (p ? { start: toks[p.first]!.start, end: toks[p.last]!.end } : null);
  // "Der englischsprachigen Zeitung sagte X": "der" with an "-en" adjective is a dative or genitive, never the subject (that would be "-e").
  const oblique = prefield !== null && prefield.norm === 'der' && isAdjective(toks[from + 1] ?? prefield) && /en$/.test(toks[from + 1]!.norm);
  if (
    prefield &&
    !oblique &&
    !ADVERBIAL.has(prefield.norm) &&
    !NOT_SUBJECT_OPENER.has(prefield.norm) &&
    !FOCUS.has(prefield.norm) &&
    !(prefield.norm === 'als' && !subordinator) &&
    !adverbPrefield(toks, from, cue) &&
    (DETERMINERS.has(prefield.norm) || isNounish(prefield) || isAdjective(prefield) || webAddress(toks, from) > 0 || (OPENING_MARKS.has(prefield.text) && nameInMarks(toks, from) > 0))
  ) {
    const p = phraseFrom(toks, from);
    // "Kurze Zeit später teilte der Heimatschutz mit": a time phrase with its adverb is an adverbial; the subject follows the verb.
    if (p && p.last < cue.token && !TIME_RELATIVE.has(toks[p.last + 1]?.norm ?? '')) return span(p);
  }
  // "Auch die Ministerin Eva Roth (SPD) äußerte …": a focus particle before a noun phrase that fills the prefield.
  if (prefield && FOCUS.has(prefield.norm) && from + 1 < cue.token) {
    const next = toks[from + 1]!;
    if (!NOT_SUBJECT_OPENER.has(next.norm) && !ADVERBIAL.has(next.norm) && (DETERMINERS.has(next.norm) || isNounish(next) || isAdjective(next))) {
      const p = phraseFrom(toks, from + 1);
      if (p && (p.last + 1 === cue.token || parenthetical(toks, p.last + 1, cue.token) || sharedSubject(toks, p.last, cue.token))) return span(p);
    }
  }
  // "Ein Sprecher der Polizei, Lars Beringer, sagte …": a phrase, its apposition and relative clauses before the verb.
  if (!prefield && cue.token >= 3 && toks[cue.token - 1]!.text === ',') {
    const appositive = appositiveSubject(toks, cue.token - 1, quoted);
    if (appositive) return appositive;
  }
  // "…, Peter Clever, hat … gefordert": the finite auxiliary opens the clause after the apposition.
  if (prefield && clauseStart >= 3 && toks[clauseStart - 1]!.text === ',' && FINITE_AUXILIARY.has(prefield.norm)) {
    const appositive = appositiveSubject(toks, clauseStart - 1, quoted);
    if (appositive) return appositive;
  }
  // Inverted order: skip adverbs, prepositional phrases and objects before the subject
  // ("sagte heute Abend der Sprecher", "sagte am Sonntag Karsai", "teilte dem Sender der Sprecher mit").
  let k = cue.token + 1;
  for (let steps = 0; k < toks.length && steps < 4; steps++) {
    const t = toks[k]!;
    if (OPENING_MARKS.has(t.text) && !quoted(t.start) && nameInMarks(toks, k) > 0) break;
    if (quoted(t.start) || t.kind === 'punct') return null;
    if (ADVERBIAL.has(t.norm) && !DETERMINERS.has(t.norm)) {
      // A preposition takes its phrase with it ("am Sonntag"); an adverb stands alone ("dann die Zeitung", "heute der Präsident").
      const pp = PREPOSITIONS.has(t.norm) ? phraseFrom(toks, k + 1) : null;
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

/**
 * The finite verb of a German main clause that holds a quote but no reporting
 * verb ("Der Kanzler würdigte ihn als „…“", "Hier sparte der Präsident nicht mit
 * Kritik: „…“", "„…“, erinnerte sich Trotnow"), found by word order: the word
 * after the prefield, or the first word after a quote that opens the sentence.
 * `{ colon }` when a bare noun phrase introduces the quote ("BKA-Präsident
 * Ziercke: „…“"): that phrase is the speaker. Null when no clear verb stands
 * before `limit` (the token where the quote opens).
 */
export function clauseVerb(
  toks: readonly Token[],
  limit: number,
  quoted: (offset: number) => boolean,
): { verb: number } | { colon: { first: number; last: number } } | null {
  let k = 0;
  while (k < limit && toks[k]!.kind === 'punct') k++;
  // A quote opens the sentence: the frame's verb follows it ("„…“, erinnerte sich X").
  if (k < toks.length && quoted(toks[k]!.start)) return null;
  if (k >= limit) return null;
  const first = toks[k]!;
  const lowerWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.capitalized && !DETERMINERS.has(t.norm) && !quoted(t.start);
  let verb = -1;
  if (ADVERBIAL.has(first.norm) && !DETERMINERS.has(first.norm)) {
    if (!PREPOSITIONS.has(first.norm)) verb = k + 1;
    else {
      const pp = phraseFrom(toks, k + 1);
      if (pp) verb = skipAttributes(toks, pp.last + 1, limit);
    }
  } else {
    const p = phraseFrom(toks, k);
    if (!p) return null;
    // A party or an age in brackets after a name: "Christian Wulff (CDU) nahm …".
    let last = pastBrackets(toks, p.last);
    // An apposition: "Erkki Tuomioja, Präsident des Rates: „…“", "Der Leiter, Paul Pinheiro, würdigte …".
    if (toks[last + 1]?.text === ',') {
      const app = phraseFrom(toks, last + 2);
      const appLast = app ? pastBrackets(toks, app.last) : -1;
      if (app && (toks[appLast + 1]?.text === ',' || toks[appLast + 1]?.text === ':')) last = toks[appLast + 1]!.text === ',' ? appLast + 1 : appLast;
    }
    if (toks[last + 1]?.text === ':' && last + 2 === limit) return { colon: { first: k, last: toks[last]!.text === ',' ? last - 1 : last } };
    verb = skipAttributes(toks, last + 1, limit);
    if (toks[verb]?.text === ',') verb++;
  }
  if (verb <= k || verb >= limit || !lowerWord(toks[verb])) return null;
  return { verb };
}

/** The closing bracket of a short bracketed addition right after token `last` ("(CDU)", "(25)"), else `last`. */
function pastBrackets(toks: readonly Token[], last: number): number {
  if (toks[last + 1]?.text !== '(') return last;
  for (let k = last + 2; k < toks.length && k <= last + 7; k++) if (toks[k]!.text === ')') return k;
  return last;
}

/** Past prepositional attributes of a prefield phrase: "Den Unmut der Partei über die Pläne [brachte]", "Bei einer Debatte um die Praxis [hatte]". */
function skipAttributes(toks: readonly Token[], from: number, limit: number): number {
  let verb = from;
  for (let n = 0; n < 3 && PREPOSITIONS.has(toks[verb]?.norm ?? '') && toks[verb]!.norm !== 'als'; n++) {
    const pp = phraseFrom(toks, verb + 1);
    if (!pp || pp.last + 1 >= limit) break;
    verb = pp.last + 1;
  }
  return verb;
}

const DOCUMENT_PREPOSITIONS = new Set(['in', 'im', 'auf']);

/** The span opens like a document prefield ("In dem Bericht", "Auf der Homepage"): where words stand, a source of its own. */
export function opensDocument(toks: readonly Token[], span: Span): boolean {
  const first = toks.find((t) => t.start >= span.start);
  return first !== undefined && first.start < span.end && DOCUMENT_PREPOSITIONS.has(first.norm);
}

/**
 * A prefield "In dem Bericht" / "Auf der Homepage" that fills the clause up to
 * the verb at `verb`: the document or medium that states what follows ("In dem
 * Antrag heißt es: …", "Im Bericht wurde festgestellt, …"). Span from the
 * preposition; null otherwise.
 */
export function documentPrefield(toks: readonly Token[], verb: number): Span | null {
  let from = 0;
  if (toks[from]?.norm === 'so' || toks[from]?.norm === 'auch') from++;
  if (!DOCUMENT_PREPOSITIONS.has(toks[from]?.norm ?? '')) return null;
  const p = phraseFrom(toks, from + 1);
  if (!p) return null;
  // "In einem Schreiben an die Mitarbeiter war …": attributes may follow the document,
  // and a relative clause ("In einer Erklärung, die am Montag erschien, hieß es …").
  let next = skipAttributes(toks, p.last + 1, verb + 1);
  // (Also after a preposition: "…, auf die sich die Medien berufen, …".)
  const relativeAt = RELATIVE_PRONOUNS.has(toks[next + 1]?.norm ?? '') ? next + 1 : PREPOSITIONS.has(toks[next + 1]?.norm ?? '') && RELATIVE_PRONOUNS.has(toks[next + 2]?.norm ?? '') ? next + 2 : -1;
  if (toks[next]?.text === ',' && relativeAt > 0) {
    const close = toks.findIndex((t, k) => k > next + 1 && t.text === ',');
    if (close > 0 && close < verb) next = close + 1;
  }
  if (next !== verb) return null;
  return { start: toks[from]!.start, end: toks[p.last]!.end };
}

/** Determiners a subject right after the verb may open with (nominative forms; "den", "dem", "einen" mark objects). */
const NOMINATIVE_OPENERS = new Set(['der', 'die', 'das', 'ein', 'eine']);

/**
 * The noun phrase right after the finite verb at `verb`, skipping adverbs
 * ("brachte die Sprecherin … zum Ausdruck", "bezeichnete Conze als …"): the
 * subject when the prefield holds the object. Null when an object-case word,
 * a quote or punctuation comes first.
 */
export function postverbalPhrase(toks: readonly Token[], verb: number, quoted: (offset: number) => boolean): Span | null {
  let k = verb + 1;
  for (let n = 0; n < 2 && k < toks.length; n++) {
    const t = toks[k]!;
    if (t.kind === 'word' && !t.capitalized && !DETERMINERS.has(t.norm) && !isAdjective(t) && !PREPOSITIONS.has(t.norm)) k++;
    else break;
  }
  const t = toks[k];
  if (!t || quoted(t.start) || t.kind !== 'word') return null;
  if (!(NOMINATIVE_OPENERS.has(t.norm) || (t.capitalized && !DETERMINERS.has(t.norm)))) return null;
  const p = phraseFrom(toks, k);
  return p ? { start: toks[p.first]!.start, end: toks[p.last]!.end } : null;
}

/** "heißt es in dem Bericht", "heißt es im Abschlussbericht": the document phrase after "es" (span from the preposition). */
export function documentAfter(toks: readonly Token[], from: number): Span | null {
  let k = from;
  // An adverb may stand between: "heißt es weiter in dem Bericht".
  if (toks[k] && toks[k]!.kind === 'word' && !toks[k]!.capitalized && !DOCUMENT_PREPOSITIONS.has(toks[k]!.norm)) k++;
  if (!DOCUMENT_PREPOSITIONS.has(toks[k]?.norm ?? '')) return null;
  const p = phraseFrom(toks, k + 1);
  return p ? { start: toks[k]!.start, end: toks[p.last]!.end } : null;
}

/**
 * The noun phrase ending at token `last`, read backwards over determiners,
 * adjectives, nouns, names, genitive links, brackets, quote marks and web
 * addresses ("Dem Sender al-Dschasira", "Einer Erklärung des Verbandes (VDR)",
 * "Der Website example.com", "Ihnen"); stops at a verb or clause punctuation.
 * Null when it holds no capitalised word.
 */
export function phraseBefore(toks: readonly Token[], last: number): Span | null {
  let first = -1;
  let noun = false;
  for (let k = last; k >= 0 && last - k < 14; k--) {
    const t = toks[k]!;
    const joined = (j: number) => j >= 0 && j + 1 < toks.length && toks[j]!.end === toks[j + 1]!.start;
    if (t.kind === 'punct') {
      if (/^[()„“"»«]$/.test(t.text) || (t.text === '.' && joined(k - 1) && joined(k))) {
        first = k;
        continue;
      }
      break;
    }
    if (isNounish(t) || t.kind === 'number' || (t.kind === 'word' && k < last && toks[k + 1]!.text === '.' && joined(k))) {
      if (isNounish(t)) noun = true;
      first = k;
      continue;
    }
    // A lower-case "-en" word is an adjective only after a determiner or link ("des neuen"), not a verb ("haben").
    const attributive = isAdjective(t) && k > 0 && (DETERMINERS.has(toks[k - 1]!.norm) || LINKS.has(toks[k - 1]!.norm) || isAdjective(toks[k - 1]!));
    if (DETERMINERS.has(t.norm) || attributive || (LINKS.has(t.norm) && first >= 0)) {
      first = k;
      continue;
    }
    break;
  }
  if (first < 0 || !noun) return null;
  // Not a phrase opening with a link word or a bracket left open.
  while (first < last && (LINKS.has(toks[first]!.norm) && !DETERMINERS.has(toks[first]!.norm) || toks[first]!.text === ')')) first++;
  return { start: toks[first]!.start, end: toks[last]!.end };
}
