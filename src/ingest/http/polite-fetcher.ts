/**
 * HTTP for what we crawl (feeds, and the article pages their items link to):
 * conditional GET with the validators from last time, robots.txt read once
 * per origin and obeyed, per-host politeness through a HostGate, retries with
 * exponential backoff for failures that may pass (5xx, 429, network,
 * time-outs) and none for the rest. Single requests go through fetchResource
 * with this fetcher's outbound policy, so limits, errors and the refusal of
 * internal addresses are the same as for `parallax compare URL`.
 */
import { FetchError, isRetryable } from '../fetch-error.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, PAGE_ACCEPT, USER_AGENT, fetchResource, type FetchedResource } from '../fetch-url.js';
import { backoffDelay, sleep } from './backoff.js';
import { HostGate } from './host-gate.js';
import { defaultOutboundPolicy, type OutboundPolicy } from './outbound-policy.js';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobotsTxt, type RobotsPolicy } from './robots-txt.js';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export interface PoliteFetcherOptions {
  /** User-Agent header. Default: Parallax's. */
  userAgent?: string;
  /** Our product token for robots.txt groups. Default "parallax". */
  robotsToken?: string;
  /** Obey robots.txt. Default true. */
  respectRobots?: boolean;
  /** How long a robots.txt is trusted, in ms. Default 24 h. */
  robotsTtlMs?: number;
  /** How long an unreachable robots.txt (5xx, network) blocks its site before we ask again. Default 15 min. */
  robotsErrorTtlMs?: number;
  /** Highest Crawl-delay honoured, in ms (a site asking for an hour gets this). Default 60 s. */
  maxCrawlDelayMs?: number;
  /** Requests in flight to one host. Default 1. */
  perHostConcurrency?: number;
  /** Least time between request starts to one host, in ms. Default 1000. */
  perHostDelayMs?: number;
  /** Retries after the first attempt for failures that may pass. Default 3. */
  retries?: number;
  /** First backoff, in ms; doubles each retry. Default 1000. */
  backoffBaseMs?: number;
  /** Longest backoff, also the cap on a server's Retry-After. Default 60 s. */
  backoffMaxMs?: number;
  /** Per request. Default 15 s. */
  timeoutMs?: number;
  /** Per response body. Default 5 MB. */
  maxBytes?: number;
  /** Accept header. Default: feed types first. */
  accept?: string;
  /** For jitter; tests pass a constant. */
  random?: () => number;
  /** Shared gate, when several fetchers must be polite together. */
  gate?: HostGate;
  /** Where requests may go (robots.txt and redirects included). Default: the environment's policy. */
  policy?: OutboundPolicy;
}

/** Validators from the last successful fetch of the same URL. */
export interface ConditionalRequest {
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

interface ResponseBase {
  /** The URL asked for. */
  url: string;
  /** The URL answered from, after redirects. */
  finalUrl: string;
  /** Validators to send next time. */
  etag: string | null;
  lastModified: string | null;
  /** Requests made, retries included. */
  attempts: number;
}

export type ConditionalResponse =
  | (ResponseBase & { status: 'modified'; contentType: string | null; bytes: Uint8Array })
  | (ResponseBase & { status: 'not-modified' });

/** What the feed poller needs from HTTP; PoliteFetcher is the real one, tests may fake it. */
export interface ConditionalFetcher {
  get(url: string, request?: ConditionalRequest): Promise<ConditionalResponse>;
}

interface CachedRobots {
  policy: RobotsPolicy;
  /** Why everything is disallowed, when robots.txt could not be read. */
  problem: string | null;
  expiresAt: number;
}

/** Fetches article pages politely; PoliteFetcher is the real one. */
export interface PageFetcher {
  page(url: string, options?: { signal?: AbortSignal }): Promise<FetchedResource>;
}

export class PoliteFetcher implements ConditionalFetcher, PageFetcher {
  readonly gate: HostGate;
  readonly policy: OutboundPolicy;
  private readonly o: Required<Omit<PoliteFetcherOptions, 'gate' | 'policy'>>;
  private readonly robots = new Map<string, Promise<CachedRobots>>();

  constructor(options: PoliteFetcherOptions = {}) {
    this.o = {
      userAgent: options.userAgent ?? USER_AGENT,
      robotsToken: options.robotsToken ?? 'parallax',
      respectRobots: options.respectRobots ?? true,
      robotsTtlMs: options.robotsTtlMs ?? 24 * 3600_000,
      robotsErrorTtlMs: options.robotsErrorTtlMs ?? 15 * 60_000,
      maxCrawlDelayMs: options.maxCrawlDelayMs ?? 60_000,
      perHostConcurrency: options.perHostConcurrency ?? 1,
      perHostDelayMs: options.perHostDelayMs ?? 1000,
      retries: options.retries ?? 3,
      backoffBaseMs: options.backoffBaseMs ?? 1000,
      backoffMaxMs: options.backoffMaxMs ?? 60_000,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      accept: options.accept ?? FEED_ACCEPT,
      random: options.random ?? Math.random,
    };
    this.gate = options.gate ?? new HostGate({ concurrency: this.o.perHostConcurrency, delayMs: this.o.perHostDelayMs });
    this.policy = options.policy ?? defaultOutboundPolicy();
  }

