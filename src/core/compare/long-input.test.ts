/**
 * Inputs that overflowed the stack or grew with the square of the text (issue 16).
 * Their speed is measured by `npm run bench` (compare-scale); here only that they
 * complete and give a sound report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { compareArticles } from './index.js';
import { analyze } from '../../test-support/analyze.js';
import { getPack } from '../../lang/index.js';

const NORMAL =
  'Der Stadtrat von Berlin hat am Dienstag über den neuen Haushalt beraten. Bürgermeisterin Anna Keller verteidigte den Entwurf. ' +
  '„Wir investieren in die Zukunft“, sagte sie. Die Abstimmung folgt im März.';

test('a text of one name 250,000 times is analysed and compared (a spread of its mentions overflowed the stack)', () => {
  const big = analyze('Berlin '.repeat(250_000), { outlet: 'Endlos' });
  assert.ok(big.mentions.length >= 250_000);
  const report = compareArticles([big, analyze(NORMAL, { outlet: 'Normal' })], { packOf: getPack });
  const berlin = report.entities.find((e) => e.name === 'Berlin');
  assert.ok(berlin, 'Berlin is a story entity');
  assert.equal(Object.keys(berlin.mentions).length, 2);
});

test('a long article on one line (no blank lines) is analysed and compared', () => {
  const demo = fileURLToPath(new URL('../../../fixtures/demo/de-erdbeben-kalabrien/', import.meta.url));
  const texts = readdirSync(demo)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(demo, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\s+/g, ' '));
  let body = '';
  while (body.length < 300_000) body += `${texts.join(' ')} `;
  const long = analyze(body, { outlet: 'Einzeilig' });
  assert.equal(new Set(long.sentences.map((s) => s.paragraph)).size, 1, 'one paragraph');
  assert.ok(long.sentences.length > 1000);
  const report = compareArticles([long, analyze(texts[0]!, { outlet: 'Normal' })], { packOf: getPack });
  assert.ok(report.facts.some((f) => f.status === 'shared'), 'the repeated text shares facts with its source');
});
