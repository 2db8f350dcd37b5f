/**
 * What stands between the network and the API (docs/SECURITY.md): security
 * headers on every answer, the Host check against DNS rebinding, secrets
 * masked out of JSON answers, the bearer token for writes (and for reads when
 * they are private), and per-client rate limits on the routes that make the
 * server fetch or analyse. Each is one middleware; `installSecurity` puts
 * them in order, before any route.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';
import { allowedHostNames, hostHeaderName, isAllowedHost } from './security-hosts.js';
import { maskSecretsDeep } from './security-mask.js';
import { clientKey, RateLimiter } from './security-rate-limit.js';
import { LruCache } from './lru.js';
import { bearerCredentials, tokenMatches } from './security-token.js';

export interface SecurityOptions {
  /** Bearer token for writes (and reads when `privateReads`); null: writes are open. */
  token?: string | null;
  /** Every /api route but /api/health needs the token. */
  privateReads?: boolean;
  /** The address the server listens on; its name is allowed in Host. */
  bindHost?: string | null;
  /** More names the Host header may carry (a reverse proxy's public name). */
  allowedHosts?: readonly string[];
  /** Count requests against X-Forwarded-For's last hop instead of the connection's address. */
  trustProxy?: boolean;
  /** Requests a minute per client on the routes that fetch or analyse; 0 turns the limit off. */
  rateLimitPerMinute?: number;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;
/** POST on these makes the server fetch URLs or run the analysis. */
export const RATE_LIMITED_PATHS: readonly string[] = ['/api/compare', '/api/articles', '/api/feeds'];

/** Only our own script, style, images and API; no inline script or style, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

function errorJson(c: Context, status: 401 | 421 | 429, message: string, field: string | null, headers: Record<string, string> = {}) {
  return c.json({ error: { status, message, ...(field ? { field } : {}) } }, status, headers);
}

/** Sets the security headers on every answer, errors and 404s included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    // Set before the answer exists, they go into it as it is made (the fast path);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    await next();
    // an answer made as a bare Response gets them afterwards.
    if (!c.res.headers.has('x-frame-options')) for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  };
}

/** Answers only requests whose Host is a loopback name, the bound address or a listed name. */
export function hostCheck(allowed: ReadonlySet<string>): MiddlewareHandler {
  // Clients send the same few Host headers: remember the verdicts, not the parsing.
  const verdicts = new LruCache<string, boolean>(256);
  return async (c, next) => {
    const header = c.req.header('host') ?? '';
    if (verdicts.get(header) === true) return next();
    const name = hostHeaderName(header);
    if (name === null) return errorJson(c, 421, 'host: the Host header is missing or malformed', 'host');
    const ok = isAllowedHost(name, allowed);
    verdicts.set(header, ok);
    if (!ok) {
      return errorJson(
        c,
        421,
        `host: this server does not answer to "${name}"; to serve it under that name (e.g. behind a reverse proxy) start it with --allowed-hosts ${name}`,
        'host',
      );
    }
    await next();
  };
}

/**
 * Masks secrets in URL values of every JSON answer (feed URLs with keys in
 * articles' `source`, …) by masking the value each handler gives `c.json`:
 * one walk over the object, no parsing of the bytes afterwards.
 */
export function maskSecretsInAnswers(): MiddlewareHandler {
  return async (c, next) => {
    const json = c.json.bind(c) as (object: unknown, ...rest: unknown[]) => Response;
    (c as unknown as { json: typeof json }).json = (object, ...rest) => json(maskSecretsDeep(object), ...rest);
    await next();
  };
}

/** The bearer token for writes, and for every read but /api/health when reads are private. */
export function requireToken(token: string, privateReads: boolean): MiddlewareHandler {
  return async (c, next) => {
    const read = ['GET', 'HEAD'].includes(c.req.method);
    const open = read && (!privateReads || c.req.path === '/api/health');
    if (!open) {
      const given = bearerCredentials(c.req.header('authorization'));
      if (given === null || !tokenMatches(given, token)) {
        const what = read ? 'reads on this server' : 'writes';
        return errorJson(c, 401, `authorization: a valid bearer token is required for ${what} (Authorization: Bearer <token>)`, 'authorization', {
          'www-authenticate': 'Bearer realm="parallax"',
        });
      }
    }
    await next();
  };
}

function remoteAddress(c: Context): string | null {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}

/** One token bucket per client, shared by the POST routes that fetch or analyse. */
export function rateLimit(perMinute: number, trustProxy: boolean): MiddlewareHandler {
  const limiter = new RateLimiter({ perMinute });
  return async (c, next) => {
    if (c.req.method === 'POST' && RATE_LIMITED_PATHS.includes(c.req.path)) {
      const decision = limiter.take(clientKey(remoteAddress(c), c.req.header('x-forwarded-for'), trustProxy));
      if (!decision.ok) {
        return errorJson(c, 429, `too many requests: at most ${perMinute} a minute per client on the routes that fetch or analyse; try again in ${decision.retryAfterSeconds} s`, null, {
          'retry-after': String(decision.retryAfterSeconds),
        });
      }
    }
    await next();
  };
}

/** Installs the security middlewares in order; call before any route. */
export function installSecurity(app: Hono, options: SecurityOptions): void {
  const token = options.token || null;
  if (options.privateReads && !token) throw new RangeError('private reads need a token (PARALLAX_TOKEN)');
  const perMinute = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  app.use('*', securityHeaders());
  app.use('*', hostCheck(allowedHostNames(options.bindHost, options.allowedHosts ?? [])));
  app.use('/api/*', maskSecretsInAnswers());
  if (token) app.use('/api/*', requireToken(token, options.privateReads === true));
  if (perMinute > 0) app.use('/api/*', rateLimit(perMinute, options.trustProxy === true));
}
