/**
 * What `parallax ingest` is given, turned into a stream of ingest items:
 * files, folders (recursive, by type), JSON Lines dumps (streamed line by line,
 * so a dump may be far larger than memory), URLs. Each item carries an
 * ingestion-state key, so a resumed run skips what it already stored without
 * reading it again, and a place (`where`: "dump.jsonl:12") that names it when
 * it fails. Every local read is capped (`maxBytes`): a whole file, or one line.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { InputError } from '../ingest/errors.js';
import { DEFAULT_MAX_FILE_BYTES, fsError, readInput } from '../ingest/read-input.js';
import { lineTooLong, readFileCapped, readFileLines } from '../ingest/read-lines.js';
import { recordToInput } from '../ingest/json.js';
import type { IngestItem } from './service.js';
import { articlesFromResource, fetchResource } from '../ingest/fetch-url.js';
import type { OutboundPolicy } from '../ingest/http/outbound-policy.js';
import { isFeedContentType, looksLikeFeed } from '../ingest/feeds/detect-feed.js';
import { parseFeedBytes } from '../ingest/feeds/parse-feed.js';
import type { ParsedFeed } from '../ingest/feeds/feed-item.js';

/** File types ingestion picks up inside folders. */
export const INGESTIBLE = new Set(['.txt', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);
const FEED_FILES = new Set(['.xml', '.rss', '.atom']);

export type SourceEvent =
  | { kind: 'item'; item: IngestItem; where: string }
  | { kind: 'feed'; feedUrl: string; feed: ParsedFeed; where: string }
  | { kind: 'skipped'; source: string; reason: string }
  | { kind: 'error'; error: InputError };

export interface SourceOptions {
  /** True when this state key was ingested before (the service's `seen`). */
  seen: (sourceKey: string) => Promise<boolean>;
  onWarning?: (message: string) => void;
  /** Where URLs may be fetched from; default: the environment's policy. */
  outbound?: OutboundPolicy;
  /** Largest file read, and largest line of a JSON Lines dump (default 20 MB). */
  maxBytes?: number;
}

/** The files a spec names, in a stable order: a file itself, or every ingestible file under a folder. */
export async function listFiles(spec: string): Promise<string[]> {
  let info;
  try {
    info = await stat(spec);
  } catch (e) {
    throw fsError(spec, e);
  }
  if (!info.isDirectory()) return [spec];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && INGESTIBLE.has(extname(e.name).toLowerCase())) out.push(path);
    }
  };
  await walk(spec);
  return out;
}

/** `listed`: the spec's files when the caller listed them already (to count them), so the folder is walked once. */
export async function* expandSpec(spec: string, options: SourceOptions, listed?: string[]): AsyncGenerator<SourceEvent> {
  if (/^https?:\/\//i.test(spec)) {
    const key = `url:${spec}`;
    if (await options.seen(key)) {
      yield { kind: 'skipped', source: spec, reason: 'ingested before' };
      return;
    }
    try {
      // One request decides: a feed (its items are ingested) or an article page.
      const res = await fetchResource(spec, { policy: options.outbound });
      const feedType = isFeedContentType(res.contentType);
      const head = new TextDecoder().decode(res.bytes.subarray(0, 4096));
      if (feedType === true || (feedType === null && looksLikeFeed(head))) {
        yield { kind: 'feed', feedUrl: res.url, feed: parseFeedBytes(res.bytes, { source: spec, url: res.url, contentType: res.contentType }), where: spec };
        return;
      }
      // The page already fetched is read as it is: asking the site a second time would not be polite.
      const inputs = articlesFromResource(spec, res, (m) => options.onWarning?.(`${spec}: ${m}`));
      for (const input of inputs) yield { kind: 'item', item: { input, sourceKey: inputs.length === 1 ? key : null, urls: [spec] }, where: spec };
    } catch (e) {
      yield { kind: 'error', error: e instanceof InputError ? e : new InputError(spec, (e as Error).message) };
    }
    return;
  }
  let files: string[];
  try {
    files = listed ?? (await listFiles(spec));
  } catch (e) {
    yield { kind: 'error', error: e as InputError };
    return;
  }
  for (const file of files) yield* expandFile(file, options);
}

