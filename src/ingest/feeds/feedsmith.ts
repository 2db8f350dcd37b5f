/**
 * feedsmith, loaded on first use: it takes a few hundred milliseconds to load,
 * and most runs (compare, browse, serve without feeds) never parse a feed.
 */
import { createRequire } from 'node:module';
import type * as Feedsmith from 'feedsmith';

const requireCjs = createRequire(import.meta.url);
let loaded: typeof Feedsmith | null = null;

export function feedsmith(): typeof Feedsmith {
  loaded ??= requireCjs('feedsmith') as typeof Feedsmith;
  return loaded;
}
