/**
 * Where Parallax may send a request. Every outbound request (a URL given to
 * the CLI or the API, a feed, a feed item's page, robots.txt, every redirect
 * hop) asks the policy first: http(s) only, the host resolved once and every
 * address it resolves to checked, the port from an allowed set. A refused
 * target is never connected to, so the answer cannot tell what an internal
 * address would have said or whether a port is open; an allowed one is
 * connected to at the very addresses checked (see pinned-request.ts), so DNS
 * cannot change its answer in between.
 */
import { lookup } from 'node:dns/promises';
import { InputError } from '../errors.js';
import { FetchError } from '../fetch-error.js';
import { addressKind, inNetwork, parseAddress, parseNetwork, type AddressKind, type Network } from './ip-address.js';

/** Ports a public host may be fetched on unless PARALLAX_ALLOW_PORTS says otherwise. */
export const DEFAULT_ALLOWED_PORTS: readonly number[] = [80, 443, 8080, 8443];

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses; throws an error with a DNS `code` when it cannot. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface OutboundPolicyOptions {
  /**
   * Always allowed, on any port: host names ("feeds.example.org"; ".example.org"
   * for it and its subdomains, "*.example.org" for subdomains only), addresses
   * and CIDR networks ("10.0.0.0/8", "fd00::/8").
   */
  allowHosts?: readonly string[];
  /** Ports allowed for public hosts. Default DEFAULT_ALLOWED_PORTS. */
  allowPorts?: readonly number[];
  /** Allow every address (loopback, private, link-local, …) on any port: for a user's own shell. */
  allowPrivate?: boolean;
  /** Name resolution; default dns.lookup (all addresses). Tests pass their own. */
  resolve?: Resolver;
}

/** A policy as plain data, to hand to a worker thread (no resolver: the thread uses the system's). */
export interface OutboundSettings {
  allowHosts: string[];
  allowPorts: number[];
  allowPrivate: boolean;
}

/** A request target the policy allowed: connect only to `addresses`. */
export interface OutboundTarget {
  /** The host name without brackets, for SNI and certificate checks. */
  hostname: string;
  port: number;
  addresses: ResolvedAddress[];
}

const HINT = '(allow with --allow-private-hosts or PARALLAX_ALLOW_HOSTS)';

const KIND_TEXT: Record<Exclude<AddressKind, 'public'>, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  shared: 'a shared (carrier-grade NAT) address',
  'link-local': 'a link-local address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

interface HostRule {
  /** Lower-case name without a trailing dot. */
  name: string;
  /** The name itself matches (not for "*.name"). */
  apex: boolean;
  subdomains: boolean;
}

export class OutboundPolicy {
  readonly allowPorts: ReadonlySet<number>;
  readonly allowPrivate: boolean;
  private readonly allowHosts: readonly string[];
  private readonly networks: Network[] = [];
  private readonly names: HostRule[] = [];
  private readonly resolve: Resolver;

  constructor(options: OutboundPolicyOptions = {}) {
    this.allowPorts = new Set(options.allowPorts ?? DEFAULT_ALLOWED_PORTS);
    this.allowPrivate = options.allowPrivate ?? false;
    this.resolve = options.resolve ?? systemResolver;
    this.allowHosts = [...(options.allowHosts ?? [])];
    for (const entry of this.allowHosts) this.addAllowed(entry);
  }

  /** This policy as plain data; `new OutboundPolicy(settings)` makes it again (e.g. in a worker thread). */
  settings(): OutboundSettings {
    return { allowHosts: [...this.allowHosts], allowPorts: [...this.allowPorts], allowPrivate: this.allowPrivate };
  }

