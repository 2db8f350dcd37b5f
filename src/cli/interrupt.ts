/**
 * Ctrl+C for long work. The first SIGINT (or SIGTERM) asks the work to stop
 * after the article it is storing; the second ends the process at once: the
 * first restores the default action. Nothing stored is lost either way, since
 * every article is one SQLite transaction.
 */
import { EXIT_INTERRUPTED, EXIT_TERMINATED } from './errors.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';

export interface Interrupt {
  /** The signal that asked to stop, or null. */
  readonly requested: StopSignal | null;
  /** Aborted on the first signal (for fetches under way). */
  readonly signal: AbortSignal;
  /** Stops listening (the default actions return). */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until disposed; `onFirst` is told when the first one arrives. */
export function watchInterrupts(onFirst: (signal: StopSignal) => void = () => {}): Interrupt {
  const controller = new AbortController();
  let requested: StopSignal | null = null;
  const dispose = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  function onSignal(signal: StopSignal): void {
    requested = signal;
    // Without a listener the next signal takes its default action: the process ends at once.
    dispose();
    onFirst(signal);
    controller.abort();
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    get requested() {
      return requested;
    },
    signal: controller.signal,
    dispose,
  };
}

/** The conventional exit code for a run stopped by this signal (128 + its number). */
export function exitCodeFor(signal: StopSignal): number {
  return signal === 'SIGINT' ? EXIT_INTERRUPTED : EXIT_TERMINATED;
}

/**
 * Lets the event loop run now and then. Reading and storing articles can go on
 * for minutes in promise continuations alone, and a signal is only delivered
 * when the loop turns: without this, Ctrl+C waits until the whole input is done.
 */
export function breather(everyMs = 20): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < everyMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = Date.now();
  };
}
