/**
 * Pass "issuers": a quote whose source is a document named by a definite noun
 * ("the statement", "the letter") and no entity takes the speaker of the nearest
 * quote before it whose sentence names the same kind of document ("Trump said
 * in a statement released by his campaign"): a document speaks for whoever
 * issued it. Needs the pack's `speakerEvidence`; runs after the lone quotes have their speakers.
 */
import { sentenceAt, type SpeechContext } from './context.js';

/** How many sentences back the issuer of a document may be named ("X said in a statement. … the statement said"). */
const ISSUER_REACH = 6;

export function issuersPass(ctx: SpeechContext): void {
  const ev = ctx.pack.speakerEvidence;
  if (!ev) return;
  const { sentences } = ctx;
  const ordered = [...ctx.quotes].sort((a, b) => a.start - b.start);
  // The quote's sentences and the one after it, where a closing frame stands ("“…,” Trump said in a statement").
  const mentions = (q: (typeof ordered)[number], noun: string) => {
    for (let k = q.sentence; k < sentences.length && sentences[k]!.start <= q.end; k++) if (sentences[k]!.tokens.some((t) => t.norm === noun)) return true;
    const after = sentenceAt(sentences, q.end);
    return after !== undefined && after.tokens.some((t) => t.norm === noun);
  };
  for (let i = 0; i < ordered.length; i++) {
    const q = ordered[i]!;
    if (q.speaker !== null || !q.speakerName) continue;
    const words = q.speakerName.toLowerCase().split(/\s+/);
    const noun = words[words.length - 1]!;
    if (words.length < 2 || !ev.definiteArticles.has(words[0]!) || !ev.documentNouns.has(noun)) continue;
    for (let j = i - 1; j >= 0 && q.sentence - ordered[j]!.sentence <= ISSUER_REACH; j--) {
      const p = ordered[j]!;
      if (p.speaker === null || !mentions(p, noun)) continue;
      Object.assign(q, { speaker: p.speaker, speakerName: p.speakerName });
      break;
    }
  }
}
