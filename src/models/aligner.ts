/**
 * Loads the trained sentence-aligner weights (models/aligner.json, made by
 * `npm run train:aligner`), once, checked against this version's pair features.
 * Not wired into the comparison here: pass `{ facts: { model } }` to
 * compareArticles / compareInputs to use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { validateAlignerModel, type AlignerModel } from '../core/compare/facts/pair-scorer.js';

const MODEL_URL = new URL('../../models/aligner.json', import.meta.url);

export interface ShippedAligner {
  model: AlignerModel;
  /** Short hash of the weight file. */
  hash: string;
}

let cached: ShippedAligner | null = null;

/** Whether models/aligner.json is there (it is made by `npm run train:aligner`). */
export function hasAlignerModel(): boolean {
  return existsSync(fileURLToPath(MODEL_URL));
}

export function loadAlignerModel(): ShippedAligner {
  if (cached) return cached;
  const text = readFileSync(fileURLToPath(MODEL_URL), 'utf8');
  cached = { model: validateAlignerModel(JSON.parse(text)), hash: createHash('sha256').update(text).digest('hex').slice(0, 12) };
  return cached;
}
