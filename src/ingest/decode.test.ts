import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charsetFromContentType, decodeBytes, sniffMetaCharset } from './decode.js';
import { InputError } from './errors.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => {
  const code = c.charCodeAt(0);
  assert.ok(code < 256, `not latin-1: ${c}`);
  return code;
});

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return Uint8Array.from(out);
}

function rejects(bytes: Uint8Array, reason: string | RegExp, opts = {}): void {
  assert.throws(
    () => decodeBytes(bytes, { input: 'in.txt', ...opts }),
    (e: unknown) => {
      assert.ok(e instanceof InputError);
      if (typeof reason === 'string') assert.equal(e.message, `in.txt: ${reason}`);
      else assert.match(e.message, reason);
      return true;
    },
  );
}

describe('decodeBytes', () => {
  it('decodes strict UTF-8 without warnings', () => {
    const r = decodeBytes(utf8('Grüße aus Köln – “quoted”'));
    assert.equal(r.text, 'Grüße aus Köln – “quoted”');
    assert.equal(r.encoding, 'utf-8');
    assert.deepEqual(r.warnings, []);
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Hallo')]));
    assert.equal(r.text, 'Hallo');
  });

  it('detects UTF-16 LE and BE by their BOM (NUL bytes are not binary there)', () => {
    assert.equal(decodeBytes(utf16('Straße über', false)).text, 'Straße über');
    assert.equal(decodeBytes(utf16('Straße über', true)).text, 'Straße über');
    assert.equal(decodeBytes(utf16('Straße', true)).encoding, 'utf-16be');
  });

  it('falls back to windows-1252 for invalid UTF-8, with a warning', () => {
    const r = decodeBytes(Uint8Array.from([...latin1('Gr\u00fc\u00dfe '), 0x80, 0x20, 0x93, 0x78, 0x94]));
    assert.equal(r.text, 'Grüße € “x”');
    assert.equal(r.encoding, 'windows-1252');
    assert.deepEqual(r.warnings, ['decoded as windows-1252']);
  });

  it('does not guess windows-1252 when a byte is undefined there', () => {
    rejects(Uint8Array.from([0x61, 0xe4, 0x81, 0x62]), 'not valid UTF-8 and no charset declared');
  });

  it('decodes windows-1252 punctuation correctly when declared (Node decodes it as latin-1)', () => {
    const r = decodeBytes(Uint8Array.from([0x80, 0x20, 0x84, 0x61, 0x93, 0x20, 0x96, 0x20, 0x9c]), { charset: 'windows-1252' });
    assert.equal(r.text, '€ „a“ – œ');
  });

  it('an HTTP charset wins over the bytes looking like UTF-8', () => {
    // "Ã¤" is what UTF-8 "ä" looks like when read as latin-1: the declaration is obeyed.
    const r = decodeBytes(utf8('ä'), { charset: 'iso-8859-1' });
    assert.equal(r.text, 'Ã¤');
    assert.equal(r.encoding, 'windows-1252');
    assert.deepEqual(r.warnings, []);
  });

  it('an HTML meta charset is used when sniffing is on, not otherwise', () => {
    const bytes = Uint8Array.from([...latin1('<html><head><meta charset="ISO-8859-15"></head><body>'), 0xa4, ...latin1('</body>')]);
    assert.equal(decodeBytes(bytes, { sniffHtmlMeta: true }).text.includes('€'), true); // 0xA4 is € in latin-9
    assert.equal(decodeBytes(bytes, { sniffHtmlMeta: false }).text.includes('¤'), true); // windows-1252 guess
  });

  it('reads the http-equiv form of the meta declaration', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
    assert.equal(sniffMetaCharset(utf8(head)), 'windows-1251');
    const r = decodeBytes(Uint8Array.from([...utf8(head), 0xcf, 0xf0, 0xe8]), { sniffHtmlMeta: true });
    assert.ok(r.text.endsWith('При'));
  });

  it('a BOM beats a declared charset', () => {
    const r = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('ä')]), { charset: 'windows-1252' });
    assert.equal(r.text, 'ä');
  });

  it('warns about and ignores an unknown charset label', () => {
    const r = decodeBytes(utf8('ok'), { charset: 'x-klingon' });
    assert.equal(r.text, 'ok');
    assert.deepEqual(r.warnings, ['unknown charset "x-klingon" ignored']);
  });

  it('declared UTF-8 that is not UTF-8 is read as windows-1252 with a warning saying so', () => {
    const r = decodeBytes(Uint8Array.from([0x66, 0xfc, 0x72]), { charset: 'utf-8' });
    assert.equal(r.text, 'für');
    assert.match(r.warnings[0] ?? '', /declared as UTF-8.*windows-1252/);
  });

  it('normalises newlines and Unicode (NFC)', () => {
    const r = decodeBytes(utf8('a\r\nb\rc\nu\u0308ber'));
    assert.equal(r.text, 'a\nb\nc\n\u00fcber');
    assert.equal(r.text.length, 10);
  });

  it('rejects binary data: NUL bytes, or many control characters', () => {
    rejects(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary data, not text');
    const controls = utf8('text'.repeat(10) + '\x01\x02\x03\x04\x05\x06');
    rejects(controls, 'binary data, not text');
    // A few control characters in a long text are tolerated.
    assert.equal(decodeBytes(utf8('a'.repeat(100) + '\x01')).text.length, 101);
  });

  it('rejects empty and whitespace-only input', () => {
    rejects(new Uint8Array(0), 'empty input');
    rejects(utf8(' \n\t\r\n  '), 'empty input');
    rejects(Uint8Array.from([0xef, 0xbb, 0xbf, 0x20]), 'empty input');
  });
});

describe('charsetFromContentType', () => {
  it('reads the charset parameter, quoted or not', () => {
    assert.equal(charsetFromContentType('text/html; charset=ISO-8859-1'), 'ISO-8859-1');
    assert.equal(charsetFromContentType('text/html;charset="utf-8"'), 'utf-8');
    assert.equal(charsetFromContentType('text/html'), null);
    assert.equal(charsetFromContentType(null), null);
  });
});
