/**
 * Line wrapping for terminal output that may carry colour codes: widths are
 * measured on the visible characters only.
 */

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Number of visible characters (code points, colour codes left out). */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of stripAnsi(text)) n += 1;
  return n;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleLength(text))) + text;
}

/**
 * Wraps `text` (one paragraph, words separated by single spaces) to `width`
 * columns. The first line starts with `first`, the following ones with `rest`
 * (by default as many spaces as `first` is wide: a hanging indent). A word wider
 * than the line (a URL) stays whole on a line of its own.
 */
export function wrap(text: string, width: number, first = '', rest?: string): string[] {
  const hanging = rest ?? ' '.repeat(visibleLength(first));
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = first;
  let lineWidth = visibleLength(first);
  let empty = true;
  for (const word of words) {
    const w = visibleLength(word);
    if (!empty && lineWidth + 1 + w > width) {
      lines.push(line);
      line = hanging;
      lineWidth = visibleLength(hanging);
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    lineWidth += (empty ? 0 : 1) + w;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}
