/** Plain column-aligned tables for the terminal. */
import { padEnd, padStart, visibleLength } from './wrap.js';

export type Align = 'left' | 'right';

/** Column widths of a table (header included). */
export function columnWidths(rows: string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  }
  return widths;
}

/** Total width of the table as `renderTable` lays it out. */
export function tableWidth(rows: string[][], indent: string): number {
  const widths = columnWidths(rows);
  return visibleLength(indent) + widths.reduce((a, b) => a + b, 0) + 2 * Math.max(0, widths.length - 1);
}

/**
 * Lays out rows in columns two spaces apart. The first row is the header; `style`
 * decorates the header cells after padding, so colour codes do not shift columns.
 */
export function renderTable(
  rows: string[][],
  align: Align[],
  indent: string,
  style: (header: string) => string = (h) => h,
): string[] {
  const widths = columnWidths(rows);
  return rows.map((row, r) => {
    const cells = row.map((cell, i) => {
      const width = widths[i] ?? 0;
      const padded = align[i] === 'right' ? padStart(cell, width) : padEnd(cell, width);
      return r === 0 ? style(padded) : padded;
    });
    return (indent + cells.join('  ')).trimEnd();
  });
}

/** Cuts `text` to `width` visible characters, ending with "…" when cut. Plain text only. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/**
 * Shrinks the first column (truncating its cells) until the table fits `width`,
 * but not below `min` characters. Cells must not carry colour codes yet.
 */
export function fitFirstColumn(rows: string[][], indent: string, width: number, min = 12): string[][] {
  const over = tableWidth(rows, indent) - width;
  if (over <= 0) return rows;
  const first = columnWidths(rows)[0] ?? 0;
  const target = Math.max(min, first - over);
  return rows.map(([head = '', ...rest]) => [truncate(head, target), ...rest]);
}