  /**
   * GET `url`, conditionally when validators are given. Throws FetchError:
   * failure "robots" when robots.txt disallows it, else the last attempt's error.
   */
  async get(url: string, request: ConditionalRequest = {}): Promise<ConditionalResponse> {
    const headers: Record<string, string> = { 'user-agent': this.o.userAgent, accept: this.o.accept };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    const res = await this.fetch(url, headers, [304], request.signal);
    return toResponse(url, res.resource, request, res.attempts);
  }

  /** GET an article page (robots.txt, the per-host gate and retries as for feeds). Throws FetchError. */
  async page(url: string, options: { signal?: AbortSignal } = {}): Promise<FetchedResource> {
    const res = await this.fetch(url, { 'user-agent': this.o.userAgent, accept: PAGE_ACCEPT }, [], options.signal);
    return res.resource;
  }

  private async fetch(url: string, headers: Record<string, string>, passStatuses: number[], signal?: AbortSignal): Promise<{ resource: FetchedResource; attempts: number }> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new FetchError(url, 'invalid URL', 'request');
    }
    // Scheme, written addresses and ports are refused before robots.txt is asked for.
    this.policy.checkStatic(parsed, url);
    if (this.o.respectRobots) {
      const robots = await this.robotsFor(parsed, signal);
      if (!isAllowed(robots.policy, parsed.pathname + parsed.search)) {
        const why = robots.problem ? ` (robots.txt unreachable: ${robots.problem})` : '';
        throw new FetchError(url, `disallowed by robots.txt${why}`, 'robots');
      }
    }

    for (let attempt = 0; ; attempt++) {
      try {
        const resource = await this.gate.run(
          parsed.host,
          () =>
            fetchResource(url, {
              headers,
              passStatuses,
              timeoutMs: this.o.timeoutMs,
              maxBytes: this.o.maxBytes,
              signal,
              policy: this.policy,
            }),
          signal,
        );
        return { resource, attempts: attempt + 1 };
      } catch (e) {
        if (attempt >= this.o.retries || !isRetryable(e) || signal?.aborted) throw e;
        const retryAfter = e instanceof FetchError ? e.retryAfterMs : null;
        const wait = Math.min(
          this.o.backoffMaxMs,
          Math.max(retryAfter ?? 0, backoffDelay(attempt, { baseMs: this.o.backoffBaseMs, maxMs: this.o.backoffMaxMs, random: this.o.random })),
        );
        await sleep(wait, signal);
      }
    }
  }

  /** The robots.txt policy for `url`'s origin: fetched once, then cached. */
  async robotsFor(url: URL, signal?: AbortSignal): Promise<CachedRobots> {
    const origin = url.origin;
    const cached = this.robots.get(origin);
    if (cached) {
      const c = await cached;
      if (c.expiresAt > Date.now()) return c;
    }
    const pending = this.loadRobots(url, signal);
    this.robots.set(origin, pending);
    // A failed load (aborted) must not stay cached.
    pending.catch(() => this.robots.delete(origin));
    return pending;
  }

  private async loadRobots(url: URL, signal?: AbortSignal): Promise<CachedRobots> {
    const robotsUrl = `${url.origin}/robots.txt`;
    const now = (): number => Date.now();
    try {
      const res = await this.gate.run(
        url.host,
        () =>
          fetchResource(robotsUrl, {
            headers: { 'user-agent': this.o.userAgent, accept: 'text/plain, */*;q=0.5' },
            timeoutMs: this.o.timeoutMs,
            maxBytes: 512 * 1024,
            signal,
            policy: this.policy,
          }),
        signal,
      );
      const policy = parseRobotsTxt(Buffer.from(res.bytes).toString('utf8'), this.o.robotsToken);
      if (policy.crawlDelaySeconds !== null) {
        this.gate.setHostDelay(url.host, Math.min(this.o.maxCrawlDelayMs, policy.crawlDelaySeconds * 1000));
      }
      return { policy, problem: null, expiresAt: now() + this.o.robotsTtlMs };
    } catch (e) {
      if (signal?.aborted) throw e;
      // A refused site is refused (named by the URL asked for), not "robots.txt unreachable"; nothing is cached for it.
      if (e instanceof FetchError && e.failure === 'refused') throw new FetchError(url.href, e.reason, 'refused');
      // RFC 9309: a 4xx robots.txt means no rules; a server error or no answer means stay away for now.
      if (e instanceof FetchError && e.failure === 'status' && e.status !== null && e.status < 500 && e.status !== 429) {
        return { policy: ALLOW_ALL, problem: null, expiresAt: now() + this.o.robotsTtlMs };
      }
      return { policy: DISALLOW_ALL, problem: e instanceof FetchError ? e.reason : String(e), expiresAt: now() + this.o.robotsErrorTtlMs };
    }
  }
}

function toResponse(url: string, res: FetchedResource, request: ConditionalRequest, attempts: number): ConditionalResponse {
  const base = {
    url,
    finalUrl: res.url,
    // A 304 may omit the validators; the old ones stay good.
    etag: res.headers.get('etag') ?? (res.status === 304 ? (request.etag ?? null) : null),
    lastModified: res.headers.get('last-modified') ?? (res.status === 304 ? (request.lastModified ?? null) : null),
    attempts,
  };
  if (res.status === 304) return { ...base, status: 'not-modified' };
  return { ...base, status: 'modified', contentType: res.contentType, bytes: res.bytes };
}
