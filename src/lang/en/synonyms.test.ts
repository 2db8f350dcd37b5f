/**
 * The English near-synonym table (synonyms.json, `npm run build:lexicon`) and
 * `english.concepts`: words that state the same fact share a concept key, words
 * that do not, do not; the shipped table is small, well-formed and loads.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { basePack } from '../../core/lang/base-pack.js';
import { readSynonymTable } from '../shared/concepts.js';
import { english } from './index.js';

const TABLE_URL = new URL('./synonyms.json', import.meta.url);

/** The concept keys of a surface word, as the aligner asks for them (stem and lower-case form). */
function keys(word: string): readonly string[] {
  const norm = word.toLowerCase();
  return english.concepts(english.stem(norm), norm);
}

const share = (a: string, b: string): boolean => keys(a).some((k) => keys(b).includes(k));

describe('English synonym table: shipped file', () => {
  it('is small and loads', () => {
    const bytes = statSync(TABLE_URL).size;
    assert.ok(bytes < 500_000, `synonyms.json is ${bytes} bytes`);
    const t = readSynonymTable(TABLE_URL);
    assert.ok(t.groups.length > 5_000, `${t.groups.length} groups`);
    assert.ok(t.nominalisations.length > 1_000, `${t.nominalisations.length} nominalisations`);
  });

  it('carries the WordNet notice and licence', () => {
    const t = readSynonymTable(TABLE_URL);
    assert.equal(t.license, 'WordNet-3.0');
    assert.match(t.notice, /WordNet 3\.0 Copyright 2006 by Princeton University\. All rights reserved\./);
    assert.match(t.licenseText, /Permission to use, copy, modify and distribute this software and\s+database/);
    assert.match(t.licenseText, /PROVIDED "AS IS"/);
  });

  it('holds groups of 2–12 distinct lower-case single words and "noun verb" pairs', () => {
    const t = readSynonymTable(TABLE_URL);
    for (const g of t.groups) {
      const words = g.split(' ');
      assert.ok(words.length >= 2 && words.length <= 12, g);
      assert.equal(new Set(words).size, words.length, g);
      for (const w of words) assert.match(w, /^[a-z]+(?:-[a-z]+)*$/, g);
    }
    for (const p of t.nominalisations) assert.match(p, /^[a-z-]+ [a-z-]+$/, p);
  });
});

describe('English concepts', () => {
  it('joins synonyms, also inflected', () => {
    assert.ok(share('resign', 'relinquish'));
    assert.ok(share('resigned', 'relinquished'));
    assert.ok(share('truce', 'armistice'));
    assert.ok(share('cease-fire', 'truce'));
    assert.ok(share('troops', 'soldiery'));
    assert.ok(share('wounded', 'maimed'));
    assert.ok(share('epicenter', 'epicentre'));
  });

  it('joins a verb and its event noun (WordNet derivational links)', () => {
    assert.ok(keys('resignation').includes('en:nom:resign'));
    assert.ok(share('resigned', 'resignation'));
    assert.ok(share('decided', 'decision'));
    assert.ok(share('arrive', 'arrival'));
    assert.ok(share('died', 'death'));
    assert.ok(share('detained', 'detention'));
    assert.ok(share('elected', 'election'));
  });

  it('keeps unrelated words apart', () => {
    assert.ok(!share('resign', 'decide'));
    assert.ok(!share('truce', 'war'));
    assert.ok(!share('arrival', 'departure'));
    assert.ok(!share('victim', 'suspect'));
    assert.ok(!share('election', 'resignation'));
  });

  it('gives nothing for unknown, function and general news words', () => {
    for (const w of ['xyzzyquark', 'the', 'and', 'said', 'say', 'announced', 'reportedly', '']) assert.deepEqual(keys(w), [], w);
  });

  it('keys carry the pack code and are stable between calls', () => {
    const k = keys('truce');
    assert.ok(k.length > 0 && k.every((x) => x.startsWith('en:')));
    assert.equal(keys('truce'), k, 'the same frozen list');
    assert.ok(Object.isFrozen(k));
  });

  it('finds every word of the table through its own stem', () => {
    // The pack stems table words lazily, by their first two letters: this holds only if
    // every stem starts as its word does (after folding).
    const t = readSynonymTable(TABLE_URL);
    const missed: string[] = [];
    for (const w of new Set(t.groups.flatMap((g) => g.split(' ')))) if (english.concepts(english.stem(w), '').length === 0) missed.push(w);
    assert.deepEqual(missed.slice(0, 10), []);
  });

  it('looks up fast once loaded', () => {
    keys('truce');
    const words = ['truce', 'resigned', 'government', 'xyzzy', 'decision', 'the', 'wounded', 'died'].map((w) => [english.stem(w), w] as const);
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < 100_000; i++) {
      const [s, w] = words[i % words.length]!;
      n += english.concepts(s, w).length;
    }
    assert.ok(n > 0);
    assert.ok(performance.now() - t0 < 1_000, `100k look-ups took ${(performance.now() - t0).toFixed(0)} ms`);
  });

  it('packs without a table know no concepts', () => {
    assert.deepEqual(basePack('xx').concepts('truce', 'truce'), []);
  });
});
