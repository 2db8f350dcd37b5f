import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsGzip } from './encoding.js';

test('gzip is accepted when listed, by wildcard, or with a positive q, and refused with q=0', () => {
  assert.equal(acceptsGzip('gzip, deflate, br'), true);
  assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.8'), true);
  assert.equal(acceptsGzip('*'), true);
  assert.equal(acceptsGzip('gzip;q=0'), false);
  assert.equal(acceptsGzip('identity'), false);
  assert.equal(acceptsGzip(undefined), false);
  assert.equal(acceptsGzip(''), false);
});
