/**
 * Feed content is HTML fragments (RSS description, content:encoded, Atom
 * html/xhtml, JSON Feed content_html). This turns one into plain text:
 * block elements and <br> end paragraphs, scripts and media are dropped,
 * entities decoded by a real HTML parser.
 */
import { parseHTML } from '../dom.js';
import { cleanInline } from '../normalize.js';

interface Node {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'video', 'audio', 'img', 'figcaption', 'button', 'form']);

/** Paragraphs of text in an HTML fragment, joined by blank lines; "" when there is none. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return paragraphsOf(html);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const body = (document as unknown as { body: Node | null }).body;
  if (!body) return '';
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = cleanInline(buf);
    if (t !== '') out.push(t);
    buf = '';
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) buf += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const name = (child.localName ?? '').toLowerCase();
        if (SKIP.has(name)) continue;
        if (name === 'br') flush();
        else if (BLOCK.has(name)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(body);
  flush();
  return out.join('\n\n');
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
