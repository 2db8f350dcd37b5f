/**
 * Clustering scores against gold: BCubed (per item, averaged) and pair
 * counting (over all pairs of items), each precision, recall and F1.
 */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** `predicted[i]` and `gold[i]` are the cluster labels of item i. */
export function bcubed(predicted: readonly string[], gold: readonly string[]): PRF {
  const n = predicted.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const { cell, predSize, goldSize } = counts(predicted, gold);
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const c = cell.get(`${predicted[i]}\u0000${gold[i]}`)!;
    p += c / predSize.get(predicted[i]!)!;
    r += c / goldSize.get(gold[i]!)!;
  }
  return { precision: p / n, recall: r / n, f1: f1(p / n, r / n) };
}

export function pairwise(predicted: readonly string[], gold: readonly string[]): PRF {
  const { cell, predSize, goldSize } = counts(predicted, gold);
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  const tp = pairs(cell);
  const predPairs = pairs(predSize);
  const goldPairs = pairs(goldSize);
  const precision = predPairs ? tp / predPairs : 1;
  const recall = goldPairs ? tp / goldPairs : 1;
  return { precision, recall, f1: f1(precision, recall) };
}

function counts(predicted: readonly string[], gold: readonly string[]) {
  if (predicted.length !== gold.length) throw new Error('predicted and gold differ in length');
  const cell = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const key = `${predicted[i]}\u0000${gold[i]}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    predSize.set(predicted[i]!, (predSize.get(predicted[i]!) ?? 0) + 1);
    goldSize.set(gold[i]!, (goldSize.get(gold[i]!) ?? 0) + 1);
  }
  return { cell, predSize, goldSize };
}
