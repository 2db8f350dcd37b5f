/**
 * Every API failure is JSON: {"error":{"status","message","field"?}}. A bad
 * request names the field at fault, so a client can fix it without guessing.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 500 | 502 | 503,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toJSON(): { error: { status: number; message: string; field?: string } } {
    return { error: { status: this.status, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

export const badField = (field: string, message: string) => new ApiError(400, `${field}: ${message}`, field);
