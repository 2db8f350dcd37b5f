/**
 * A store failing in a way the user can act on: one line that names the
 * database and the problem, never a stack trace. The SQLite backend has its own
 * class of the same name; `isStoreError` recognises both.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

export function isStoreError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'StoreError';
}
