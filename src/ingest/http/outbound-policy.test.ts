import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { FetchError, isRetryable } from '../fetch-error.js';
import { InputError } from '../errors.js';
import { fetchResource } from '../fetch-url.js';
import { DEFAULT_ALLOWED_PORTS, OutboundPolicy, defaultOutboundPolicy, type ResolvedAddress, type Resolver } from './outbound-policy.js';

/** A resolver for names the tests make up; anything else is "not found" (or asked of `fallback`), so no test depends on real DNS. */
function fakeDns(table: Record<string, string[]>, calls: string[] = [], fallback?: Resolver): Resolver {
  return async (name) => {
    calls.push(name);
    const found = table[name];
    if (!found && fallback) return fallback(name);
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return found.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

async function refusal(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof FetchError, `expected a FetchError, got ${String(e)}`);
    return e;
  }
  throw new Error('expected a refusal');
}

const HINT = '(allow with --allow-private-hosts or PARALLAX_ALLOW_HOSTS)';
const dns = fakeDns({
  'news.example': ['93.184.216.34'],
  'dual.example': ['93.184.216.34', '2606:2800:220:1::1'],
  'inside.example': ['10.0.0.7'],
  'mixed.example': ['93.184.216.34', '192.168.1.20'],
  'metadata.example': ['169.254.169.254'],
  'mapped.example': ['::ffff:127.0.0.1'],
});

