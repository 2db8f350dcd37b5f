import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addressKind, embeddedIPv4, formatAddress, inNetwork, parseAddress, parseNetwork } from './ip-address.js';

const kindOf = (text: string): string => {
  const bytes = parseAddress(text);
  assert.ok(bytes, `${text} parses`);
  return addressKind(bytes);
};

/** The host part of a URL after WHATWG parsing, as the fetcher sees it. */
const urlHost = (host: string): string => new URL(`http://${host}/`).hostname;

describe('addressKind', () => {
  it('names every special IPv4 block', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.255.3.4', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['100.64.0.1', 'shared'],
      ['100.127.255.254', 'shared'],
      ['169.254.169.254', 'link-local'],
      ['0.0.0.0', 'unspecified'],
      ['0.1.2.3', 'reserved'],
      ['224.0.0.1', 'multicast'],
      ['239.255.255.250', 'multicast'],
      ['255.255.255.255', 'broadcast'],
      ['240.0.0.1', 'reserved'],
      ['192.0.2.5', 'reserved'],
      ['198.18.0.1', 'reserved'],
    ];
    for (const [address, kind] of cases) assert.equal(kindOf(address), kind, address);
  });

  it('keeps the neighbours of special blocks public', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '169.253.255.255', '11.0.0.0', '126.255.255.255', '128.0.0.0', '223.255.255.255']) {
      assert.equal(kindOf(address), 'public', address);
    }
  });

  it('names the IPv6 blocks and judges IPv4 carried inside IPv6 by the IPv4 address', () => {
    const cases: [string, string][] = [
      ['::1', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'link-local'],
      ['fd00::2', 'unique-local'],
      ['fc12::1', 'unique-local'],
      ['ff02::1', 'multicast'],
      ['2001:db8::1', 'reserved'],
      ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'], // Teredo
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::127.0.0.1', 'loopback'],
      ['::ffff:169.254.169.254', 'link-local'],
      ['64:ff9b::10.0.0.1', 'private'],
      ['2002:7f00:1::', 'loopback'], // 6to4 of 127.0.0.1
      ['2002:c0a8:101::1', 'private'], // 6to4 of 192.168.1.1
      ['::ffff:8.8.8.8', 'public'],
      ['2606:4700:4700::1111', 'public'],
      ['3fff::1', 'public'],
      ['4000::1', 'reserved'], // outside global unicast
    ];
    for (const [address, kind] of cases) assert.equal(kindOf(address), kind, address);
  });

  it('sees loopback through every numeric spelling the URL parser accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0x7f000000, max: 0x7fffffff }), (n) => {
        const dotted = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
        const spellings = [
          String(n),
          `0x${n.toString(16)}`,
          dotted.map((b) => `0${b.toString(8)}`).join('.'),
          `${dotted[0]}.${(n & 0xffffff) >>> 0}`, // short form: 127.N
          `[::ffff:${dotted.join('.')}]`,
          `[64:ff9b::${dotted.join('.')}]`,
          `[2002:${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}::1]`,
        ];
        for (const s of spellings) assert.equal(addressKind(parseAddress(urlHost(s))!), 'loopback', s);
      }),
    );
  });

  it('judges an IPv4-mapped address exactly as its IPv4 address', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)), (b) => {
        const v4 = b.join('.');
        assert.equal(kindOf(`::ffff:${v4}`), kindOf(v4));
        assert.equal(kindOf(urlHost(`[::ffff:${v4}]`)), kindOf(v4));
      }),
    );
  });
});

describe('parseAddress', () => {
  it('reads IPv4, IPv6 with and without brackets and a dotted tail, and nothing else', () => {
    assert.equal(formatAddress(parseAddress('[::ffff:127.0.0.1]')!), '0:0:0:0:0:ffff:7f00:1');
    assert.equal(formatAddress(parseAddress('1:2::8')!), '1:2:0:0:0:0:0:8');
    assert.equal(formatAddress(parseAddress('10.0.0.1')!), '10.0.0.1');
    assert.equal(formatAddress(parseAddress('fe80::1%eth0')!), 'fe80:0:0:0:0:0:0:1');
    for (const bad of ['localhost', '127.1', '1:2:3', '999.1.1.1', '', '[::1', 'g::1']) assert.equal(parseAddress(bad), null, bad);
  });

  it('finds the IPv4 address in mapped, compatible, NAT64 and 6to4 forms only', () => {
    assert.equal(formatAddress(embeddedIPv4(parseAddress('::ffff:1.2.3.4')!)!), '1.2.3.4');
    assert.equal(formatAddress(embeddedIPv4(parseAddress('::1.2.3.4')!)!), '1.2.3.4');
    assert.equal(formatAddress(embeddedIPv4(parseAddress('64:ff9b::1.2.3.4')!)!), '1.2.3.4');
    assert.equal(formatAddress(embeddedIPv4(parseAddress('2002:102:304::')!)!), '1.2.3.4');
    assert.equal(embeddedIPv4(parseAddress('::1')!), null);
    assert.equal(embeddedIPv4(parseAddress('2606:4700::1')!), null);
  });
});

describe('networks', () => {
  it('parses CIDR and bare addresses, and refuses bad prefixes', () => {
    assert.deepEqual(parseNetwork('10.0.0.0/8')?.prefix, 8);
    assert.deepEqual(parseNetwork('10.0.0.7')?.prefix, 32);
    assert.deepEqual(parseNetwork('fd00::/8')?.prefix, 8);
    for (const bad of ['10.0.0.0/33', '10.0.0.0/x', 'fd00::/129', 'news.example', '10.0.0.0/']) assert.equal(parseNetwork(bad), null, bad);
  });

  it('matches addresses by prefix, IPv4-mapped ones against IPv4 networks too', () => {
    const net = parseNetwork('172.16.0.0/12')!;
    assert.ok(inNetwork(parseAddress('172.20.1.1')!, net));
    assert.ok(!inNetwork(parseAddress('172.32.0.1')!, net));
    assert.ok(inNetwork(parseAddress('::ffff:172.20.1.1')!, net));
    assert.ok(!inNetwork(parseAddress('::1')!, parseNetwork('127.0.0.0/8')!));
    assert.ok(inNetwork(parseAddress('fd00::5')!, parseNetwork('fd00::/8')!));
  });
});
