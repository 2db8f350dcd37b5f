import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { evaluateResolution } from './resolution.js';
import { stripMarks } from './resolution-fixtures.js';
import { readInput } from '../ingest/read-input.js';
import { compareInputs } from '../pipeline.js';

const fixtures = fileURLToPath(new URL('../../fixtures/resolution/', import.meta.url));
const stories = fileURLToPath(new URL('../../fixtures/stories/', import.meta.url));
const result = evaluateResolution(fixtures);

test('marks are stripped with their offsets', () => {
  const { text, mentions } = stripMarks('Der [[Kreml|gov-ru|metonymy]] und [[Putins|putin]] Sprecher.');
  assert.equal(text, 'Der Kreml und Putins Sprecher.');
  assert.deepEqual(
    mentions.map((m) => [text.slice(m.start, m.end), m.entity, m.metonymy]),
    [
      ['Kreml', 'gov-ru', true],
      ['Putins', 'putin', false],
    ],
  );
  assert.throws(() => stripMarks('ein [[offenes Zeichen'));
});

// One test per hard case of the fixtures (inflection, surnames, titles, transliteration,
// acronyms, adjectives, metonymy, German↔English, two people with one surname).
for (const c of result.cases) {
  test(`${c.story}: ${c.kind} ${c.a}${c.b ? ` / ${c.b}` : ''} (${c.why})`, () => {
    assert.ok(c.passed, c.detail);
  });
}

test('resolution never merges two gold entities and finds nearly all links', () => {
  assert.ok(result.cases.length >= 40);
  assert.equal(result.story.pairwise.precision, 1, 'a wrong merge across the story');
  assert.equal(result.withinArticle.pairwise.precision, 1, 'a wrong merge inside an article');
  assert.ok(result.story.bcubed.recall >= 0.95, `story B³ recall ${result.story.bcubed.recall}`);
  assert.equal(result.metonymy.wronglyMarked, 0);
  assert.equal(result.metonymy.marked, result.metonymy.gold);
});

test('the German↔English story in fixtures/stories is the marked one without marks', () => {
  const marked = join(fixtures, 'gipfel');
  for (const f of readdirSync(marked).filter((x) => x.endsWith('.md'))) {
    const plain = readFileSync(join(stories, 'de-en-gipfel', f.replace(/^a\d-/, '').replace(/\.md$/, '.txt')), 'utf8');
    const stripped = readFileSync(join(marked, f), 'utf8').split('\n').map((l) => stripMarks(l).text).join('\n');
    assert.equal(plain, stripped, f);
  }
});

test('the German↔English story compares as one story with shared entities', async () => {
  const dir = join(stories, 'de-en-gipfel');
  const inputs = [];
  for (const f of readdirSync(dir).sort()) inputs.push(...(await readInput(join(dir, f))));
  const r = compareInputs(inputs);
  assert.equal(r.articles.length, 3);
  // Every article names these, each in its own language and spelling: one entity each.
  for (const alias of ['Putin', 'Kim', 'Schoigu', 'Nordkorea', 'Wostotschny']) {
    const found = r.entities.filter((e) => e.name === alias || e.name.endsWith(` ${alias}`) || e.aliases.includes(alias));
    assert.equal(found.length, 1, `${alias}: ${found.map((e) => e.name).join(', ')}`);
    assert.equal(Object.keys(found[0]!.mentions).length, 3, `${found[0]!.name} named by every article`);
    assert.deepEqual(found[0]!.omittedBy, []);
  }
  const kremlin = r.entities.find((e) => e.aliases.includes('Kremlin') || e.name === 'Kremlin');
  assert.ok(kremlin?.institution, 'the Kremlin is the government');
});
