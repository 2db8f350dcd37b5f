import { cosine, type SentenceVector } from '../sentence-features.js';

/**
 * The evidence that two sentences of different articles state one fact, as named
 * numbers in [0, 1]. The scorer weighs them; the names keep the weight file
 * readable and let training scripts and the scorer agree on the order.
 */
export const PAIR_FEATURES = [
  'bias',
  /** TF-IDF cosine over all channels. */
  'cosine',
  /** Shared weight over the mean weight of the two sentences (Dice). */
  'dice',
  /** Shared weight over the smaller sentence's weight: a short sentence inside a long one. */
  'containment',
  /** Content words in common (not names), capped. */
  'sharedWords',
  /** Story entities in common, capped. */
  'sharedEntities',
  /** Numbers in common. */
  'sharedNumbers',
  /** Dates in common. */
  'sharedDates',
  /** Concepts in common that the words do not share (synonyms, nominalisations). */
  'sharedConcepts',
  /** Each sentence is the other's best match in its article. */
  'mutualBest',
  /** One of the two is the other's best match. */
  'oneBest',
  /** One of them is a headline and the other is no lead: a headline summarises, so its words meet many sentences by chance. */
  'headline',
  /** The shorter sentence's content, log-scaled: two-word sentences match by accident. */
  'shortSize',
  /** Both open their article (headline or first sentence of the body): ledes tell the main event. */
  'bothLeads',
  /** One denies what the other states ("pleaded guilty" / "will plead not guilty"). */
  'polarityClash',
] as const;

export type PairFeature = (typeof PAIR_FEATURES)[number];

export interface PairContext {
  /** Each sentence is the other's best match in its article. */
  mutualBest: boolean;
  /** One is the other's best match. */
  oneBest: boolean;
}

const cap = (x: number, n: number) => Math.min(x, n) / n;

function differentWords(a: SentenceVector, b: SentenceVector, key: string): boolean {
  const concept = key.slice(2);
  const x = a.concepts[concept] ?? [];
  const y = b.concepts[concept] ?? [];
  return !x.some((stem) => y.includes(stem));
}

/** The feature vector of a pair, in the order of PAIR_FEATURES. */
export function pairFeatures(a: SentenceVector, b: SentenceVector, ctx: PairContext): number[] {
  let shared = 0;
  let sumA = 0;
  let sumB = 0;
  let words = 0;
  let entities = 0;
  let numbers = 0;
  let dates = 0;
  let concepts = 0;
  for (const [k, w] of a.weights) {
    sumA += w;
    const x = b.weights.get(k);
    if (x === undefined) continue;
    shared += Math.min(w, x);
    switch (k[0]) {
      case 'e':
        entities++;
        break;
      case 'n':
      case 'v':
        numbers++;
        break;
      case 't':
        dates++;
        break;
      case 'w':
        // Words of names are counted as entities; here only what the sentences say happened.
        if (a.contentKeys.has(k) && b.contentKeys.has(k)) words++;
        break;
      case 'c':
        // Only a concept the two sentences reach through different words is new evidence.
        if (differentWords(a, b, k)) concepts++;
        break;
    }
  }
  for (const w of b.weights.values()) sumB += w;
  const dice = sumA + sumB > 0 ? (2 * shared) / (sumA + sumB) : 0;
  const containment = Math.min(sumA, sumB) > 0 ? shared / Math.min(sumA, sumB) : 0;
  return [
    1,
    cosine(a, b),
    dice,
    containment,
    cap(words, 4),
    cap(entities, 3),
    cap(numbers, 2),
    cap(dates, 2),
    cap(concepts, 3),
    ctx.mutualBest ? 1 : 0,
    ctx.oneBest ? 1 : 0,
    (a.sentence.headline || b.sentence.headline) && !(a.lead && b.lead) ? 1 : 0,
    Math.min(1, Math.log1p(Math.min(a.contentWords, b.contentWords)) / 3),
    a.lead && b.lead ? 1 : 0,
    a.negated !== b.negated ? 1 : 0,
  ];
}
