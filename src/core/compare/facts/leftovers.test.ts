import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SentenceVector } from '../sentence-features.js';
import { testContext, testUnit } from '../../../test-support/fact-units.js';
import { leftoverFacts } from './leftovers.js';
import type { Link } from './links.js';

function vec(article: string, index: number, features: Record<string, number>, parts: string[] = []) {
  return testUnit(article, index, features, { parts });
}

function leftovers(vectors: SentenceVector[], links: Link[]) {
  return leftoverFacts(testContext(vectors, links), new Set());
}

test('a link that only ranks first in its article, sharing one common word, is no near match: the statement stays exclusive', () => {
  // "Weitere Maßnahmen würden diskutiert" / "Die Basis funktioniere normal weiter": one shared word,
  // each the other's best match in its article, which lifted the link over the old near-match bar.
  const a = vec('a', 1, { 'w:weit': 1.2, 'w:massnahm': 3, 'w:diskutiert': 3.5, 'w:gespraech': 3 });
  const b = vec('b', 1, { 'w:weit': 1.2, 'w:basis': 3.5, 'w:funktionier': 3.5, 'w:normal': 3 });
  const drafts = leftovers([a, b], [{ i: 0, j: 1, p: 0.33 }]);
  assert.deepEqual(
    drafts.map((d) => d.status),
    ['exclusive', 'exclusive'],
  );
});

test('a sentence sharing most of what it says is a near match however the link ranked', () => {
  const a = vec('a', 1, { 'w:drohn': 3, 'w:stund': 3, 'w:erreich': 3 });
  const b = vec('b', 1, { 'w:drohn': 3, 'w:stund': 3, 'w:erreich': 3, 'w:luftraum': 3 });
  const drafts = leftovers([a, b], [{ i: 0, j: 1, p: 0.2 }]);
  assert.deepEqual(
    drafts.map((d) => d.status),
    ['uncertain', 'uncertain'],
  );
  assert.equal(drafts[0]!.possiblyAlso[0]!.text, 'b1');
});

test('a compound meets the word it is built on in the near-match test ("Kahlschlagkonzept" / "Kahlschlag")', () => {
  // Shared: "revier" and, through the compound, "kahlschlag"; a weak link (the words differ).
  const a = vec('a', 1, { 'w:kahlschlagkonzept': 4, 'w:trifft': 3, 'w:jung': 3, 'w:revier': 2 }, ['w:kahlschlag']);
  const b = vec('b', 1, { 'w:gewerkschaft': 3, 'w:sprech': 2, 'w:kahlschlag': 4, 'w:revier': 2 });
  const drafts = leftovers([a, b], [{ i: 0, j: 1, p: 0.08 }]);
  assert.equal(drafts[0]!.status, 'uncertain');
  assert.equal(drafts[0]!.possiblyAlso[0]!.text, 'b1');
});
