/**
 * Pass "lone quotes": a direct quote with neither frame nor speaker belongs to
 * whoever spoke just before (up to two sentences back); one taken up by a
 * demonstrative frame right after it („…“. Das musste X einräumen) is that
 * frame's speaker's, even when it had taken the previous speaker; one in a
 * Konjunktiv sentence falls back to the actor of the sentence before, then to
 * its own clause's subject. Runs once all quotes with speakers are known.
 */
import type { Quote } from '../../../model/analysis.js';
import { bySentence } from '../../../collections.js';
import { sentenceSubject } from '../speakers.js';
import { namedBefore, sentenceAt, takeSpeaker, withSpeaker, type SpeechContext } from './context.js';

/** Demonstratives that take up a quote just before ("„…“. Das sagte X."). */
const CATAPHORA = new Set(['das', 'dies', 'diese', 'dieses']);

export function loneQuotesPass(ctx: SpeechContext): void {
  const { text, sentences } = ctx;
  const ordered = [...ctx.quotes].sort((a, b) => a.start - b.start);
  const priorSpeaker = lastSpokenBefore(ordered);
  for (const d of ctx.direct) {
    if (d.quote.speakerName && !ctx.standingAlone.has(d.quote)) continue;
    // „…“. Das musste X einräumen: a quote standing alone, taken up by a demonstrative frame right after it.
    const after = sentenceAt(sentences, d.quote.end + 1);
    const next = after && after.start > d.quote.end ? after : sentences[(after?.index ?? -2) + 1];
    if (next && CATAPHORA.has(next.tokens[0]?.norm ?? '') && text.slice(d.quote.end, next.start).trim().length <= 2) {
      const taken = (ctx.reportedIn.get(next.index) ?? []).find((q) => q.speakerName && q.form === 'speech-act');
      if (taken) {
        takeSpeaker(d.quote, taken);
        continue;
      }
    }
    if (d.quote.speakerName) continue;
    // "Nina Hagen zur neuen Heimat: „…“": a frame without a verb before a colon names its own speaker.
    const frame = colonFrame(ctx, d.quote);
    if (frame) {
      takeSpeaker(d.quote, frame);
      continue;
    }
    const prior = priorSpeaker(d.quote);
    // The previous speaker, unless the quote's own sentence names someone else before it: then unknown.
    if (prior && (prior.sentence === d.quote.sentence || (!namesOther(ctx, d.quote, prior) && !otherSubjectBetween(ctx, prior, d.quote)))) takeSpeaker(d.quote, prior);
    else if (ctx.frameless.has(d.quote) && namedBefore(ctx, d.quote.sentence)) {
      // "X hatte Gutes zu berichten. Erstmals sei die Lage „…“": the actor of the sentence before speaks.
      Object.assign(d.quote, withSpeaker(namedBefore(ctx, d.quote.sentence)));
    } else {
      const fallback = ctx.clauseFallback.get(d.quote);
      if (fallback) Object.assign(d.quote, withSpeaker(fallback));
    }
  }
}

/** The mentions of a quote's sentence before it, outside quote marks. */
function mentionsBefore(ctx: SpeechContext, q: Quote) {
  return bySentence(ctx.mentions)(q.sentence).filter((m) => m.end <= q.start && !ctx.quoted(m.start) && m.via !== 'adjective');
}

/**
 * A quote after a colon whose clause before it has no verb of speech but names one
 * person or organisation ("Punklady Nina Hagen zur neuen Heimat: „…“"): that actor.
 * Null when the clause names none, or several.
 */
function colonFrame(ctx: SpeechContext, q: Quote): Pick<Quote, 'speaker' | 'speakerName' | 'speakerSpan'> | null {
  const s = ctx.sentences[q.sentence]!;
  if (!/:\s*[„“"»«‚‘]?$/.test(ctx.text.slice(s.start, q.start))) return null;
  // A frame of names and a phrase, no verb: only capitalised words, stopwords and inflected adjectives ("zur neuen Heimat").
  const frame = s.tokens.filter((t) => t.end <= q.start);
  if (frame.some((t) => (t.kind === 'punct' && t.text !== ':' && !/^[„“"»«‚‘]$/.test(t.text)) || (t.kind === 'word' && !t.capitalized && !t.stop && !/(?:e|en|er|es|em)$/.test(t.norm)))) return null;
  const actors = mentionsBefore(ctx, q).filter((m) => {
    const type = ctx.entities.get(m.entity)?.type;
    return type === 'person' || type === 'organization';
  });
  const ids = new Set(actors.map((m) => m.entity));
  if (ids.size !== 1) return null;
  const m = actors[actors.length - 1]!;
  return { speaker: m.entity, speakerName: ctx.entities.get(m.entity)!.name, speakerSpan: { start: m.start, end: m.end } };
}

/**
 * The quote's own sentence names, before it, someone who is not the previous speaker,
 * and not the previous speaker too ("Nina Hagen zur neuen Heimat: „…“" after another's
 * quote): whose words these are is open.
 */
function namesOther(ctx: SpeechContext, q: Quote, prior: Quote): boolean {
  // A place counts only as the clause's subject, a state acting ("Japan branded North Korea an “…”").
  const toks = ctx.sentences[q.sentence]!.tokens;
  const opener = toks.find((t, i) => t.kind === 'word' && !(i === 0 && ctx.pack.coordinators.has(t.norm)));
  const named = mentionsBefore(ctx, q).filter((m) => ctx.entities.get(m.entity)?.type !== 'place' || m.start === opener?.start);
  return named.length > 0 && !named.some((m) => m.entity === prior.speaker);
}

/**
 * A sentence between the previous speaker's and the quote's is about someone else: its
 * subject names another person or organisation ("Cruz denounced the ad. But Mr. Trump went
 * on. After threatening to “spill the beans” …, he …" is not Cruz's).
 */
function otherSubjectBetween(ctx: SpeechContext, prior: Quote, q: Quote): boolean {
  for (let si = prior.sentence + 1; si < q.sentence; si++) {
    const sp = sentenceSubject(ctx.speakers, si);
    if (sp?.entity && sp.entity !== prior.speaker && ctx.entities.get(sp.entity)?.type !== 'place') return true;
  }
  return false;
}

/**
 * The last quote (in text order) ending before a quote, with a speaker, at most two
 * sentences back. Quotes ending before it start in its sentence or earlier, so only
 * those of its sentence and the two before are read (filtering all quotes for every
 * lone quote grew with the square of the article). Speakers are read when asked:
 * earlier lone quotes may have taken one.
 */
function lastSpokenBefore(ordered: readonly Quote[]): (quote: Quote) => Quote | undefined {
  const bySentence = new Map<number, number[]>();
  ordered.forEach((q, at) => {
    const list = bySentence.get(q.sentence);
    if (list) list.push(at);
    else bySentence.set(q.sentence, [at]);
  });
  return (quote) => {
    let best = -1;
    for (let s = quote.sentence - 2; s <= quote.sentence; s++)
      for (const at of bySentence.get(s) ?? []) {
        const q = ordered[at]!;
        if (at > best && q.end <= quote.start && q.speakerName) best = at;
      }
    return best >= 0 ? ordered[best] : undefined;
  };
}
