import type { ArticleAnalysis, Sentence, Span } from '../model/analysis.js';
import type { StoryEntity } from './story-entities.js';
import { bySentence } from '../collections.js';

/**
 * A statement unit — a sentence, or a clause of one that joins several
 * propositions — as a weighted bag of features, ready for cosine similarity.
 */
export interface SentenceVector {
  article: string;
  /** The sentence the unit is (or is a clause of). */
  sentence: Sentence;
  /** The unit's span and text: the sentence's, or the clause's. */
  start: number;
  end: number;
  text: string;
  /** The unit is a clause of its sentence. */
  clause: boolean;
  weights: Map<string, number>;
  norm: number;
  /** Story entity ids the sentence names. */
  entities: Set<string>;
  /** Content words, for deciding whether a sentence says enough to be a fact. */
  contentWords: number;
  /** Features that say what happened rather than who: words outside names, numbers, dates. */
  contentKeys: Set<string>;
  /** Word keys of the story's words the unit's compounds are built on ("w:kahlschlag" for "Kahlschlagkonzept"): for the near-match test, not the link scorer; absent when none. */
  parts?: ReadonlySet<string>;
  /** The unit's concepts (from the pack, through the comparison's options): key → stems carrying it. */
  concepts: Readonly<Record<string, readonly string[]>>;
  /** The headline or the first sentence of the body. */
  lead: boolean;
  /** The unit denies what it states ("nicht", "not"): an odd number of polarity words. */
  negated: boolean;
}

/** How much each channel counts relative to plain words. */
const CHANNEL_WEIGHT = { word: 1, part: 0.5, entity: 1, number: 1.4, time: 1.2, concept: 0.5 };

/**
 * Raw features of a sentence: content-word stems; for long words the first
 * and last five letters of the stem, so German compounds that share a part
 * still meet ("Rüstungsgespräche" / "Gespräche"); story entities; numbers with
 * what they count; resolved dates.
 */
