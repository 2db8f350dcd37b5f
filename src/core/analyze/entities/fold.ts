/**
 * Folds a name to a key that German and English spellings and common
 * transliterations of the same name share: "Wladimir" and "Vladimir",
 * "Peskow" and "Peskov", "Schoigu" and "Shoigu", "Selenskyj" and "Zelensky",
 * "Dmitri" and "Dmitry". Over-folding is cheap here: keys are compared only
 * between names already found as entities.
 */
const foldCache = new Map<string, string>();

export function foldName(name: string): string {
  const hit = foldCache.get(name);
  if (hit !== undefined) return hit;
  const folded = fold(name);
  if (foldCache.size > 100_000) foldCache.clear();
  foldCache.set(name, folded);
  return folded;
}

function fold(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ');
  s = s
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/z/g, 's')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/ov\b/g, 'of')
    .replace(/ev\b/g, 'ef')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return s;
}

/** Strips a genitive ending ("Kims", "Putins", "Russia's") from a single name token. */
export function stripGenitive(token: string): string {
  if (/['’]s$/.test(token)) return token.slice(0, -2);
  if (/['’]$/.test(token)) return token.slice(0, -1);
  return token;
}
