import type { EntityLabel, EntityMention, Sentence } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';
import { roleOf } from './entities/recognize.js';
import { tokenStartingAt } from '../text/tokenize.js';

/**
 * Descriptors an article attaches to each named entity: the role written before
 * a name ("Kreml-Sprecher Dmitri Peskow", "Machthaber Kim") and the apposition
 * after it ("John Kirby, Sprecher des …", "Adrienne Watson, spokeswoman for …").
 */
export function findLabels(sentences: readonly Sentence[], mentions: readonly EntityMention[], pack: LanguagePack): EntityLabel[] {
  const out: EntityLabel[] = [];
  const seen = new Set<string>();
  const push = (l: EntityLabel) => {
    const key = `${l.entity}|${l.start}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(l);
    }
  };
  for (const m of mentions) {
    const s = sentences[m.sentence];
    if (!s) continue;
    const toks = s.tokens;
    const first = tokenStartingAt(toks, m.start);
    let last = first;
    while (last + 1 < toks.length && toks[last + 1]!.end <= m.end) last++;
    if (first < 0) continue;
    // Role right before the name, possibly with an adjective between ("dem russischen Präsidenten Putin").
    const prev = toks[first - 1];
    if (prev && roleOf(pack, prev)) push({ sentence: s.index, entity: m.entity, label: prev.text, start: prev.start, end: prev.end });
    // Apposition: ", [article] Role" after the name.
    if (toks[last + 1]?.text === ',') {
      for (let k = last + 2; k < Math.min(toks.length, last + 5); k++) {
        const t = toks[k]!;
        if (roleOf(pack, t)) {
          push({ sentence: s.index, entity: m.entity, label: t.text, start: t.start, end: t.end });
          break;
        }
        if (!t.stop && t.kind === 'word' && !/^\p{Ll}/u.test(t.text)) break;
      }
    }
  }
  return out;
}