function rawFeatures(
  a: ArticleAnalysis,
  s: Sentence,
  unit: Span,
  entityOf: (id: string) => StoryEntity | undefined,
  prefixes: ReadonlyMap<string, StoryEntity>,
  pairOf: (a: ArticleAnalysis, sentence: number) => readonly StoryEntity[],
  sentenceConcepts: Readonly<Record<string, readonly string[]>> | undefined,
  partsOf: (stem: string) => readonly string[] = () => [],
): { features: Map<string, number>; entities: Set<string>; contentWords: number; contentKeys: Set<string>; parts: Set<string>; concepts: Record<string, readonly string[]> } {
  const within = (x: Span) => x.start >= unit.start && x.end <= unit.end;
  const tokens = s.tokens.filter(within);
  const f = new Map<string, number>();
  const contentKeys = new Set<string>();
  const parts = new Set<string>();
  const nameTokens = new Set<number>();
  const add = (k: string, w: number) => f.set(k, (f.get(k) ?? 0) + w);
  let contentWords = 0;
  // Credits, captions and promos state nothing: they link to nothing.
  const concepts: Record<string, readonly string[]> = {};
  if (s.boilerplate) return { features: f, entities: new Set(), contentWords, contentKeys, parts, concepts };
  // Names stay in the word channel too: one outlet's tagger may miss a name the other finds.
  const inMention = new Set<number>();
  // Reporting verbs and hedges say how something is told, not what: they are framing, not content.
  // Each list read through its by-sentence index: a scan per sentence was quadratic on long articles.
  for (const at of bySentence(a.attributions)(s.index)) {
    for (const t of tokens) if (t.start >= at.cueSpan.start && t.end <= at.cueSpan.end) inMention.add(t.start);
  }
  for (const h of bySentence(a.hedges)(s.index)) if (within(h)) inMention.add(h.start);
  const entities = new Set<string>();
  for (const m of bySentence(a.mentions)(s.index)) {
    if (!within(m)) continue;
    const e = entityOf(m.entity);
    if (!e) continue;
    entities.add(e.id);
    add(`e:${e.id}`, CHANNEL_WEIGHT.entity);
    for (const t of tokens) if (t.start >= m.start && t.end <= m.end) nameTokens.add(t.start);
  }
  // "Die beiden Staatschefs" are the two people the article named most before.
  if (s.pairs?.some(within)) {
    for (const e of pairOf(a, s.index)) {
      if (entities.has(e.id)) continue;
      entities.add(e.id);
      add(`e:${e.id}`, CHANNEL_WEIGHT.entity);
    }
  }
  // A name as the first part of a compound ("US-Beamte", "Kreml-Sprecher") names its entity too.
  for (const t of tokens) {
    if (t.kind !== 'word' || nameTokens.has(t.start)) continue;
    const dash = t.text.indexOf('-');
    if (dash <= 0) continue;
    const e = prefixes.get(t.text.slice(0, dash).toLowerCase());
    if (!e || entities.has(e.id)) continue;
    entities.add(e.id);
    add(`e:${e.id}`, CHANNEL_WEIGHT.entity);
  }
  // Role labels before names ("Ministerpräsident Söder") describe who, not what.
  for (const l of bySentence(a.labels)(s.index)) nameTokens.add(l.start);
  const stems = new Set<string>();
  for (const t of tokens) {
    stems.add(t.stem);
    if (t.kind !== 'word' || t.stop || t.norm.length < 3 || inMention.has(t.start)) continue;
    contentWords++;
    add(`w:${t.stem}`, CHANNEL_WEIGHT.word);
    if (!nameTokens.has(t.start)) contentKeys.add(`w:${t.stem}`);
    if (t.stem.length >= 9) {
      add(`p:${t.stem.slice(0, 5)}`, CHANNEL_WEIGHT.part);
      add(`p:${t.stem.slice(-5)}`, CHANNEL_WEIGHT.part);
    }
    // A compound meets the word it is built on ("Kahlschlagkonzept" / "Kahlschlag") in the near-match test.
    if (!nameTokens.has(t.start)) for (const part of partsOf(t.stem)) parts.add(`w:${part}`);
  }
  // Concepts of words outside names: synonyms and nominalisations meet where the words differ.
  for (const [key, carriers] of Object.entries(sentenceConcepts ?? {})) {
    if (!carriers.some((c) => stems.has(c))) continue;
    add(`c:${key}`, CHANNEL_WEIGHT.concept);
    concepts[key] = carriers;
  }
  for (const q of bySentence(a.quantities)(s.index)) {
    if (!within(q)) continue;
    // A figure with what it counts ("97 votes") is strong evidence; a small bare number ("two") is not.
    const key = q.unit ? `n:${q.value}:${q.unit}` : `n:${q.value}`;
    add(key, CHANNEL_WEIGHT.number);
    contentKeys.add(key);
    if (q.unit && q.value >= 10) add(`v:${q.value}`, CHANNEL_WEIGHT.number / 2);
  }
  for (const t of bySentence(a.times)(s.index)) {
    if (t.granularity === 'time' || !within(t)) continue;
    add(`t:${t.value}`, CHANNEL_WEIGHT.time);
    contentKeys.add(`t:${t.value}`);
  }
  return { features: f, entities, contentWords, contentKeys, parts, concepts };
}

/**
 * The two people an article has named most up to each sentence (inclusive), when
 * there are two: whom "die beiden Staatschefs" / "both leaders" stand for. One sweep
 * over the mentions in sentence order keeps the three leading people (counts only
 * grow, so a person outside the three can only enter by its own mention); asked
 * per sentence, a count over all mentions each time was quadratic on long articles.
 */
