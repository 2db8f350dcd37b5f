/**
 * The access token for a server whose reads are private (`parallax serve
 * --private-reads`): pasted once by the user, kept in this browser's
 * localStorage and sent as `Authorization: Bearer …` with every API request.
 * public/early.js reads the same key.
 */
const KEY = 'parallax.token';

export function storedToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    // Storage can be off (privacy settings): then there is no token to send.
    return null;
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // Nothing to keep it in; the next request asks again.
  }
}

/** The headers that carry the token, if one is kept. */
export function authHeaders(): Record<string, string> {
  const token = storedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Raised when the server refuses a request for want of a (valid) token; the shell shows the token form. */
export const UNAUTHORIZED_EVENT = 'parallax:unauthorized';
