/**
 * Fetching an article by URL: every hop (the URL and each redirect) checked by
 * the outbound policy and connected to at the addresses it checked, a time
 * limit, a size limit counted while streaming (after decompression), redirects
 * followed by hand (at most 5), an honest User-Agent, and every failure turned
 * into a one-line InputError (a FetchError that says what kind of failure it
 * was, for retries). Network failures say little on purpose ("could not
 * connect"): the text must not describe what is behind an address.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { ArticleInput } from '../core/model/article.js';
import { kindFromContentType, kindFromPath, parseContent } from './content-type.js';
import { InputError } from './errors.js';
import { FetchError, parseRetryAfter, type FetchFailure } from './fetch-error.js';
import { formatBytes, formatSeconds, hostOf } from './normalize.js';
import { defaultOutboundPolicy, type OutboundPolicy } from './http/outbound-policy.js';
import { discard, openRequest, readBody, responseHeaders } from './http/pinned-request.js';

export const USER_AGENT = 'Parallax/0.1 (news comparison; +https://github.com/parallax-news/parallax)';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
/** What we ask for when we want an article page. */
export const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5';

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
  /** Where requests may go. Default: the environment's policy (defaultOutboundPolicy). */
  policy?: OutboundPolicy;
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

/** Fetch the bytes at an http(s) URL. Throws InputError (a FetchError) for every failure. */
export async function fetchResource(spec: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fail = (reason: string, cause?: unknown, failure: FetchFailure = 'request'): FetchError =>
    new FetchError(spec, reason, failure, null, null, { cause });

  let first: URL;
  try {
    first = new URL(spec);
  } catch {
    throw fail('invalid URL');
  }
  const policy = options.policy ?? defaultOutboundPolicy();

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
  const progress = { answered: false };
  const explain = (e: unknown): InputError => {
    if (e instanceof InputError) return e;
    if (timedOut) return fail(`timed out after ${formatSeconds(timeoutMs)}`, e, 'timeout');
    if (options.signal?.aborted) return fail('aborted', e, 'aborted');
    return fail(networkReason(e, progress.answered), e, 'network');
  };

  try {
    return await fetchHops(spec, first, options, policy, controller.signal, progress, fail);
  } catch (e) {
    throw explain(e);
  } finally {
    clearTimeout(timeout);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

type Fail = (reason: string, cause?: unknown, failure?: FetchFailure) => FetchError;

/** Request `first`, following redirects; each hop is checked by the policy before it is connected to. */
async function fetchHops(
  spec: string,
  first: URL,
  options: FetchOptions,
  policy: OutboundPolicy,
  signal: AbortSignal,
  progress: { answered: boolean },
  fail: Fail,
): Promise<FetchedResource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const passStatuses = options.passStatuses ?? [];
  const headers = { 'user-agent': USER_AGENT, accept: PAGE_ACCEPT, ...options.headers };
  let current = first;
  const seen = new Set([current.href]);
  for (let redirects = 0; ; redirects++) {
    // A refusal names the URL the user gave, whichever hop was refused.
    const target = await abortable(policy.check(current, spec), signal);
    progress.answered = false;
    const res = await openRequest(current, target, headers, signal);
    progress.answered = true;
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location !== undefined) {
      discard(res);
      current = nextHop(current, location, status, fail);
      if (seen.has(current.href)) throw fail(`redirect loop (${current.href} again)`);
      if (redirects >= maxRedirects) throw fail(`too many redirects (more than ${maxRedirects})`);
      seen.add(current.href);
      continue;
    }
    if (passStatuses.includes(status)) {
      discard(res);
      return resource(spec, current, res, new Uint8Array(0));
    }
    if (status < 200 || status >= 300) {
      discard(res);
      // The standard reason phrase only: the server's own text is not passed on.
      const text = STATUS_CODES[status] ?? '';
      const retryAfter = parseRetryAfter(headerValue(res, 'retry-after'));
      throw new FetchError(spec, `HTTP ${status}${text ? ` ${text}` : ''}`, 'status', status, retryAfter);
    }
    const tooLarge = (): FetchError => fail(`larger than ${formatBytes(maxBytes)}`, undefined, 'too-large');
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      discard(res);
      throw tooLarge();
    }
    return resource(spec, current, res, await readBody(res, maxBytes, tooLarge));
  }
}

function nextHop(current: URL, location: string, status: number, fail: Fail): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw fail(`HTTP ${status} redirect to an invalid URL "${location}"`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw fail(`redirect to unsupported URL scheme "${next.protocol}"`);
  }
  return next;
}

function resource(spec: string, url: URL, res: IncomingMessage, bytes: Uint8Array): FetchedResource {
  return {
    requestedUrl: spec,
    url: url.href,
    status: res.statusCode ?? 0,
    contentType: headerValue(res, 'content-type'),
    headers: responseHeaders(res),
    bytes,
  };
}

function headerValue(res: IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

/** `promise`, or a rejection as soon as `signal` aborts (a DNS lookup cannot be cancelled). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason ?? new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * A short reason for a network failure. Deliberately coarse: "refused",
 * "reset", "unreachable" and a server's own error text would tell a caller
 * which ports are open behind an address.
 */
function networkReason(e: unknown, answered: boolean): string {
  for (let c: unknown = e, depth = 0; c && depth < 5; depth++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code === 'ENOTFOUND' || code === 'EAI_NONAME') return 'host not found';
      if (code === 'EAI_AGAIN') return 'host name lookup failed (temporary DNS failure)';
      if (code.startsWith('HPE_')) return 'invalid HTTP response';
      // zlib's codes start with Z_, brotli's with ERR__ (ERR__ERROR_FORMAT_PADDING_2).
      if (code.startsWith('Z_') || code.startsWith('ERR__')) return 'invalid compressed response';
      if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/.test(code)) return `secure connection failed (${code})`;
    }
    c = (c as { cause?: unknown }).cause;
  }
  return answered ? 'connection closed before the response was complete' : 'could not connect';
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
  return articlesFromResource(spec, await fetchResource(spec, options), options.warn);
}

/** The articles in a fetched resource (see fetchArticles), for callers that fetch their own way (politely). */
export function articlesFromResource(spec: string, res: FetchedResource, warn?: (message: string) => void): ArticleInput[] {
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
    warn,
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
