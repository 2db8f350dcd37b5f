/**
 * Step "carry-over" of the indirect-speech pass: who the next sentences speak
 * for. A sentence with a direct quote by a named speaker opens a stretch of that
 * speaker's words; a Konjunktiv sentence without a frame of its own continues
 * the last speaker, or the person the sentence before was about ("X hatte Gutes
 * zu berichten. Die Lage sei …"), as free indirect speech (consecutive such
 * sentences make one quote); a sentence with no cue and nothing reported ends
 * the stretch.
 */
import type { Sentence } from '../../../model/analysis.js';
import { countSentences, extendQuote, inReportedMood, namedBefore, namedPerson, pushQuote, withSpeaker, type SpeechContext } from './context.js';
import { mainClauseMood } from '../content.js';
import type { ReportState } from './indirect.js';

export function carryOver(ctx: SpeechContext, s: Sentence, state: ReportState): void {
  const { text, pack, quoted } = ctx;
  // Direct quotes with a speaker open a stretch of reported speech too.
  const lastDirect = ctx.directIn.get(s.index)?.filter((d) => d.quote.speakerName).pop();
  const indirectHere = ctx.reportedIn.has(s.index);
  if (lastDirect && !indirectHere) {
    state.carried = { entity: lastDirect.quote.speaker, name: lastDirect.quote.speakerName!, span: lastDirect.quote.speakerSpan!, mention: null };
    state.continued = null;
    return;
  }
  // Free indirect speech: a Konjunktiv sentence without its own frame continues the last speaker,
  // or the actor the sentence before was about ("X hatte Gutes zu berichten. Die Lage sei …").
  if (!state.framed && !state.carried && pack.subjunctiveMarkers.size > 0 && !quoted(s.start) && inReportedMood(ctx, s) && namedPerson(ctx, s.index)) state.carried = namedBefore(ctx, s.index);
  if (!state.framed && state.carried && pack.subjunctiveMarkers.size > 0 && !quoted(s.start)) {
    const subj = mainClauseMood(s, pack, quoted);
    if (subj) {
      const continued = state.continued;
      if (continued && continued.sentence + countSentences(ctx, continued) === s.index) {
        extendQuote(ctx, continued, s.end);
        continued.text = text.slice(continued.start, continued.end);
      } else {
        state.continued = pushQuote(ctx, {
          sentence: s.index,
          start: s.start,
          end: s.end,
          kind: 'indirect',
          form: 'continued',
          text: s.text,
          ...withSpeaker(state.carried),
          cue: null,
          cueLemma: null,
          stance: 'neutral',
        });
      }
      return;
    }
  }
  if (!state.framed && ctx.cuesBySentence[s.index]!.length === 0) {
    state.carried = null;
    state.continued = null;
  }
}
