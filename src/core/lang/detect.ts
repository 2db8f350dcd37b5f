/**
 * Language identification. Long texts in a language we have a pack for are
 * identified by counting each pack's stopwords (fast, and no model to load);
 * anything else falls back to the `eld` detector, whose n-gram tables take
 * about half a second to load, so it is loaded only when needed
 * (`loadLanguageDetector`).
 */
interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}

let detector: Detector | null = null;

/** Loads the n-gram detector once; call before `detectLanguage` when packs may not decide. */
export async function loadLanguageDetector(): Promise<void> {
  if (!detector) detector = (await import('eld/small')).eld as Detector;
}

export interface StopwordSet {
  code: string;
  stopwords: ReadonlySet<string>;
}

/** The language whose stopwords clearly dominate the text, or null when none does. */
export function voteByStopwords(text: string, packs: readonly StopwordSet[]): string | null {
  const words = text.slice(0, 4000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 12) return null;
  const counts = packs.map((p) => ({ code: p.code, n: words.reduce((s, w) => s + (p.stopwords.has(w) ? 1 : 0), 0) }));
  counts.sort((a, b) => b.n - a.n);
  const [best, second] = counts;
  if (!best || best.n < 5 || best.n / words.length < 0.15) return null;
  return !second || best.n >= 3 * second.n ? best.code : null;
}

/** ISO 639-1 code of the text's language, or "und" when it cannot be told. */
export function detectLanguage(text: string, packs: readonly StopwordSet[] = []): string {
  const voted = voteByStopwords(text, packs);
  if (voted) return voted;
  const sample = text.slice(0, 2000);
  if (!detector || sample.replace(/[^\p{L}]/gu, '').length < 10) return 'und';
  const result = detector.detect(sample);
  return result.language && result.isReliable() ? result.language : 'und';
}
