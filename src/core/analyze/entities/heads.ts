/**
 * Role nouns and head nouns inside tokens: "Kreml-Sprecher" holds the role
 * "sprecher", "Verteidigungsministerium" ends with the organisation head
 * "ministerium". Suffix searches, cached per word form.
 */
import type { Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';

/** Per pack: lower-cased word → its role noun or null (news repeats words, the search is long). */
const roleCache = new WeakMap<LanguagePack, Map<string, string | null>>();

/** The role noun inside a token ("Kreml-Sprecher" → "sprecher", "Verteidigungsministers" → "verteidigungsminister"). */
export function roleOf(pack: LanguagePack, token: Token): string | null {
  if (token.kind !== 'word' || pack.roles.size === 0) return null;
  let cache = roleCache.get(pack);
  if (!cache) roleCache.set(pack, (cache = new Map()));
  const hit = cache.get(token.norm);
  if (hit !== undefined) return hit;
  const role = findRole(pack, token);
  if (cache.size > 100_000) cache.clear();
  cache.set(token.norm, role);
  return role;
}

/**
 * Per word set: which lengths its words have, and the last `width` letters of its
 * words at least that long, so a suffix search gives up at once on a word whose
 * ending no listed word has, and otherwise tries only listed lengths.
 */
interface SuffixIndex {
  lengths: Uint8Array;
  ends: Set<string>;
}

const suffixCache = new WeakMap<ReadonlySet<string>, SuffixIndex[]>();

function suffixIndex(words: ReadonlySet<string>, width: number): SuffixIndex {
  let byWidth = suffixCache.get(words);
  if (!byWidth) suffixCache.set(words, (byWidth = []));
  let index = byWidth[width];
  if (!index) {
    let max = 0;
    for (const w of words) max = Math.max(max, w.length);
    const lengths = new Uint8Array(max + 1);
    const ends = new Set<string>();
    for (const w of words) {
      lengths[w.length] = 1;
      if (w.length >= width) ends.add(w.slice(-width));
    }
    byWidth[width] = index = { lengths, ends };
  }
  return index;
}

function findRole(pack: LanguagePack, token: Token): string | null {
  const { lengths: roleLengths, ends: roleEnds } = suffixIndex(pack.roles, 4);
  const forms = [token.norm];
  for (const ending of ['innen', 'in', 'en', 'es', 'n', 's', 'e']) {
    if (token.norm.endsWith(ending) && token.norm.length - ending.length >= 3) forms.push(token.norm.slice(0, -ending.length));
  }
  for (const form of forms) {
    if (pack.roles.has(form)) return form;
    // Compounds: the role is the head at the end ("verteidigungsminister", "kreml-sprecher").
    // Every tail tried has 4 letters or more, so it ends in the form's last four.
    if (form.length < 5 || !roleEnds.has(form.slice(-4))) continue;
    for (let k = Math.max(1, form.length - roleLengths.length + 1); k <= form.length - 4; k++) {
      if (roleLengths[form.length - k] !== 1) continue;
      const tail = form.slice(k);
      if (pack.roles.has(tail)) return form.slice(k - 1, k) === '-' ? tail : form;
    }
  }
  return null;
}

const headCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** Whether the lower-cased word is a head noun of the set or a compound ending in one ("Raumfahrtagentur" → "agentur"). */
export function endsWithHead(heads: ReadonlySet<string>, norm: string): boolean {
  let cache = headCache.get(heads);
  if (!cache) headCache.set(heads, (cache = new Map()));
  let hit = cache.get(norm);
  if (hit === undefined) {
    hit = heads.has(norm);
    const { lengths, ends } = suffixIndex(heads, 3);
    // Every tail tried has 3 letters or more, so it ends in the word's last three.
    const mayEnd = norm.length >= 4 && ends.has(norm.slice(-3));
    for (let k = Math.max(1, norm.length - lengths.length + 1); mayEnd && !hit && k <= norm.length - 3; k++) {
      if (lengths[norm.length - k] === 1 && heads.has(norm.slice(k))) hit = true;
    }
    if (cache.size > 100_000) cache.clear();
    cache.set(norm, hit);
  }
  return hit;
}

