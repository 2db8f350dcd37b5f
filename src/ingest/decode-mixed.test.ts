/**
 * Pages that are mostly UTF-8 with a few stray bytes (a pasted Latin-1 snippet,
 * a broken CMS template) keep their UTF-8 text; only the bad bytes become
 * U+FFFD. Pages with more invalid sequences than valid multi-byte characters
 * are taken for a legacy encoding (windows-1252).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeBytes, scanUtf8 } from './decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const REPLACEMENT = '\uFFFD';

/** Characters that survive decoding unchanged (no controls, no CR, no BOM, already NFC). */
const ASCII = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-()\n'.split(''));
const MULTIBYTE = fc.constantFrom('ä', 'ö', 'ü', 'ß', 'Ä', 'é', '€', '„', '“', '”', '–', '…', 'Ł', 'Ж', 'λ', '中', '文', '😀', '𝔸', '\u00a0');
const CHAR = fc.oneof({ weight: 4, arbitrary: ASCII }, { weight: 1, arbitrary: MULTIBYTE });

/** A valid text with `k` bad bytes inserted at distinct character boundaries, k ≤ its multi-byte characters. */
const mixed = fc
  .tuple(fc.array(CHAR, { minLength: 1, maxLength: 200 }), MULTIBYTE, fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 20 }))
  .chain(([chars, one, bad]) => {
    // At least one letter (an all-blank text is rejected as empty) and one multi-byte character.
    const text = ['x', one, ...chars];
    const multibyte = text.filter((c) => c.codePointAt(0)! >= 0x80).length;
    const k = Math.min(bad.length, multibyte, text.length + 1);
    return fc.record({
      text: fc.constant(text),
      bad: fc.constant(bad.slice(0, k)),
      at: fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { minLength: k, maxLength: k }),
    });
  });

describe('decodeBytes on mixed encodings', () => {
  it('keeps valid UTF-8 and replaces each inserted bad byte with one U+FFFD, at its place', () => {
    fc.assert(
      fc.property(mixed, ({ text, bad, at }) => {
        const byPlace = new Map(at.map((p, i) => [p, bad[i]!]));
        const bytes: number[] = [];
        let expected = '';
        text.forEach((c, i) => {
          const b = byPlace.get(i);
          if (b !== undefined) {
            bytes.push(b);
            expected += REPLACEMENT;
          }
          bytes.push(...utf8(c));
          expected += c;
        });
        const last = byPlace.get(text.length);
        if (last !== undefined) {
          bytes.push(last);
          expected += REPLACEMENT;
        }
        for (const charset of [null, 'utf-8']) {
          const r = decodeBytes(Uint8Array.from(bytes), { charset });
          assert.equal(r.text, expected);
          assert.equal(r.encoding, 'utf-8');
          assert.equal([...r.text].filter((c) => c === REPLACEMENT).length, bad.length);
          assert.ok(r.warnings.some((w) => /replaced with U\+FFFD/.test(w)), r.warnings.join('; '));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a page declared UTF-8 with one Latin-1 byte keeps its umlauts and quotes', () => {
    const page = [...utf8('<p>Grüße aus Köln – „Zitat“ '), 0xe9, ...utf8(' café</p>')];
    const r = decodeBytes(Uint8Array.from(page), { charset: 'utf-8' });
    assert.equal(r.text, `<p>Grüße aus Köln – „Zitat“ ${REPLACEMENT} café</p>`);
    assert.deepEqual(r.warnings, ['1 invalid UTF-8 byte sequence replaced with U+FFFD']);
  });

  it('text encoded in windows-1252 is still read as windows-1252 (more invalid sequences than UTF-8 characters)', () => {
    // No € here: its byte 0x80 after Ä (0xC4) would be valid UTF-8 by accident.
    const letters = fc.constantFrom(...'abcdefgh XYZ.,'.split(''), 'ä', 'ö', 'ü', 'ß', 'Ä', 'Ö', 'Ü', 'é');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 200 }), fc.constantFrom('ä', 'ß', 'é'), (chars, umlaut) => {
        const text = `x${umlaut}${chars.join('')}`;
        const r = decodeBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)), { charset: 'utf-8' });
        assert.equal(r.text, text);
        assert.equal(r.encoding, 'windows-1252');
      }),
      { numRuns: 200 },
    );
  });

  it('scanUtf8 counts what the WHATWG decoder makes of any bytes', () => {
    // Without 0xEF no valid U+FFFD can occur, so every U+FFFD in the output is one invalid sequence.
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => b.map((x) => (x === 0xef ? 0xee : x)));
    fc.assert(
      fc.property(bytes, (b) => {
        const chars = [...new TextDecoder('utf-8').decode(b)];
        const invalid = chars.filter((c) => c === REPLACEMENT).length;
        const multibyte = chars.filter((c) => c !== REPLACEMENT && c.codePointAt(0)! >= 0x80).length;
        assert.deepEqual(scanUtf8(b), { multibyte, invalid });
      }),
      { numRuns: 500 },
    );
  });
});
