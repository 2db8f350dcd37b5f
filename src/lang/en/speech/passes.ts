/**
 * English passes: statements given to a name before a headline colon, impressions
 * ("seemed unsure"), noun cues with a preposition ("his attacks on X"), and the
 * check that drops sources word order picked wrongly.
 */
import { directChars, pushQuote, sentenceAt, type SpeechContext } from '../../../core/analyze/speech/passes/context.js';
import { colonAttribution } from './headline-colon.js';
import { addImpressions } from './seem.js';
import { addNounCues } from './noun-cues.js';
import { implausibleSource, pieceOfClause } from './source-check.js';
import { bySentence } from '../../../core/collections.js';
import { lastPersonBefore } from '../../../core/analyze/speech/speakers.js';

/**
 * Headlines, captions and transcript turns that give a statement to a name before a colon
 * ("Senator Roe: Cuts Will Hurt Schools", "TAPPER: Do you think …"). When the name is a
 * recognised entity, the colon's attribution takes over what other cues read inside the
 * statement ("Roe: I Fear …" is Roe's, not a speech act of "I"), and quotes inside it
 * without a speaker are the name's; else it stands only where nothing else was read.
 */
export function headlineColons(ctx: SpeechContext): void {
  const { text, quoted, mentions } = ctx;
  const inSentence = bySentence(mentions);
  const found = ctx.sentences.map((s) => colonAttribution(s, quoted));
  // A transcript's speaker labels are written in capitals ("TAPPER:", "JAKE TAPPER:"), and more than one speaks.
  const capitals = (f: ReturnType<typeof colonAttribution>) => f !== null && /^[\p{Lu}][\p{Lu}\s.'’-]+$/u.test(text.slice(f.source.start, f.source.end));
  const labels = new Set(found.filter(capitals).map((f) => text.slice(f!.source.start, f!.source.end)));
  for (const s of ctx.sentences) {
    const f = found[s.index];
    if (!f) continue;
    const mention = inSentence(s.index).find((m) => m.start >= f.source.start && m.end <= f.source.end && ['person', 'organization'].includes(ctx.entities.get(m.entity)?.type ?? '')) ?? null;
    const reported = ctx.reportedIn.get(s.index) ?? [];
    const directs = ctx.directIn.get(s.index) ?? [];
    const inside = (sp: { start: number } | null) => sp === null || sp.start >= f.content.start;
    const label = capitals(f) && labels.size > 1;
    // A run-in heading ("Little Relief for Refugees: The crisis …", "CLARIFICATION: …") names no one: no statement of its own.
    // A name the recogniser did not confirm counts with a title or a given name in it ("Senator Jane Roe:").
    const named = s.tokens.some((t) => t.start >= f.source.start && t.end <= f.source.end && (ctx.pack.roles.has(t.norm) || ctx.pack.firstNames.has(t.norm)));
    if (!mention && !label && !named) continue;
    if (reported.length > 0 || directs.length > 0) {
      if (reported.some((q) => q.start < f.content.start || !inside(q.speakerSpan))) continue;
      if (directs.some((d) => d.quote.start < f.content.start || !inside(d.quote.speakerSpan))) continue;
    } else if (directChars(ctx, f.content) > 0) continue;
    const speaker = { speaker: mention?.entity ?? null, speakerName: text.slice(f.source.start, f.source.end), speakerSpan: f.source };
    for (const q of reported) ctx.superseded.add(q);
    for (const d of directs) if (!d.quote.speakerSpan) Object.assign(d.quote, speaker);
    pushQuote(ctx, {
      sentence: s.index,
      start: f.content.start,
      end: f.content.end,
      kind: 'reported',
      form: 'marker',
      text: text.slice(f.content.start, f.content.end),
      ...speaker,
      cue: ':',
      cueLemma: ':',
      stance: 'neutral',
    });
  }
}

/** Impressions without a source ("the senator seemed unsure"), outside anything already reported. */
export function impressionsPass(ctx: SpeechContext): void {
  addImpressions(ctx.sentences, ctx.pack, ctx.quoted, ctx.quotes, (q) => pushQuote(ctx, q));
}

/** Noun cues with a preposition ("his attacks on X", "voiced support for X"). */
/** Possessives that stand for a person named before ("his attacks on …"), with the gender they fit. */
const POSSESSIVE_OF: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['his', 'm'],
  ['her', 'f'],
]);

