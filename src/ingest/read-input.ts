/**
 * The front door of ingestion: turns what the user named on the command line
 * (file paths, http(s) URLs, "-" for standard input) into ArticleInputs.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleInput } from '../core/model/article.js';
import { kindFromPath, parseContent } from './content-type.js';
import { InputError } from './errors.js';
import { fetchArticles, type FetchOptions } from './fetch-url.js';
import { formatBytes } from './normalize.js';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** How many inputs are read (fetched) at the same time. */
const CONCURRENCY = 4;

export type StdinSource = NodeJS.ReadableStream | AsyncIterable<Buffer | Uint8Array | string>;

export interface ReadInputOptions {
  /** Where "-" reads from. Default: process.stdin. It is read at most once. */
  stdin?: StdinSource;
  /** Time limit, size limit and redirects for URLs. */
  fetchOptions?: FetchOptions;
  /** Largest file (or standard input) accepted. Default 20 MB. */
  maxFileBytes?: number;
  /** Receives warnings, already prefixed with the input they concern ("a.txt: decoded as windows-1252"). */
  onWarning?: (message: string) => void;
}

export interface ReadInputsResult {
  /** In the order of the specs; a JSON array or JSON Lines file contributes several. */
  inputs: ArticleInput[];
  warnings: string[];
}

const consumedStdin = new WeakSet<object>();

/**
 * Read every spec. Throws the InputError of the first failing spec (in the
 * order given) after the inputs already being read have settled.
 */
export async function readInputs(specs: string[], options: ReadInputOptions = {}): Promise<ReadInputsResult> {
  if (specs.filter((s) => s === '-').length > 1) {
    throw new InputError('-', 'standard input can only be read once');
  }
  const warnings: string[] = [];
  const onWarning = (message: string): void => {
    warnings.push(message);
    options.onWarning?.(message);
  };
  const results: (ArticleInput[] | undefined)[] = new Array(specs.length);
  const errors: (unknown[] | undefined)[] = new Array(specs.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < specs.length) {
      const i = next++;
      try {
        results[i] = await readInput(specs[i]!, { ...options, onWarning });
      } catch (e) {
        errors[i] = [e];
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, specs.length) }, worker));
  const firstError = errors.find((e) => e !== undefined);
  if (firstError) throw firstError[0];
  return { inputs: results.flatMap((r) => r ?? []), warnings };
}

/** Read one spec: "-" (standard input), an http(s) URL, or a file path. A JSON Lines file gives many inputs. */
export async function readInput(spec: string, options: ReadInputOptions = {}): Promise<ArticleInput[]> {
  const warn = (message: string): void => options.onWarning?.(`${spec}: ${message}`);
  if (spec === '-') return readStdin(options, warn);
  if (/^https?:\/\//i.test(spec)) return fetchArticles(spec, { ...options.fetchOptions, warn });
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(spec);
  if (scheme) throw new InputError(spec, `unsupported URL scheme "${scheme[1]!.toLowerCase()}" (only http and https)`);
  return readFileSpec(spec, options, warn);
}

async function readStdin(options: ReadInputOptions, warn: (m: string) => void): Promise<ArticleInput[]> {
  const stream = options.stdin ?? process.stdin;
  if (consumedStdin.has(stream)) throw new InputError('-', 'standard input was already read');
  consumedStdin.add(stream);
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const bytes = await readCapped(stream as AsyncIterable<Buffer | Uint8Array | string>, max, () =>
    new InputError('-', `input too large (more than ${formatBytes(max)})`),
  );
  const inputs = parseContent(bytes, { source: '-', kind: null, warn });
  return withOutletFallback(inputs, 'stdin');
}

async function readFileSpec(path: string, options: ReadInputOptions, warn: (m: string) => void): Promise<ArticleInput[]> {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory');
    if (info.isFile()) {
      if (info.size > max) {
        throw new InputError(path, `file too large (${formatBytes(info.size)}, limit ${formatBytes(max)})`);
      }
      bytes = await readFile(path);
      if (bytes.length > max) {
        throw new InputError(path, `file too large (${formatBytes(bytes.length)}, limit ${formatBytes(max)})`);
      }
    } else {
      // A FIFO, a device, /dev/stdin: read as a stream, stopping at the limit.
      bytes = await readCapped(createReadStream(path), max, () =>
        new InputError(path, `file too large (more than ${formatBytes(max)})`),
      );
    }
  } catch (e) {
    throw fsError(path, e);
  }
  const inputs = parseContent(bytes, { source: path, kind: kindFromPath(path), warn });
  return withOutletFallback(inputs, basename(path, extname(path)));
}

/** A file-system error as a one-line InputError ("no such file", "permission denied", …). */
export function fsError(path: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError(path, 'no such file', { cause: e });
    case 'EISDIR':
      return new InputError(path, 'is a directory', { cause: e });
    case 'EACCES':
    case 'EPERM':
      return new InputError(path, 'permission denied', { cause: e });
    case 'ELOOP':
      return new InputError(path, 'too many levels of symbolic links', { cause: e });
    case 'ENAMETOOLONG':
      return new InputError(path, 'file name too long', { cause: e });
    default: {
      const why = typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
      return new InputError(path, `cannot read file (${why})`, { cause: e });
    }
  }
}

async function readCapped(
  stream: AsyncIterable<Buffer | Uint8Array | string>,
  max: number,
  tooLarge: () => InputError,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.byteLength;
    if (total > max) {
      (stream as { destroy?: () => void }).destroy?.();
      throw tooLarge();
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function withOutletFallback(inputs: ArticleInput[], name: string): ArticleInput[] {
  if (name === '') return inputs;
  for (const input of inputs) {
    if (input.outlet === null) {
      input.outlet = name;
      input.provenance.outlet = 'file-name';
    }
  }
  return inputs;
}
