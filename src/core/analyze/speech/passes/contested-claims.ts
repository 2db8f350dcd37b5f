/**
 * Pass "contested claims": a clause reported after a verb that rejects
 * something named by a speech noun is that something's claim, not the words of
 * whoever rejects it ("Borloo hat Berichte der Wochenzeitung zurückgewiesen, er
 * sei …": the reports say "er sei …", Borloo denies it; "X wies Vorwürfe
 * zurück, er habe …" is no confession of X's). The claim's source becomes the
 * noun's phrase (with the outlet or person it names, if any), its cue the
 * noun; direct quotes inside it that had taken the rejecter follow. Runs after
 * indirect speech, before quotes are carried on.
 */
import type { Quote, Span } from '../../../model/analysis.js';
import { pushQuote, quotesNear, type SpeechContext } from './context.js';

export function contestedClaimsPass(ctx: SpeechContext): void {
  const nouns = ctx.pack.speechNouns;
  if (!nouns) return;
  for (const s of ctx.sentences) {
    const toks = s.tokens;
    for (const cue of ctx.cuesBySentence[s.index]!) {
      if (cue.kind !== 'verb' || cue.stance !== 'contesting') continue;
      const q = (ctx.reportedIn.get(s.index) ?? []).find((x) => x.kind === 'indirect' && x.cue === cue.text && x.start > toks[cue.token]!.start);
      if (!q) continue;
      // The rejected noun stands between the rejecter and the claim, outside quote marks.
      const from = q.speakerSpan ? q.speakerSpan.end : s.start;
      const n = toks.findIndex((t) => t.start >= from && t.end <= q.start && t.kind === 'word' && !ctx.quoted(t.start) && claimNoun(ctx, t.norm));
      if (n < 0) continue;
      const noun = toks[n]!;
      // The noun's phrase runs over its attributes — names, quoted titles, at most two lower-case words before a
      // capitalised one ("der satirischen Wochenzeitung „…“") — up to the verb, a comma or the claim.
      let last = n;
      const inPhrase = (k: number) => {
        const t = toks[k];
        if (!t || k === cue.token || k === cue.lastToken || t.text === ',' || t.end > q.start || k - n > 12) return false;
        // (Inside a quoted title every word belongs: „Le Canard enchaîné“.)
        const open = toks.slice(n, k).filter((u) => /^[„«»"“”]$/.test(u.text)).length % 2 === 1;
        if (open || t.capitalized || ctx.quoted(t.start) || /[„“”"»«]/.test(t.text)) return true;
        return [1, 2].some((d) => toks[k + d]?.capitalized === true && toks.slice(k, k + d).every((u) => u.kind === 'word' && !u.capitalized));
      };
      while (inPhrase(last + 1)) last++;
      const span: Span = { start: noun.start, end: toks[last]!.end };
      const owner = ctx.mentions.find((m) => m.start > noun.start && m.end <= span.end && ['organization', 'person'].includes(ctx.entities.get(m.entity)?.type ?? ''));
      const before = { speaker: q.speaker, speakerName: q.speakerName, speakerSpan: q.speakerSpan, cue: q.cue, cueLemma: q.cueLemma, stance: q.stance };
      const claim: Partial<Quote> = {
        speaker: owner?.entity ?? null,
        speakerName: owner ? ctx.entities.get(owner.entity)?.name ?? owner.text : s.text.slice(span.start - s.start, span.end - s.start),
        speakerSpan: span,
        cue: noun.text,
        cueLemma: nouns.get(noun.norm)!.lemma,
        stance: nouns.get(noun.norm)!.stance,
      };
      Object.assign(q, claim);
      // The rejecter's act stays, with what it rejects as its content.
      pushQuote(ctx, { sentence: s.index, start: span.start, end: span.end, kind: 'reported', form: 'speech-act', text: ctx.text.slice(span.start, span.end), ...before });
      for (const d of quotesNear(ctx.quotes, q)) {
        if (d.kind === 'direct' && d.start >= q.start && d.end <= q.end + 1 && d.speakerSpan === before.speakerSpan && d.speaker === before.speaker) Object.assign(d, claim);
      }
    }
  }
}

/**
 * Nouns that name someone else's claim: accusations and assertions ("Vorwürfe", "Behauptungen",
 * "Gerüchte"), or a noun whose lemma the pack reads as a distancing source ("Berichte") — not a
 * neutral statement that may be the rejecter's own ("mit dem Hinweis, …").
 */
function claimNoun(ctx: SpeechContext, norm: string): boolean {
  const cue = ctx.pack.speechNouns?.get(norm);
  if (!cue) return false;
  return cue.stance === 'distancing' || cue.stance === 'pressure' || ctx.pack.evidentialNouns?.get(cue.lemma) === 'distancing';
}
