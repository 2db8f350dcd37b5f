/**
 * Deciding what kind of document some bytes are (by file extension, HTTP
 * Content-Type, or sniffing) and handing them to the matching adapter.
 */
import type { ArticleInput } from '../core/model/article.js';
import { charsetFromContentType, decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { parseHtml } from './html.js';
import { parseJson, parseJsonLines } from './json.js';
import { parseText } from './text.js';

export type ContentKind = 'text' | 'html' | 'json' | 'jsonl';

const EXTENSIONS: Record<string, ContentKind> = {
  '.txt': 'text', '.md': 'text', '.markdown': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The kind a file name's extension announces, or null. */
export function kindFromPath(path: string): ContentKind | null {
  const m = /(\.[A-Za-z0-9]+)$/.exec(path);
  return m ? (EXTENSIONS[m[1]!.toLowerCase()] ?? null) : null;
}

/**
 * The kind an HTTP Content-Type announces: a ContentKind, null when it says
 * nothing useful (missing, application/octet-stream), or 'unsupported' for
 * media we cannot read (images, PDF, …).
 */
export function kindFromContentType(contentType: string | null | undefined): ContentKind | 'unsupported' | null {
  if (!contentType) return null;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (/^application\/(?:x-)?(?:ndjson|jsonl|json-seq|jsonlines)$/.test(mime)) return 'jsonl';
  if (mime === 'application/json' || mime === 'text/json' || /\+json$/.test(mime)) return 'json';
  if (mime === 'text/plain' || mime === 'text/markdown' || mime === 'text/x-markdown') return 'text';
  if (/^(?:image|audio|video|font)\//.test(mime)) return 'unsupported';
  if (/^application\/(?:pdf|zip|gzip|x-gzip|x-tar|msword|vnd\.)/.test(mime)) return 'unsupported';
  return null;
}

/** The kind of a decoded document judged by its content. Throws InputError for RSS/Atom feeds. */
export function sniffKind(text: string, source = 'input'): ContentKind {
  const t = text.trimStart().slice(0, 4096);
  if (t.startsWith('<')) {
    if (/<(?:!doctype\s+html|html|head|body|article|main|p|div|h[1-6]|title|meta|section|span|a|br)\b/i.test(t)) {
      return 'html';
    }
    if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(t)) {
      throw new InputError(source, 'an RSS/Atom feed, not an article');
    }
  }
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      if (lines.length > 0 && lines.every((l) => l.trim().startsWith('{') && isJson(l))) return 'jsonl';
    }
  }
  return 'text';
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

export interface ParseContentOptions {
  /** What the user gave: goes into `source` and error messages. */
  source: string;
  /** The kind, when extension or Content-Type decided it; otherwise it is sniffed. */
  kind?: ContentKind | null;
  /** The HTTP Content-Type header, for its charset. */
  contentType?: string | null;
  /** The URL the bytes came from (after redirects), if any. */
  url?: string | null;
  warn?: (message: string) => void;
}

/** Decode bytes and parse them with the adapter for their kind. */
export function parseContent(bytes: Uint8Array, options: ParseContentOptions): ArticleInput[] {
  const { source } = options;
  const warn = options.warn ?? ((): void => {});
  const firstByte = bytes.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
  const maybeHtml = options.kind === 'html' || (options.kind == null && firstByte === 0x3c);
  const decoded = decodeBytes(bytes, {
    input: source,
    charset: charsetFromContentType(options.contentType),
    sniffHtmlMeta: maybeHtml,
  });
  decoded.warnings.forEach(warn);
  const kind = options.kind ?? sniffKind(decoded.text, source);
  switch (kind) {
    case 'html':
      return [parseHtml(decoded.text, { source, url: options.url ?? null, warn })];
    case 'json':
      return parseJson(decoded.text, { source, warn });
    case 'jsonl':
      return parseJsonLines(decoded.text, { source, warn });
    case 'text':
      return [parseText(decoded.text, { source, warn })];
  }
}
