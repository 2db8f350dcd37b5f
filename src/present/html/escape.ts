/** Escaping for the HTML report: every string from a report goes through here. */
import { oneLine } from '../view.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes & < > " ' so the result is safe as element content and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Article text for the page: flattened to one line (no control characters), then escaped. */
export function t(text: string): string {
  return escapeHtml(oneLine(text));
}

/** The URL when it is an absolute http(s) URL, else null: nothing else becomes a link. */
export function safeHref(url: string | null): string | null {
  if (url === null) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}

/** ` lang="de"` for a plausible language code, '' otherwise ("und", empty, junk). */
export function langAttr(language: string | null): string {
  if (language === null || language === 'und' || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(language)) return '';
  return ` lang="${escapeHtml(language)}"`;
}
