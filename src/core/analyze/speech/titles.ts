import type { LanguagePack } from '../../lang/pack.js';
import type { QuoteSpan } from './quote-marks.js';

/** Function words allowed inside a name written in capitalised words („Berliner Zeitung und Welt“, “Doctors of the World”). */
const NAME_FUNCTION_WORDS = /^(?:und|der|die|das|des|von|für|im|in|am|of|the|and|&|–|-)$/;
/** Function words of other languages that mark a foreign name („Confédération Européenne de Pétanque“); such names may be longer. */
const FOREIGN_FUNCTION_WORDS = /^(?:de|la|le|les|du|et|pour|el|y|del|da|do|dos|van|for|on|at)$/;

/** Nouns for speech itself: a quote after them is what was said („mit den Worten „…“", "Parolen wie „…“"). */
const SPEECH_NOUN = /(?:worte|worten|satz|zitat|parole|parolen|ruf|rufe|rufen|aussage|aussagen|spruch|sprüche|frage|antwort|losung|devise)$/;

const longNouns = new WeakMap<LanguagePack, string[]>();

/** Title nouns long enough to be matched as the end of a compound ("Wochenzeitung" → "zeitung"). */
function longTitleNouns(pack: LanguagePack): string[] {
  let list = longNouns.get(pack);
  if (!list) longNouns.set(pack, (list = [...(pack.titleNouns ?? [])].filter((n) => n.length >= 5)));
  return list;
}

/**
 * Quote marks that hold a name or title, not speech: capitalised words only
 * („Berliner Zeitung“, „Ärzte ohne Grenzen“), a web address („amazon.de“), a
 * quotation after a title noun ("unter dem Motto „…“", "the album “…”"), or —
 * where nouns are capitalised — a short phrase in apposition to a noun ("der
 * Online-Händler „…“", "die Meeresschnecke „…“").
 */
export function isNameLike(text: string, q: QuoteSpan, pack: LanguagePack): boolean {
  const inner = text.slice(q.inner.start, q.inner.end);
  if (glossInParentheses(text, q) || pack.speechRules?.selfNamed?.(text, q)) return true;
  const words = inner.split(/\s+/);
  const before = /([\p{L}\p{N}][\p{L}\p{N}.-]*)\s*$/u.exec(text.slice(Math.max(0, q.open - 60), q.open));
  // A word ending in a period closes the sentence before the quote: no noun the quote stands beside.
  const prev = before && !before[1]!.endsWith('.') ? before[1]! : null;
  const prevNorm = prev?.toLowerCase() ?? '';
  const prevTail = prevNorm.split('-').pop() ?? '';
  const titleNoun = prev !== null && (pack.titleNouns?.has(prevNorm) || pack.titleNouns?.has(prevTail) || longTitleNouns(pack).some((n) => prevTail.endsWith(n)));
  if (titleNoun && words.length <= 25) return true;
  if (/[.!?…]$/.test(inner)) return false;
  const foreign = words.some((w) => FOREIGN_FUNCTION_WORDS.test(w));
  if (words.length <= (foreign ? 8 : 5) && words.every((w) => /^[\p{Lu}\d(]/u.test(w) || NAME_FUNCTION_WORDS.test(w) || FOREIGN_FUNCTION_WORDS.test(w))) {
    return true;
  }
  // A web address or a lower-case brand: "amazon.de", "t-online.de".
  if (words.length === 1 && /^[\p{L}\d-]+\.[a-z]{2,4}$/u.test(inner)) return true;
  // Where nouns are capitalised: a noun right before the marks, not at the sentence start, names what follows.
  if (pack.capitalizedNouns && prev && /^\p{Lu}/u.test(prev) && words.length <= 8 && /^[\p{Lu}\d]/u.test(inner) && !SPEECH_NOUN.test(prevNorm)) {
    const lead = text.slice(Math.max(0, q.open - 60), q.open - prev.length).trimEnd();
    const sentenceStart = lead === '' || /[.!?:;„“"»«]$/.test(lead);
    if (!sentenceStart) return true;
  }
  return false;
}

/** Words after which quoted capitalised words are a predicate or object, not a name: "als „…“", "eine „…“". */
const PREDICATIVE_OPENERS = new Set(['als', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** The quote stands right after "als" or an indefinite article ("bezeichnete den Plan als „Wortbruch“", "nannte ihn einen „Fehler“"). */
export function predicativeQuote(text: string, q: QuoteSpan): boolean {
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, q.open - 20), q.open));
  return before !== null && PREDICATIVE_OPENERS.has(before[1]!.toLowerCase());
}

/**
 * A translation or gloss in brackets right after a name: „Cast Lead“ („…“),
 * Jobbik („…“), „…“ (übersetzt etwa: „…“), [auf Deutsch: „…“]. The bracket must
 * follow a closing quote mark or a capitalised word, so "so genannte („…“)" stays a quote.
 */
function glossInParentheses(text: string, q: QuoteSpan): boolean {
  const lead = text.slice(Math.max(0, q.open - 40), q.open);
  const m = /([\p{L}\p{N}“”"«»])\s*[([]\s*(?:[\p{L}.]+\s*){0,3}:?\s*$/u.exec(lead);
  if (!m) return false;
  const inside = lead.slice(m.index + m[0].search(/[([]/) + 1);
  if (inside.trim() !== '' && !/:\s*$/.test(inside)) return false;
  return /[“”"«»]/.test(m[1]!) || /\p{Lu}/u.test(lead.slice(0, m.index + 1).split(/\s+/).pop()?.[0] ?? '');
}

