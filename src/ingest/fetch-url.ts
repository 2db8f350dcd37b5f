/**
 * Fetching an article by URL: http(s) only, a time limit, a size limit counted
 * while streaming, redirects followed by hand (at most 5), an honest
 * User-Agent, and every failure turned into a one-line InputError (a
 * FetchError that says what kind of failure it was, for retries).
 */
import { STATUS_CODES } from 'node:http';
import type { ArticleInput } from '../core/model/article.js';
import { kindFromContentType, kindFromPath, parseContent } from './content-type.js';
import { InputError } from './errors.js';
import { FetchError, parseRetryAfter, type FetchFailure } from './fetch-error.js';
import { formatBytes, formatSeconds, hostOf } from './normalize.js';

export const USER_AGENT = 'Parallax/0.1 (news comparison; +https://github.com/parallax-news/parallax)';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** Time limit for the whole exchange, redirects and body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, counted as it streams in (after decompression). Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** Cancels the request from outside. */
  signal?: AbortSignal;
  /** Extra request headers (e.g. If-None-Match); they override the defaults (User-Agent, Accept). */
  headers?: Record<string, string>;
  /** Non-2xx statuses returned as a result instead of thrown, e.g. [304] for conditional requests. */
  passStatuses?: readonly number[];
}

export interface FetchedResource {
  /** The URL as requested. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  /** The response headers of the final response. */
  headers: Headers;
  bytes: Uint8Array;
}

/** Fetch the bytes at an http(s) URL. Throws InputError for every failure. */
export async function fetchResource(spec: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const passStatuses = options.passStatuses ?? [];
  const fail = (reason: string, cause?: unknown, failure: FetchFailure = 'request'): FetchError =>
    new FetchError(spec, reason, failure, null, null, { cause });

  let current: URL;
  try {
    current = new URL(spec);
  } catch {
    throw fail('invalid URL');
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') {
    throw fail(`unsupported URL scheme "${current.protocol}" (only http and https)`);
  }

  // One controller for the time limit and the caller's signal (AbortSignal.any needs Node 20.3).
  const controller = new AbortController();
  let timedOut = false;
  const timeout = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;
  const explain = (e: unknown): InputError => {
    if (e instanceof InputError) return e;
    if (timedOut) return fail(`timed out after ${formatSeconds(timeoutMs)}`, e, 'timeout');
    if (options.signal?.aborted) return fail('aborted', e, 'aborted');
    return fail(networkReason(e), e, 'network');
  };

  try {
    const seen = new Set([current.href]);
    for (let redirects = 0; ; redirects++) {
      const res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          ...options.headers,
        },
      });
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location') ?? '';
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw fail(`HTTP ${res.status} redirect to an invalid URL "${location}"`);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw fail(`redirect to unsupported URL scheme "${next.protocol}"`);
        }
        if (seen.has(next.href)) throw fail(`redirect loop (${next.href} again)`);
        if (redirects >= maxRedirects) throw fail(`too many redirects (more than ${maxRedirects})`);
        seen.add(next.href);
        current = next;
        continue;
      }
      if (passStatuses.includes(res.status)) {
        await res.body?.cancel().catch(() => {});
        return {
          requestedUrl: spec,
          url: current.href,
          status: res.status,
          contentType: res.headers.get('content-type'),
          headers: res.headers,
          bytes: new Uint8Array(0),
        };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        const text = res.statusText || STATUS_CODES[res.status] || '';
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
        throw new FetchError(spec, `HTTP ${res.status}${text ? ` ${text}` : ''}`, 'status', res.status, retryAfter);
      }
      const tooLarge = (): InputError => fail(`larger than ${formatBytes(maxBytes)}`, undefined, 'too-large');
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw tooLarge();
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            await reader.cancel().catch(() => {});
            throw tooLarge();
          }
          chunks.push(value);
        }
      }
      return {
        requestedUrl: spec,
        url: current.href,
        status: res.status,
        contentType: res.headers.get('content-type'),
        headers: res.headers,
        bytes: Buffer.concat(chunks, total),
      };
    }
  } catch (e) {
    throw explain(e);
  } finally {
    clearTimeout(timeout);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  UND_ERR_SOCKET: 'connection closed by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'server did not answer in time',
  UND_ERR_BODY_TIMEOUT: 'server stopped sending',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_INVALID_ARG: 'invalid request',
  HPE_INVALID_CONSTANT: 'invalid HTTP response',
  HPE_INVALID_HEADER_TOKEN: 'invalid HTTP response',
};

/** A short human reason for a fetch failure, from the error's cause chain. */
function networkReason(e: unknown): string {
  let messages: string[] = [];
  for (let c: unknown = e, depth = 0; c && depth < 5; depth++) {
    const err = c as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof err.code === 'string') {
      const known = NETWORK_CODES[err.code];
      if (known) return known;
      if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(err.code)) {
        return `TLS certificate problem (${typeof err.message === 'string' ? err.message : err.code})`;
      }
    }
    if (typeof err.message === 'string' && err.message !== '') messages = [err.message];
    c = err.cause;
  }
  const last = messages[0];
  return last && last !== 'fetch failed' ? `network error (${last})` : 'network error';
}

export interface FetchArticlesOptions extends FetchOptions {
  warn?: (message: string) => void;
}

/**
 * Fetch a URL and parse what comes back (HTML, text, JSON, JSON Lines: by
 * Content-Type, then by the URL's extension, then by sniffing). The article
 * url falls back to the final URL after redirects, the outlet to its host.
 */
export async function fetchArticles(spec: string, options: FetchArticlesOptions = {}): Promise<ArticleInput[]> {
  const res = await fetchResource(spec, options);
  const fromType = kindFromContentType(res.contentType);
  if (fromType === 'unsupported') {
    const mime = res.contentType?.split(';')[0]?.trim() ?? '';
    throw new InputError(spec, `unsupported content type "${mime}"`);
  }
  const kind = fromType ?? kindFromPath(new URL(res.url).pathname);
  const inputs = parseContent(res.bytes, {
    source: spec,
    kind,
    contentType: res.contentType,
    url: res.url,
    warn: options.warn,
  });
  const host = hostOf(res.url);
  for (const input of inputs) {
    if (input.url === null) {
      input.url = res.url;
      input.provenance.url = 'url';
    }
    if (input.outlet === null && host !== null) {
      input.outlet = host;
      input.provenance.outlet = 'host';
    }
  }
  return inputs;
}
