/**
 * Presenters: one comparison report, four ways to read it.
 *
 * - `text`: the terminal report (optionally coloured, wrapped to a width)
 * - `md`: GitHub-flavoured Markdown
 * - `json`: the report itself, as described by schema/comparison-report.schema.json
 * - `html`: one self-contained page to read in a browser, print or forward
 */
import type { ComparisonReport } from '../core/model/report.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type OutputFormat = 'text' | 'md' | 'json' | 'html';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'md', 'json', 'html'];

export interface RenderOptions {
  /** Colour the text format with ANSI codes; ignored by the other formats. */
  color: boolean;
  /** Line width of the text format (default 100). */
  width?: number;
}

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export function renderReport(report: ComparisonReport, format: OutputFormat, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(report, options.width === undefined ? { color: options.color } : { color: options.color, width: options.width });
    case 'md':
      return renderMarkdown(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'html':
      return renderHtml(report);
  }
}

export { renderHtml } from './html.js';
export { escapeHtml } from './html/escape.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';
export { renderText, type TextOptions } from './text.js';
