import type { Sentence, Span, Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { CueHit } from './cues.js';
import { reportedEnd, reportedMood } from './content.js';
import { phraseFrom } from './subject.js';

/** Genitive or "von" attributes that name whose statement a noun frame is ("die Forderung des Ministers"). */
const ATTRIBUTE_OPENERS = new Set(['des', 'der', 'eines', 'einer', 'von', 'vom', 'seitens', 'of', 'by', 'from']);
/** Words after the frame noun that open its content clause ("Berichte, wonach …", "claims that …"). */
const CONTENT_OPENERS = new Set(['wonach', 'demzufolge', 'dass', 'ob', 'that', 'whether']);

/**
 * Noun frames in one sentence: a speech noun ("Vorwurf", "Forderung",
 * "Ankündigung", "claim") with, optionally, a genitive attribute and an
 * apposition, followed by its content clause — "dass"/"wonach"/"that", a
 * Konjunktiv clause, or a zu-infinitive ("der Vorwurf, er habe …", "die Forderung
 * des Ministers, die Steuern zu senken"). `lastToken` is the attribute's end, so
 * the source stands between `token` and `lastToken`.
 */
export function findNounFrames(s: Sentence, pack: LanguagePack, quoted: (offset: number) => boolean, used: ReadonlySet<number>): CueHit[] {
  const nouns = pack.speechNouns;
  if (!nouns) return [];
  const toks = s.tokens;
  const out: CueHit[] = [];
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || used.has(i) || quoted(t.start)) continue;
    // Where nouns are capitalised (German), a speech noun is too; elsewhere case says nothing.
    if (pack.capitalizedNouns && !t.capitalized) continue;
    const cue = nouns.get(t.norm);
    if (!cue) continue;
    let last = i;
    // "die Forderung des CSU-Vorsitzenden Edmund Stoiber", "die Ankündigung ihres Trainers, Greg Poss,".
    const next = toks[i + 1]!;
    if (ATTRIBUTE_OPENERS.has(next.norm) || (pack.speechRules?.nounAttributeOpeners?.has(next.norm) ?? false)) {
      const p = phraseFrom(toks, next.norm === 'von' || next.norm === 'vom' || next.norm === 'of' || next.norm === 'by' || next.norm === 'from' ? i + 2 : i + 1);
      if (p) last = p.last;
      if (toks[last + 1]?.text === ',') {
        const app = phraseFrom(toks, last + 2);
        if (app && toks[app.last + 1]?.text === ',' && contentAt(toks, app.last + 2, pack, quoted)) last = app.last + 1;
      }
    }
    let open = last + 1;
    if (toks[last]!.text === ',') open = last + 1;
    else if (toks[open]?.text === ',' || toks[open]?.text === ':') open++;
    else if (!CONTENT_OPENERS.has(toks[open]?.norm ?? '')) continue;
    if (!contentAt(toks, open, pack, quoted)) continue;
    const end = toks[last]!.text === ',' ? last - 1 : last;
    out.push({
      sentence: s.index,
      token: i,
      lastToken: end,
      text: t.text,
      lemma: cue.lemma,
      stance: cue.stance,
      kind: 'noun',
      sourceSide: end > i ? 'after' : null,
      objectIsSpeaker: false,
    });
  }
  return out;
}

/** The clause at `from` is reported content: opens with a complementizer, carries Konjunktiv, or is a zu-infinitive. */
function contentAt(toks: readonly Token[], from: number, pack: LanguagePack, quoted: (offset: number) => boolean): boolean {
  const first = toks[from];
  if (!first || quoted(first.start)) return false;
  if (CONTENT_OPENERS.has(first.norm) || (pack.complementizers?.has(first.norm) && first.norm !== 'wie' && first.norm !== 'was')) return true;
  let end = from;
  while (end < toks.length && toks[end]!.text !== ',' && toks[end]!.text !== '.' && toks[end]!.text !== ';') end++;
  const chunk = toks.slice(from, end);
  if (chunk.length < 2) return false;
  if (chunk.some((t, i) => !quoted(t.start) && reportedMood(pack, t, true, toks[from + i + 1]))) return true;
  const lastWord = chunk[chunk.length - 1]!;
  return (chunk.length >= 2 && chunk[chunk.length - 2]!.norm === 'zu' && lastWord.kind === 'word') || /^\p{L}+zu\p{L}+en$/u.test(lastWord.norm);
}

/** The content clause of a noun frame, up to where the reported clause ends. */
export function nounContent(s: Sentence, cue: CueHit, pack: LanguagePack, quoted: (offset: number) => boolean): Span | null {
  const toks = s.tokens;
  let open = cue.lastToken + 1;
  if (toks[open]?.text === ',') open++;
  if (toks[open]?.text === ',' || toks[open]?.text === ':') open++;
  if (!toks[open]) return null;
  const end = pack.subjunctiveMarkers.size > 0 ? reportedEnd(s, open, pack, quoted, true) : reportedEndPlain(toks, open);
  let e = end;
  while (e > open && toks[e]!.kind === 'punct' && !/[“”"»«]/.test(toks[e]!.text)) e--;
  if (e - open < 1) return null;
  return { start: toks[open]!.start, end: toks[e]!.end };
}

/** English: the content runs to the sentence end or the next semicolon. */
function reportedEndPlain(toks: readonly Token[], from: number): number {
  for (let k = from; k < toks.length; k++) if (toks[k]!.text === ';') return k - 1;
  return toks.length - 1;
}
