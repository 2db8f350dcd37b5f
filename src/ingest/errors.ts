/**
 * The one error type ingestion throws for problems with what the user gave us
 * (a missing file, a 404, bytes that are not text). The CLI prints `message`
 * and never a stack trace, so the message is a single self-explanatory line.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    /** The input as the user gave it: a path, a URL or "-". */
    readonly input: string,
    /** What is wrong with it, in a few words ("no such file", "HTTP 404 Not Found"). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${oneLine(input)}: ${oneLine(reason)}`, options);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
