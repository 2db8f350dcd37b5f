/**
 * Lines of a byte stream, one at a time and each at most `maxBytes` long, so
 * a dump of any size is read in constant memory and one giant line cannot
 * exhaust it: an overlong line is reported by number and size, and skipped.
 * Lines are UTF-8 (JSON's encoding); invalid bytes become U+FFFD.
 */
import { createReadStream } from 'node:fs';
import { InputError } from './errors.js';
import { formatBytes } from './normalize.js';

export type Line = { n: number; text: string; tooLong?: undefined } | { n: number; tooLong: number };

type Chunk = Buffer | Uint8Array | string;

export async function* readLines(source: AsyncIterable<Chunk> | Iterable<Chunk>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let n = 0;
  const finish = (): Line => {
    n++;
    if (over) return { n, tooLong: size };
    const text = Buffer.concat(parts, size).toString('utf8');
    return { n, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  };
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let start = 0; ; ) {
      const nl = buf.indexOf(0x0a, start);
      const piece = buf.subarray(start, nl === -1 ? buf.length : nl);
      if (!over && size + piece.length > maxBytes) {
        over = true;
        parts = [];
      }
      if (!over) parts.push(piece);
      size += piece.length;
      if (nl === -1) break;
      yield finish();
      parts = [];
      size = 0;
      over = false;
      start = nl + 1;
    }
  }
  if (size > 0) yield finish();
}

/** The lines of a file; a line longer than `maxBytes` is reported, not read. */
export function readFileLines(path: string, maxBytes: number): AsyncGenerator<Line> {
  return readLines(createReadStream(path), maxBytes);
}

/** The error for an overlong line, naming the file, the line and the limit. */
export function lineTooLong(where: string, line: { n: number; tooLong: number }, maxBytes: number): InputError {
  return new InputError(`${where}:${line.n}`, `line too long (${formatBytes(line.tooLong)}, limit ${formatBytes(maxBytes)})`);
}

/** A whole file into memory, refusing one larger than `maxBytes` (checked before reading, and while reading for pipes). */
export async function readFileCapped(path: string, maxBytes: number, size?: number): Promise<Uint8Array> {
  if (size !== undefined && size > maxBytes) throw fileTooLarge(path, size, maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = createReadStream(path);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      stream.destroy();
      throw fileTooLarge(path, total, maxBytes, true);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function fileTooLarge(path: string, size: number, max: number, partial = false): InputError {
  return new InputError(path, partial ? `file too large (more than the limit of ${formatBytes(max)})` : `file too large (${formatBytes(size)}, limit ${formatBytes(max)})`);
}
