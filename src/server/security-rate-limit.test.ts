import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clientKey, RateLimiter } from './security-rate-limit.js';

test('a burst of perMinute, then one request per 60/perMinute seconds, with an honest Retry-After', () => {
  let now = 0;
  const limiter = new RateLimiter({ perMinute: 6, now: () => now });
  for (let i = 0; i < 6; i++) assert.deepEqual(limiter.take('a'), { ok: true });
  assert.deepEqual(limiter.take('a'), { ok: false, retryAfterSeconds: 10 });
  assert.deepEqual(limiter.take('b'), { ok: true }, 'another client has its own bucket');
  now += 9_000;
  assert.deepEqual(limiter.take('a'), { ok: false, retryAfterSeconds: 1 });
  now += 1_000;
  assert.deepEqual(limiter.take('a'), { ok: true });
  now -= 60_000;
  assert.equal(limiter.take('a').ok, false, 'a clock stepping back refills nothing');
});

test('property: over any schedule no client gets more than burst + rate × elapsed', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 120 }),
      fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 5_000 })), { maxLength: 300 }),
      (perMinute, schedule) => {
        let now = 0;
        const limiter = new RateLimiter({ perMinute, now: () => now });
        const granted = new Map<string, number>();
        for (const [client, wait] of schedule) {
          now += wait;
          const d = limiter.take(client);
          if (d.ok) granted.set(client, (granted.get(client) ?? 0) + 1);
          else assert.ok(d.retryAfterSeconds >= 1 && d.retryAfterSeconds <= Math.ceil(60 / perMinute));
        }
        for (const n of granted.values()) assert.ok(n <= perMinute + (now * perMinute) / 60_000 + 1e-9);
      },
    ),
    { numRuns: 200 },
  );
});

test('memory is bounded: the least recently seen clients are forgotten', () => {
  const limiter = new RateLimiter({ perMinute: 1, maxClients: 100 });
  for (let i = 0; i < 10_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
  assert.equal(limiter.clients, 100);
});

test('clients are keyed by address, by the last forwarded hop only behind a trusted proxy, IPv6 per /64', () => {
  assert.equal(clientKey('203.0.113.5', '1.1.1.1', false), '203.0.113.5');
  assert.equal(clientKey('127.0.0.1', '1.1.1.1, 198.51.100.7', true), '198.51.100.7');
  assert.equal(clientKey('127.0.0.1', ' ', true), '127.0.0.1');
  assert.equal(clientKey('::ffff:203.0.113.5', null, false), '203.0.113.5');
  assert.equal(clientKey('2001:db8:1:2:aaaa::1', null, false), '2001:0db8:0001:0002::/64');
  assert.equal(clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff', null, false), '2001:0db8:0001:0002::/64');
  assert.equal(clientKey('::1', null, false), '0000:0000:0000:0000::/64');
  assert.equal(clientKey('fe80::1%eth0', null, false), 'fe80:0000:0000:0000::/64');
  assert.equal(clientKey(undefined, undefined, false), 'unknown');
});