async function* expandFile(file: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let key: string;
  let size: number | undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const info = await stat(file);
    key = `file:${resolve(file)}:${info.size}:${Math.floor(info.mtimeMs)}`;
    // A pipe or device says nothing about its size: it is capped while read.
    if (info.isFile()) size = info.size;
  } catch (e) {
    yield { kind: 'error', error: fsError(file, e) };
    return;
  }
  if (await options.seen(key)) {
    yield { kind: 'skipped', source: file, reason: 'ingested before' };
    return;
  }
  const ext = extname(file).toLowerCase();
  if (FEED_FILES.has(ext) || ext === '.json') {
    let bytes: Uint8Array;
    try {
      bytes = await readFileCapped(file, maxBytes, size);
    } catch (e) {
      yield { kind: 'error', error: fsError(file, e) };
      return;
    }
    if (looksLikeFeed(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
      try {
        yield { kind: 'feed', feedUrl: resolve(file), feed: parseFeedBytes(bytes, { source: file }), where: file };
      } catch (e) {
        yield { kind: 'error', error: e instanceof InputError ? e : new InputError(file, (e as Error).message) };
      }
      return;
    }
    if (FEED_FILES.has(ext)) {
      yield { kind: 'error', error: new InputError(file, 'not a feed (RSS, Atom, RDF) and not an article format') };
      return;
    }
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* expandJsonLines(file, key, maxBytes, options);
    return;
  }
  try {
    const inputs = await readInput(file, { onWarning: options.onWarning, maxFileBytes: maxBytes });
    // A file with one article is remembered by its key; a JSON array by one key per record.
    for (const [i, input] of inputs.entries()) {
      const one = inputs.length === 1;
      yield { kind: 'item', item: { input, sourceKey: one ? key : `${key}#${i}` }, where: one ? file : `${file} record ${i + 1}` };
    }
  } catch (e) {
    yield { kind: 'error', error: e instanceof InputError ? e : fsError(file, e) };
  }
}

/**
 * Streams a JSON Lines dump: each line is one record, read on its own (at most
 * `maxBytes`), named "file:line" when it fails; the rest are still read. Lines
 * stored before are skipped without being parsed.
 */
async function* expandJsonLines(file: string, key: string, maxBytes: number, options: SourceOptions): AsyncGenerator<SourceEvent> {
  const outlet = basename(file, extname(file));
  try {
    for await (const line of readFileLines(file, maxBytes)) {
      const where = `${file}:${line.n}`;
      if (line.tooLong !== undefined) {
        yield { kind: 'error', error: lineTooLong(file, line, maxBytes) };
        continue;
      }
      const text = line.text.trim();
      if (!text) continue;
      const lineKey = `${key}#${line.n}`;
      if (await options.seen(lineKey)) {
        yield { kind: 'skipped', source: where, reason: 'ingested before' };
        continue;
      }
      const parsed = parseRecord(file, where, text, options);
      if (parsed instanceof InputError) yield { kind: 'error', error: parsed };
      else {
        if (!parsed.outlet) parsed.outlet = outlet;
        yield { kind: 'item', item: { input: parsed, sourceKey: lineKey }, where };
      }
    }
  } catch (e) {
    yield { kind: 'error', error: fsError(file, e) };
  }
}

/** One line's record as an article input, or the error that names the line. */
function parseRecord(file: string, where: string, text: string, options: SourceOptions) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return new InputError(where, `invalid JSON (${(e as Error).message.replace(/\s+/g, ' ')})`);
  }
  try {
    return recordToInput(value, null, { source: file, warn: (m) => options.onWarning?.(`${where}: ${m}`) });
  } catch (e) {
    return new InputError(where, e instanceof InputError ? e.reason : `cannot read the record (${(e as Error).message})`);
  }
}
