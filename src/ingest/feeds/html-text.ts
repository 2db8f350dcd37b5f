/**
 * Feed content is HTML fragments (RSS description, content:encoded, Atom
 * html/xhtml, JSON Feed content_html). This turns one into plain text:
 * block elements and <br> end paragraphs, scripts and media are dropped,
 * entities decoded by a real HTML parser.
 */
import { parseHTML } from '../dom.js';
import { cleanInline } from '../normalize.js';
import { blockParagraphs, type TextNode } from '../block-text.js';

/** Forms in feed content are sign-up boxes, never the story. */
const FEED_CHROME = new Set(['form']);

/** Paragraphs of text in an HTML fragment, joined by blank lines; "" when there is none. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return paragraphsOf(html);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const body = (document as unknown as { body: TextNode | null }).body;
  return body ? blockParagraphs(body, FEED_CHROME).join('\n\n') : '';
}

/** Plain text: blank lines separate paragraphs, single newlines are soft. */
export function paragraphsOf(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(cleanInline)
    .filter((p) => p !== '')
    .join('\n\n');
}

/** One line of text from a field that may or may not be HTML (titles, author names). */
export function inlineText(value: string | null | undefined, isHtml: boolean): string | null {
  if (value == null) return null;
  const text = isHtml || /<[a-z/!]|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(value) ? htmlToText(value) : value;
  const c = cleanInline(text);
  return c === '' ? null : c;
}
