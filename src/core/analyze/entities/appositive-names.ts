/**
 * Names in apposition after a noun that says what kind of organisation follows
 * ("des Senders Channel 12", "des Vereins Pax Europa", "der Konzern Siemens"),
 * for packs that list such nouns (`appositiveOrgNouns`). The name is the run of
 * capitalised words after the noun, and a short number that ends it ("Channel
 * 12", "RTL 2"); it is an organisation even when a word of it names a place on
 * its own ("Pax Europa" is not Europe), and the noun itself is no part of it
 * (the tagger read "Senders Channel" as one name).
 *
 * Left to the other steps: a run the language knows as a common word ("der
 * Zeitung Bild"), one opening with an article ("der Partei Die Linke"), and a
 * run the gazetteer knows whole ("des Senders ZDF").
 */
import type { Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { endsWithHead } from './heads.js';

/** Longest name taken after the noun, in words. */
const MAX_WORDS = 4;

/** The last three letters of every noun and of its genitive forms: most words end otherwise and are rejected at once. */
const tailsCache = new WeakMap<ReadonlySet<string>, Set<string>>();
function tailsOf(nouns: ReadonlySet<string>): Set<string> {
  let tails = tailsCache.get(nouns);
  if (!tails) {
    tails = new Set();
    for (const n of nouns) for (const form of [n, `${n}s`, `${n}es`]) tails.add(form.slice(-3));
    tailsCache.set(nouns, tails);
  }
  return tails;
}

/** The noun, also in a genitive form ("Senders", "Vereins", "Konzernes"). */
function isDescriptor(nouns: ReadonlySet<string>, t: Token): boolean {
  if (t.kind !== 'word' || !t.capitalized) return false;
  const n = t.norm;
  if (!tailsOf(nouns).has(n.slice(-3))) return false;
  return endsWithHead(nouns, n) || (n.endsWith('s') && endsWithHead(nouns, n.slice(0, -1))) || (n.endsWith('es') && endsWithHead(nouns, n.slice(0, -2)));
}

/** Spans `[first, last]` of such names among the tokens nothing took yet. `known`: the language knows the word as a common word. */
export function appositiveNameSpans(toks: readonly Token[], taken: readonly boolean[], pack: LanguagePack, gaz: GazetteerIndex, known: (norm: string) => boolean): [number, number][] {
  const nouns = pack.appositiveOrgNouns;
  if (!nouns) return [];
  const spans: [number, number][] = [];
  const nameWord = (k: number) => k < toks.length && !taken[k] && toks[k]!.kind === 'word' && toks[k]!.capitalized && !toks[k]!.stop && !isDescriptor(nouns, toks[k]!);
  for (let i = 0; i + 1 < toks.length; i++) {
    if (taken[i] || !isDescriptor(nouns, toks[i]!) || !nameWord(i + 1) || known(toks[i + 1]!.norm)) continue;
    let last = i + 1;
    while (last - i < MAX_WORDS && nameWord(last + 1) && (toks[last + 1]!.start === toks[last]!.end + 1 || toks[last + 1]!.text === '-')) last++;
    // The whole run is a name the gazetteer has: that step links it.
    if (gaz.byAlias.has(toks.slice(i + 1, last + 1).map((t) => t.norm).join(' '))) continue;
    // "Channel 12": a short number right after, when no noun it counts follows ("… 12 Stunden").
    const num = toks[last + 1];
    const after = toks[last + 2];
    if (num && num.kind === 'number' && /^\d{1,3}$/.test(num.text) && num.start === toks[last]!.end + 1 && !taken[last + 1] && !(after && after.kind === 'word' && after.capitalized) && after?.text !== '%') last++;
    spans.push([i + 1, last]);
    i = last;
  }
  return spans;
}
