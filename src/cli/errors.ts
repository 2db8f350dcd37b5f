/**
 * Exit codes of the CLI (documented in the README):
 * 0 everything done; 1 failed (bad usage, nothing could be read, the store is unusable);
 * 2 finished, but some inputs or records were skipped because they failed (each is reported);
 * 70 an unexpected internal error; 130 stopped by Ctrl+C (143 by SIGTERM): run again to continue.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_SKIPPED = 2;
export const EXIT_INTERNAL = 70;
export const EXIT_INTERRUPTED = 130;
export const EXIT_TERMINATED = 143;

/** An error the CLI reports as one line, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILED,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
