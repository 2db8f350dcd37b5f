/**
 * German verb forms to one key: the participle and the finite forms of a verb meet
 * its infinitive ("beobachtet", "beobachtete", "beobachten"; "gewählt", "wählte";
 * "abgebaut", "abbauen"), which the stemmer leaves apart. A key of the comparison's
 * concept channel, so "US-Beamte beobachten" meets "wird … beobachtet".
 */

/** Separable prefixes before "ge" in a participle ("ab-ge-baut", "an-ge-kündigt"). */
const SEPARABLE = ['zurück', 'heraus', 'herein', 'hinaus', 'voran', 'weiter', 'fest', 'nach', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'her', 'hin', 'los', 'mit', 'vor', 'weg', 'zu', 'um'];

/** Letters verb endings are made of: "-t", "-et", "-te", "-ten", "-en", "-n". */
const ENDING_LETTERS = new Set(['t', 'e', 'n']);
/** Shortest base kept: "hält" stays as it is. */
const MIN_BASE = 4;

/**
 * A key shared by the forms of one lower-case German verb, or null for a word too
 * short to tell. Participle prefixes go ("ge", after a separable prefix too), then
 * the ending letters t, e, n from the end: "beobachten", "beobachtet",
 * "beobachtete" → "beobach"; "gewählt", "wählen", "wählten" → "wähl". The key is no
 * word, only a meeting point; the comparison uses it where the stems differ.
 */
export function germanVerbBase(norm: string): string | null {
  if (norm.length < 5) return null;
  let w = norm;
  let prefixed = false;
  for (const p of SEPARABLE) {
    if (w.startsWith(`${p}ge`) && w.length > p.length + 4) {
      w = p + w.slice(p.length + 2);
      prefixed = true;
      break;
    }
  }
  if (!prefixed && w.startsWith('ge') && w.length > 6) w = w.slice(2);
  let end = w.length;
  while (end > MIN_BASE && ENDING_LETTERS.has(w[end - 1]!)) end--;
  return end === w.length && !prefixed && w === norm ? null : w.slice(0, end);
}
