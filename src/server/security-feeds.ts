/**
 * Feeds as the API shows them. A stored error text can name internal
 * addresses, ports or the full feed URL ("connection refused (10.0.0.3:8080)",
 * "redirect loop (https://…?key=…)"); the API shows only the kind of failure,
 * picked from a fixed list, so nothing of the original text gets through.
 * The URL itself is masked (security-mask.ts).
 */
import { STATUS_CODES } from 'node:http';
import type { FeedHealth } from '../ingest/feeds/subscriptions.js';
import { maskUrlSecrets } from './security-mask.js';

/** Kinds of failure by what the stored text says, first match wins. */
const KINDS: [RegExp, string][] = [
  [/^could not store/, 'could not store the new items'],
  [/robots\.txt/, 'disallowed by robots.txt'],
  [/timed? ?out|did not answer in time|stopped sending/, 'timed out'],
  [/larger than|too large/, 'response too large'],
  [/redirect/, 'bad redirect'],
  [/certificate|\btls\b|\bssl\b|secure connection/, 'TLS problem'],
  [/outbound policy|private address|loopback|link-local|not allowed|blocked/, 'refused by the outbound policy'],
  [/refused|could not connect/, 'could not connect'],
  [/host not found|lookup failed|enotfound|eai_again|\bdns\b/, 'host not found'],
  [/unreachable/, 'host unreachable'],
  [/reset|closed|hang up/, 'connection closed'],
  [/invalid http response|invalid compressed response/, 'invalid HTTP response'],
  [/invalid url|not an http|scheme/, 'invalid URL'],
  [/empty feed|could not read the feed|not a feed|xml|json|parse/, 'not a readable feed'],
  [/network/, 'network error'],
];

/** The kind of a stored feed error, safe to show to anyone: no address, port or URL. */
export function publicFeedError(stored: string | null): string | null {
  if (stored === null) return null;
  const text = stored.toLowerCase();
  const status = /^http (\d{3})\b/.exec(text);
  if (status) {
    const code = Number(status[1]);
    return STATUS_CODES[code] ? `HTTP ${code} ${STATUS_CODES[code]}` : `HTTP ${code}`;
  }
  for (const [pattern, kind] of KINDS) if (pattern.test(text)) return kind;
  return 'fetch failed';
}

/** A feed's health for the API: URL masked, error reduced to its kind. */
export function feedForApi(health: FeedHealth): FeedHealth {
  return { ...health, url: maskUrlSecrets(health.url), lastError: publicFeedError(health.lastError) };
}

/**
 * The subscription a client means by `given`: its exact URL, or the masked
 * form the API and `feeds list` show when exactly one subscription has it.
 * Returns the URL, null when none, or 'ambiguous'.
 */
export function resolveShownFeedUrl(given: string, urls: readonly string[]): string | null | 'ambiguous' {
  if (urls.includes(given)) return given;
  const matches = urls.filter((u) => maskUrlSecrets(u) === given);
  if (matches.length > 1) return 'ambiguous';
  return matches[0] ?? null;
}
