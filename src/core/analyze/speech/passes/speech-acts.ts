/**
 * Step "speech acts" of the indirect-speech pass: a sentence whose cues gave no
 * content may still report an act of speech ("Er bezeichnete die Pläne als
 * Wortbruch", "Lee declined to comment"). Its content is the verb's object
 * where the pack's `actContent` reads one (English), else the whole sentence. Not a verb
 * that only reports thoughts without a clause, one inside a subordinate clause
 * or infinitive, an agentless passive ("Er wurde verurteilt"), an action
 * ("pleaded guilty"), or anything inside someone's reported words.
 */
import type { Sentence, Span } from '../../../model/analysis.js';
import type { LanguagePack } from '../../../lang/pack.js';
import type { CueHit } from '../cues.js';
import type { Speaker } from '../speakers.js';
import { clauseSpan, embeddedCue, reportedMood } from '../content.js';
import { directChars, nestedReports, pushQuote, speakerFor, withSpeaker, type SpeechContext } from './context.js';
import type { ReportState } from './indirect.js';

/** Verbs of knowing and feeling report a thought only with a content clause ("knew that …"), never as a bare act ("knew the area"). */
const CLAUSE_ONLY = new Set(['know', 'feel', 'realize', 'recognize', 'understand', 'doubt', 'find']);

const PASSIVE_AUXILIARIES = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden', 'was', 'were', 'been', 'is', 'are']);

/** Reads the speech acts of a sentence; true when the sentence is done (its first act carries on as the speaker). */
export function speechActs(ctx: SpeechContext, s: Sentence, state: ReportState): boolean {
  const { pack, quoted } = ctx;
  const cues = ctx.cuesBySentence[s.index]!;
  const toks = s.tokens;
  const actContent = pack.speechRules?.actContent;
  // Not inside someone's reported words (a Konjunktiv sentence continuing a speaker).
  const inMood = () => state.carried !== null && pack.subjunctiveMarkers.size > 0 && toks.some((t, i) => !quoted(t.start) && reportedMood(pack, t, true, toks[i + 1]));
  if (!state.framed && cues.some((c) => c.kind === 'verb') && !inMood()) {
    const act = cues.find((c) => mayAct(ctx, s, c));
    // Where the pack says so (English), what the verb takes — its object or infinitive ("endorsed Cruz", "wants to run",
    // "refused to answer") — is the content (PolNeAR counts beliefs and intentions); else the whole sentence (German).
    const span = act ? actContent?.(s, act, pack, quoted) ?? clauseSpan(s, 0, toks.length - 1) : null;
    if (act && span && !quoted(span.start) && directChars(ctx, span) === 0 && !s.headline) {
      state.carried = pushSpeechAct(ctx, s, act, span);
      state.framed = true;
      state.continued = null;
      return true;
    }
  }
  // With acts that take their object as content: further acts of the sentence that nothing framed yet
  // ("When asked …, Lee declined [to comment]"), each with its own object.
  if (actContent && !s.headline) {
    for (const c of cues) {
      if (!mayAct(ctx, s, c)) continue;
      const at = toks[c.token]!.start;
      const here = ctx.reportedIn.get(s.index) ?? [];
      if (here.some((q) => q.start <= at && q.end > at)) continue;
      const span = actContent(s, c, pack, quoted);
      // ("X called for …, sources said.": a frame closing the sentence reports all before it, the act it holds included.)
      if (!span) continue;
      const nested = nestedReports(ctx, s.index, span, at);
      const overlaps = here.some((q) => q.start < span.end && q.end > span.start && !nested.includes(q));
      const nestedChars = nested.reduce((n, q) => n + (q.end - q.start), 0);
      if (quoted(span.start) || directChars(ctx, span) > nestedChars || overlaps) continue;
      pushSpeechAct(ctx, s, c, span);
      state.framed = true;
    }
  }
  return false;
}

/**
 * A verb that may report a statement of its own: not clause-only, not yet used, not inside a
 * subordinate clause or infinitive, not an agentless passive, not a verb that is no speech act here.
 */
