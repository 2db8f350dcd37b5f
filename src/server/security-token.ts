/**
 * The bearer token check. Both sides are reduced to HMAC digests of one fixed
 * length before the constant-time comparison, so neither the time taken nor
 * an early exit tells an attacker how long the token is or how much of it
 * they guessed right.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A key per process: the digests are never stored or shown, only compared. */
const KEY = randomBytes(32);

/** The fixed-length value a token is compared by (32 bytes whatever its length). */
export function tokenDigest(token: string): Buffer {
  return createHmac('sha256', KEY).update(token, 'utf8').digest();
}

/** Whether `given` is the expected token, in time independent of both. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(tokenDigest(given), tokenDigest(expected));
}

/**
 * The credentials of an Authorization header using the Bearer scheme, or null.
 * The scheme name is case-insensitive (RFC 9110 §11.1), so "bearer x" counts.
 */
export function bearerCredentials(header: string | undefined | null): string | null {
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}
