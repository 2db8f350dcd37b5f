/**
 * Which addresses expose the server, and which names a request's Host header
 * may carry. A browser visiting a hostile page can be pointed at our port
 * through a name the attacker controls (DNS rebinding); the request then
 * carries that name as Host, so answering only to loopback names, the bound
 * address and names the operator lists defeats it.
 */
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const WILDCARDS = new Set(['', '0.0.0.0', '::']);

/** A host name or IP literal in one canonical form (lower case, no brackets, no trailing dot), or null. */
export function canonicalHost(name: string): string | null {
  let n = name.trim();
  if (n.startsWith('[') && n.endsWith(']')) n = n.slice(1, -1);
  if (n === '') return null;
  const literal = isIP(n) === 6 ? `[${n}]` : n;
  try {
    const url = new URL(`http://${literal}/`);
    if (url.username || url.password || url.port || url.pathname !== '/') return null;
    const h = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
    return h === '' ? null : h;
  } catch {
    return null;
  }
}

/** An IP literal in the loopback range (127.0.0.0/8, ::1, IPv4-mapped loopback). */
function isLoopbackIp(host: string): boolean {
  const v = isIP(host);
  return v !== 0 && LOOPBACK.check(host, v === 4 ? 'ipv4' : 'ipv6');
}

/** Whether binding to `host` keeps the server on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = canonicalHost(host);
  return h !== null && (h === 'localhost' || isLoopbackIp(h));
}

export type Exposure = { ok: true; warnings: string[] } | { ok: false; error: string };

/**
 * Whether the server may start on `host`: on the network it needs a token,
 * unless the operator says in so many words that the network is trusted.
 */
export function checkExposure(options: { host: string; token: string | null; insecureNoAuth: boolean }): Exposure {
  if (isLoopbackHost(options.host)) return { ok: true, warnings: [] };
  if (!options.token) {
    if (!options.insecureNoAuth) {
      return {
        ok: false,
        error:
          `--host ${options.host}: this exposes the server to the network and PARALLAX_TOKEN is not set, so anyone who can reach it could add articles, ` +
          'subscribe feeds and make it fetch URLs. Set PARALLAX_TOKEN to a long random secret (e.g. openssl rand -hex 32), or add --insecure-no-auth on a network you trust.',
      };
    }
    return {
      ok: true,
      warnings: [
        `WARNING: --insecure-no-auth: the server on ${options.host} takes writes from ANYONE who can reach it: adding articles, subscribing feeds, ` +
          'making it fetch URLs and running comparisons. Use this only on a network you trust; set PARALLAX_TOKEN instead.',
      ],
    };
  }
  return options.token.length < 16 ? { ok: true, warnings: [`warning: PARALLAX_TOKEN is only ${options.token.length} characters long; on a network use 32 or more random ones.`] } : { ok: true, warnings: [] };
}

/** The name in a Host header ("name", "name:port", "[v6]:port"), canonical, or null when missing or malformed. */
export function hostHeaderName(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(header.trim());
  return m ? canonicalHost(m[1]!) : null;
}

/** The addresses of this machine's interfaces: what a wildcard bind (0.0.0.0, ::) answers on. */
function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address.replace(/%.*$/, '')));
}

/**
 * The names a Host header may carry: loopback names, the bound address (every
 * interface address when bound to a wildcard) and the operator's own names.
 */
export function allowedHostNames(bindHost: string | null | undefined, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>(['localhost']);
  const bound = bindHost === null || bindHost === undefined ? null : bindHost.trim();
  const add = (n: string) => {
    const c = canonicalHost(n);
    if (c !== null) names.add(c);
  };
  if (bound !== null && WILDCARDS.has(bound.replace(/^\[|\]$/g, ''))) interfaceAddresses().forEach(add);
  // The bound address itself, the wildcard included: serve prints http://0.0.0.0:port/, and no attacker owns an IP literal.
  if (bound !== null) add(bound);
  extra.forEach(add);
  return names;
}

/** Whether a Host header's name may be answered: loopback IPs always, names only when listed. */
export function isAllowedHost(name: string, allowed: ReadonlySet<string>): boolean {
  return allowed.has(name) || isLoopbackIp(name);
}

/**
 * Parses a comma-separated list of host names (--allowed-hosts,
 * PARALLAX_ALLOWED_HOSTS). Throws a RangeError naming `source` and the bad entry.
 */
export function parseAllowedHosts(list: string, source: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const name = hostHeaderName(entry);
    if (name === null || entry.includes('/')) throw new RangeError(`${source}: "${entry}" is not a host name (expected e.g. news.example.org,10.0.0.5)`);
    out.push(name);
  }
  return out;
}
