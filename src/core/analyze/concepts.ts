import type { ArticleAnalysis, Sentence } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';

/**
 * Concepts a sentence's content words stand for (synonym groups, a noun's verb, a
 * verb's forms), from the language pack: concept key → the stems that carry it.
 * Computed when articles are compared, not when they are analysed: bulk ingest never
 * needs them, and a story compares a few dozen articles.
 */
export type SentenceConcepts = Record<string, string[]>;

/** Concepts per word form and pack: news repeats its vocabulary, and the look-up stems its table's words. */
const conceptCaches = new WeakMap<LanguagePack, Map<string, readonly string[]>>();
const MAX_CACHED_FORMS = 200_000;

/** A word form's concepts, words of many synonym groups keeping only their verb and noun keys. */
function wordConcepts(pack: LanguagePack, stem: string, norm: string): readonly string[] {
  let cache = conceptCaches.get(pack);
  if (!cache) conceptCaches.set(pack, (cache = new Map()));
  let keys = cache.get(norm);
  if (keys === undefined) {
    const all = pack.concepts(stem, norm);
    // A word of many synonym groups stands for none of them; its verb and noun keys still hold.
    let senses = 0;
    for (const k of all) if (k.includes(':syn:')) senses++;
    keys = senses > MAX_SENSES ? all.filter((k) => !k.includes(':syn:')) : all;
    if (cache.size >= MAX_CACHED_FORMS) cache.clear();
    cache.set(norm, keys);
  }
  return keys;
}

/** Words with more senses than this name too many things to stand for any one of them. */
const MAX_SENSES = 3;

/**
 * The concepts of each sentence's content words outside names and role labels, by
 * sentence index, so the comparison can meet paraphrases ("Streik" / "Arbeitsniederlegung").
 */
export function articleConcepts(a: ArticleAnalysis, pack: LanguagePack): Map<number, SentenceConcepts> {
  const named = new Map<number, { start: number; end: number }[]>();
  for (const list of [a.mentions, a.labels]) for (const m of list) (named.get(m.sentence) ?? named.set(m.sentence, []).get(m.sentence)!).push(m);
  const out = new Map<number, SentenceConcepts>();
  for (const s of a.sentences) {
    if (s.boilerplate) continue;
    const c = sentenceConcepts(s, named.get(s.index) ?? [], pack);
    if (c) out.set(s.index, c);
  }
  return out;
}

function sentenceConcepts(s: Sentence, names: readonly { start: number; end: number }[], pack: LanguagePack): SentenceConcepts | null {
  let out: Map<string, string[]> | undefined;
  for (const t of s.tokens) {
    if (t.kind !== 'word' || t.stop || t.norm.length < 4) continue;
    const keys = wordConcepts(pack, t.stem, t.norm);
    if (keys.length === 0) continue;
    if (names.length > 0 && names.some((n) => t.start >= n.start && t.end <= n.end)) continue;
    out ??= new Map();
    for (const k of keys) {
      const stems = out.get(k);
      if (!stems) out.set(k, [t.stem]);
      else if (!stems.includes(t.stem)) stems.push(t.stem);
    }
  }
  return out ? Object.fromEntries(out) : null;
}
