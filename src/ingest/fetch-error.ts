/**
 * A failed fetch, with enough structure for a caller to decide whether trying
 * again can help (a 503 or a reset connection) or not (a 404, a too-large
 * body). Still an InputError, so the CLI prints it as one line.
 */
import { InputError } from './errors.js';

export type FetchFailure =
  /** The server answered with a status we do not accept (see `status`). */
  | 'status'
  /** Connection refused, reset, DNS failure, TLS problem, malformed response. */
  | 'network'
  | 'timeout'
  | 'too-large'
  /** Aborted by the caller's signal. */
  | 'aborted'
  /** Invalid URL, unsupported scheme, redirect loop or too many redirects. */
  | 'request'
  /** Refused by us before asking: robots.txt disallows the URL. */
  | 'robots'
  /** Refused by us before connecting: the outbound policy does not allow the address or port. */
  | 'refused';

export class FetchError extends InputError {
  constructor(
    input: string,
    reason: string,
    readonly failure: FetchFailure,
    /** HTTP status for failure "status", else null. */
    readonly status: number | null = null,
    /** The server's Retry-After, in milliseconds from now, when it sent one. */
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(input, reason, options);
  }
}

/**
 * Whether the same request may succeed later: server errors (5xx), 429 and 408
 * (the server asks us to come back), network trouble and time-outs. Other 4xx
 * answers and our own refusals never change by asking again.
 */
export function isRetryable(e: unknown): boolean {
  if (!(e instanceof FetchError)) return false;
  switch (e.failure) {
    case 'network':
    case 'timeout':
      return true;
    case 'status':
      return e.status !== null && (e.status >= 500 || e.status === 429 || e.status === 408);
    default:
      return false;
  }
}

/** A Retry-After header value (seconds, or an HTTP date) in milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}
