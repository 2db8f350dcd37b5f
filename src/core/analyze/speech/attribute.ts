import type { ArticleEntity, Attribution, EntityMention, Hedge, LoadedWord, Quote, QuoteForm, Sentence, Span } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import { findCues, type CueHit } from './cues.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';
import { speakerOf, type Speaker, type SpeakerContext } from './speakers.js';
import { paragraphSpans } from '../../text/paragraphs.js';

export interface SpeechResult {
  quotes: Quote[];
  attributions: Attribution[];
  hedges: Hedge[];
  loaded: LoadedWord[];
  /** Mentions that turned out to speak for a government ("Washington behauptete"). */
  actingMentions: EntityMention[];
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.find((s) => offset < s.end);
}

/** Words of a sentence outside quotes, from token `from` to `to` (inclusive), as text. */
function clauseText(s: Sentence, from: number, to: number): Span | null {
  const toks = s.tokens;
  while (from <= to && toks[from] && (toks[from]!.kind === 'punct' || toks[from]!.norm === 'dass' || toks[from]!.norm === 'that')) from++;
  while (to >= from && toks[to] && toks[to]!.kind === 'punct' && !/[“”"»«]/.test(toks[to]!.text)) to--;
  if (to < from || to - from < 2) return null;
  return { start: toks[from]!.start, end: toks[to]!.end };
}

/**
 * Quotes, attributions, hedges and loaded words of one article.
 * Direct quotes come from quote marks (across sentences within a paragraph);
 * each gets the cue and speaker of its own or its closing sentence, or the
 * previous quote's speaker when it stands alone. Indirect speech is a cue
 * with a content clause ("X sagte, Russland werde …"); German free indirect
 * speech carries the speaker on through following Konjunktiv I sentences.
 */
export function analyzeSpeech(
  text: string,
  sentences: readonly Sentence[],
  pack: LanguagePack,
  mentions: readonly EntityMention[],
  entities: readonly ArticleEntity[],
  idPrefix: string,
): SpeechResult {
  const quoteSpans: QuoteSpan[] = [];
  for (const p of paragraphSpans(text)) quoteSpans.push(...findQuoteSpans(text, p.start, p.end, pack.quotePairs));
  const quoted = (offset: number) => quoteSpans.some((q) => offset >= q.open && offset <= q.close);
  const ctx: SpeakerContext = { pack, sentences, mentions, entities: new Map(entities.map((e) => [e.id, e])), quoted };

  const cuesBySentence = sentences.map((s) => findCues(s, pack, quoted));
  const quotes: Quote[] = [];
  const attributions: Attribution[] = [];
  const actingMentions: EntityMention[] = [];
  const speakerCache = new Map<CueHit, Speaker | null>();
  const speakerFor = (cue: CueHit) => {
    if (!speakerCache.has(cue)) {
      const sp = speakerOf(ctx, cue);
      speakerCache.set(cue, sp);
      if (sp?.mention) actingMentions.push(sp.mention);
    }
    return speakerCache.get(cue)!;
  };
  const cueQuote = new Map<CueHit, string>();

  const pushQuote = (q: Omit<Quote, 'id'>): Quote => {
    const quote = { id: `${idPrefix}q${quotes.length}`, ...q };
    quotes.push(quote);
    return quote;
  };

  // Direct quotes.
  let previous: { speaker: Speaker | null; cue: CueHit | null; paragraphEnd: number } | null = null;
  for (const span of quoteSpans) {
    const first = sentenceAt(sentences, span.open);
    const last = sentenceAt(sentences, span.close);
    if (!first || !last) continue;
    const words = text.slice(span.inner.start, span.inner.end).split(/\s+/).length;
    const candidates = [first, ...(last.index !== first.index ? [last] : [])];
    let cue: CueHit | null = null;
    for (const s of candidates) {
      const cues = cuesBySentence[s.index]!.filter((c) => c.kind !== 'reportative');
      // The frame is the first cue before the quote ("X sagte, sein Besuch unterstreiche „…“":
      // a cue inside the reported clause is content), else the first after it ("„…“, sagte X").
      cue = cues.find((c) => s.tokens[c.token]!.start < span.open) ?? cues.find((c) => s.tokens[c.token]!.start > span.close) ?? null;
      if (cue) break;
    }
    let speaker = cue ? speakerFor(cue) : null;
    const standsAlone = first.start >= span.open - 1 && !cue;
    if (!cue && standsAlone && previous && previous.speaker && span.open - previous.paragraphEnd < 400) speaker = previous.speaker;
    // A one-word quote without a frame is a scare quote or a term, not speech.
    if (!cue && !speaker && words < 4) continue;
    const q = pushQuote({
      sentence: first.index,
      start: span.inner.start,
      end: span.inner.end,
      kind: 'direct',
      form: 'marks',
      text: text.slice(span.inner.start, span.inner.end),
      speaker: speaker?.entity ?? null,
      speakerName: speaker?.name ?? null,
      speakerSpan: speaker?.span ?? null,
      cue: cue?.text ?? null,
      cueLemma: cue?.lemma ?? null,
      stance: cue?.stance ?? 'neutral',
    });
    if (cue && !cueQuote.has(cue)) cueQuote.set(cue, q.id);
    previous = { speaker, cue, paragraphEnd: span.close };
  }

  // Indirect and reported speech.
  let carried: Speaker | null = null;
  for (const s of sentences) {
    const cues = cuesBySentence[s.index]!;
    let framed = false;
    for (const cue of cues) {
      if (cueQuote.has(cue)) {
        framed = true;
        continue;
      }
      const toks = s.tokens;
      let content: Span | null = null;
      let kind: Quote['kind'] = 'indirect';
      let form: QuoteForm = 'clause';
      if (cue.kind === 'marker') {
        kind = 'reported';
        form = 'marker';
        // Mid-sentence markers ("Die Donau stieg laut Stadtverwaltung auf …") qualify the whole sentence.
        content = clauseText(s, 0, toks.length - 1);
        if (cue.sourceSide === 'after' && cue.token === 0) {
          // "Laut X, …" / "Nach Angaben von X …": content follows the source's clause.
          const comma = toks.findIndex((t, k) => k > cue.lastToken && t.text === ',');
          content = comma > 0 ? clauseText(s, comma + 1, toks.length - 1) : clauseText(s, 0, toks.length - 1);
        }
      } else if (cue.kind === 'reportative') {
        kind = 'reported';
        form = 'reportative';
        content = clauseText(s, 0, toks.length - 1);
      } else {
        const nextTok = toks[cue.lastToken + 1];
        const afterSpeaker = toks.findIndex((t, k) => k > cue.lastToken && (t.text === ',' || t.text === ':' || t.norm === 'dass' || t.norm === 'that'));
        const rest = afterSpeaker > 0 ? clauseText(s, afterSpeaker, toks.length - 1) : null;
        const beforeClause = cue.token > 2 && toks[cue.token - 1]!.text === ',' ? clauseText(s, 0, cue.token - 2) : null;
        const subjunctive = (sp: Span | null) =>
          sp !== null && s.tokens.some((t) => t.start >= sp.start && t.end <= sp.end && pack.subjunctiveMarkers.has(t.norm));
        if (pack.subjunctiveMarkers.size > 0) {
          if (rest && (subjunctive(rest) || /^(?:dass)\b/i.test(text.slice(toks[afterSpeaker]!.start, toks[afterSpeaker]!.end)))) content = rest;
          else if (beforeClause && subjunctive(beforeClause)) content = beforeClause;
        } else {
          if (rest && (nextTok?.norm === 'that' || toks[afterSpeaker]?.norm === 'that' || toks[afterSpeaker]?.text === ',')) content = rest;
          else if (beforeClause) content = beforeClause;
          else if (rest) content = rest;
        }
      }
      const speaker = speakerFor(cue);
      let quoteId: string | null = null;
      if (content && !quoted(content.start)) {
        const q = pushQuote({
          sentence: s.index,
          start: content.start,
          end: content.end,
          kind,
          form,
          text: text.slice(content.start, content.end),
          speaker: speaker?.entity ?? null,
          speakerName: speaker?.name ?? null,
          speakerSpan: speaker?.span ?? null,
          cue: cue.text,
          cueLemma: cue.lemma,
          stance: cue.stance,
        });
        quoteId = q.id;
        framed = true;
        if (kind === 'indirect') carried = speaker;
      }
      if (quoteId) cueQuote.set(cue, quoteId);
    }
    // Free indirect speech: a Konjunktiv I sentence without its own frame continues the last speaker.
    if (!framed && cues.length === 0 && carried && pack.subjunctiveMarkers.size > 0) {
      const subj = s.tokens.some((t) => pack.subjunctiveMarkers.has(t.norm) && !quoted(t.start));
      if (subj && !quoted(s.start)) {
        pushQuote({
          sentence: s.index,
          start: s.start,
          end: s.end,
          kind: 'indirect',
          form: 'continued',
          text: s.text,
          speaker: carried.entity,
          speakerName: carried.name,
          speakerSpan: carried.span,
          cue: null,
          cueLemma: null,
          stance: 'neutral',
        });
        continue;
      }
    }
    if (!framed && cues.length === 0) carried = null;
  }
  quotes.sort((a, b) => a.start - b.start);

  // Hedges and loaded words outside quotes.
  const hedges: Hedge[] = [];
  const loaded: LoadedWord[] = [];
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'word' || quoted(t.start)) continue;
      const h = pack.hedges.get(t.norm);
      if (h) hedges.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, lemma: h });
      const l = pack.loadedWords.get(t.norm) ?? pack.loadedWords.get(t.stem);
      if (l) loaded.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, lemma: l });
    }
  }

  // One attribution per cue; hedges without a cue attribute the claim to its subject.
  for (const s of sentences) {
    const sentenceHedges = hedges.filter((h) => h.sentence === s.index).map((h) => h.text);
    const cues = cuesBySentence[s.index]!;
    for (const cue of cues) {
      const cueSpan = { start: s.tokens[cue.token]!.start, end: s.tokens[cue.lastToken]!.end };
      // A verb inside someone's reported words ("X sagte, sein Besuch unterstreiche …") is content, not a frame.
      const insideReported = quotes.some(
        (q) => q.kind !== 'direct' && q.sentence === s.index && q.cue !== cue.text && cueSpan.start >= q.start && cueSpan.start < q.end,
      );
      if (insideReported) continue;
      const speaker = speakerFor(cue);
      attributions.push({
        id: `${idPrefix}a${attributions.length}`,
        sentence: s.index,
        actor: speaker?.entity ?? null,
        actorName: speaker?.name ?? null,
        actorSpan: speaker?.span ?? null,
        cue: cue.text,
        cueLemma: cue.lemma,
        cueSpan,
        stance: sentenceHedges.length > 0 && cue.stance === 'neutral' ? 'distancing' : cue.stance,
        hedges: sentenceHedges,
        quote: cueQuote.get(cue) ?? null,
      });
    }
    if (cues.length === 0 && sentenceHedges.length > 0) {
      const h = hedges.find((x) => x.sentence === s.index)!;
      const subject = mentions.find((m) => m.sentence === s.index && !quoted(m.start) && m.via !== 'adjective');
      attributions.push({
        id: `${idPrefix}a${attributions.length}`,
        sentence: s.index,
        actor: subject?.entity ?? null,
        actorName: subject ? ctx.entities.get(subject.entity)?.name ?? subject.text : null,
        actorSpan: subject ? { start: subject.start, end: subject.end } : null,
        cue: h.text,
        cueLemma: h.lemma,
        cueSpan: { start: h.start, end: h.end },
        stance: 'distancing',
        hedges: sentenceHedges,
        quote: null,
      });
    }
  }
  return { quotes, attributions, hedges, loaded, actingMentions };
}
