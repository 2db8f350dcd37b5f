/**
 * Per-client rate limits for the routes that make the server fetch or
 * analyse: a token bucket per client, kept in a bounded LRU so a flood of
 * new addresses costs a fixed amount of memory (an evicted client starts
 * again with a full bucket: the bound is on memory, not on a patient attacker
 * with many addresses).
 */
import { isIP } from 'node:net';
import { LruCache } from './lru.js';

export interface RateLimitOptions {
  /** Requests per minute a client may make on average; also the burst. */
  perMinute: number;
  /** Clients remembered at most (default 10 000). */
  maxClients?: number;
  /** Clock in milliseconds (tests). */
  now?: () => number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets: LruCache<string, Bucket>;
  private readonly perMs: number;
  private readonly burst: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions) {
    if (!(options.perMinute > 0)) throw new RangeError('rate limit: perMinute must be above 0');
    this.burst = options.perMinute;
    this.perMs = options.perMinute / 60_000;
    this.buckets = new LruCache(options.maxClients ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  /** Takes one request from the client's bucket, or says how long until it may try again. */
  take(client: string): RateDecision {
    const now = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    // A clock that steps back refills nothing.
    b.tokens = Math.min(this.burst, b.tokens + Math.max(0, now - b.at) * this.perMs);
    b.at = now;
    this.buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / this.perMs / 1000)) };
  }

  /** Clients currently remembered. */
  get clients(): number {
    return this.buckets.size;
  }
}

/** The full 8 groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(address: string): string[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  // A dotted IPv4 tail takes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [left, right] = text.includes('::') ? text.split('::') : [text, null];
  const l = left ? left.split(':') : [];
  const r = right ? right.split(':') : [];
  const groups = right === null ? l : [...l, ...Array<string>(8 - l.length - r.length).fill('0'), ...r];
  return groups.length === 8 ? groups.map((g) => g.padStart(4, '0')) : null;
}

/**
 * Whom a request counts against: its remote address, or with `trustProxy`
 * the last X-Forwarded-For hop (the address our reverse proxy saw; earlier
 * hops are whatever the client wrote). IPv6 clients count per /64, the block
 * one subscriber usually holds.
 */
export function clientKey(remoteAddress: string | null | undefined, forwardedFor: string | null | undefined, trustProxy: boolean): string {
  let address = remoteAddress ?? '';
  if (trustProxy && forwardedFor) {
    const hops = forwardedFor.split(',').map((h) => h.trim()).filter(Boolean);
    if (hops.length > 0) address = hops[hops.length - 1]!;
  }
  address = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const groups = ipv6Groups(address);
  if (groups) return `${groups.slice(0, 4).join(':')}::/64`;
  return address === '' ? 'unknown' : address;
}