function mayAct(ctx: SpeechContext, s: Sentence, c: CueHit): boolean {
  return (
    c.kind === 'verb' &&
    !CLAUSE_ONLY.has(c.lemma) &&
    !ctx.cueQuote.has(c) &&
    !embeddedCue(s, c) &&
    // (In subject–verb–object order every participle cue may be passive: "was widely criticized for …".)
    !((c.participle || ctx.pack.speechRules?.wordOrder === 'subject-verb-object') && speakerFor(ctx, c) === null && passiveCue(s, c)) &&
    !noSpeechAct(s, c, ctx.pack)
  );
}

/** A speech act whose content is `span` (the verb's object or the whole clause); returns its speaker. */
function pushSpeechAct(ctx: SpeechContext, s: Sentence, c: CueHit, span: Span): Speaker | null {
  const speaker = speakerFor(ctx, c);
  const q = pushQuote(ctx, {
    sentence: s.index,
    start: span.start,
    end: span.end,
    kind: 'reported',
    form: 'speech-act',
    text: ctx.text.slice(span.start, span.end),
    ...withSpeaker(speaker),
    cue: c.text,
    cueLemma: c.lemma,
    stance: c.stance,
  });
  ctx.cueQuote.set(c, q.id);
  return speaker;
}

/** A participle cue with a passive auxiliary in its clause ("wurde … kritisiert", "was reported"). */
function passiveCue(s: Sentence, cue: CueHit): boolean {
  const toks = s.tokens;
  for (let k = cue.token - 1; k >= 0 && k >= cue.token - 20; k--) {
    // (Past a comma inside a list of nouns: "wegen Gründung einer Vereinigung, Volksverhetzung und … verurteilt".)
    const listComma = toks[k]!.text === ',' && k > 0 && toks[k - 1]!.capitalized && toks[k + 1]?.capitalized === true;
    if (toks[k]!.kind === 'punct' && !listComma) break;
    if (PASSIVE_AUXILIARIES.has(toks[k]!.norm)) return true;
  }
  return PASSIVE_AUXILIARIES.has(toks[cue.token + 1]?.norm ?? '');
}

/**
 * A reporting verb that, without a content clause, reports no speech: an action (the pack's
 * `speakerEvidence.actions`: "pleaded guilty"), a set phrase
 * ("genauer gesagt"), a denied act ("konnte nicht bestätigt werden"), an act whose
 * object only points back ("Dies bestätigte X": the words were reported before), or
 * a verb used in its other sense ("droht ihm die Todesstrafe").
 */
function noSpeechAct(s: Sentence, cue: CueHit, pack: LanguagePack): boolean {
  const toks = s.tokens;
  const norm = (k: number) => (k >= 0 && k < toks.length ? toks[k]!.norm : '');
  // "X pleaded guilty": an action in court, not words of X's.
  if (pack.speakerEvidence?.actions.get(cue.lemma)?.has(norm(cue.lastToken + 1))) return true;
  const limits = pack.speechActLimits;
  if (!limits) return false;
  if (limits.idioms.has(norm(cue.token - 1))) return true;
  for (let k = Math.max(0, cue.token - 3); k <= Math.min(toks.length - 1, cue.lastToken + 3); k++) if (limits.negations.has(norm(k))) return true;
  // "Dies bestätigte …", "… bestätigte dieses anschließend", "… bestätigte das."
  if (cue.token === 1 && limits.anaphors.has(norm(0))) return true;
  if (limits.anaphors.has(norm(cue.lastToken + 1)) && (cue.lastToken + 2 >= toks.length || toks[cue.lastToken + 2]!.kind === 'punct' || !toks[cue.lastToken + 2]!.capitalized)) {
    // Only when nothing but adverbs follows: "bestätigte das Ministerium" has a subject, not an anaphor.
    const rest = toks.slice(cue.lastToken + 2).filter((t) => t.kind === 'word');
    if (rest.every((t) => !t.capitalized)) return true;
  }
  const needed = limits.needs.get(cue.lemma);
  if (needed && !toks.slice(cue.lastToken + 1).some((t) => t.norm === needed)) return true;
  return false;
}
