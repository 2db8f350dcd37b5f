import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldName } from './fold.js';

test('German and English spellings of one name fold to one key', () => {
  const pairs: [string, string][] = [
    ['Wladimir Putin', 'Vladimir Putin'],
    ['Dmitri Peskow', 'Dmitry Peskov'],
    ['Sergei Schoigu', 'Sergei Shoigu'],
    ['Wolodymyr Selenskyj', 'Volodymyr Zelensky'],
    ['Wostotschny', 'Vostochny'],
    ['Tschaikowski', 'Chaikovski'],
  ];
  for (const [de, en] of pairs) assert.equal(foldName(de), foldName(en), `${de} / ${en}`);
});

test('different names stay apart', () => {
  assert.notEqual(foldName('Putin'), foldName('Peskow'));
  assert.notEqual(foldName('Kim Jong Un'), foldName('Kim Yo Jong'));
});

test('folding is idempotent', () => {
  fc.assert(fc.property(fc.string(), (s) => foldName(foldName(s)) === foldName(s)));
});