export function nounCuesPass(ctx: SpeechContext): void {
  addNounCues(ctx.sentences, ctx.pack, ctx.quoted, ctx.quotes, (q) => {
    // "His attacks on the governor …": the possessive is the person named before it, as "he" would be.
    const gender = q.speakerSpan && q.speakerName ? POSSESSIVE_OF.get(q.speakerName.toLowerCase()) : undefined;
    const antecedent = gender ? lastPersonBefore(ctx.speakers, q.speakerSpan!.start, gender) : null;
    return pushQuote(ctx, antecedent ? { ...q, speaker: antecedent.entity, speakerName: ctx.entities.get(antecedent.entity)?.name ?? q.speakerName } : q);
  });
}

/** Drops sources that word order picked wrongly (the content itself, a lone adverb). */
export function sourceCheck(ctx: SpeechContext): void {
  for (const q of ctx.quotes) {
    // "…, citing the release of prisoners": what is cited names no source (no one, no group, no document); no report at all.
    // (Judged by the phrase's head, before "of" or "and": "citing the release of … and Suu Kyi's election" names no source.)
    if (q.form === 'marker' && (q.cueLemma === 'citing' || q.cueLemma === 'quoting') && q.speakerSpan && !namesSource(ctx, headRun(ctx, q.speakerSpan))) {
      ctx.dropped.add(q);
      continue;
    }
    if (!implausibleSource(q, ctx.text, ctx.pack)) continue;
    // "It was during a stop in Ohio that Mr. Santorum described …": the phrase is a piece of a clause, but the
    // person it holds is the speaker; keep them with their own mention as the span.
    const sp = q.speakerSpan!;
    const own = q.speaker !== null && pieceOfClause(q, ctx.text) ? ctx.mentions.find((m) => m.entity === q.speaker && m.start >= sp.start && m.end <= sp.end) : undefined;
    Object.assign(q, own ? { speakerSpan: { start: own.start, end: own.end } } : { speaker: null, speakerName: null, speakerSpan: null });
  }
}

/** Words that end the first run of a phrase: what follows them is an attribute or a second phrase. */
const RUN_ENDS = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'from', 'by', 'about', 'that', 'which', 'who', 'at', 'over', 'after', 'before', 'during', 'since', 'as', 'under']);

/** The first run of a phrase: up to a preposition, conjunction, relative or punctuation other than a possessive's. */
function headRun(ctx: SpeechContext, span: { start: number; end: number }): { start: number; end: number } {
  const toks = (sentenceAt(ctx.sentences, span.start)?.tokens ?? []).filter((t) => t.start >= span.start && t.end <= span.end);
  const stop = toks.findIndex((t, i) => i > 0 && ((t.kind === 'word' && RUN_ENDS.has(t.norm)) || (t.kind === 'punct' && !/^['’.-]$/.test(t.text))));
  return stop > 0 ? { start: span.start, end: toks[stop - 1]!.end } : span;
}

/** A phrase that names who or what speaks: a capitalised name, a role, a group of people or a document. */
function namesSource(ctx: SpeechContext, span: { start: number; end: number }): boolean {
  const ev = ctx.pack.speakerEvidence;
  return ctx.sentences.some((s) =>
    s.tokens.some(
      (t, i) =>
        t.start >= span.start &&
        t.end <= span.end &&
        t.kind === 'word' &&
        ((t.capitalized && i > 0) ||
          ctx.pack.roles.has(t.norm) ||
          (ev?.groupSources.has(t.norm) ?? false) ||
          (ev?.groupSources.has(`${t.norm}s`) ?? false) ||
          // ("the release of prisoners" is no press release.)
          ((ev?.documentNouns.has(t.norm) ?? false) && s.tokens[i + 1]?.norm !== 'of')),
    ),
  );
}
