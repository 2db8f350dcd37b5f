/**
 * Loads the shipped story-clusterer weights (models/clusterer.json, made by
 * `npm run train:clusterer`), once. The hash names the weights, so snapshots
 * made with other weights are rebuilt by replay instead of mixed.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { validateModel, type ClustererModel } from '../core/cluster/model.js';

const MODEL_URL = new URL('../../models/clusterer.json', import.meta.url);

export interface ShippedClusterer {
  model: ClustererModel;
  /** The plain baseline's cosine threshold, tuned on the same training parts. */
  baselineThreshold: number;
  /** Short hash of the weight file. */
  hash: string;
}

let cached: ShippedClusterer | null = null;

export function loadClustererModel(): ShippedClusterer {
  if (cached) return cached;
  const text = readFileSync(fileURLToPath(MODEL_URL), 'utf8');
  const raw = JSON.parse(text) as { baselineThreshold?: number };
  cached = { model: validateModel(raw), baselineThreshold: raw.baselineThreshold ?? 0.3, hash: createHash('sha256').update(text).digest('hex').slice(0, 12) };
  return cached;
}
