/**
 * Pass "direct quotes": every quote span becomes a direct quote with its frame
 * and speaker. The frame is a cue of the quote's first or last sentence („…“,
 * sagte X; X said: “…”); without one, a verb outside the lexicon right after
 * the quote („…“, strich X heraus) or the subject of the clause holding it
 * ("X würdigte ihn als „…“"). A quote standing alone takes the speaker of the
 * quote before it, or of the person the sentence before is about. The second
 * piece of an interrupted quote („…“, sagte er, „…“) joins the first.
 * Runs before indirect speech, which must not read a quote's frame as a second statement.
 */
import type { Quote } from '../../../model/analysis.js';
import type { CueHit } from '../cues.js';
import { clauseSpeaker, closingFrameSpeaker, mute, personNoun, sentenceSubject, type Speaker } from '../speakers.js';
import { embeddedCue } from '../content.js';
import { extendQuote, inReportedMood, pushQuote, sentenceAt, speakerFor, withSpeaker, type SpeechContext } from './context.js';

/** What may stand between a frame's verb and the quote it opens: a few words, then a colon or a comma. */
const COLON_FRAME = /^[^.!?„“”"»«:]{0,40}:\s*$/;
const COMMA_FRAME = /^[^.!?„“”"»«:;,]{0,40},\s*$/;

/** Between two pieces of one interrupted quote: ", sagte er, " / ", he said, ". */
const INTERRUPTION = /^\s*,?\s*[^.!?„“”"»«]{1,80}[,:]\s*$/;

export function directQuotesPass(ctx: SpeechContext): void {
  const { text, sentences, pack, cuesBySentence, cueQuote, direct } = ctx;
  // The person the sentence before `sentence` is about, when that sentence holds no quote and comes after `after`.
  const narratorBefore = (sentence: number, after: number): Speaker | null => {
    const prev = sentences[sentence - 1];
    if (!prev || prev.headline || prev.start <= after || prev.paragraph < sentences[sentence]!.paragraph - 1) return null;
    const sp = sentenceSubject(ctx.speakers, prev.index);
    return sp && sp.entity !== null && ctx.entities.get(sp.entity)?.type === 'person' ? sp : null;
  };
  let previous: { speaker: Speaker | null; cue: CueHit | null; close: number; quote: Quote } | null = null;
  // Where the last direct quote closed.
  let lastClose = -1;
  for (const span of ctx.quoteSpans) {
    const first = sentenceAt(sentences, span.open);
    const last = sentenceAt(sentences, span.close);
    if (!first || !last) continue;
    const words = text.slice(span.inner.start, span.inner.end).split(/\s+/).length;
    // „…“, sagte er, „…“: the second piece continues the first quote.
    const gap = previous ? text.slice(previous.close + 1, span.open) : '';
    // A title's period ("Mr.", "Sen.") inside the frame does not end it: „…“, said Sen. Roe, „…“.
    const frame = gap.replace(/(\p{L}+)\./gu, (m, w: string) => (pack.abbreviations.has(w.toLowerCase()) ? w : m));
    const interrupted = INTERRUPTION.test(frame) && (gap.trimStart().startsWith(',') || /,\s*$/.test(previous?.quote.text ?? ''));
    if (previous && previous.cue && interrupted && words >= 2) {
      const q = previous.quote;
      q.segments = [...(q.segments ?? [{ start: q.start, end: q.end }]), span.inner];
      extendQuote(ctx, q, span.inner.end);
      q.text = `${q.text} … ${text.slice(span.inner.start, span.inner.end)}`;
      previous.close = span.close;
      lastClose = span.close;
      continue;
    }
    const candidates = [first, ...(last.index !== first.index ? [last] : [])];
    let cue: CueHit | null = null;
    for (const s of candidates) {
      const cues = cuesBySentence[s.index]!.filter((c) => c.kind !== 'reportative');
      // The frame is the first cue before the quote ("X sagte, sein Besuch unterstreiche „…“":
      // a cue inside the reported clause is content), else the first after it ("„…“, sagte X").
      // A cue inside a relative clause or infinitive ("Klose, der wegen wiederholten Fouls …, nannte …") frames only when nothing else does.
      const main = cues.filter((c) => !embeddedCue(s, c));
      // A frame right after the quote („…“, sagte er) is its own, even when a verb before a colon introduced it.
      const closing = (list: CueHit[]) =>
        list.find((c) => s.tokens[c.token]!.start > span.close && /^\s*,\s*$/.test(text.slice(span.close + 1, s.tokens[c.token]!.start)));
      // "After Lee spoke, responding to …, Roe replied: “…”": the verb a few words before the colon that opens the quote frames it;
      // "Asked about X, Adelson said, “…”", "a woman asked for a photo and Lee said, “…”": so does the verb whose comma opens it, not an earlier cue.
      const opening = (mark: ':' | ',') => (list: CueHit[]) =>
        list.findLast((c) => c.kind === 'verb' && s.tokens[c.lastToken]!.end <= span.open && (mark === ':' ? COLON_FRAME : COMMA_FRAME).test(text.slice(s.tokens[c.lastToken]!.end, span.open)));
      const colon = opening(':');
      const comma = opening(',');
      // A cue later in the sentence frames a quote of a few words only right after it ("a “super PAC” started by people who want …" is a term).
      // (A quote closing with a comma inside its marks is speech whose frame follows: "“I can’t breathe,” as X, …, said".)
      const spoken = /[,!?]\s*$/.test(text.slice(span.inner.start, span.inner.end));
      const later = (c: CueHit) => s.tokens[c.token]!.start > span.close && (words > 3 || spoken || s.tokens.filter((t) => t.start > span.close && t.end <= s.tokens[c.token]!.start && t.kind === 'word').length <= 2);
      // "“… are “…,” The Hill reported.": a quote closing with a comma, then a short subject and the verb ending the sentence,
      // is framed there, not by a cue inside the clause before it ("he cited").
      const sentenceClose = (list: CueHit[]) =>
        /,\s*$/.test(text.slice(span.inner.start, span.inner.end))
          ? list.find(
              (c) =>
                s.tokens[c.token]!.start > span.close &&
                /^[^.!?,;:„“”"»«]{1,60}$/.test(text.slice(span.close + 1, s.tokens[c.token]!.start)) &&
                s.tokens.slice(c.lastToken + 1).every((t) => t.kind === 'punct'),
            )
          : undefined;
      const pick = (list: CueHit[]) =>
        closing(list) ?? sentenceClose(list) ?? colon(list) ?? comma(list) ?? list.find((c) => s.tokens[c.token]!.start < span.open) ?? list.find(later);
      cue = pick(main) ?? pick(cues) ?? null;
      if (cue) break;
    }
    // “…?” Trump said, looking out …: a quote closing with its own ?/! ends a sentence, and the short frame after it opens the next one.
    if (!cue) cue = frameInNextSentence(ctx, last.index, span.close);
    let speaker = cue ? speakerFor(ctx, cue) : null;
    if (cue && previous?.speaker && cue.sentence - previous.quote.sentence <= 1) speaker = continuedSpeaker(ctx, cue, speaker, previous.speaker);
    // „…“, strich X heraus: a verb outside the lexicon with its subject right after the quote.
    const closingFrame = cue ? null : closingFrameSpeaker(ctx.speakers, last.index, span.close);
    if (closingFrame) speaker = closingFrame;
    const standsAlone = first.start >= span.open - 1 && !cue && !closingFrame;
    // No reporting verb: the subject of the clause holding the quote ("X würdigte ihn als „…“").
    let moodFallback: Speaker | null = null;
    if (!cue && !standsAlone && !closingFrame) speaker = clauseSpeaker(ctx.speakers, first.index, span.open);
    // A clause subject that cannot speak ("Seine Zuversicht gründet sich auf …: „…“") gives way to the speaker just before.
    // (Not a person named by what they do, "der Verfasser": the words may be theirs.)
    if (!cue && !standsAlone && !closingFrame && speaker && mute(ctx.speakers, speaker) && !personNoun(ctx.speakers, speaker) && previous?.speaker && first.index - previous.quote.sentence <= 2) speaker = previous.speaker;
    // A Konjunktiv sentence without a frame continues someone's reported words ("Erstmals sei die Lage „…“"):
    // its grammatical subject is no speaker; whoever spoke before is, else that subject.
    const inMoodWithoutFrame = !cue && !standsAlone && !closingFrame && inReportedMood(ctx, first);
    if (inMoodWithoutFrame && speaker) {
      moodFallback = speaker;
      speaker = null;
    }
    // A quote standing alone after a sentence about someone ("X expressed concern. “…”") is that person's,
    // not the previous quote's speaker's.
    const narrated: Speaker | null = !cue && standsAlone ? narratorBefore(first.index, lastClose) : null;
    const carriedOn = !cue && standsAlone && (narrated !== null || (previous !== null && previous.speaker !== null && span.open - previous.close < 400));
    if (carriedOn) speaker = narrated ?? previous!.speaker;
    const q = pushQuote(ctx, {
      sentence: first.index,
      start: span.inner.start,
      end: span.inner.end,
      kind: 'direct',
      form: 'marks',
      text: text.slice(span.inner.start, span.inner.end),
      ...withSpeaker(speaker),
      cue: cue?.text ?? null,
      cueLemma: cue?.lemma ?? null,
      stance: cue?.stance ?? 'neutral',
    });
    direct.push({ quote: q, words, cue });
    if (carriedOn) ctx.standingAlone.add(q);
    if (moodFallback) ctx.clauseFallback.set(q, moodFallback);
    if (inMoodWithoutFrame) ctx.frameless.add(q);
    if (cue && !cueQuote.has(cue)) cueQuote.set(cue, q.id);
    previous = { speaker, cue, close: span.close, quote: q };
    lastClose = span.close;
  }
  for (const d of direct) {
    const list = ctx.directIn.get(d.quote.sentence) ?? [];
    list.push(d);
    ctx.directIn.set(d.quote.sentence, list);
  }
}

/**
 * A frame that opens the sentence right after a quote ending that sentence („…?“ X said.):
 * a short subject without punctuation, then a reporting verb followed by a comma or the
 * sentence end — nothing the verb could report besides the quote. Null otherwise.
 */
function frameInNextSentence(ctx: SpeechContext, sentence: number, close: number): CueHit | null {
  const s = ctx.sentences[sentence];
  const next = ctx.sentences[sentence + 1];
  if (!s || !next || next.paragraph !== s.paragraph || s.end > close + 2 || !/^[”"“»«’'\s]*$/.test(ctx.text.slice(close, next.start))) return null;
  // (Only after a question or exclamation: a quote closing with a period is a sentence of its own, taken up, if at all, by "Das sagte X".)
  if (!/[?!]\s*$/.test(ctx.text.slice(Math.max(0, close - 3), close))) return null;
  const toks = next.tokens;
  const cue = ctx.cuesBySentence[next.index]!.find((c) => c.kind === 'verb' && c.token > 0 && c.token <= 6);
  if (!cue) return null;
  if (toks.slice(0, cue.token).some((t, i) => t.kind === 'punct' && !(t.text === '.' && i > 0 && toks[i - 1]!.capitalized))) return null;
  const after = toks[cue.lastToken + 1];
  return after === undefined || after.text === ',' || after.text === '.' ? cue : null;
}

/**
 * The speaker of the quote just before (one sentence back at most) carried on to a frame that
 * names them only by a word: a verb right after a sentence-opening "und" ("… sagte Kroos. Und
 * ergänzte: „…“"), or a pronoun right after the verb that fits them ("„…“, sagte Steinmeier, als
 * er Merz empfing. „…“, fügte er hinzu": not Merz, whom he was talking to). Else `speaker`.
 */
function continuedSpeaker(ctx: SpeechContext, cue: CueHit, speaker: Speaker | null, before: Speaker): Speaker | null {
  const toks = ctx.sentences[cue.sentence]!.tokens;
  const opener = toks[0]!;
  if (cue.token === 1 && ctx.pack.coordinators.has(opener.norm) && (!speaker || speaker.span.start === opener.start)) return before;
  if (!speaker || !before.entity || speaker.entity === before.entity || ctx.entities.get(before.entity)?.type !== 'person') return speaker;
  const pron = [toks[cue.lastToken + 1], toks[cue.token + 1]].find((t) => t !== undefined && t.start === speaker.span.start && t.end === speaker.span.end);
  const kind = pron ? ctx.pack.pronouns.get(pron.norm) : undefined;
  const gender = ctx.speakers.genders?.get(before.entity);
  return kind && (kind === 'any' || gender === undefined || gender === kind) ? { ...before, span: speaker.span, mention: null } : speaker;
}
