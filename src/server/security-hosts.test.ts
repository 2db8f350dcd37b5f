import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { allowedHostNames, checkExposure, hostHeaderName, isAllowedHost, isLoopbackHost, parseAllowedHosts } from './security-hosts.js';

test('loopback is 127.0.0.0/8, ::1 and localhost in any spelling; everything else exposes', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1', 'localhost', 'LOCALHOST', 'localhost.', '::ffff:127.0.0.1']) assert.ok(isLoopbackHost(h), h);
  for (const h of ['0.0.0.0', '::', '', '192.168.1.5', '10.0.0.1', '128.0.0.1', 'example.org', 'localhost.example.org', '::2']) assert.ok(!isLoopbackHost(h), h);
});

test('on the network a token is required unless the operator insists; short tokens get a warning', () => {
  const refused = checkExposure({ host: '0.0.0.0', token: null, insecureNoAuth: false });
  assert.equal(refused.ok, false);
  assert.match(!refused.ok ? refused.error : '', /^--host 0\.0\.0\.0: .*PARALLAX_TOKEN.*--insecure-no-auth/);
  assert.ok(!(!refused.ok ? refused.error : '').includes('\n'), 'one line');
  const insecure = checkExposure({ host: '0.0.0.0', token: null, insecureNoAuth: true });
  assert.ok(insecure.ok && /^WARNING: --insecure-no-auth/.test(insecure.warnings[0]!));
  assert.deepEqual(checkExposure({ host: '127.0.0.1', token: null, insecureNoAuth: false }), { ok: true, warnings: [] });
  assert.deepEqual(checkExposure({ host: '::', token: 'x'.repeat(32), insecureNoAuth: false }), { ok: true, warnings: [] });
  const short = checkExposure({ host: '::', token: 'abc', insecureNoAuth: false });
  assert.ok(short.ok && /only 3 characters/.test(short.warnings[0]!));
});

test('Host headers are read with or without port, IPv6 in brackets; malformed ones give null', () => {
  assert.equal(hostHeaderName('Example.ORG:8787'), 'example.org');
  assert.equal(hostHeaderName('[::1]:80'), '::1');
  assert.equal(hostHeaderName('127.0.0.1'), '127.0.0.1');
  assert.equal(hostHeaderName('localhost.'), 'localhost');
  for (const h of [undefined, '', '::1', 'a b', 'x:1:2', 'user@host', 'host/path', 'host:port']) assert.equal(hostHeaderName(h), null, String(h));
});

test('allowed names: loopback, the bound address (all interfaces for a wildcard) and the listed names', () => {
  const bound = allowedHostNames('192.0.2.7', ['News.Example.org']);
  for (const n of ['localhost', '192.0.2.7', 'news.example.org', '127.0.0.1', '127.9.9.9', '::1']) assert.ok(isAllowedHost(n, bound), n);
  for (const n of ['evil.example', '192.0.2.8', 'example.org']) assert.ok(!isAllowedHost(n, bound), n);
  const wildcard = allowedHostNames('0.0.0.0');
  const own = Object.values(networkInterfaces()).flatMap((l) => (l ?? []).map((i) => i.address.replace(/%.*$/, '')));
  for (const a of own) assert.ok(isAllowedHost(hostHeaderName(a.includes(':') ? `[${a}]` : a)!, wildcard), a);
  assert.ok(isAllowedHost('0.0.0.0', wildcard), 'the address serve prints for a wildcard bind');
  assert.ok(isAllowedHost('::', allowedHostNames('::')));
  assert.ok(!isAllowedHost('0.0.0.0', bound), 'only when bound to it');
});

test('--allowed-hosts lists are checked entry by entry, naming the bad one', () => {
  assert.deepEqual(parseAllowedHosts(' news.example.org, 10.0.0.5 ,,[::1]:443', '--allowed-hosts'), ['news.example.org', '10.0.0.5', '::1']);
  assert.deepEqual(parseAllowedHosts('', 'PARALLAX_ALLOWED_HOSTS'), []);
  assert.throws(() => parseAllowedHosts('ok.example, bad host', '--allowed-hosts'), /^RangeError: --allowed-hosts: "bad host" is not a host name/);
  assert.throws(() => parseAllowedHosts('https://x.example/', 'PARALLAX_ALLOWED_HOSTS'), /PARALLAX_ALLOWED_HOSTS: "https:\/\/x.example\/"/);
});
