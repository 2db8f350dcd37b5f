import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanInline, formatBytes, formatSeconds, hostOf, normaliseLanguage, normaliseUrl } from './normalize.js';

describe('normalize helpers', () => {
  it('cleanInline: NFC, invisible characters, whitespace', () => {
    assert.equal(cleanInline('  Gebäude\u00adenergie \u200b\n\t gesetz\u00a0 '), 'Gebäudeenergie gesetz');
    assert.equal(cleanInline('u\u0308'), '\u00fc');
  });
  it('normaliseLanguage keeps ISO 639-1 codes only', () => {
    assert.equal(normaliseLanguage('de-DE'), 'de');
    assert.equal(normaliseLanguage('en_US'), 'en');
    assert.equal(normaliseLanguage('FR'), 'fr');
    assert.equal(normaliseLanguage('deu'), null);
    assert.equal(normaliseLanguage(''), null);
  });
  it('normaliseUrl accepts absolute http(s) URLs and resolves against a base', () => {
    assert.equal(normaliseUrl('https://Example.com/a b'), 'https://example.com/a%20b');
    assert.equal(normaliseUrl('/x', 'https://example.com/a/b'), 'https://example.com/x');
    assert.equal(normaliseUrl('/x'), null);
    assert.equal(normaliseUrl('javascript:alert(1)'), null);
  });
  it('hostOf drops only a leading "www."', () => {
    assert.equal(hostOf('https://www.spiegel.de/politik'), 'spiegel.de');
    assert.equal(hostOf('https://m.www.example.com/'), 'm.www.example.com');
    assert.equal(hostOf('nonsense'), null);
  });
  it('formats sizes and durations for messages', () => {
    assert.equal(formatBytes(5 * 1024 * 1024), '5 MB');
    assert.equal(formatBytes(Math.round(25.34 * 1024 * 1024)), '25.3 MB');
    assert.equal(formatBytes(2048), '2 KB');
    assert.equal(formatBytes(12), '12 bytes');
    assert.equal(formatSeconds(15_000), '15 s');
    assert.equal(formatSeconds(200), '0.2 s');
  });
});
