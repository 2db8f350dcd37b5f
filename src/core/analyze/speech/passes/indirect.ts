/**
 * Pass "indirect speech": sentence by sentence, what each cue reports — the
 * content clause of a verb ("X sagte, Russland werde …"), the statement a source
 * marker goes with ("laut X …"), a noun frame's clause ("der Vorwurf, …"), a
 * reportative claim ("soll … haben") — then, where no cue had content, a
 * speech act (`speechActs`) and the speaker carried on into following
 * sentences (`carryOver`). One loop, because what a sentence reports depends on
 * who spoke in the sentences before it.
 */
import type { Quote, QuoteForm, Sentence, Span } from '../../../model/analysis.js';
import type { CueHit } from '../cues.js';
import type { Speaker } from '../speakers.js';
import { clauseSpan, contentOf, markerContent, reportedMood } from '../content.js';
import { nounContent } from '../noun-frames.js';
import { directChars, namedBefore, nestedReports, pushQuote, quoteById, recentSpeaker, speakerFor, withSpeaker, type SpeechContext } from './context.js';
import { speechActs } from './speech-acts.js';
import { carryOver } from './carry-over.js';

/** Sentence-initial words that point back to the previous sentence as what was said ("Dies bestätigte …"). */
const DEMONSTRATIVES = new Set(['dies', 'das', 'this', 'that']);

/** What the sentence loop carries from one sentence to the next, and what the current sentence has done. */
export interface ReportState {
  /** Whose reported words a following Konjunktiv sentence continues. */
  carried: Speaker | null;
  /** The free indirect quote the next sentence may extend. */
  continued: Quote | null;
  /** The current sentence reported something (or framed a quote). */
  framed: boolean;
}

export function indirectPass(ctx: SpeechContext): void {
  const state: ReportState = { carried: null, continued: null, framed: false };
  for (const s of ctx.sentences) {
    state.framed = false;
    cueContents(ctx, s, state);
    if (speechActs(ctx, s, state)) continue;
    carryOver(ctx, s, state);
  }
}

