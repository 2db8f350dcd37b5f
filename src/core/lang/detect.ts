import { eld } from 'eld/small';

/**
 * ISO 639-1 code of the text's language, or "und" when the detector is unsure.
 * A sample from the start is enough and keeps long articles cheap.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  if (sample.replace(/[^\p{L}]/gu, '').length < 10) return 'und';
  const result = eld.detect(sample);
  const code = result.language;
  if (!code || !result.isReliable()) return 'und';
  return code;
}
