import type { Sentence, Span, Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { CueHit } from './cues.js';
import { appositiveSubject } from './subject.js';
import { svoSubject } from './svo-subject.js';

/** Words of a sentence from token `from` to `to` (inclusive) as a span, edge punctuation trimmed; null when under three tokens. */
export function clauseSpan(s: Sentence, from: number, to: number, minTokens = 3): Span | null {
  const toks = s.tokens;
  while (from <= to && toks[from] && toks[from]!.kind === 'punct' && !/[„“”"»«]/.test(toks[from]!.text)) from++;
  while (to >= from && toks[to] && toks[to]!.kind === 'punct' && !/[“”"»«]/.test(toks[to]!.text)) to--;
  if (to < from || to - from + 1 < minTokens) return null;
  return { start: toks[from]!.start, end: toks[to]!.end };
}

/** The token carries reported mood: Konjunktiv I, or Konjunktiv II when `conditional` (next to a frame). */
export function reportedMood(pack: LanguagePack, t: Token, conditional: boolean, next?: Token): boolean {
  return (
    pack.subjunctiveMarkers.has(t.norm) ||
    // A Konjunktiv I shape where a verb can stand: lower case, no noun right after ("die Opposition blockiere alles").
    (pack.subjunctiveShape !== undefined &&
      t.kind === 'word' &&
      !t.capitalized &&
      !t.stop &&
      (next === undefined || next.kind !== 'word' || (!next.capitalized && !/(?:e|en|er|es|em)$/.test(next.norm)) || next.stop) &&
      pack.subjunctiveShape(t.norm)) ||
    (conditional && (pack.conditionalMarkers?.has(t.norm) ?? false)) ||
    // Subjunctive forms of reporting verbs ("unterstreiche", "betone") mark reported speech too.
    (pack.reportingVerbs.get(t.norm)?.subjunctive ?? false)
  );
}

/** Words that open a noun phrase as a clause's subject but are no relative pronoun. */
const DETERMINER_OPENERS = new Set(['ein', 'eine', 'einer', 'kein', 'keine', 'alle', 'viele', 'mehrere', 'es', 'man', 'er', 'sie', 'wir', 'ich']);

/** Openers of purpose and manner clauses ("um … zu", "ohne … zu"), never reported content. */
const FINAL = new Set(['um', 'ohne', 'statt', 'anstatt', 'womit', 'wobei', 'wodurch', 'weshalb', 'so']);

const RELATIVE = new Set(['der', 'die', 'das', 'dem', 'den', 'dessen', 'deren', 'welche', 'welcher', 'welches', 'who', 'which', 'whose']);

/**
 * The reported content a verb cue introduces, or null. German: the clause after
 * the frame when it opens with "dass"/"ob"/a question word, carries Konjunktiv
 * (I, or II next to the frame), is a "zu" infinitive, or follows the verb
 * directly ("sagte, die Lage ist ernst"); else the clause before a closing frame
 * ("Die Lage sei ernst, sagte X"; "…, so der Sprecher") unless it is an
 * adverbial clause; "Wie X sagte, …" reports what follows. English: the clause
 * after "that" or after the frame's comma, else the clause before the frame.
 */
export function contentOf(s: Sentence, cue: CueHit, pack: LanguagePack, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  const german = pack.subjunctiveMarkers.size > 0;
  const complementizer = (t: Token | undefined) => t !== undefined && (pack.complementizers?.has(t.norm) ?? false);
  const mood = (from: number, to: number) => toks.slice(from, to + 1).some((t, i) => !quoted(t.start) && reportedMood(pack, t, true, toks[from + i + 1]));

  // Where the clause holding the cue starts: after the last comma before it, or the sentence start.
  let clauseStart = 0;
  for (let k = cue.token - 1; k >= 0; k--) {
    if (toks[k]!.text === ',' || toks[k]!.text === ':' || toks[k]!.text === ';') {
      clauseStart = k + 1;
      break;
    }
  }
  // The first boundary after the frame: a comma, colon or complementizer.
  const boundary = toks.findIndex((t, k) => k > cue.lastToken && (t.text === ',' || t.text === ':' || complementizer(t)));
  const last = toks.length - 1;
  const rest = boundary > 0 ? clauseSpan(s, toks[boundary]!.text === ',' || toks[boundary]!.text === ':' ? boundary + 1 : boundary, last) : null;
  const restFirst = boundary > 0 ? (toks[boundary]!.text === ',' || toks[boundary]!.text === ':' ? toks[boundary + 1] : toks[boundary]) : undefined;
  const directlyAfterVerb = boundary === cue.lastToken + 1;

  // "Wie die Polizei mitteilte, wurden …": the sentence after the frame's clause.
  // ("…, as the candidates condemned the shooting": a verb with an object after it is no frame of what stands around it.)
  // ("As Lee talked about bringing towns together, …": a verb with its preposition and object is no frame either.)
  const objectAfter =
    (pack.articles?.has(toks[cue.lastToken + 1]?.norm ?? '') === true && !(pack.speakerEvidence?.addresseeCues.has(cue.lemma) ?? false)) ||
    (!german && cue.lastToken > cue.token && toks[cue.lastToken + 1]?.kind === 'word' && !toks[cue.lastToken + 1]!.stop);
  if ((toks[clauseStart]?.norm === 'wie' || toks[clauseStart]?.norm === 'as') && !objectAfter) {
    const comma = toks.findIndex((t, k) => k > cue.lastToken && t.text === ',');
    if (comma > 0) return clauseSpan(s, comma + 1, last);
    // "…, wie X sagte." closes the sentence: what stands before it was said.
    return clauseStart > 1 ? clauseSpan(s, 0, clauseStart - 2) : null;
  }
  // ("As Lee talked about bringing towns together, Ray …": what follows the comma of a verb with its object in an adverbial clause is the main clause.)
  if (!german && objectAfter && (pack.adverbialOpeners?.has(toks[clauseStart]?.norm ?? '') ?? false)) return objectContent(s, cue, pack, quoted);
  // "Die Sprecherin, Eva Roth, sagte …": a subject with its apposition is no clause before the frame.
  const subjectBefore = toks[cue.token - 1]?.text === ',' && appositiveSubject(toks, cue.token - 1, quoted) !== null;
  const before =
    cue.token > 2 && !subjectBefore && (toks[cue.token - 1]!.text === ',' || /[“”"«»]/.test(toks[cue.token - 1]!.text)) ? clauseSpan(s, 0, cue.token - 2) : null;
  const beforeIsAdverbial = pack.adverbialOpeners?.has(toks[0]!.norm) ?? false;

  const adverbial = (t: Token | undefined) => t !== undefined && ((pack.adverbialOpeners?.has(t.norm) ?? false) || FINAL.has(t.norm));
  // A frame that closes the sentence ("…, sagte der Sprecher am Montag."): few words after the cue, no further clause.
  const after = toks.slice(cue.lastToken + 1).filter((t) => t.kind !== 'punct' || t.text === ',');
  const closesSentence = (limit: number) => after.length <= limit && !after.some((t) => t.text === ',');

  if (german) {
    if (rest && restFirst && !adverbial(restFirst)) {
      const restFrom = toks.indexOf(restFirst);
      const rest = clauseSpan(s, toks[boundary]!.text === ',' || toks[boundary]!.text === ':' ? boundary + 1 : boundary, reportedEnd(s, restFrom, pack, quoted))!;
      if (complementizer(restFirst) || mood(restFrom, last)) return rest;
      if (directlyAfterVerb && cue.token !== cue.lastToken && !RELATIVE.has(restFirst.norm)) return rest;
      // "Die Zeitung berichtete, 200 Stellen fallen weg": a main clause right after the verb (not a second verb, not a relative clause).
      const opensClause = restFirst.capitalized || restFirst.kind === 'number' || (DETERMINER_OPENERS.has(restFirst.norm) && !RELATIVE.has(restFirst.norm));
      if (directlyAfterVerb && !cue.participle && opensClause && last - restFrom >= 3 && cue.token === cue.lastToken) return rest;
      const lastWord = [...toks].reverse().find((t) => t.kind === 'word');
      if (lastWord && toks.slice(restFrom).some((t, k, arr) => t.norm === 'zu' && arr[k + 1] === lastWord)) return rest;
      if (lastWord && /^\p{L}+zu\p{L}+en$/u.test(lastWord.norm) && restFrom > cue.lastToken) return rest;
    }
    if (before && !beforeIsAdverbial && cue.token === clauseStart) {
      if (mood(0, cue.token - 2) ? closesSentence(16) : closesSentence(9)) return before;
    }
    return null;
  }
  // "quoted Tom Baker as saying the port …": what the quoted person said follows the second verb.
  if (cue.objectIsSpeaker) {
    const as = toks.findIndex((t, k) => k > cue.lastToken + 1 && k <= cue.lastToken + 10 && t.norm === 'as' && toks[k + 1] !== undefined && pack.reportingVerbs.has(toks[k + 1]!.norm));
    if (as > 0 && toks[as + 2]) return clauseSpan(s, as + 2, plainEnd(toks, as + 2, quoted, pack));
  }
  // "“…,” said a longtime adviser to X": the words after the verb name the speaker.
  const rules = pack.speechRules;
  const afterQuote = rules?.framesQuoteBefore?.(toks, cue, quoted) ?? null;
  if (afterQuote === 'verb') return null;
  // ", who said the plan was late, left": the content ends with the frame's clause.
  const cap = rules?.framedClauseEnd?.(toks, cue, quoted) ?? toks.length - 1;
  // A comma or colon opens the content only close to the verb ("said on Monday, …"), not after its object ("endorsed X, a senator").
  const nearComma = (toks[boundary]?.text === ',' || toks[boundary]?.text === ':') && boundary - cue.lastToken <= 4;
  // "said on Monday that …", but not "said the plan failed and did not say what …": the complementizer belongs to this verb.
  // ("said no decision had been made about whether …": a clause of its own before the complementizer takes it.)
  const ownComplementizer =
    complementizer(restFirst) &&
    boundary - cue.lastToken <= 10 &&
    !toks.slice(cue.lastToken + 1, boundary).some((t) => pack.reportingVerbs.has(t.norm) || (t.kind === 'word' && !t.capitalized && AUXILIARY_VERBS.has(t.norm)));
  // "hit back, saying …": the participle is the frame of what follows, not this verb's content.
  if (rest && restFirst && !adverbial(restFirst) && !pack.reportingVerbs.has(restFirst.norm) && (ownComplementizer || (nearComma && !(rules?.circumstanceAfterComma?.(restFirst) ?? false)))) {
    if (!RELATIVE.has(restFirst.norm) && (complementizer(restFirst) || !(boundary > cue.lastToken + 1 && !directlyAfterVerb && clauseOpener(toks[cue.lastToken + 1])))) {
      const from = toks.indexOf(restFirst);
      return clauseSpan(s, from, Math.min(plainEnd(toks, from, quoted, pack), cap)) ?? rest;
    }
  }
  // "He said he would …", "says the plan failed", "told reporters the plan failed": a clause without "that".
  // "“…,” Ramos told AFP in an interview": the addressee, not a clause.
  // "found the car": finding takes a clause only with "that".
  // "…, said Jeffrey N. Trimble, a senior official with …": a verb right after a comma, then its inverted subject to the
  // sentence end, closes the sentence; what it reports is the clause before the comma.
  if (before && toks[cue.token - 1]?.text === ',' && !/ing$/.test(toks[cue.token]!.norm) && invertedToEnd(s, cue, quoted, pack)) return before;
  // ("…, police sources told the BBC on Sunday.": only an addressee after the verb, no clause.)
  const toldOnly = (pack.speakerEvidence?.addresseeCues.has(cue.lemma) ?? false) && addresseeCloses(toks, cue.lastToken + 1, pack);
  const bare = afterQuote || cue.lemma === 'find' || toldOnly ? null : bareClause(toks, cue);
  if (bare !== null) return clauseSpan(s, bare, Math.min(plainEnd(toks, bare, quoted, pack), cap));
  // ("X did Y, saying …": what a participle after a comma frames follows it, never the clause before.)
  const participle = /ing$/.test(toks[cue.token]!.norm);
  // ("…, focused on the Clintons.": a verb and particle with their object after them close no frame.)
  const particleObject = cue.lastToken > cue.token && toks[cue.lastToken + 1]?.kind === 'word';
  if (before && !participle && !particleObject && !beforeIsAdverbial && closesSentence(12) && !subjectPhraseBefore(s, cue, quoted) && !asFrame(s, cue, quoted, pack)) return before;
  return null;
}

/** Words that open an English clause as its subject: pronouns, determiners. */
const CLAUSE_SUBJECTS = new Set(
  'he she they it we i you there this these those the a an his her their its our my some many most no several each every all both one two three'.split(' '),
);
/** Time words between a verb and its clause ("said Monday the …"). */
const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later recently again also'.split(' '));

function clauseOpener(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (CLAUSE_SUBJECTS.has(t.norm) || t.capitalized);
}

/**
 * English: where a content clause without "that" starts after the verb — a
 * pronoun, determiner or name right after it, past an addressee ("told
 * reporters") and time words ("said Monday") — or null.
 */
/** Auxiliaries and modals that show a clause has begun ("conservatives must …", "taxing fuel is …"). */
const AUXILIARY_VERBS = new Set('is are was were will would can could must should may might has have had do does did'.split(' '));

/** Words before a number that make it approximate ("about 20 people"). */
const APPROXIMATE = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'more', 'fewer', 'over', 'only', 'just']);

function bareClause(toks: readonly Token[], cue: CueHit): number | null {
  let k = cue.lastToken + 1;
  while (toks[k] && TIME_WORDS.has(toks[k]!.norm)) k++;
  // "told reporters …", "told CNN …", "told him …": skip the addressee of tell-like verbs.
  if (cue.lemma === 'tell' && toks[k] && toks[k]!.kind === 'word' && toks[k + 1] && clauseOpener(toks[k + 1])) k++;
  const t = toks[k];
  // ("saying conservatives must unite": a lower-case noun with a verb right after it opens a clause too.)
  const verbNext = (j: number) => toks[j] !== undefined && toks[j]!.kind === 'word' && !toks[j]!.capitalized && AUXILIARY_VERBS.has(toks[j]!.norm);
  const nounSubject = t !== undefined && t.kind === 'word' && !t.capitalized && (verbNext(k + 1) || (toks[k + 1]?.kind === 'word' && verbNext(k + 2)));
  // ("said about 20 people have …": an approximate count opens the clause's subject.)
  const count = t !== undefined && APPROXIMATE.has(t.norm) && toks[k + 1]?.kind === 'number';
  if (!t || !(clauseOpener(t) || nounSubject || count)) return null;
  if (toks.length - k < 4) return null;
  return k;
}

/**
 * English: what a verb without a content clause takes, from after the verb to
 * the clause end ("endorsed [Cruz]", "wants [to run again]", "refused [to
 * answer]"), past an adverb ("also"), or null when nothing follows.
 */
export function objectContent(s: Sentence, cue: CueHit, pack: LanguagePack, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  let from = cue.lastToken + 1;
  while (toks[from] && (TIME_WORDS.has(toks[from]!.norm) || timeNoun(toks[from]!, pack))) from++;
  if (!toks[from] || toks[from]!.kind === 'punct') return trailingFrameContent(s, cue, pack, quoted);
  // "…, law enforcement sources told Fox News.": what a verb of telling has after it is its addressee, not what was said.
  if (pack.speakerEvidence?.addresseeCues.has(cue.lemma) && addresseeCloses(toks, from, pack)) return trailingFrameContent(s, cue, pack, quoted);
  let end = Math.min(plainEnd(toks, from, quoted, pack), pack.speechRules?.framedClauseEnd?.(toks, cue, quoted) ?? toks.length - 1);
  // The object ends at the clause's comma unless the comma closes the sentence's frame.
  const comma = toks.findIndex((t, k) => k > from && k <= end && t.text === ',' && !quoted(t.start));
  if (comma > 0) end = comma - 1;
  return clauseSpan(s, from, end, 1);
}

/** From `from` to the sentence end only an addressee and time words stand ("Fox News on Sunday."): no words said. */
function addresseeCloses(toks: readonly Token[], from: number, pack: LanguagePack): boolean {
  let k = from;
  let words = 0;
  for (; k < toks.length && toks[k]!.kind !== 'punct'; k++) {
    const n = toks[k]!.norm;
    // A verb means a clause follows ("told reporters the gunman had fled").
    if (pack.complementizers?.has(n) || pack.reportingVerbs.has(n) || AUXILIARY_VERBS.has(n) || (pack.commonVerbs.has(n) && !/s$/.test(n))) return false;
    words++;
  }
  return words > 0 && words <= 6 && toks.slice(k).every((t) => t.kind === 'punct' && t.text !== ',' && t.text !== ':');
}

/** A weekday, month, relative day or time noun ("Friday afternoon"): what follows a verb as its time, not its object. */
function timeNoun(t: Token, pack: LanguagePack): boolean {
  return t.kind === 'word' && (pack.weekdays.has(t.norm) || pack.relativeDays.has(t.norm) || (pack.speakerEvidence?.timeNouns.has(t.norm) ?? false));
}

/**
 * "The plan is dead, top lawmakers said Friday, as …": a frame after a comma with nothing
 * but time words after its verb reports the clause before that comma; null otherwise.
 */
function trailingFrameContent(s: Sentence, cue: CueHit, pack: LanguagePack, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  const subj = svoSubject(s, cue, quoted, pack);
  if (!subj || subj.end > toks[cue.token]!.start) return null;
  const opens = toks.findIndex((t) => t.start >= subj.start);
  if (opens < 2 || toks[opens - 1]!.text !== ',' || quoted(toks[opens - 1]!.start)) return null;
  return clauseSpan(s, 0, opens - 2, 1);
}

/** Conjunctions that, after a comma, open a clause of the writer's own ("…, but the poll shows …"). */
const CLAUSE_JOINERS = new Set(['but', 'however', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * An English clause runs to the sentence end, before a semicolon or dash, or
 * before a coordinated clause after a comma (", but …", ", and more than half
 * said …") — ", and that …" still continues what was said.
 */
/** A dash typed as two hyphens ("history -- and"), which the tokenizer splits in two. */
function typedDash(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  return t.text === '-' && next?.text === '-' && next.start === t.end;
}

export function plainEnd(toks: readonly Token[], from: number, quoted: (offset: number) => boolean, pack: LanguagePack): number {
  const rules = pack.speechRules;
  for (let k = from + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (quoted(t.start)) continue;
    // "… and said it was …", "… but did not say …", "… and she accused …": the subject's next act, or a new clause.
    if ((t.norm === 'and' || t.norm === 'but') && toks[k - 1]!.text !== ',') {
      const n = toks[k + 1];
      if (n && (pack.reportingVerbs.has(n.norm) || NEXT_ACT.has(n.norm) || pack.pronouns.has(n.norm))) return k - 1;
    }
    if (rules?.nextSpeaker?.(toks, k, pack)) return k - 1;
    if (t.text === ';' || t.text === '—' || t.text === '–' || t.text === '--' || typedDash(toks, k)) return k - 1;
    if (t.text !== ',') continue;
    const next = toks[k + 1];
    if (!next) break;
    if (CLAUSE_JOINERS.has(next.norm) || rules?.writerAddition?.(toks, k, pack) || rules?.pronounClauseAfterComma?.(toks, from, k)) return k - 1;
    if (next.norm === 'and' && toks[k + 2] && !COMPLEMENTIZER_AFTER_AND.has(toks[k + 2]!.norm) && clauseOpener(toks[k + 2])) return k - 1;
  }
  return toks.length - 1;
}
const COMPLEMENTIZER_AFTER_AND = new Set(['that', 'whether', 'if']);
/** Auxiliaries that open a second predicate of the same subject after "and"/"but" ("but did not say"). */
const NEXT_ACT = new Set(['did', 'does', 'also', 'then', 'later', 'has', 'have', 'had']);

/** After the verb, a name or determiner phrase (with its apposition) runs to the sentence end: an inverted subject, no clause. */
/** Lower-case words that open an inverted subject phrase ("…, said one source in the room."). */
const INVERTED_OPENERS = new Set('the a an one two three several another some many his her their its'.split(' '));

function invertedToEnd(s: Sentence, cue: CueHit, quoted: (offset: number) => boolean, pack: LanguagePack): boolean {
  const toks = s.tokens;
  if (cue.lastToken > cue.token) return false;
  const next = toks[cue.lastToken + 1];
  if (!next || next.kind !== 'word' || !(next.capitalized || INVERTED_OPENERS.has(next.norm))) return false;
  // No verb of a clause after it: "said Mr. Barrett, the lawyer for the agency." but not "said Lee would run."
  for (let k = cue.lastToken + 2; k < toks.length; k++) {
    const t = toks[k]!;
    if (quoted(t.start)) return false;
    if (t.kind === 'word' && !t.capitalized && (AUXILIARY_VERBS.has(t.norm) || pack.commonVerbs.has(t.norm) || pack.reportingVerbs.has(t.norm)) && !['that', 'who'].includes(toks[k - 1]!.norm)) return false;
    // ("said Clinton reached out …": a past form right after the name is that name's verb.)
    if (t.kind === 'word' && !t.capitalized && /[^e]ed$/.test(t.norm) && toks[k - 1]!.capitalized && k - 1 > cue.lastToken) return false;
  }
  return true;
}

/** "…, as Eric Garner, gasping …, said before he died": a frame opened by "as" reports only what it frames, not the clause before it. */
function asFrame(s: Sentence, cue: CueHit, quoted: (offset: number) => boolean, pack: LanguagePack): boolean {
  const subj = svoSubject(s, cue, quoted, pack);
  if (!subj) return false;
  const at = s.tokens.findIndex((t) => t.start === subj.start);
  return at > 0 && s.tokens[at - 1]!.norm === 'as';
}

/** The words before the verb are its subject (with an apposition): "Carly Fiorina, a Republican hopeful, says …". */
function subjectPhraseBefore(s: Sentence, cue: CueHit, quoted: (offset: number) => boolean): boolean {
  const subj = svoSubject(s, cue, quoted);
  // ("Yet economists, like …, say": after a capitalised word opening the sentence.)
  const opener = s.tokens[0]!.capitalized && s.tokens[1] ? s.tokens[1].start : s.tokens[0]!.start;
  return subj !== null && subj.start <= Math.max(s.tokens[0]!.start + 2, opener);
}

/** Finite verbs that open a coordinated main clause after the reported one ("…, wurde aber zurückgewiesen"). */
const FINITE = new Set(
  'wird wurde werden wurden hat hatte haben hatten ist war sind waren kann konnte können konnten muss musste müssen mussten soll sollte sollen sollten will wollte wollen wollten darf durfte gibt gab'.split(
    ' ',
  ),
);

/**
 * Where a German reported clause starting at token `from` ends: it runs over
 * commas while what follows still belongs to it (subordinate and relative
 * clauses, further Konjunktiv clauses) and stops before a coordinated main
 * clause ("er sei unschuldig, erkannte das Gericht nicht an"), a closing frame
 * (", sagte er"), or a colon that opens a quote. `embedded`: the clause sits
 * inside a larger one (a noun frame's content), so a short closing piece
 * (", entschieden entgegen") belongs to the outer clause.
 */
export function reportedEnd(s: Sentence, from: number, pack: LanguagePack, quoted: (offset: number) => boolean, embedded = false): number {
  const toks = s.tokens;
  const last = toks.length - 1;
  for (let k = from + 1; k <= last; k++) {
    const t = toks[k]!;
    if (t.text === ';' || (t.text === ':' && toks[k + 1] && quoted(toks[k + 1]!.start))) return k - 1;
    if (t.text !== ',' || quoted(t.start)) continue;
    const f = toks[k + 1];
    if (!f) return k - 1;
    let end = k + 1;
    while (end <= last && toks[end]!.text !== ',') end++;
    const chunk = toks.slice(k + 1, end);
    const mood = chunk.some((x, i) => !quoted(x.start) && reportedMood(pack, x, true, toks[k + 2 + i]));
    if (f.kind === 'word' && pack.reportingVerbs.has(f.norm) && !mood) return k - 1;
    // Still inside: a Konjunktiv or content clause, a zu-infinitive, a "wonach" clause, or the verb that closes an interrupted clause.
    const infinitive = chunk.some((x, i) => x.norm === 'zu' && chunk[i + 1]?.kind === 'word') || chunk.some((x) => /^\p{L}+zu\p{L}+en$/u.test(x.norm));
    if (mood || infinitive || pack.complementizers?.has(f.norm) || /^wo(?:r|)\p{L}+$/u.test(f.norm) || (!embedded && chunk.filter((x) => x.kind === 'word').length <= 2)) continue;
    if (FINITE.has(f.norm)) return k - 1;
    if (f.stop || quoted(f.start) || f.kind !== 'word' || f.capitalized) continue;
    return k - 1;
  }
  return last;
}

/**
 * What a source marker qualifies: its clause without the marker and the source
 * it names ("Nach Angaben der Polizei [wurden drei Menschen verletzt]", "[Die
 * Baustelle ruhe] einem Sprecher zufolge [bis Montag]"), as one or two pieces.
 */
export function markerContent(s: Sentence, cue: CueHit, source: Span | null): Span[] | null {
  const toks = s.tokens;
  const last = toks.length - 1;
  let clauseFrom = 0;
  for (let k = cue.token - 1; k >= 0; k--) {
    if (toks[k]!.text === ':' || toks[k]!.text === ';') {
      clauseFrom = k + 1;
      break;
    }
  }
  const markerStart = toks[cue.token]!.start;
  const markerEnd = toks[cue.lastToken]!.end;
  let cutFrom = cue.token;
  let cutTo = cue.lastToken;
  if (cue.sourceSide === 'after' && source && source.end > markerEnd && source.start - markerEnd < 40) {
    cutTo = lastTokenBefore(toks, source.end);
  } else if (cue.sourceSide === 'before' && source && source.end <= markerStart && markerStart - source.end < 40) {
    cutFrom = toks.findIndex((t) => t.start >= source.start);
    // Take the article and adjectives before the source name too ("den ersten Angaben").
    while (cutFrom > clauseFrom && toks[cutFrom - 1]!.kind === 'word' && !toks[cutFrom - 1]!.capitalized) cutFrom--;
  }
  const pieces = [clauseSpan(s, clauseFrom, cutFrom - 1, 1), clauseSpan(s, cutTo + 1, last, 1)].filter((p): p is Span => p !== null);
  return pieces.length > 0 ? pieces : null;
}

function lastTokenBefore(toks: readonly Token[], end: number): number {
  let k = 0;
  while (k + 1 < toks.length && toks[k + 1]!.end <= end) k++;
  return k;
}

/**
 * Whether a sentence is in reported mood outside the clauses that give a noun's content: a
 * Konjunktiv only in "…, wonach die Berufung Hintergründe besäße" (or a relative clause)
 * reports what that noun says, and the sentence around it ("Er schließt sich dem Verdacht
 * an, …") is narration, not someone's free indirect speech. ("…, dass …" and "…, die Lage
 * sei …" may continue a report: they count.)
 */
export function mainClauseMood(s: Sentence, pack: LanguagePack, quoted: (offset: number) => boolean): boolean {
  const toks = s.tokens;
  let subordinate = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text === ',') {
      const next = toks[i + 1];
      subordinate = next !== undefined && (pack.nounClauseOpeners?.has(next.norm) ?? false);
      continue;
    }
    if (!subordinate && !quoted(t.start) && reportedMood(pack, t, true, toks[i + 1])) return true;
  }
  return false;
}

/** Words that open a German subordinate clause: conjunctions, and relative pronouns after a comma. */
const SUBORDINATORS = new Set(
  'dass ob weil wenn als nachdem bevor obwohl während da seit seitdem sobald solange falls indem damit um wo wobei womit worauf wonach wodurch wie'.split(' '),
);
const ENGLISH_SUBORDINATORS = new Set('when what which who whom whose because if while after before although though since unless until whether where whenever'.split(' '));
const GERUND_PREPOSITIONS = new Set(['in', 'by', 'on', 'upon']);
const RELATIVE_PRONOUNS = new Set('der die das dem den denen deren dessen welche welcher welches welchem welchen'.split(' '));
const AUXILIARIES = new Set('wird wurde werden wurden worden ist sind war waren hat haben hatte hatten habe sei seien'.split(' '));

/**
 * The cue is not the verb of a main clause: a zu-infinitive ("um sich zu
 * informieren", "to confirm"), or the verb at the end of a German subordinate or
 * relative clause ("…, die das Verfahren kritisiert hatten"). Such a verb reports
 * no speech act of the sentence's own.
 */
/** The English subordinators of adverbial clauses: the subordinators but relatives and question words ("who", "whether"). */
const ADVERBIAL_SUBORDINATORS = new Set([...ENGLISH_SUBORDINATORS].filter((w) => !['what', 'which', 'who', 'whom', 'whose', 'whether', 'where'].includes(w)));

/** An English subordinator opens the clause starting at token `from` (past "but"/"and"), before token `cue`. */
function subordinateOpener(toks: readonly Token[], from: number, cue: number): boolean {
  let f = from;
  if (toks[f] && (toks[f]!.norm === 'but' || toks[f]!.norm === 'and') && f + 1 < cue) f++;
  const first = toks[f];
  return first !== undefined && f < cue && ADVERBIAL_SUBORDINATORS.has(first.norm) && !first.capitalized;
}

export function embeddedCue(s: Sentence, cue: CueHit): boolean {
  const toks = s.tokens;
  const prev = toks[cue.token - 1];
  if (prev && (prev.norm === 'zu' || prev.norm === 'to')) return true;
  let k = cue.token - 1;
  while (k >= 0 && toks[k]!.text !== ',' && toks[k]!.text !== ';' && toks[k]!.text !== ':') k--;
  // English subordinate clauses keep subject–verb order: the opener alone marks them ("when Obama speaks",
  // "but before officials had weighed in"), particle verbs included.
  if (subordinateOpener(toks, k + 1, cue.token)) return true;
  if (cue.token !== cue.lastToken) return false;
  const first = toks[k + 1];
  if (!first || first === toks[cue.token]) return false;
  if (ENGLISH_SUBORDINATORS.has(first.norm) && !first.capitalized) return true;
  if (ENGLISH_SUBORDINATORS.has(first.norm) && k < 0 && first.norm !== 'as') return true;
  // "In announcing the pick, X called …": a gerund after a preposition opening the sentence.
  if (k < 0 && cue.token === 1 && GERUND_PREPOSITIONS.has(first.norm) && /ing$/.test(toks[cue.token]!.norm)) return true;
  const opens = SUBORDINATORS.has(first.norm) || (k >= 0 && RELATIVE_PRONOUNS.has(first.norm)) || (k >= 0 && toks[k + 2] && RELATIVE_PRONOUNS.has(toks[k + 2]!.norm) && first.kind === 'word' && !first.capitalized && first.stop);
  if (!opens) return false;
  // Verb-final: only auxiliaries may follow the cue before the clause ends.
  let j = cue.token + 1;
  while (j < toks.length && AUXILIARIES.has(toks[j]!.norm)) j++;
  return j >= toks.length || toks[j]!.kind === 'punct';
}