function twoPeopleBefore(a: ArticleAnalysis, entityOf: (id: string) => StoryEntity | undefined): (sentence: number) => StoryEntity[] {
  type Count = { e: StoryEntity; n: number; first: number };
  const order = (x: Count, y: Count) => y.n - x.n || x.first - y.first;
  const mentions = [...a.mentions].sort((x, y) => x.sentence - y.sentence);
  const memo = new Map<number, StoryEntity[]>();
  const counts = new Map<string, Count>();
  let top: Count[] = [];
  let next = 0;
  let upTo = Number.NEGATIVE_INFINITY;
  const advance = (sentence: number) => {
    for (; next < mentions.length && mentions[next]!.sentence <= sentence; next++) {
      const m = mentions[next]!;
      const e = entityOf(m.entity);
      if (!e || e.type !== 'person') continue;
      let c = counts.get(e.id);
      if (!c) counts.set(e.id, (c = { e, n: 0, first: m.start }));
      c.n++;
      if (!top.includes(c)) top.push(c);
      top = top.sort(order).slice(0, 3);
    }
    upTo = sentence;
  };
  const answer = (): StoryEntity[] => {
    if (top.length < 2) return [];
    // A third person named as often as the second leaves "the two" unclear.
    if (top.length > 2 && top[2]!.n === top[1]!.n) return [];
    return [top[0]!.e, top[1]!.e];
  };
  return (sentence) => {
    let out = memo.get(sentence);
    if (out) return out;
    if (sentence < upTo) {
      // Asked out of order (sentences are asked in order): count afresh.
      counts.clear();
      top = [];
      next = 0;
    }
    advance(sentence);
    out = answer();
    memo.set(sentence, out);
    return out;
  };
}

/**
 * One-word names and aliases of the story's entities (two letters or more: "US",
 * "AfD", "Kreml"), lower case, for compounds that open with them. A word that is the
 * alias of two entities names neither.
 */
function compoundPrefixes(analyses: readonly ArticleAnalysis[], entityOf: (id: string) => StoryEntity | undefined): Map<string, StoryEntity> {
  const out = new Map<string, StoryEntity>();
  const ambiguous = new Set<string>();
  const seen = new Set<string>();
  for (const a of analyses)
    for (const m of a.mentions) {
      const e = entityOf(m.entity);
      if (!e || seen.has(e.id)) continue;
      seen.add(e.id);
      // A country's code is a prefix too ("US-Beamte" for the entity USA).
      const codes = e.members.flatMap((x) => x.keys.filter((k) => k.startsWith('country:')).map((k) => k.slice(8)));
      for (const name of [e.name, ...e.aliases, ...codes]) {
        if (name.length < 2 || /[\s-]/u.test(name)) continue;
        const key = name.toLowerCase();
        if (out.has(key) && out.get(key)!.id !== e.id) ambiguous.add(key);
        else out.set(key, e);
      }
    }
  for (const k of ambiguous) out.delete(k);
  return out;
}

/** Shortest compound part, and shortest rest beside it: shorter pieces ("land", "stand") join unrelated words. */
const MIN_PART = 6;
const MIN_REST = 4;
/** A word in more sentences of the story than this (and than half its articles) is no specific part (see specificWords). */
const SPECIFIC_MAX_SENTENCES = 3;

/**
 * The stems of the story's specific content words (no stopwords): those that at most
 * SPECIFIC_MAX_SENTENCES sentences use, or half as many sentences as there are articles. A compound
 * built on the story's own topic word ("Cannabiskonsum", "Streikzeitraum") says no more
 * than any other sentence about it; one built on a rare word ("Kahlschlagkonzept") does.
 */
function specificWords(analyses: readonly ArticleAnalysis[]): Set<string> {
  const count = new Map<string, number>();
  for (const a of analyses)
    for (const s of a.sentences) {
      if (s.boilerplate) continue;
      const seen = new Set<string>();
      for (const t of s.tokens) if (t.kind === 'word' && !t.stop && t.stem.length >= MIN_PART) seen.add(t.stem);
      for (const w of seen) count.set(w, (count.get(w) ?? 0) + 1);
    }
  const limit = Math.max(SPECIFIC_MAX_SENTENCES, analyses.length / 2);
  const out = new Set<string>();
  for (const [w, n] of count) if (n <= limit) out.add(w);
  return out;
}

