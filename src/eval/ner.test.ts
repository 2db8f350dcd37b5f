import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateNer } from './ner.js';
import { collapseLabel, parseGermEval } from '../core/ner/germeval.js';
import type { EntityTagger } from '../core/ner/tagger.js';

// Hand-written evaluation file in the GermEval layout.
const TSV = [
  '#\teigener Satz 1',
  '1\tAngela\tB-PER\tO',
  '2\tMerkel\tI-PER\tO',
  '3\tflog\tO\tO',
  '4\tnach\tO\tO',
  '5\tRom\tB-LOC\tO',
  '',
  '#\teigener Satz 2',
  '1\tdie\tO\tO',
  '2\tdeutsche\tB-LOCderiv\tO',
  '3\tBahn\tO\tO',
  '',
].join('\n');

function withFile(run: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ner-eval-'));
  try {
    const path = join(dir, 'gold.tsv');
    writeFileSync(path, TSV);
    run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const gold = new Map(parseGermEval(TSV).map((s) => [s.tokens.join(' '), s.labels]));

test('a tagger that returns the gold labels scores 1', () => {
  withFile((path) => {
    const oracle = {
      tag: (tokens: readonly string[]) => (gold.get(tokens.join(' ')) ?? []).map(collapseLabel),
      tagFine: (tokens: readonly string[]) => [...(gold.get(tokens.join(' ')) ?? [])],
    };
    const r = evaluateNer(path, oracle);
    assert.equal(r.f1, 1);
    assert.equal(r.collapsed.f1, 1);
    assert.equal(r.tokens, 8);
    assert.equal(r.sentences, 2);
    assert.deepEqual(Object.keys(r.byType).sort(), ['LOC', 'LOCderiv', 'PER']);
    assert.equal(r.byType.PER?.support, 1);
    assert.ok(r.seconds >= 0);
  });
});

test('exact scoring does not collapse: a coarse-only tagger loses the deriv span', () => {
  withFile((path) => {
    const coarse: EntityTagger = { tag: (tokens) => (gold.get(tokens.join(' ')) ?? []).map(collapseLabel) };
    const r = evaluateNer(path, coarse);
    assert.equal(r.precision, 2 / 3);
    assert.equal(r.recall, 2 / 3);
    assert.equal(r.byType.LOCderiv?.recall, 0);
    assert.equal(r.collapsed.f1, 1);
  });
});

test('a tagger that finds nothing scores 0', () => {
  withFile((path) => {
    const r = evaluateNer(path, { tag: (tokens) => tokens.map(() => 'O') });
    assert.equal(r.f1, 0);
    assert.equal(r.recall, 0);
    assert.equal(r.byType.PER?.support, 1);
  });
});
