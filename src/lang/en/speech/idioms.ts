/**
 * English set phrases with a verb of saying that report nothing: the writer's
 * own connectives and hypotheticals ("Having said that, …", "That said, …",
 * "Needless to say", "so to speak", "Let's say you …", "suffice it to say").
 */
import type { Token } from '../../../core/model/analysis.js';

/** The verb at `i` belongs to one of the writer's set phrases. */
export function idiom(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1]?.norm ?? '';
  const prev2 = toks[i - 2]?.norm ?? '';
  const next = toks[i + 1]?.norm ?? '';
  // (Only where the phrase opens its clause: after the start or a punctuation mark.)
  const opensAt = (k: number) => k === 0 || toks[k - 1]!.kind === 'punct';
  if (t.norm === 'said' && prev === 'having' && (next === 'that' || next === 'this') && opensAt(i - 1)) return true;
  if (t.norm === 'said' && (prev === 'that' || prev === 'this') && toks[i + 1]?.text === ',' && opensAt(i - 1)) return true;
  if (t.norm === 'say' && prev === 'to' && (prev2 === 'needless' || prev2 === 'so')) return true;
  if (t.norm === 'speak' && prev === 'to' && prev2 === 'so') return true;
  if (t.norm === 'say' && prev === 'to' && prev2 === 'it' && toks[i - 3]?.norm === 'suffice') return true;
  // "Let's say you think …", "let us say": a supposition.
  if (t.norm === 'say' && (prev === 's' || prev === "let's" || prev === 'let’s' || (prev === 'us' && prev2 === 'let') || (prev === '’s' && prev2 === 'let') || (prev === "'s" && prev2 === 'let'))) return true;
  return false;
}
