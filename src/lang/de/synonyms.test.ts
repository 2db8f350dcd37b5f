/**
 * The German near-synonym table (synonyms.json, `npm run build:lexicon`) and
 * `german.concepts`: words that state the same fact share a concept key, words
 * that do not, do not; the shipped table is small, well-formed and loads.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { basePack } from '../../core/lang/base-pack.js';
import { readSynonymTable } from '../shared/concepts.js';
import { german } from './index.js';

const TABLE_URL = new URL('./synonyms.json', import.meta.url);

/** The concept keys of a surface word, as the aligner asks for them (stem and lower-case form). */
function keys(word: string): readonly string[] {
  const norm = word.toLowerCase();
  return german.concepts(german.stem(norm), norm);
}

const share = (a: string, b: string): boolean => keys(a).some((k) => keys(b).includes(k));

describe('German synonym table: shipped file', () => {
  it('is small and loads', () => {
    const bytes = statSync(TABLE_URL).size;
    assert.ok(bytes < 700_000, `synonyms.json is ${bytes} bytes`);
    const t = readSynonymTable(TABLE_URL);
    assert.ok(t.groups.length > 5_000, `${t.groups.length} groups`);
    assert.ok(t.nominalisations.length > 500, `${t.nominalisations.length} nominalisations`);
  });

  it('carries its source, licence and notice', () => {
    const t = readSynonymTable(TABLE_URL);
    assert.equal(t.license, 'LGPL-2.1-or-later');
    assert.match(t.source, /OpenThesaurus/);
    assert.match(t.notice, /Daniel Naber/);
    assert.match(t.licenseText, /GNU LESSER GENERAL PUBLIC LICENSE/);
  });

  it('holds groups of 2–12 distinct lower-case single words, sorted', () => {
    const t = readSynonymTable(TABLE_URL);
    for (const g of t.groups) {
      const words = g.split(' ');
      assert.ok(words.length >= 2 && words.length <= 12, g);
      assert.equal(new Set(words).size, words.length, g);
      for (const w of words) assert.match(w, /^[a-zäöüß]+(?:-[a-zäöüß]+)*$/, g);
    }
    assert.deepEqual([...t.groups].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), t.groups);
  });
});

describe('German concepts', () => {
  it('joins synonyms, also inflected', () => {
    assert.ok(share('Streik', 'Ausstand'));
    assert.ok(share('Streiks', 'Arbeitsniederlegung'));
    assert.ok(share('Arbeitsniederlegungen', 'Ausstand'));
    assert.ok(share('Rücktritt', 'Demission'));
    assert.ok(share('zurücktreten', 'abdanken'));
    assert.ok(share('Festnahme', 'Verhaftung'));
    assert.ok(share('Angriff', 'Attacke'));
    assert.ok(share('Toten', 'Verstorbenen'));
    assert.ok(share('verletzt', 'verwundet'));
  });

  it('joins a verb and its -ung or -nahme noun', () => {
    assert.ok(keys('Beobachtung').includes('de:nom:beobachten'));
    assert.ok(share('beobachten', 'Beobachtung'));
    assert.ok(share('Beobachtungen', 'beobachten'));
    assert.ok(share('entscheiden', 'Entscheidung'));
    assert.ok(share('handeln', 'Handlung'));
    assert.ok(share('ermitteln', 'Ermittlungen'));
    assert.ok(share('festnehmen', 'Festnahme'));
    assert.ok(share('übernehmen', 'Übernahme'));
    // Lexicalised nouns are no act of their verb.
    assert.ok(!share('wohnen', 'Wohnung'));
  });

  it('keeps unrelated words apart', () => {
    assert.ok(!share('Streik', 'Urlaub'));
    assert.ok(!share('Streik', 'Demonstration'));
    assert.ok(!share('beobachten', 'entscheiden'));
    assert.ok(!share('Angriff', 'Verteidigung'));
    assert.ok(!share('Rücktritt', 'Wahl'));
  });

  it('gives nothing for unknown, function and general news words', () => {
    for (const w of ['xyzzyquark', 'und', 'der', 'sagte', 'sagen', 'erklärte', 'mitgeteilt', 'angeblich', '']) assert.deepEqual(keys(w), [], w);
  });

  it('keys carry the pack code and are stable between calls', () => {
    const k = keys('Streik');
    assert.ok(k.length > 0 && k.every((x) => x.startsWith('de:')));
    assert.equal(keys('Streik'), k, 'the same frozen list');
    assert.ok(Object.isFrozen(k));
  });

  it('finds every word of the table through its own stem', () => {
    // The pack stems table words lazily, by their first two letters: this holds only if
    // every stem starts as its word does (after folding).
    const t = readSynonymTable(TABLE_URL);
    const missed: string[] = [];
    for (const w of new Set(t.groups.flatMap((g) => g.split(' ')))) if (german.concepts(german.stem(w), '').length === 0) missed.push(w);
    assert.deepEqual(missed.slice(0, 10), []);
  });

  it('falls back to the exact form when the stem is not the pack’s', () => {
    assert.ok(german.concepts('not-a-stem', 'streik').length > 0);
  });

  it('looks up fast once loaded', () => {
    keys('Streik');
    const words = ['streik', 'ausstand', 'regierung', 'xyzzy', 'angriff', 'beobachtung', 'und', 'verletzt'].map((w) => [german.stem(w), w] as const);
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < 100_000; i++) {
      const [s, w] = words[i % words.length]!;
      n += german.concepts(s, w).length;
    }
    assert.ok(n > 0);
    assert.ok(performance.now() - t0 < 1_000, `100k look-ups took ${(performance.now() - t0).toFixed(0)} ms`);
  });

  it('packs without a table know no concepts', () => {
    assert.deepEqual(basePack('fr').concepts('grève', 'grève'), []);
  });
});
