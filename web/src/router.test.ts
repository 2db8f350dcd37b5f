import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRoute } from './router.js';

test('routes match whole paths and decode their parameters', () => {
  assert.deepEqual(matchRoute('/', '/'), {});
  assert.equal(matchRoute('/', '/compare'), null);
  assert.deepEqual(matchRoute('/compare', '/compare/'), {});
  assert.deepEqual(matchRoute('/story/:id', '/story/st-1a'), { id: 'st-1a' });
  assert.deepEqual(matchRoute('/entity/:key', '/entity/name%3Alinda%20carver'), { key: 'name:linda carver' });
  assert.equal(matchRoute('/story/:id', '/story/'), null);
  assert.equal(matchRoute('/story/:id', '/story/a/b'), null);
  assert.equal(matchRoute('/entity/:key', '/entity/%E0%A4%A'), null, 'bad percent-encoding is no match');
});