  /**
   * The policy the environment sets: PARALLAX_ALLOW_HOSTS (comma-separated
   * hosts and networks) and PARALLAX_ALLOW_PORTS (comma-separated ports,
   * replacing the default set). Throws InputError naming a bad variable.
   */
  static fromEnv(env: NodeJS.ProcessEnv = process.env, extra: { allowPrivate?: boolean; resolve?: Resolver } = {}): OutboundPolicy {
    const list = (name: string): string[] => (env[name] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    const ports = list('PARALLAX_ALLOW_PORTS');
    for (const p of ports) {
      if (!/^\d{1,5}$/.test(p) || Number(p) < 1 || Number(p) > 65535) throw new InputError('PARALLAX_ALLOW_PORTS', `"${p}" is not a port (1 to 65535)`);
    }
    const hosts = list('PARALLAX_ALLOW_HOSTS');
    for (const h of hosts) {
      if (parseNetwork(h) === null && !isHostName(h)) throw new InputError('PARALLAX_ALLOW_HOSTS', `"${h}" is neither a host name, an address nor a network like 10.0.0.0/8`);
    }
    return new OutboundPolicy({ allowHosts: hosts, allowPorts: ports.length > 0 ? ports.map(Number) : undefined, ...extra });
  }

  private addAllowed(entry: string): void {
    const network = parseNetwork(entry);
    if (network) {
      this.networks.push(network);
      return;
    }
    const lower = entry.toLowerCase().replace(/\.$/, '');
    if (lower.startsWith('*.')) this.names.push({ name: lower.slice(2), apex: false, subdomains: true });
    else if (lower.startsWith('.')) this.names.push({ name: lower.slice(1), apex: true, subdomains: true });
    else this.names.push({ name: lower, apex: true, subdomains: false });
  }

  /** Whether the operator allowed this host name by name. */
  private nameAllowed(hostname: string): boolean {
    const h = hostname.toLowerCase().replace(/\.$/, '');
    return this.names.some((r) => (r.apex && h === r.name) || (r.subdomains && h.endsWith(`.${r.name}`)));
  }

  /**
   * Check `url` (as fetched, after WHATWG parsing, which already turns
   * decimal, hex, octal and short IPv4 forms into dotted quads), resolving its
   * host. Returns where to connect; throws FetchError "refused" naming the
   * rule, or "network" when the name does not resolve.
   */
  async check(url: URL, input: string = url.href): Promise<OutboundTarget> {
    const { hostname, port, literal } = this.checkStatic(url, input);
    const byName = this.nameAllowed(hostname);
    const addresses = literal ? [literal] : await this.lookup(hostname, input);
    if (addresses.length === 0) throw new FetchError(input, 'host not found', 'network');
    let explicit = true;
    for (const a of addresses) {
      const verdict = this.judge(a.address, byName);
      if (verdict === 'public') explicit = false;
      else if (verdict !== 'allowed') {
        const what = literal ? KIND_TEXT[verdict] : `${hostname} resolves to ${KIND_TEXT[verdict]}`;
        throw refusal(input, `${what} ${HINT}`);
      }
    }
    if (!explicit) this.checkPort(port, input);
    return { hostname, port, addresses };
  }

  /**
   * What can be checked without asking DNS: the scheme, an address written in
   * the URL, a name that always means this machine ("localhost"), and the
   * port of such a target. For subscribing to a feed, which is fetched later
   * (and checked fully then).
   */
  checkStatic(url: URL, input: string = url.href): { hostname: string; port: number; literal: ResolvedAddress | null } {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError(input, `unsupported URL scheme "${url.protocol}" (only http and https)`, 'request');
    }
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
    const bytes = parseAddress(hostname);
    const literal: ResolvedAddress | null = bytes ? { address: hostname, family: bytes.length === 4 ? 4 : 6 } : null;
    const byName = this.nameAllowed(hostname);
    if (literal) {
      const verdict = this.judge(literal.address, byName);
      if (verdict === 'public') this.checkPort(port, input);
      else if (verdict !== 'allowed') throw refusal(input, `${KIND_TEXT[verdict]} ${HINT}`);
    } else if (isLocalhostName(hostname) && this.judge('127.0.0.1', byName) !== 'allowed') {
      throw refusal(input, `${hostname} is ${KIND_TEXT.loopback} ${HINT}`);
    }
    return { hostname, port, literal };
  }

  /** "allowed" (by the operator: any port), "public" (by default: allowed ports only), else the kind of address refused. */
  private judge(address: string, byName: boolean): 'allowed' | AddressKind {
    if (byName) return 'allowed';
    const bytes = parseAddress(address);
    if (!bytes) return 'reserved';
    if (this.networks.some((n) => inNetwork(bytes, n))) return 'allowed';
    const kind = addressKind(bytes);
    return kind !== 'public' && this.allowPrivate ? 'allowed' : kind;
  }

  private checkPort(port: number, input: string): void {
    if (this.allowPorts.has(port)) return;
    const allowed = [...this.allowPorts].sort((a, b) => a - b).join(', ');
    throw refusal(input, `port ${port} is not allowed (allowed: ${allowed}; set PARALLAX_ALLOW_PORTS)`);
  }

  private async lookup(hostname: string, input: string): Promise<ResolvedAddress[]> {
    try {
      return await this.resolve(hostname);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === 'EAI_AGAIN') throw new FetchError(input, 'host name lookup failed (temporary DNS failure)', 'network', null, null, { cause: e });
      throw new FetchError(input, 'host not found', 'network', null, null, { cause: e });
    }
  }
}

function refusal(input: string, why: string): FetchError {
  return new FetchError(input, `refused by the outbound policy: ${why}`, 'refused');
}

const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

function isHostName(s: string): boolean {
  return /^(\*\.|\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(s);
}

/** RFC 6761: "localhost" and names under it are this machine whatever DNS says. */
function isLocalhostName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

let cached: { key: string; policy: OutboundPolicy } | null = null;

/** The policy of requests that name none: the environment's, without --allow-private-hosts. */
export function defaultOutboundPolicy(env: NodeJS.ProcessEnv = process.env): OutboundPolicy {
  const key = `${env.PARALLAX_ALLOW_HOSTS ?? ''}|${env.PARALLAX_ALLOW_PORTS ?? ''}`;
  if (cached?.key !== key) cached = { key, policy: OutboundPolicy.fromEnv(env) };
  return cached.policy;
}
