/** Loads the shipped story-clusterer weights (models/clusterer.json), once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateModel, type ClustererModel } from '../core/cluster/model.js';

const MODEL_URL = new URL('../../models/clusterer.json', import.meta.url);

export interface ShippedClusterer {
  model: ClustererModel;
  /** The plain baseline's cosine threshold, tuned on the same training parts. */
  baselineThreshold: number;
}

let cached: ShippedClusterer | null = null;

export function loadClustererModel(): ShippedClusterer {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(fileURLToPath(MODEL_URL), 'utf8')) as { baselineThreshold?: number };
  cached = { model: validateModel(raw), baselineThreshold: raw.baselineThreshold ?? 0.3 };
  return cached;
}
