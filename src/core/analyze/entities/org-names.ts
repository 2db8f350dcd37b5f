/**
 * Organisation names kept whole, for languages that write common nouns in lower
 * case (packs with `nameEvidence`): a run of capitalised words that ends in an
 * organisation's head noun is one name, also where it starts with a gazetteer
 * name or holds words that are no names on their own. So "Senate Judiciary
 * Committee" and "House Intelligence Committee" stay two committees, not the
 * Senate plus a "Judiciary Committee", and "Bank of America" is a bank, not
 * America. After the head, connectors carry the name on ("Department of Health
 * and Human Services", "Committee on Foreign Relations"); before it, a joiner
 * between two words ("Ways and Means Committee").
 *
 * One pass over the sentence; each token is looked at a bounded number of times.
 */
import type { Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { roleOf } from './heads.js';

/** An organisation's head noun or legal form, written as a word of its own ("Committee", "Airlines", "Inc"). */
function isHead(pack: LanguagePack, toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const names = pack.nameEvidence!;
  if (!pack.orgHeads.has(t.norm) && !names.legalForms.has(t.norm)) return false;
  // "White House Press Secretary": a head that opens a title is none.
  const next = toks[k + 1];
  return !(pack.titleWords?.has(t.norm) === true && next !== undefined && roleOf(pack, next) !== null);
}

/** Spans `[first, last]` of whole organisation names among the tokens nothing took yet. */
export function orgNameSpans(toks: readonly Token[], taken: readonly boolean[], pack: LanguagePack, gaz: GazetteerIndex): [number, number][] {
  const names = pack.nameEvidence;
  if (!names) return [];
  // Most sentences hold no capitalised head at all.
  let anyHead = false;
  for (const t of toks) if (t.capitalized && (pack.orgHeads.has(t.norm) || names.legalForms.has(t.norm))) anyHead = true;
  if (!anyHead) return [];
  const n = toks.length;
  const word = (k: number) => k >= 0 && k < n && !taken[k] && toks[k]!.kind === 'word' && toks[k]!.capitalized && !toks[k]!.stop;
  const joiner = (k: number) => k >= 0 && k < n && !taken[k] && names.orgJoiners.has(toks[k]!.norm);
  const spans: [number, number][] = [];
  let k = 0;
  // Where the last name found ends: the next one starts after it.
  let floor = 0;
  while (k < n) {
    if (!word(k) || !isHead(pack, toks, k)) {
      k++;
      continue;
    }
    const last = extendRight(toks, k, word, joiner, pack, gaz);
    const first = extendLeft(toks, k, (b) => b >= floor && word(b), joiner, pack, gaz);
    // "Jim Press", "John Church": a given name before the head is a person's name.
    const person = last === first + 1 && pack.firstNames.has(toks[first]!.norm);
    if (last > first && !person && !gazetteerAt(toks, first, gaz, last)) {
      spans.push([first, last]);
      floor = last + 1;
    }
    k = last + 1;
  }
  return spans;
}

/**
 * Further heads and legal forms ("Chrysler Group LLC"), then connectors with the
 * capitalised words after them, across a joiner ("of Health and Human Services")
 * unless a name of its own follows it ("Bank of America and Singapore Airlines").
 */
function extendRight(
  toks: readonly Token[],
  k: number,
  word: (k: number) => boolean,
  joiner: (k: number) => boolean,
  pack: LanguagePack,
  gaz: GazetteerIndex,
): number {
  const names = pack.nameEvidence!;
  const ownName = (a: number) => {
    if (pack.firstNames.has(toks[a]!.norm) || gazetteerAt(toks, a, gaz)) return true;
    for (let b = a; word(b); b++) if (isHead(pack, toks, b)) return true;
    return false;
  };
  let last = k;
  for (;;) {
    if (word(last + 1) && isHead(pack, toks, last + 1)) {
      last++;
      continue;
    }
    const c = last + 1;
    if (c >= toks.length || !names.orgConnectors.has(toks[c]!.norm)) return last;
    let d = c + 1;
    if (d < toks.length && pack.articles?.has(toks[d]!.norm) === true) d++;
    // ("Apple Computer on Monday": a date after the connector is no part of the name.)
    if (!word(d) || pack.weekdays.has(toks[d]!.norm) || pack.months.has(toks[d]!.norm)) return last;
    let e = d;
    while (word(e + 1) || (joiner(e + 1) && word(e + 2) && !ownName(e + 2))) e += word(e + 1) ? 1 : 2;
    last = e;
  }
}

/** The capitalised words before the head, across a joiner between two of them; never a possessive, role, month or weekday. */
function extendLeft(
  toks: readonly Token[],
  k: number,
  word: (k: number) => boolean,
  joiner: (k: number) => boolean,
  pack: LanguagePack,
  gaz: GazetteerIndex,
): number {
  const part = (b: number) => {
    if (!word(b)) return false;
    const t = toks[b]!;
    // A legal form ends the name before it ("Chrysler LLC Jim Press").
    if (/['’]s?$/.test(t.text) || pack.nameEvidence!.legalForms.has(t.norm) || roleOf(pack, t) !== null || pack.months.has(t.norm) || pack.weekdays.has(t.norm)) return false;
    return !pack.nameEvidence!.notName.test(t.norm);
  };
  let first = k;
  for (;;) {
    if (part(first - 1)) first--;
    // "Ways and Means Committee", not "Boeing and Airbus Group": no known name or given name before the joiner.
    else if (first < k && joiner(first - 1) && part(first - 2) && !pack.firstNames.has(toks[first - 2]!.norm) && !gazetteerEndsAt(toks, first - 2, gaz)) first -= 2;
    else return first;
  }
}

/** The tokens `first..last` as an alias key. */
function keyOf(toks: readonly Token[], first: number, last: number): string {
  let key = '';
  for (let k = first; k <= last; k++) key += (k > first ? ' ' : '') + toks[k]!.norm;
  return key;
}

/**
 * Whether a gazetteer alias starts at `first` (and ends at `last`, when given): a
 * whole span the gazetteer knows is left to it ("European Central Bank").
 */
function gazetteerAt(toks: readonly Token[], first: number, gaz: GazetteerIndex, last?: number): boolean {
  if (last !== undefined) return last - first < gaz.maxTokens && gaz.byAlias.has(keyOf(toks, first, last));
  for (const len of gaz.lengthsByFirst.get(toks[first]!.norm) ?? []) {
    if (first + len <= toks.length && gaz.byAlias.has(keyOf(toks, first, first + len - 1))) return true;
  }
  return false;
}

/** Whether a one- or two-word gazetteer alias ends at `last` ("GM and Chrysler Group", "Boeing and Airbus Group"). */
function gazetteerEndsAt(toks: readonly Token[], last: number, gaz: GazetteerIndex): boolean {
  return gaz.byAlias.has(toks[last]!.norm) || (last > 0 && gaz.byAlias.has(keyOf(toks, last - 1, last)));
}
