/**
 * HTML as plain paragraphs: every block element and <br> ends one; scripts,
 * media and form controls are never text. Shared by article pages and feed
 * content, so both split text the same way.
 */
import { cleanInline } from './normalize.js';

// Minimal structural view of a DOM node (the project compiles without the DOM lib).
export interface TextNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}
interface TextElement extends TextNode {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** Elements that end a paragraph before and after them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose content is never article text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'picture', 'img', 'button', 'select', 'option', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'figcaption',
]);

function isHidden(el: TextElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * The text of `root` as paragraphs: every block element (p, h2, li, blockquote, …)
 * and <br> ends one. Elements named in `chrome` and hidden ones are left out.
 */
export function blockParagraphs(root: TextNode, chrome: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = cleanInline(buf);
    if (t !== '') out.push(t);
    buf = '';
  };
  // An explicit stack, not recursion: a page nesting thousands of elements would overflow the call stack.
  const stack: { children: ArrayLike<TextNode>; next: number; block: boolean }[] = [{ children: root.childNodes, next: 0, block: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      stack.pop();
      if (frame.block) flush();
      continue;
    }
    const child = frame.children[frame.next++]!;
    if (child.nodeType === 3) {
      buf += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as TextElement;
    const name = el.localName.toLowerCase();
    if (NEVER_TEXT.has(name)) continue;
    if (chrome.size > 0 && (chrome.has(name) || isHidden(el))) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    stack.push({ children: Array.from(el.childNodes), next: 0, block });
  }
  flush();
  return out;
}
