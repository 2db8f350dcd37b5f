import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bearerCredentials, tokenDigest, tokenMatches } from './security-token.js';

test('the Bearer scheme is read in any case; other schemes and malformed headers give nothing', () => {
  for (const h of ['Bearer abc', 'bearer abc', 'BEARER abc', 'BeArEr   abc  ', ' Bearer abc']) assert.equal(bearerCredentials(h), 'abc', h);
  for (const h of ['Basic abc', 'Bearer', 'Bearer ', 'Bearerabc', 'Bearer a b', 'Token abc', '', undefined, null]) assert.equal(bearerCredentials(h), null, String(h));
});

test('property: a token matches itself and nothing else', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), (a, b) => {
      assert.equal(tokenMatches(a, a), true);
      assert.equal(tokenMatches(a, b), a === b);
    }),
    { numRuns: 300 },
  );
});

test('tokens of any length are compared as digests of one length (no length check to leak it)', () => {
  for (const n of [0, 1, 7, 31, 32, 33, 64, 1000, 100_000]) assert.equal(tokenDigest('x'.repeat(n)).length, 32, `length ${n}`);
  // A prefix, an extension and a token of another length are refused without throwing.
  assert.equal(tokenMatches('sekre', 'sekret'), false);
  assert.equal(tokenMatches('sekrett', 'sekret'), false);
  assert.equal(tokenMatches('', 'sekret'), false);
});