/**
 * The words a compound stem is built on: its longest first part and its longest
 * last part that are among the given words (the story's specific words)
 * ("verfassungsschutzbericht" → "verfassungsschutz"; "wembley-stadion" → "wembley",
 * "stadion"; "regierungsbildung" → "regierung", "bildung"). Splitting only at
 * words the story uses keeps the guesses few and needs no dictionary.
 */
export function compoundParts(words: ReadonlySet<string>): (stem: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (stem) => {
    let out = memo.get(stem);
    if (out) return out;
    const found: string[] = [];
    if (stem.length >= MIN_PART + MIN_REST) {
      for (let i = stem.length - MIN_REST; i >= MIN_PART; i--) {
        const head = stem.slice(0, i).replace(/-$/u, '');
        if (head.length >= MIN_PART && words.has(head)) {
          found.push(head);
          break;
        }
      }
      for (let i = MIN_REST; i <= stem.length - MIN_PART; i++) {
        const tail = stem.slice(i).replace(/^-/u, '');
        if (words.has(tail)) {
          if (!found.includes(tail)) found.push(tail);
          break;
        }
      }
    }
    out = found.filter((w) => w !== stem);
    memo.set(stem, out);
    return out;
  };
}

/** TF-IDF vectors for every sentence of the story; IDF is over the story's sentences. */
export function sentenceVectors(
  analyses: readonly ArticleAnalysis[],
  entityOf: (id: string) => StoryEntity | undefined,
  conceptsOf: (a: ArticleAnalysis, sentence: number) => Readonly<Record<string, readonly string[]>> | undefined = () => undefined,
): SentenceVector[] {
  const prefixes = compoundPrefixes(analyses, entityOf);
  const partsOf = compoundParts(specificWords(analyses));
  const pairsOf = new Map<ArticleAnalysis, (sentence: number) => StoryEntity[]>();
  const pairOf = (a: ArticleAnalysis, sentence: number) => {
    let of = pairsOf.get(a);
    if (!of) pairsOf.set(a, (of = twoPeopleBefore(a, entityOf)));
    return of(sentence);
  };
  const raw = analyses.flatMap((a) =>
    a.sentences.flatMap((s) =>
      (s.clauses ?? [s]).map((unit) => ({
        a,
        s,
        unit,
        clause: s.clauses !== undefined,
        ...rawFeatures(a, s, unit, entityOf, prefixes, pairOf, conceptsOf(a, s.index), partsOf),
      })),
    ),
  );
  const df = new Map<string, number>();
  for (const r of raw) for (const k of r.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = raw.length || 1;
  const firstBody = new Map(analyses.map((a) => [a.article.id, a.sentences.find((s) => !s.headline && !s.boilerplate)?.index ?? -1]));
  return raw.map((r) => {
    const weights = new Map<string, number>();
    let sq = 0;
    for (const [k, tf] of r.features) {
      const w = tf * Math.log(1 + n / (df.get(k) ?? 1));
      weights.set(k, w);
      sq += w * w;
    }
    return {
      article: r.a.article.id,
      sentence: r.s,
      start: r.unit.start,
      end: r.unit.end,
      text: r.clause ? r.a.article.text.slice(r.unit.start, r.unit.end) : r.s.text,
      clause: r.clause,
      weights,
      norm: Math.sqrt(sq),
      entities: r.entities,
      contentWords: r.contentWords,
      contentKeys: r.contentKeys,
      parts: r.parts,
      concepts: r.concepts,
      negated: ((r.s.negations ?? []).filter((at) => at >= r.unit.start && at < r.unit.end).length & 1) === 1,
      lead: (r.s.headline || r.s.index === firstBody.get(r.a.article.id)) && r.unit.start === r.s.start,
    };
  });
}

export function cosine(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small.weights) {
    const v = large.weights.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** How many content features (not names) one sentence shares with the other's features. */
export function sharedContent(a: SentenceVector, b: SentenceVector): number {
  let n = 0;
  for (const k of a.contentKeys) if (b.weights.has(k)) n++;
  for (const k of b.contentKeys) if (a.weights.has(k) && !a.contentKeys.has(k)) n++;
  return n;
}
