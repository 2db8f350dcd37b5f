/**
 * Heavy request work (extraction, analysis, comparison) runs in a small pool
 * of worker threads, so the event loop keeps answering /api/health and reads
 * while it runs. Each job has a time budget and each thread a heap budget; a
 * job over budget, or whose client went away, is stopped by terminating its
 * thread (JavaScript cannot be interrupted any other way), and a fresh thread
 * takes its place.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface WorkPoolOptions {
  /** The worker's module (a work-thread file). */
  workerUrl: URL;
  /** Threads at most. Default: one less than the cores, at least 1. */
  size?: number;
  /** Wall-clock time one job may run once started (its thread does nothing else). Default 60 s. */
  timeLimitMs?: number;
  /** Old-generation heap of each thread, in MB. Default 1536. */
  memoryLimitMb?: number;
  /** Jobs waiting for a thread at most; more are refused as busy. Default 4 per thread. */
  maxQueue?: number;
  /** Passed to every thread as workerData. */
  workerData?: unknown;
}

export type BudgetLimit = 'time' | 'memory' | 'queue';

/** A job stopped by a budget: the caller answers with the limit it hit. */
export class WorkBudgetError extends Error {
  override readonly name = 'WorkBudgetError';
  constructor(
    readonly limit: BudgetLimit,
    message: string,
  ) {
    super(message);
  }
}

/** A job stopped because its caller no longer wants it (the client disconnected). */
export class WorkCancelledError extends Error {
  override readonly name = 'WorkCancelledError';
}

/** A job that failed inside its thread; the fields say how the thread described it. */
export class WorkFailedError extends Error {
  override readonly name = 'WorkFailedError';
  constructor(
    message: string,
    /** What the job's own error carried (an HTTP status and field, for API errors). */
    readonly detail: { kind?: string; status?: number; field?: string },
  ) {
    super(message);
  }
}

/** What a thread posts back for a job. */
export type WorkReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: { message: string; kind?: string; status?: number; field?: string } };

interface Job {
  id: number;
  kind: string;
  payload: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set when we terminate the thread ourselves, so its exit is not read as a crash. */
  stopping: boolean;
  /** The thread has loaded its jobs (it posts READY): a job's time budget starts only then. */
  ready: boolean;
}

/** What a thread posts once it listens for jobs. */
export const READY = { ready: true } as const;

const seconds = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** execArgv for threads: only the loader flags (tsx in development and tests), never --test and the like. */
function loaderArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if ((a === '--import' || a === '--loader' || a === '--experimental-loader') && i + 1 < argv.length) out.push(a, argv[++i]!);
    else if (/^--(import|loader|experimental-loader)=/.test(a)) out.push(a);
  }
  return out;
}

/**
 * A thread from TypeScript source (tests, tsx) cannot start from the .ts file
 * itself on Node 20 — loader flags do not reach a worker's entry — so a small
 * bootstrap loads it through tsx's API. Built code starts from the .js file.
 */
function newThread(workerUrl: URL, options: WorkerOptions): Worker {
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl, { ...options, execArgv: loaderArgs(process.execArgv) });
  const boot = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { ...options, eval: true });
}

export class WorkPool {
  private readonly size: number;
  private readonly timeLimitMs: number;
  private readonly memoryLimitMb: number;
  private readonly maxQueue: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Jobs by how they ended, for the server's health answer and for tests. */
  readonly stats = { done: 0, failed: 0, cancelled: 0, overBudget: 0 };

  constructor(private readonly options: WorkPoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.timeLimitMs = options.timeLimitMs ?? 60_000;
    this.memoryLimitMb = options.memoryLimitMb ?? 1536;
    this.maxQueue = options.maxQueue ?? 4 * this.size;
  }

  get limits(): { threads: number; timeLimitMs: number; memoryLimitMb: number; maxQueue: number } {
    return { threads: this.size, timeLimitMs: this.timeLimitMs, memoryLimitMb: this.memoryLimitMb, maxQueue: this.maxQueue };
  }

