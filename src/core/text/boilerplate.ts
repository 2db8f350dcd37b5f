import type { LanguagePack } from '../lang/pack.js';

/** What the boilerplate test reads from a language pack. */
export type BoilerplatePack = Pick<LanguagePack, 'boilerplate' | 'nameParticles'>;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A dpa-AFX editor code: "/maa/DP/mis", "/jha/". */
const EDITOR_CODE = /^\/?\p{L}{1,6}(?:\/\p{L}{1,6})+\/?$/u;
/** Authors' initials or a desk code in parentheses: "(red)", "(jm)", "(ots)". */
const SHORT_CODE = /^\p{Ll}{2,4}$/u;
/** Characters beyond which a sentence is taken for part of the story whatever it contains. */
const MAX_LINE = 240;
/** Characters beyond which a line has too many words for the short-line tests (16 words of about ten). */
const MAX_SHORT_LINE = 200;
/** Marks that may lead a line before its words: brackets, dashes, bullets. */
const LEAD = /^[\s([{—–\-•|*]+/u;

/**
 * Whether a sentence is boilerplate rather than part of the story: a photo credit or
 * caption ("Foto: dpa", "Bild: Reuters/…", "© …", "… (Archivbild)"), a byline ("Von Anna
 * Muster", "By Jane Doe"), an agency tag ("(dpa)", "AFP/dpa", "/maa/DP/mis"), or a promo
 * or navigation line ("Mehr zum Thema", "Lesen Sie auch", "Hier finden Sie …", "Check
 * back for updates", newsletter and app offers). Cue words come from the pack; shapes
 * that need no words (©, editor codes) work for every language.
 */
export function isBoilerplateSentence(text: string, pack: BoilerplatePack): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (t[0] === '©' || /^\(c\)\s/i.test(t) || EDITOR_CODE.test(t)) return true;
  // Credits, captions, bylines and promos are short lines; a long sentence is part of the story.
  if (t.length > MAX_LINE) return false;
  const cues = pack.boilerplate;
  const lower = t.toLowerCase();
  const lead = lower.replace(LEAD, '');
  for (const p of cues.openingPhrases) if (opensWith(lead, p)) return true;
  for (const p of cues.phrases) if (lower.includes(p)) return true;
  // "… im Bundestag (Archivbild)", "(File)": a caption.
  if (t.endsWith(')') || t.endsWith(').')) {
    const open = t.lastIndexOf('(');
    const inner = open >= 0 ? t.slice(open + 1).toLowerCase().match(WORD) ?? [] : [];
    if (inner.length > 0 && inner.length <= 4 && inner.some((w) => cues.captionMarkers.has(w))) return true;
  }
  // Every test below is for a short line (at most 16 words): a long sentence is no credit or byline.
  if (t.length > MAX_SHORT_LINE || spaces(t) > 16) return false;
  const words = t.match(WORD) ?? [];
  if (words.length === 0) return false;
  const norms = words.map((w) => w.toLowerCase());
  // "Foto: dpa", "Bild: Reuters/Max Muster", "Quelle: Statistisches Bundesamt"
  const colon = lead.indexOf(':');
  if (colon > 0 && colon <= 24 && words.length <= 16 && cues.creditLabels.has(lead.slice(0, colon).trim())) return true;
  const inParens = /^\(.*\)\.?$/su.test(t);
  if (words.length <= 6) {
    // "dpa", "AFP/dpa", "(Reuters)", "(dpa/lno)", "— AP"
    if (norms.every((w) => cues.agencies.has(w) || (inParens && SHORT_CODE.test(w)))) return true;
    // "(mit dpa)", "(Mit Material von AFP)"
    if (inParens && norms.some((w) => cues.agencies.has(w))) return true;
  }
  // "Kay Nietfeld/dpa", "picture alliance/dpa | Michael Kappeler": a credit without a label.
  if (words.length <= 8 && !/[.!?]$/.test(t) && /[/|]/.test(t) && norms.some((w) => cues.agencies.has(w))) return true;
  return isByline(t, words, norms, pack);
}

/** Spaces in a line: a cheap upper bound of its words before the words are matched. */
function spaces(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) n++;
  return n;
}

/** `lower` opens with `phrase`, followed by the end or by a character that ends a word. */
function opensWith(lower: string, phrase: string): boolean {
  if (!lower.startsWith(phrase)) return false;
  const after = lower[phrase.length];
  return after === undefined || !/[\p{L}\p{N}]/u.test(after) || !/[\p{L}\p{N}]/u.test(phrase[phrase.length - 1]!);
}

/**
 * "Von Anna Muster und Tom Beispiel", "By JANE DOE, Associated Press": a byline word,
 * then only names, joiners, name particles and agencies, no sentence mark at the end.
 */
function isByline(t: string, words: readonly string[], norms: readonly string[], pack: BoilerplatePack): boolean {
  const cues = pack.boilerplate;
  if (words.length < 2 || words.length > 9 || !cues.bylineOpeners.has(norms[0]!)) return false;
  if (/[!?:;]$/.test(t)) return false;
  // A sentence ends in a period after a word; a byline may only end in an initial's ("Von Anna M.").
  if (t.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(t)) return false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const n = norms[i]!;
    if (/^\p{Lu}/u.test(w) || cues.agencies.has(n)) continue;
    if (i < words.length - 1 && (cues.bylineJoiners.has(n) || pack.nameParticles.has(n))) continue;
    return false;
  }
  return true;
}
