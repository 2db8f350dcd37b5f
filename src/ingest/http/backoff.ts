/**
 * Exponential backoff with jitter, shared by request retries and feed
 * scheduling: base × 2^attempt, capped, then scaled into [½, 1] at random so
 * that many clients failing together do not come back together.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** A number in [0, 1); Math.random by default. Tests pass a constant. */
  random?: () => number;
}

/** The wait before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const exp = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt));
  const r = (options.random ?? Math.random)();
  return Math.round(exp * (0.5 + 0.5 * r));
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
