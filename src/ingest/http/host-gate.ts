/**
 * Per-host politeness: at most `concurrency` requests to one host at a time,
 * and request starts to one host at least `delayMs` apart. Hosts are
 * independent; a waiting request holds no slot, so a slow host never blocks
 * another one.
 */

export interface HostGateOptions {
  /** Requests in flight to one host at most. Default 1. */
  concurrency?: number;
  /** Least time between two request starts to one host, in ms. Default 1000. */
  delayMs?: number;
}

interface Waiter {
  start: () => void;
  fail: (e: unknown) => void;
}

interface HostState {
  active: number;
  /** When the last request to this host started (ms since epoch), or -Infinity. */
  lastStart: number;
  /** This host's delay when it asks for more than the default (robots.txt Crawl-delay). */
  delayMs: number;
  queue: Waiter[];
  timer: NodeJS.Timeout | null;
}

export class HostGate {
  private readonly concurrency: number;
  private readonly defaultDelayMs: number;
  private readonly hosts = new Map<string, HostState>();

  constructor(options: HostGateOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.defaultDelayMs = Math.max(0, options.delayMs ?? 1000);
  }

  /** Raise (never lower) one host's delay, e.g. to its robots.txt Crawl-delay. */
  setHostDelay(host: string, delayMs: number): void {
    const s = this.state(host);
    s.delayMs = Math.max(this.defaultDelayMs, delayMs);
  }

  hostDelay(host: string): number {
    return this.hosts.get(host)?.delayMs ?? this.defaultDelayMs;
  }

  /** Run `task` when `host` has a free slot and its delay has passed. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const s = this.state(host);
    await this.acquire(host, s, signal);
    try {
      return await task();
    } finally {
      s.active--;
      this.pump(host, s);
    }
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, lastStart: -Infinity, delayMs: this.defaultDelayMs, queue: [], timer: null };
      this.hosts.set(host, s);
    }
    return s;
  }

  private acquire(host: string, s: HostState, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const i = s.queue.indexOf(waiter);
        if (i >= 0) s.queue.splice(i, 1);
        reject(abortReason(signal!));
        this.pump(host, s);
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        fail: reject,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      s.queue.push(waiter);
      this.pump(host, s);
    });
  }

  /** Start the next waiter when a slot is free and the delay has passed; else wake up when it will have. */
  private pump(host: string, s: HostState): void {
    if (s.timer !== null || s.queue.length === 0 || s.active >= this.concurrency) return;
    const wait = s.lastStart + s.delayMs - Date.now();
    if (wait > 0) {
      s.timer = setTimeout(() => {
        s.timer = null;
        this.pump(host, s);
      }, wait);
      return;
    }
    const next = s.queue.shift()!;
    s.active++;
    s.lastStart = Date.now();
    next.start();
    this.pump(host, s);
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted');
}
