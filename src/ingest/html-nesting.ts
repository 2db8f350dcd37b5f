/**
 * Bounds how deep an HTML page nests before it is parsed. The DOM library and
 * Readability walk the tree recursively: a page of 300,000 unclosed <div>s nests
 * them all, overflows the stack (or takes minutes), and the article is lost.
 * Real pages nest a few dozen levels; past MAX_DEPTH open elements, further
 * opening tags (and the closing tags that match them) are left out, their text kept.
 */

/** Open elements past which further nesting is flattened. */
export const MAX_DEPTH = 256;

/** Elements that never hold content: no closing tag, no depth. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
/**
 * Elements whose closing tag may be left out (the parser closes them at the next
 * sibling): not counted, so pages of unclosed <p> or <li> are never flattened.
 */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body']);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>|<!--[\s\S]*?(?:-->|$)/g;

/** The page with nesting past MAX_DEPTH flattened; the same string when it never nests that deep. */
export function limitNesting(html: string): string {
  // Cheap test first: a page with fewer opening tags than the bound cannot nest deeper.
  let opens = 0;
  for (let i = html.indexOf('<'); i >= 0 && opens <= MAX_DEPTH; i = html.indexOf('<', i + 1)) opens++;
  if (opens <= MAX_DEPTH) return html;
  const out: string[] = [];
  const stack: string[] = [];
  /** Closing tags still to drop, by element name: their opening tags were dropped. */
  const dropped = new Map<string, number>();
  let last = 0;
  let changed = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    const closing = m[1] === '/';
    const selfClosing = m[0].endsWith('/>');
    if (!closing && RAW_TEXT.has(name)) {
      // Skip to the end of the raw text: "<div>" inside a script is no element.
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = TAG.lastIndex;
      const end = close.exec(html);
      TAG.lastIndex = end ? end.index : html.length;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || selfClosing) continue;
    if (!closing) {
      if (stack.length < MAX_DEPTH) {
        stack.push(name);
        continue;
      }
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
    } else {
      const pending = dropped.get(name) ?? 0;
      if (pending === 0) {
        // Closes the innermost open element of that name (and any left open inside it).
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
        continue;
      }
      dropped.set(name, pending - 1);
    }
    out.push(html.slice(last, m.index));
    last = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return html;
  out.push(html.slice(last));
  return out.join('');
}