describe('OutboundPolicy.check', () => {
  const policy = new OutboundPolicy({ resolve: dns });
  const check = (url: string, p = policy) => p.check(new URL(url));

  it('allows a public host on the default ports and returns the addresses it checked', async () => {
    assert.deepEqual(DEFAULT_ALLOWED_PORTS, [80, 443, 8080, 8443]);
    const target = await check('https://news.example/a');
    assert.deepEqual(target, { hostname: 'news.example', port: 443, addresses: [{ address: '93.184.216.34', family: 4 }] });
    assert.equal((await check('http://dual.example:8080/')).addresses.length, 2);
    assert.equal((await check('http://[2606:2800:220:1::1]/')).hostname, '2606:2800:220:1::1');
  });

  it('refuses every kind of non-public address, written or resolved, naming the rule and how to allow it', async () => {
    const cases: [string, string][] = [
      ['http://127.0.0.1:9/x', `http://127.0.0.1:9/x: refused by the outbound policy: a loopback address ${HINT}`],
      ['http://169.254.169.254/latest/meta-data/', `http://169.254.169.254/latest/meta-data/: refused by the outbound policy: a link-local address ${HINT}`],
      ['http://10.1.2.3/', `http://10.1.2.3/: refused by the outbound policy: a private address ${HINT}`],
      ['http://172.20.0.1/', `http://172.20.0.1/: refused by the outbound policy: a private address ${HINT}`],
      ['http://192.168.0.1/', `http://192.168.0.1/: refused by the outbound policy: a private address ${HINT}`],
      ['http://100.64.0.1/', `http://100.64.0.1/: refused by the outbound policy: a shared (carrier-grade NAT) address ${HINT}`],
      ['http://[fe80::1]/', `http://[fe80::1]/: refused by the outbound policy: a link-local address ${HINT}`],
      ['http://[fd00::1]/', `http://[fd00::1]/: refused by the outbound policy: a unique-local address ${HINT}`],
      ['http://224.0.0.1/', `http://224.0.0.1/: refused by the outbound policy: a multicast address ${HINT}`],
      ['http://[::]/', `http://[::]/: refused by the outbound policy: the unspecified address ${HINT}`],
      ['http://255.255.255.255/', `http://255.255.255.255/: refused by the outbound policy: the broadcast address ${HINT}`],
      ['http://240.1.2.3/', `http://240.1.2.3/: refused by the outbound policy: a reserved address ${HINT}`],
      ['http://[64:ff9b::a9fe:a9fe]/', `http://[64:ff9b::a9fe:a9fe]/: refused by the outbound policy: a link-local address ${HINT}`],
      ['http://[2002:a00:1::]/', `http://[2002:a00:1::]/: refused by the outbound policy: a private address ${HINT}`],
      ['http://inside.example/', `http://inside.example/: refused by the outbound policy: inside.example resolves to a private address ${HINT}`],
      ['http://mixed.example/', `http://mixed.example/: refused by the outbound policy: mixed.example resolves to a private address ${HINT}`],
      ['http://metadata.example/', `http://metadata.example/: refused by the outbound policy: metadata.example resolves to a link-local address ${HINT}`],
      ['http://mapped.example/', `http://mapped.example/: refused by the outbound policy: mapped.example resolves to a loopback address ${HINT}`],
      ['http://localhost/', `http://localhost/: refused by the outbound policy: localhost is a loopback address ${HINT}`],
      ['http://api.localhost./', `http://api.localhost./: refused by the outbound policy: api.localhost. is a loopback address ${HINT}`],
    ];
    for (const [url, message] of cases) {
      const e = await refusal(check(url));
      assert.equal(e.message, message);
      assert.equal(e.failure, 'refused');
      assert.equal(isRetryable(e), false);
    }
  });

  it('refuses ports outside the allowed set for public hosts; the set is configurable', async () => {
    const e = await refusal(check('http://news.example:22/'));
    assert.equal(e.message, 'http://news.example:22/: refused by the outbound policy: port 22 is not allowed (allowed: 80, 443, 8080, 8443; set PARALLAX_ALLOW_PORTS)');
    const only443 = new OutboundPolicy({ resolve: dns, allowPorts: [443] });
    await refusal(check('http://news.example/', only443));
    assert.equal((await check('https://news.example/', only443)).port, 443);
  });

  it('allows what the operator allows: names, subdomains, addresses, networks (on any port), or every address', async () => {
    const allow = (allowHosts: string[]) => new OutboundPolicy({ resolve: dns, allowHosts });
    assert.equal((await check('http://inside.example:3000/', allow(['inside.example']))).port, 3000);
    assert.equal((await check('http://inside.example/', allow(['*.example']))).hostname, 'inside.example');
    assert.equal((await check('http://inside.example/', allow(['.example']))).hostname, 'inside.example');
    await refusal(check('http://inside.example/', allow(['*.inside.example'])));
    await refusal(check('http://inside.example/', allow(['*.example.org', 'example'])));
    assert.ok(await check('http://inside.example:5432/', allow(['10.0.0.0/8'])));
    assert.ok(await check('http://127.0.0.1:9/', allow(['127.0.0.1'])));
    assert.ok(await check('http://[::ffff:127.0.0.1]:9/', allow(['127.0.0.0/8'])), 'mapped form matches the IPv4 network');
    await refusal(check('http://127.0.0.2/', allow(['127.0.0.1'])));
    await refusal(check('http://[::1]/', allow(['127.0.0.0/8'])));
    // Allowing one address of a host is not allowing the other.
    await refusal(check('http://mixed.example/', allow(['93.184.216.0/24'])));
    const open = new OutboundPolicy({ resolve: dns, allowPrivate: true });
    assert.ok(await check('http://localhost:5173/', new OutboundPolicy({ allowPrivate: true, resolve: fakeDns({ localhost: ['127.0.0.1'] }) })));
    assert.ok(await check('http://169.254.169.254/', open));
    assert.ok(await check('http://inside.example:6379/', open));
    // The flag is about private addresses: a public host keeps the port rule.
    await refusal(check('http://news.example:25/', open));
  });

  it('says when a name does not resolve, and refuses other schemes', async () => {
    const missing = await refusal(check('http://no-such.example/'));
    assert.deepEqual([missing.message, missing.failure], ['http://no-such.example/: host not found', 'network']);
    const ftp = await refusal(check('ftp://news.example/'));
    assert.equal(ftp.message, 'ftp://news.example/: unsupported URL scheme "ftp:" (only http and https)');
  });

  it('checks without DNS what it can: written addresses, localhost, ports (for subscribing)', () => {
    const noDns = new OutboundPolicy({ resolve: () => Promise.reject(new Error('DNS must not be asked')) });
    assert.throws(() => noDns.checkStatic(new URL('http://127.1:8080/feed')), /a loopback address/);
    assert.throws(() => noDns.checkStatic(new URL('http://LOCALHOST/feed')), /localhost is a loopback address/);
    assert.throws(() => noDns.checkStatic(new URL('http://8.8.8.8:25/')), /port 25 is not allowed/);
    assert.equal(noDns.checkStatic(new URL('https://news.example/feed')).hostname, 'news.example');
  });
});

