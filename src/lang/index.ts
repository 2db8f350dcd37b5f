/**
 * Registry of language packs. Adding a language: write src/lang/<code>/index.ts
 * exporting a LanguagePack and list it here; the shared contract tests in
 * ./packs.test.ts then run over it.
 */
import type { LanguagePack } from '../core/lang/pack.js';
import { german } from './de/index.js';
import { english } from './en/index.js';

export const packs: readonly LanguagePack[] = [german, english];

const byCode = new Map(packs.map((p) => [p.code, p]));

/** The pack for an ISO 639-1 code ("de", "en"; "de-AT" and "EN" work too), or null. */
export function getPack(code: string): LanguagePack | null {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return byCode.get(primary) ?? null;
}
