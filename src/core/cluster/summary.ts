/** A story as shown to readers and stored: title, key entities, span, outlets, languages, parts. */
import type { StoryState, Headline } from './story-state.js';
import type { StorySummary } from './types.js';
import type { Vocabulary } from './vocabulary.js';

const KEY_ENTITIES = 8;

export function summarize(s: StoryState, vocab: Vocabulary): StorySummary {
  const weights = new Map<string, number>();
  for (const v of [s.entT, s.entB]) for (let i = 0; i < v.ids.length; i++) {
    const key = vocab.terms[v.ids[i]!]!;
    weights.set(key, (weights.get(key) ?? 0) + v.w[i]!);
  }
  const entities = [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEY_ENTITIES)
    .map(([key, weight]) => ({ key, name: s.entityNames.get(key) ?? key.replace(/^[a-z]+:/, ''), weight: Math.round(weight * 100) / 100 }));
  const languages = [...s.parts.entries()].sort((a, b) => b[1].articles - a[1].articles || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
  const parts = languages.map((language) => ({
    language,
    size: s.parts.get(language)!.articles,
    title: representative(s, vocab, s.headlines.filter((h) => h.language === language)),
  }));
  return {
    id: s.id,
    title: representative(s, vocab, s.headlines),
    entities,
    first: Number.isNaN(s.first) ? null : new Date(s.first).toISOString(),
    last: Number.isNaN(s.last) ? null : new Date(s.last).toISOString(),
    outlets: [...s.outlets.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]),
    languages,
    parts,
    size: s.articles.length,
    articles: [...s.articles],
    active: !s.archived,
  };
}

/** The headline closest (stem cosine, IDF-weighted) to its language's headline centroid; the first on ties. */
function representative(s: StoryState, vocab: Vocabulary, headlines: readonly Headline[]): string {
  let best = '';
  let bestScore = -1;
  for (const h of headlines) {
    const v = s.parts.get(h.language)?.stemT;
    let dot = 0;
    let norm = 0;
    for (const id of h.stems) {
      const idf = vocab.idf(id);
      norm += idf * idf;
      if (!v) continue;
      const i = v.ids.indexOf(id);
      if (i >= 0) dot += v.w[i]! * idf * idf;
    }
    const score = norm > 0 ? dot / Math.sqrt(norm) : 0;
    if (score > bestScore + 1e-12) {
      best = h.text;
      bestScore = score;
    }
  }
  return best;
}