describe('OutboundPolicy.fromEnv', () => {
  it('reads allowed hosts and ports, and names a bad entry', async () => {
    const p = OutboundPolicy.fromEnv({ PARALLAX_ALLOW_HOSTS: ' 10.0.0.0/8, feeds.internal ,', PARALLAX_ALLOW_PORTS: '443, 8000' }, { resolve: dns });
    assert.deepEqual([...p.allowPorts], [443, 8000]);
    assert.ok(await p.check(new URL('http://inside.example:1234/')));
    assert.equal(OutboundPolicy.fromEnv({}).allowPrivate, false);
    assert.equal(OutboundPolicy.fromEnv({}, { allowPrivate: true }).allowPrivate, true);
    assert.throws(() => OutboundPolicy.fromEnv({ PARALLAX_ALLOW_PORTS: '80,http' }), (e: unknown) => e instanceof InputError && e.message === 'PARALLAX_ALLOW_PORTS: "http" is not a port (1 to 65535)');
    assert.throws(() => OutboundPolicy.fromEnv({ PARALLAX_ALLOW_PORTS: '70000' }), /PARALLAX_ALLOW_PORTS: "70000"/);
    assert.throws(() => OutboundPolicy.fromEnv({ PARALLAX_ALLOW_HOSTS: '10.0.0.0/40' }), /PARALLAX_ALLOW_HOSTS: "10.0.0.0\/40" is neither/);
    assert.throws(() => OutboundPolicy.fromEnv({ PARALLAX_ALLOW_HOSTS: 'http://x/' }), /PARALLAX_ALLOW_HOSTS/);
  });

  it('travels as plain data (to a worker thread) and comes back the same', async () => {
    const p = new OutboundPolicy({ allowHosts: ['10.0.0.0/8', 'feeds.internal'], allowPorts: [443], allowPrivate: false });
    const settings = structuredClone(p.settings());
    assert.deepEqual(settings, { allowHosts: ['10.0.0.0/8', 'feeds.internal'], allowPorts: [443], allowPrivate: false });
    const again = new OutboundPolicy({ ...settings, resolve: dns });
    assert.ok(await again.check(new URL('http://inside.example:9/')));
    await refusal(again.check(new URL('http://news.example/')));
  });

  it('is the default of every fetch, refusing private addresses', async () => {
    const d = defaultOutboundPolicy({});
    assert.equal(d.allowPrivate, false);
    assert.equal(defaultOutboundPolicy({}), d, 'built once per environment');
    await refusal(d.check(new URL('http://127.0.0.1/')));
  });
});

/** A page server on 127.0.0.1 and ::1 (same port): counts what reaches it. */
interface Inside {
  port: number;
  /** Whether ::1 is served too (this machine has IPv6 loopback). */
  v6: boolean;
  hits: { path: string; host: string | undefined }[];
  close(): Promise<void>;
}

async function startInside(): Promise<Inside> {
  const hits: Inside['hits'] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    hits.push({ path: req.url ?? '/', host: req.headers.host });
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/redirect/')) {
      res.writeHead(302, { location: decodeURIComponent(path.slice('/redirect/'.length)) });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('internal secret');
  };
  const v4 = createServer(handle);
  await new Promise<void>((r) => v4.listen(0, '127.0.0.1', r));
  const port = (v4.address() as AddressInfo).port;
  const v6: Server | null = await new Promise((resolve) => {
    const s = createServer(handle);
    s.once('error', () => resolve(null)); // no IPv6 loopback here: the [::1] cases then fail to connect, which also proves nothing leaks
    s.listen(port, '::1', () => resolve(s));
  });
  const close = async (): Promise<void> => {
    for (const s of [v4, v6]) {
      if (!s) continue;
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  };
  return { port, v6: v6 !== null, hits, close };
}

