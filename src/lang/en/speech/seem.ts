import type { Quote, Sentence, Span } from '../../../core/model/analysis.js';
import type { LanguagePack } from '../../../core/lang/pack.js';
import { clauseSpan, plainEnd } from '../../../core/analyze/speech/content.js';
import { quotesNear } from '../../../core/analyze/speech/passes/context.js';

/**
 * English impressions: "the senator seemed unsure", "the campaign appears to
 * have …". PolNeAR counts such a verb as an attribution without a source (the
 * impression is the writer's reading of someone): its content is the subject
 * with what follows the verb, as two pieces ("[the senator] … [unsure]").
 * Reportative adverbs work alike: "[the group is] reportedly [spending …]".
 */
const SEEM = new Map<string, string>(
  Object.entries({ seem: 'seem', seems: 'seem', seemed: 'seem', appear: 'appear', appears: 'appear', appeared: 'appear' }),
);
/** "appeared on Fox News", "appeared at a rally": the other sense of "appear" (being somewhere). */
const PLACE = new Set('on in at before with for from during after into alongside onstage together'.split(' '));
/** Words between a subject and the verb ("also seemed", "did not seem"). */
const BETWEEN = new Set('also still now then again already even just often always never not did does do would could may might has have had to n’t'.split(' '));
/** Words that open the clause holding the subject. */
const OPENERS = new Set('that who which when because and but or while though although if as since after before so yet whether'.split(' '));

export interface Impression {
  cue: number;
  text: string;
  lemma: string;
  pieces: Span[];
}

export function impressions(s: Sentence, pack: LanguagePack, quoted: (offset: number) => boolean): Impression[] {
  const toks = s.tokens;
  const out: Impression[] = [];
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    const lemma = SEEM.get(t.norm);
    if (!lemma || quoted(t.start)) continue;
    const next = toks[i + 1]!;
    if (next.kind !== 'word' || PLACE.has(next.norm)) continue;
    // The subject: back over adverbs and auxiliaries, then to the clause opener.
    let end = i - 1;
    while (end >= 0 && (BETWEEN.has(toks[end]!.norm) || toks[end]!.norm === "n't")) end--;
    let start = end;
    while (start > 0 && toks[start - 1]!.kind !== 'punct' && !OPENERS.has(toks[start - 1]!.norm)) start--;
    if (end < start || end - start > 12) continue;
    if (start === 0 && OPENERS.has(toks[0]!.norm)) start = 1;
    const complement = clauseSpan(s, i + 1, plainEnd(toks, i + 1, quoted, pack), 1);
    if (!complement) continue;
    const subject = clauseSpan(s, start, end, 1);
    // "It seems that …": the impersonal subject is no part of what is seen.
    const pieces = subject && !['it', 'there', 'this'].includes(toks[start]!.norm) ? [subject, complement] : [complement];
    out.push({ cue: i, text: t.text, lemma, pieces });
  }
  // "The group is reportedly spending …": a reportative adverb gives its clause, without the adverb, to an unnamed source.
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!REPORTATIVE.has(t.norm) || quoted(t.start)) continue;
    let start = i - 1;
    while (start > 0 && !/^[,;:]$/.test(toks[start - 1]!.text)) start--;
    const before = clauseSpan(s, start, i - 1, 1);
    const after = clauseSpan(s, i + 1, plainEnd(toks, i + 1, quoted, pack), 1);
    if (!after) continue;
    out.push({ cue: i, text: t.text, lemma: t.norm, pieces: before ? [before, after] : [after] });
  }
  return out;
}

/** Adverbs that pass a clause on from an unnamed source. */
const REPORTATIVE = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);

/** Impressions of all sentences as source-less reported quotes, skipping verbs inside an earlier quote's span. */
export function addImpressions(
  sentences: readonly Sentence[],
  pack: LanguagePack,
  quoted: (offset: number) => boolean,
  quotes: readonly Quote[],
  push: (q: Omit<Quote, 'id'>) => Quote,
): void {
  const text = (p: Span, s: Sentence) => s.text.slice(p.start - s.start, p.end - s.start);
  for (const s of sentences) {
    if (s.headline) continue;
    for (const imp of impressions(s, pack, quoted)) {
      const at = s.tokens[imp.cue]!.start;
      const first = imp.pieces[0]!;
      const last = imp.pieces[imp.pieces.length - 1]!;
      // Only quotes around the impression can overlap it (a scan of all quotes per impression grew with the square of the text).
      if (quotesNear(quotes, { start: first.start, end: last.end }).some((q) => q.sentence === s.index)) continue;
      if (quotesNear(quotes, { start: at, end: at }).some((q) => q.start <= at && q.end > at)) continue;
      push({
        sentence: s.index,
        start: first.start,
        end: last.end,
        kind: 'reported',
        form: 'speech-act',
        ...(imp.pieces.length > 1 ? { segments: imp.pieces } : {}),
        text: imp.pieces.map((p) => text(p, s)).join(' … '),
        speaker: null,
        speakerName: null,
        speakerSpan: null,
        cue: imp.text,
        cueLemma: imp.lemma,
        stance: REPORTATIVE.has(imp.lemma) ? 'distancing' : 'other',
      });
    }
  }
}
