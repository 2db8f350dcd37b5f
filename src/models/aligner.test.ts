import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasAlignerModel, loadAlignerModel } from './aligner.js';
import { PAIR_FEATURES } from '../core/compare/facts/pair-features.js';

test('the shipped aligner weights match the pair features this version computes (retrain with npm run train:aligner after changing them)', () => {
  assert.ok(hasAlignerModel());
  const { model } = loadAlignerModel();
  assert.deepEqual([...model.features], [...PAIR_FEATURES]);
  assert.equal(model.weights.length, PAIR_FEATURES.length);
});
