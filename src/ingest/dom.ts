/**
 * linkedom and Readability, loaded on first use. Loading it costs a few hundred milliseconds at
 * start-up, which runs that only read text, JSON or stored articles never need.
 */
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';

const requireCjs = createRequire(import.meta.url);
let loaded: typeof Linkedom | null = null;

export function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  loaded ??= requireCjs('linkedom') as typeof Linkedom;
  return loaded.parseHTML(html);
}

let readability: typeof ReadabilityClass | null = null;

/** Mozilla's Readability class, loaded with the DOM on first use. */
export function readabilityClass(): typeof ReadabilityClass {
  readability ??= (requireCjs('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  return readability;
}