describe('fetchResource and the outbound policy, against real loopback servers', () => {
  let inside: Inside;
  /** Names in /etc/hosts that mean this machine (this host's own name, when it resolves to loopback). */
  let hostsName: string | null = null;
  before(async () => {
    inside = await startInside();
    const own = await lookup(hostname(), { all: true }).catch(() => []);
    if (own.length > 0 && own.every((a) => a.address.startsWith('127.') || a.address === '::1')) hostsName = hostname();
  });
  after(() => inside.close());

  const spellings = (port: number): string[] => [
    `http://127.0.0.1:${port}/secret`,
    `http://localhost:${port}/secret`,
    `http://[::1]:${port}/secret`,
    `http://0.0.0.0:${port}/secret`,
    `http://2130706433:${port}/secret`,
    `http://0x7f000001:${port}/secret`,
    `http://0177.0.0.1:${port}/secret`,
    `http://127.1:${port}/secret`,
    `http://[::ffff:127.0.0.1]:${port}/secret`,
    `http://[::127.0.0.1]:${port}/secret`,
    ...(hostsName ? [`http://${hostsName}:${port}/secret`] : []),
  ];

  it('refuses every spelling of this machine by default, and never connects', async () => {
    for (const url of spellings(inside.port)) {
      const e = await refusal(fetchResource(url));
      assert.equal(e.failure, 'refused', url);
      assert.match(e.message, /^[^\n]*: refused by the outbound policy: .*(loopback|unspecified|reserved) address/, url);
      assert.ok(!e.message.includes('secret ') && !/connection|ECONN|port \d+ is/.test(e.reason), e.message);
    }
    assert.deepEqual(inside.hits, [], 'nothing reached the server');
  });

  it('fetches every spelling when the operator allows it', async () => {
    const policies = [new OutboundPolicy({ allowPrivate: true }), new OutboundPolicy({ allowHosts: ['127.0.0.0/8', '::1', '0.0.0.0', 'localhost', hostsName ?? 'localhost'] })];
    for (const policy of policies) {
      for (const url of spellings(inside.port)) {
        if (url.includes('[::1]') || url.includes('[::127')) continue; // needs IPv6 loopback: checked below
        const r = await fetchResource(url, { policy });
        assert.equal(Buffer.from(r.bytes).toString(), 'internal secret', url);
      }
    }
    assert.ok(inside.hits.length >= 2 * (spellings(inside.port).length - 2));
    if (inside.v6) {
      const r = await fetchResource(`http://[::1]:${inside.port}/secret`, { policy: new OutboundPolicy({ allowHosts: ['::1'] }) });
      assert.equal(r.status, 200);
    }
  });

  it('connects to the address it checked, once resolved, keeping the name in Host', async () => {
    const calls: string[] = [];
    const policy = new OutboundPolicy({ allowHosts: ['127.0.0.1'], resolve: fakeDns({ 'news.example': ['127.0.0.1'] }, calls) });
    const before = inside.hits.length;
    // The system resolver does not know news.example: the request can only arrive through the checked address.
    const r = await fetchResource(`http://news.example:${inside.port}/pinned`, { policy });
    assert.equal(r.status, 200);
    assert.deepEqual(inside.hits.slice(before), [{ path: '/pinned', host: `news.example:${inside.port}` }]);
    assert.deepEqual(calls, ['news.example'], 'resolved once, not again at connect time');
  });

  it('refuses a redirect from an allowed host into this machine, whatever the spelling', async () => {
    // Other names (localhost, this host's name) go to the system resolver, as they would in real use.
    const system: Resolver = async (name) => (await lookup(name, { all: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    const policy = new OutboundPolicy({ allowHosts: ['news.example'], resolve: fakeDns({ 'news.example': ['127.0.0.1'] }, [], system) });
    const before = inside.hits.length;
    for (const inner of spellings(inside.port)) {
      const start = `http://news.example:${inside.port}/redirect/${encodeURIComponent(inner)}`;
      const e = await refusal(fetchResource(start, { policy }));
      assert.equal(e.failure, 'refused');
      assert.ok(e.message.startsWith(`${start}: refused by the outbound policy: `), e.message);
    }
    const reached = inside.hits.slice(before).map((h) => h.path);
    assert.ok(reached.length === spellings(inside.port).length && reached.every((p) => p.startsWith('/redirect/')), 'only the allowed first hop reached the server');
  });

  it('refuses a public-looking name that resolves inside', async () => {
    const policy = new OutboundPolicy({ resolve: fakeDns({ 'news.example': ['127.0.0.1'], 'v6.example': ['::1'] }) });
    const before = inside.hits.length;
    const e = await refusal(fetchResource(`http://news.example:${inside.port}/secret`, { policy }));
    assert.match(e.message, /news\.example resolves to a loopback address/);
    await refusal(fetchResource(`http://v6.example/secret`, { policy }));
    assert.equal(inside.hits.length, before);
  });
});