  /** Starts one thread ahead of the first job, so the first request does not pay for loading the models. */
  warm(): void {
    if (!this.closed && this.slots.length === 0) this.slots.push(this.spawn());
  }

  /** Runs one job on a thread; rejects with WorkBudgetError, WorkCancelledError or WorkFailedError. */
  run<T>(kind: string, payload: unknown, options: { signal?: AbortSignal } = {}): Promise<T> {
    if (this.closed) return Promise.reject(new WorkBudgetError('queue', 'the server is shutting down'));
    if (options.signal?.aborted) return Promise.reject(new WorkCancelledError('cancelled before it started'));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new WorkBudgetError('queue', `the server is busy: ${this.queue.length} jobs are waiting (at most ${this.maxQueue})`));
    }
    return new Promise<T>((resolve, reject) => {
      const job: Job = { id: this.nextId++, kind, payload, resolve: resolve as (v: unknown) => void, reject, signal: options.signal };
      if (options.signal) {
        job.onAbort = () => this.cancel(job);
        options.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new WorkCancelledError('the server is shutting down'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.stopping = true;
        if (slot.job) this.settle(slot.job, new WorkCancelledError('the server is shutting down'));
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = newThread(this.options.workerUrl, {
      workerData: this.options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb },
    });
    // An idle thread must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null, stopping: false, ready: false };
    worker.on('message', (reply: WorkReply | typeof READY) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
      } else this.onReply(slot, reply);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const error =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new WorkBudgetError('memory', `stopped: it needed more than the ${this.memoryLimitMb} MB memory budget`)
          : new WorkFailedError(`the analysis thread failed: ${err.message}`, {});
      this.retire(slot, error);
    });
    worker.on('exit', () => this.retire(slot, new WorkFailedError('the analysis thread stopped unexpectedly', {})));
    return slot;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.ready && s.job === null && !s.stopping);
      if (!slot) {
        // Start threads up to the pool's size; the job waits until one is ready.
        if (this.slots.filter((s) => !s.ready).length < this.queue.length && this.slots.length < this.size) this.slots.push(this.spawn());
        return;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        this.stop(slot, new WorkBudgetError('time', `stopped after ${seconds(this.timeLimitMs)}, the time budget of one request`));
      }, this.timeLimitMs);
      slot.worker.postMessage({ id: job.id, kind: job.kind, payload: job.payload });
    }
  }

  private onReply(slot: Slot, reply: WorkReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    this.release(slot);
    if (reply.ok) this.settle(job, null, reply.result);
    else this.settle(job, new WorkFailedError(reply.error.message, reply.error));
    this.dispatch();
  }

  /** Takes a job off its thread without stopping the thread. */
  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, new WorkCancelledError('cancelled: the client went away'));
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (slot) this.stop(slot, new WorkCancelledError('cancelled: the client went away'));
  }

  /** Ends a running job by ending its thread; a new thread is started when work waits. */
  private stop(slot: Slot, error: Error): void {
    const job = slot.job;
    slot.stopping = true;
    this.release(slot);
    this.remove(slot);
    if (job) this.settle(job, error);
    void slot.worker.terminate();
    this.dispatch();
  }

  /** A thread that died by itself (out of memory, crash): its job fails with the cause. */
  private retire(slot: Slot, error: Error): void {
    if (slot.stopping) return;
    slot.stopping = true;
    const job = slot.job;
    this.release(slot);
    this.remove(slot);
    if (job) this.settle(job, error);
    this.dispatch();
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private settle(job: Job, error: Error | null, result?: unknown): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (!error) this.stats.done++;
    else if (error instanceof WorkCancelledError) this.stats.cancelled++;
    else if (error instanceof WorkBudgetError) this.stats.overBudget++;
    else this.stats.failed++;
    if (error) job.reject(error);
    else job.resolve(result);
  }
}

/** A module beside `base` by name: .ts when running from source (tests, tsx), .js when built. */
export function siblingModule(base: string, name: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}
