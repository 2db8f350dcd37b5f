/**
 * Small normalisers shared by the ingest adapters: inline text clean-up,
 * language codes, URLs and byte sizes.
 */

/** Characters that carry no text: soft hyphen, zero-width space, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** NFC, invisible characters removed, whitespace runs (newlines too) collapsed to one space, trimmed. */
export function cleanInline(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** cleanInline, and null for an empty result. */
export function cleanField(s: string | null | undefined): string | null {
  if (s == null) return null;
  const c = cleanInline(s);
  return c === '' ? null : c;
}

/**
 * A language tag ("de-DE", "en_US", "DE") reduced to its ISO 639-1 code,
 * or null when it has no two-letter primary subtag.
 */
export function normaliseLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().split(/[-_\s]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

/**
 * An absolute http(s) URL in canonical form, or null. A relative reference is
 * resolved against `base` when one is given.
 */
export function normaliseUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (v === '') return null;
  let u: URL;
  try {
    u = base ? new URL(v, base) : new URL(v);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href;
}

/** The host of a URL without a leading "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    if (!host) return null;
    return host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** "5 MB", "512 KB", "300 bytes", "25.3 MB": for limits and sizes in messages. */
export function formatBytes(n: number): string {
  const MB = 1024 * 1024;
  if (n >= MB) return `${trimNumber(n / MB)} MB`;
  if (n >= 1024) return `${trimNumber(n / 1024)} KB`;
  return `${n} bytes`;
}

function trimNumber(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

/** "15 s", "0.2 s": for timeouts in messages. */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
