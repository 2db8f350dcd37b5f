/**
 * The story clusterer's learned weights (models/clusterer.json, made by
 * `npm run train:clusterer`), read once. Without the file the hand-set
 * defaults apply, so a checkout without trained weights still clusters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defaultModel, validateModel, type ClustererModel } from '../core/cluster/model.js';

const MODEL_PATH = fileURLToPath(new URL('../../models/clusterer.json', import.meta.url));

let cached: { model: ClustererModel; hash: string } | null = null;

export function loadClustererModel(): { model: ClustererModel; hash: string } {
  if (cached) return cached;
  if (existsSync(MODEL_PATH)) {
    const text = readFileSync(MODEL_PATH, 'utf8');
    cached = { model: validateModel(JSON.parse(text)), hash: createHash('sha256').update(text).digest('hex').slice(0, 12) };
  } else {
    const model = defaultModel();
    cached = { model, hash: `default-${createHash('sha256').update(JSON.stringify(model)).digest('hex').slice(0, 8)}` };
  }
  return cached;
}
