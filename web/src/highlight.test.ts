import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cutPieces, type Layer } from './highlight.js';

test('pieces carry every layer that covers them', () => {
  const text = 'Mayor Linda Carver said "we owe answers".';
  const layers: Layer[] = [
    { start: 106, end: 118, kind: 'entity', ref: 'name:linda carver' },
    { start: 124, end: 140, kind: 'quote' },
    { start: 128, end: 131, kind: 'loaded' },
  ];
  const pieces = cutPieces(text, 100, layers);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(pieces.find((p) => p.text === 'Linda Carver')?.layers.map((l) => l.kind), ['entity']);
  assert.deepEqual(pieces.find((p) => p.text === 'owe')?.layers.map((l) => l.kind), ['quote', 'loaded']);
});

test('the pieces always rebuild the sentence, whatever the layers', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 })), { maxLength: 6 }), (text, spans) => {
      const layers = spans.map(([a, b]): Layer => ({ start: 10 + a, end: 10 + b, kind: 'quote' }));
      const pieces = cutPieces(text, 10, layers);
      assert.equal(pieces.map((p) => p.text).join(''), text);
      for (const p of pieces) for (const l of p.layers) assert.ok(l.start <= p.start && l.end >= p.start + p.text.length);
    }),
  );
});