/** The content and speaker of each cue of the sentence, as indirect or reported quotes. */
function cueContents(ctx: SpeechContext, s: Sentence, state: ReportState): void {
  const { text, sentences, pack, quoted, quotes, cueQuote, reportedIn, speakerCache } = ctx;
  const cues = ctx.cuesBySentence[s.index]!;
  const toks = s.tokens;
  for (const cue of cues) {
    let content: Span | null = null;
    let kind: Quote['kind'] = 'indirect';
    let form: QuoteForm = 'clause';
    let segments: Span[] | undefined;
    if (cue.kind === 'marker') {
      kind = 'reported';
      form = 'marker';
      const pieces = markerContent(s, cue, speakerFor(ctx, cue)?.span ?? null);
      if (pieces) {
        content = { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end };
        if (pieces.length > 1) segments = pieces;
      }
    } else if (cue.kind === 'noun') {
      content = nounContent(s, cue, pack, quoted);
    } else if (cue.kind === 'reportative') {
      kind = 'reported';
      form = 'reportative';
      content = clauseSpan(s, 0, toks.length - 1);
    } else {
      content = contentOf(s, cue, pack, quoted);
      // "Sie solle sich, so Gall, auf schwere Fälle begrenzen": the source sits inside the statement.
      if (!content && cue.lemma === 'so') {
        const pieces = markerContent(s, { ...cue, sourceSide: 'after' }, speakerFor(ctx, cue)?.span ?? null);
        if (pieces && pieces.length > 1) {
          content = { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end };
          segments = pieces;
        }
      }
      // "Dies/Das bestätigte X": the previous sentence is what X said.
      const prev = sentences[s.index - 1];
      if (!content && cue.token === 1 && DEMONSTRATIVES.has(toks[0]!.norm) && prev && !prev.headline && prev.paragraph === s.paragraph) {
        const prevSpan = clauseSpan(prev, 0, prev.tokens.length - 1);
        // A speech act read in the sentence before ("Die Partei schließt X aus.") is the content confirmed here.
        const before = reportedIn.get(prev.index) ?? [];
        if (prevSpan && before.every((q) => q.form === 'speech-act')) {
          content = { start: prevSpan.start, end: toks[0]!.end };
          segments = [prevSpan, { start: toks[0]!.start, end: toks[0]!.end }];
          for (const q of before) ctx.superseded.add(q);
          reportedIn.delete(prev.index);
        }
      }
    }
    // A clause that is mostly a direct quote is that quote's frame, not a second statement;
    // so is a clause holding the quote this cue frames („…“, sagte er), whatever stands before it
    // ("Besorgt äußerte sich X: „…“, sagte er" reports no second, indirect statement).
    const framedQuote = cueQuote.get(cue);
    const cueStart = toks[cue.token]!.start;
    const holdsOwnQuote =
      content !== null &&
      framedQuote !== undefined &&
      [quoteById(quotes, framedQuote)].some(
        (q) =>
          q !== undefined &&
          q.kind === 'direct' &&
          q.start >= content!.start &&
          q.end <= content!.end + 1 &&
          /^[“”"»«]?[\s,]*$/.test(text.slice(q.end, cueStart)) &&
          // Only a main clause introducing the quote with a colon, not reported words before it.
          /:\s*[„“"»«]$/.test(text.slice(Math.max(content!.start, q.start - 4), q.start)) &&
          !toks.some((t, i) => t.start >= content!.start && t.end <= q.start && reportedMood(pack, t, true, toks[i + 1])),
      );
    // ("X say Y, according to a poll": a marker closing the sentence reports all before it, the report it holds included.)
    const nested =
      content !== null && cue.kind === 'marker' && cue.sourceSide === 'after' ? nestedReports(ctx, s.index, content, cueStart).reduce((n, q) => n + (q.end - q.start), 0) : 0;
    if (content && (holdsOwnQuote || directChars(ctx, content) - nested > 0.6 * (content.end - content.start))) {
      if (cueQuote.has(cue)) state.framed = true;
      content = null;
    }
    if (content && quoted(content.start) && directChars(ctx, content) > 0) content = null;
    let speaker: Speaker | null = speakerFor(ctx, cue);
    // English "Asked about X, …" names no source and borrows none.
    if (content && (kind !== 'indirect' || speaker === null) && !(cue.kind === 'verb' && pack.speechRules?.subjectlessFrame?.(toks, cue))) {
      // "soll … haben" names no speaker: the source marker in the sentence ("laut X") or the
      // source just before speaks. So does an agentless passive frame ("Als Grund wurde angegeben").
      const marker = cue.kind === 'reportative' ? cues.find((c) => c.kind === 'marker') : undefined;
      // "Wie X bekannt gab, soll …": a reporting verb in the same sentence names the source of "soll".
      const frame = cue.kind === 'reportative' ? cues.find((c) => c.kind === 'verb' && speakerFor(ctx, c) !== null) : undefined;
      const fallback =
        (marker ? speakerFor(ctx, marker) : null) ??
        (frame ? speakerFor(ctx, frame) : null) ??
        // (Only where a reportative mood lets a frameless clause continue someone: an English verb without a subject found has none.)
        (cue.kind === 'verb' && pack.subjunctiveMarkers.size === 0 ? null : recentSpeaker(ctx, content.start, s.index)) ??
        (cue.kind === 'reportative' ? namedBefore(ctx, s.index) : null);
      if (cue.kind === 'reportative' || speaker === null) {
        speaker = fallback;
        speakerCache.set(cue, speaker);
      } else if (cue.kind === 'marker' && speaker.entity === null && fallback && withinCue(s, cue, speaker.span)) {
        // "Demnach …", "Berichten zufolge": the marker's words stay the source expression; they point back to the source before.
        speaker = { ...speaker, entity: fallback.entity, name: fallback.name, mention: null };
        speakerCache.set(cue, speaker);
      }
    }
    if (!content) {
      if (cueQuote.has(cue)) state.framed = true;
      continue;
    }
    const q = pushQuote(ctx, {
      sentence: s.index,
      start: content.start,
      end: content.end,
      kind,
      form,
      ...(segments ? { segments } : {}),
      // The statement with its marker, as written: the pieces are in `segments`.
      text: text.slice(content.start, content.end),
      ...withSpeaker(speaker),
      cue: cue.text,
      cueLemma: cue.lemma,
      stance: cue.stance,
    });
    state.framed = true;
    if (!cueQuote.has(cue)) cueQuote.set(cue, q.id);
    if (kind === 'indirect' || form === 'marker') state.carried = speaker;
    state.continued = null;
  }
}

/** The span lies inside the cue's own words ("Demnach", "Berichten zufolge"). */
function withinCue(s: Sentence, cue: CueHit, span: Span): boolean {
  return span.start >= s.tokens[cue.token]!.start && span.end <= s.tokens[cue.lastToken]!.end;
}
