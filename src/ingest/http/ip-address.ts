/**
 * IP addresses as bytes, what kind of address each is (public, loopback,
 * private, …), and CIDR networks, for the outbound policy. IPv6 forms that
 * carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the
 * IPv4 address inside, so no spelling of 127.0.0.1 passes for public.
 */
import { isIPv4, isIPv6 } from 'node:net';

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved';

/** An address as 4 (IPv4) or 16 (IPv6) bytes. */
export type AddressBytes = Uint8Array;

/** The bytes of a textual IPv4 or IPv6 address (brackets allowed), or null when it is neither. */
export function parseAddress(text: string): AddressBytes | null {
  const t = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (isIPv4(t)) return Uint8Array.from(t.split('.').map(Number));
  // A zone ("fe80::1%eth0") picks an interface, not another address.
  if (isIPv6(t)) return parseIPv6(t.replace(/%.*$/, ''));
  return null;
}

function parseIPv6(t: string): AddressBytes | null {
  let text = t;
  const bytes = new Uint8Array(16);
  // A dotted IPv4 tail ("::ffff:127.0.0.1") fills the last four bytes.
  let tail: number[] = [];
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail = dotted[1]!.split('.').map(Number);
    text = `${text.slice(0, dotted.index)}:0:0`;
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, null];
  const groups = (s: string | undefined): number[] => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = rest === null ? [] : groups(rest);
  const all = rest === null ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  if (all.length !== 8 || all.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return null;
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  if (tail.length === 4) bytes.set(tail, 12);
  return bytes;
}

/** Dotted or colon text for bytes (IPv6 uncompressed), for messages and tests. */
export function formatAddress(bytes: AddressBytes): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':');
}

interface Block {
  bytes: AddressBytes;
  prefix: number;
  kind: AddressKind;
}

const block = (cidr: string, kind: AddressKind): Block => {
  const [addr, len] = cidr.split('/');
  return { bytes: parseAddress(addr!)!, prefix: Number(len), kind };
};

/** IPv4 special-purpose blocks (RFC 6890 and its updates); the first that matches decides. */
const V4_BLOCKS: Block[] = [
  block('0.0.0.0/32', 'unspecified'),
  block('0.0.0.0/8', 'reserved'), // "this network": connecting to it reaches the local host
  block('10.0.0.0/8', 'private'),
  block('100.64.0.0/10', 'shared'), // carrier-grade NAT
  block('127.0.0.0/8', 'loopback'),
  block('169.254.0.0/16', 'link-local'), // cloud metadata lives here
  block('172.16.0.0/12', 'private'),
  block('192.0.0.0/24', 'reserved'),
  block('192.0.2.0/24', 'reserved'), // documentation
  block('192.88.99.0/24', 'reserved'), // old 6to4 relays
  block('192.168.0.0/16', 'private'),
  block('198.18.0.0/15', 'reserved'), // benchmarking
  block('198.51.100.0/24', 'reserved'),
  block('203.0.113.0/24', 'reserved'),
  block('224.0.0.0/4', 'multicast'),
  block('255.255.255.255/32', 'broadcast'),
  block('240.0.0.0/4', 'reserved'),
];

/** IPv6 blocks judged on their own; forms that embed IPv4 are handled before these. */
const V6_BLOCKS: Block[] = [
  block('::/128', 'unspecified'),
  block('::1/128', 'loopback'),
  block('64:ff9b:1::/48', 'private'), // local-use NAT64
  block('100::/64', 'reserved'), // discard-only
  block('2001::/32', 'reserved'), // Teredo: the tunnelled IPv4 address cannot be trusted
  block('2001:db8::/32', 'reserved'), // documentation
  block('2001::/23', 'reserved'), // IETF protocol assignments
  block('fc00::/7', 'unique-local'),
  block('fe80::/10', 'link-local'),
  block('fec0::/10', 'link-local'), // deprecated site-local
  block('ff00::/8', 'multicast'),
];

/** Whether the first `prefix` bits of `a` and `b` agree. */
export function samePrefix(a: AddressBytes, b: AddressBytes, prefix: number): boolean {
  if (a.length !== b.length) return false;
  const full = Math.floor(prefix / 8);
  for (let i = 0; i < full; i++) if (a[i] !== b[i]) return false;
  const bits = prefix % 8;
  if (bits === 0) return true;
  const mask = (0xff << (8 - bits)) & 0xff;
  return (a[full]! & mask) === (b[full]! & mask);
}

const startsWith = (bytes: AddressBytes, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/**
 * The IPv4 address an IPv6 address stands for, when it is one of the forms
 * that carry one: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64
 * (64:ff9b::a.b.c.d) or 6to4 (2002:aabb:ccdd::).
 */
export function embeddedIPv4(bytes: AddressBytes): AddressBytes | null {
  if (bytes.length !== 16) return null;
  const zeros10 = bytes.subarray(0, 10).every((b) => b === 0);
  if (zeros10 && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12);
  // Compatible form (::a.b.c.d); :: and ::1 are IPv6's own unspecified and loopback.
  const low = ((bytes[12]! << 24) | (bytes[13]! << 16) | (bytes[14]! << 8) | bytes[15]!) >>> 0;
  if (zeros10 && bytes[10] === 0 && bytes[11] === 0 && low > 1) return bytes.slice(12);
  if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b]) && bytes.subarray(4, 12).every((b) => b === 0)) return bytes.slice(12);
  if (startsWith(bytes, [0x20, 0x02])) return bytes.slice(2, 6);
  return null;
}

/** What kind of address this is. Anything IPv6 outside 2000::/3 (global unicast) is reserved. */
export function addressKind(bytes: AddressBytes): AddressKind {
  if (bytes.length === 4) return V4_BLOCKS.find((b) => samePrefix(bytes, b.bytes, b.prefix))?.kind ?? 'public';
  const v4 = embeddedIPv4(bytes);
  if (v4) return addressKind(v4);
  const special = V6_BLOCKS.find((b) => samePrefix(bytes, b.bytes, b.prefix));
  if (special) return special.kind;
  return (bytes[0]! & 0xe0) === 0x20 ? 'public' : 'reserved';
}

/** A network in CIDR notation ("10.0.0.0/8", "fd00::/8"); a bare address is a network of one. */
export interface Network {
  bytes: AddressBytes;
  prefix: number;
}

/** Parses "a.b.c.d/n", "x::/n" or a bare address; null when it is none of these. */
export function parseNetwork(text: string): Network | null {
  const slash = text.indexOf('/');
  const bytes = parseAddress(slash < 0 ? text : text.slice(0, slash));
  if (!bytes) return null;
  const max = bytes.length * 8;
  if (slash < 0) return { bytes, prefix: max };
  const len = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(len) || Number(len) > max) return null;
  return { bytes, prefix: Number(len) };
}

/** Whether `address` is in `network`; an IPv4-mapped IPv6 address also matches IPv4 networks. */
export function inNetwork(address: AddressBytes, network: Network): boolean {
  if (address.length === network.bytes.length) return samePrefix(address, network.bytes, network.prefix);
  if (address.length === 16 && network.bytes.length === 4) {
    const v4 = embeddedIPv4(address);
    return v4 !== null && samePrefix(v4, network.bytes, network.prefix);
  }
  return false;
}
