/**
 * Bytes to text: byte order marks, declared charsets (HTTP header or HTML
 * <meta>), strict UTF-8, and a careful windows-1252 fallback for the legacy
 * files that are still everywhere. Rejects binary data and empty input.
 *
 * Invalid UTF-8, declared or not: when the bytes hold at least as many valid
 * multi-byte characters as invalid sequences, they are UTF-8 with a few stray
 * bytes (each replaced by U+FFFD); otherwise they are taken for windows-1252.
 */
import { InputError } from './errors.js';

export interface DecodeOptions {
  /** Name of the input, for error messages. */
  input?: string;
  /** A charset declared out of band, e.g. by the HTTP Content-Type header. Only a BOM overrides it. */
  charset?: string | null;
  /** Look for an HTML <meta charset> / http-equiv declaration in the first bytes. */
  sniffHtmlMeta?: boolean;
}

export interface DecodeResult {
  /** The text, newlines normalised to "\n", Unicode normalised to NFC, BOM removed. */
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
  /** Things the user may want to know, e.g. "decoded as windows-1252". */
  warnings: string[];
}

const SNIFF_BYTES = 8192;
const META_SCAN_BYTES = 4096;
/** Bytes with no character in windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** The charset parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m?.[2] ?? null;
}

/** The charset named by a <meta charset> or <meta http-equiv="Content-Type"> near the start of an HTML page. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, META_SCAN_BYTES));
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag[0]);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Decode bytes to text, or throw InputError ("binary data, not text", "empty input"). */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const input = options.input ?? 'input';
  const warnings: string[] = [];
  if (bytes.length === 0) throw new InputError(input, 'empty input');

  const bom = detectBom(bytes);
  let encoding: string | null = bom?.encoding ?? null;
  let declared = false;
  if (!encoding) {
    const candidates: [string | null | undefined, 'http' | 'meta'][] = [
      [options.charset, 'http'],
      [options.sniffHtmlMeta ? sniffMetaCharset(bytes) : null, 'meta'],
    ];
    for (const [label, where] of candidates) {
      if (!label) continue;
      let name = encodingName(label);
      if (!name) {
        warnings.push(`unknown charset "${label}" ignored`);
        continue;
      }
      // An HTML document cannot declare UTF-16 in its own ASCII bytes (WHATWG): it means UTF-8.
      if (where === 'meta' && name.startsWith('utf-16')) name = 'utf-8';
      encoding = name;
      declared = true;
      break;
    }
  }

  const body = bom ? bytes.subarray(bom.length) : bytes;
  const utf16 = encoding?.startsWith('utf-16') ?? false;
  if (!utf16 && body.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new InputError(input, 'binary data, not text');
  }

  let text: string;
  if (encoding === 'windows-1252') {
    text = decodeWindows1252(body);
  } else if (encoding && encoding !== 'utf-8') {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  } else {
    const strict = tryUtf8(body);
    const scan = strict === null ? scanUtf8(body) : null;
    if (strict !== null) {
      text = strict;
      encoding = 'utf-8';
    } else if (scan && scan.multibyte >= scan.invalid) {
      // Written as UTF-8 at least as often as not: a few stray bytes must not turn every umlaut into mojibake.
      text = new TextDecoder('utf-8').decode(body);
      encoding = 'utf-8';
      warnings.push(`${scan.invalid} invalid UTF-8 byte sequence${scan.invalid === 1 ? '' : 's'} replaced with U+FFFD`);
    } else if (looksLike1252(body)) {
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
      warnings.push(
        declared ? 'declared as UTF-8 but is not valid UTF-8; decoded as windows-1252' : 'decoded as windows-1252',
      );
    } else if (declared) {
      text = new TextDecoder('utf-8').decode(body);
      encoding = 'utf-8';
      warnings.push('invalid UTF-8 byte sequences replaced with U+FFFD');
    } else {
      throw new InputError(input, 'not valid UTF-8 and no charset declared');
    }
  }

  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  if (controlRatio(text.slice(0, SNIFF_BYTES)) > 0.1 || text.slice(0, SNIFF_BYTES).includes('\u0000')) {
    throw new InputError(input, 'binary data, not text');
  }
  if (text.trim() === '') throw new InputError(input, 'empty input');
  return { text, encoding, warnings };
}

function detectBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function tryUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}

/**
 * Counts valid multi-byte UTF-8 characters and invalid sequences (each maximal
 * invalid subpart once, as the WHATWG decoder replaces it with one U+FFFD).
 */
export function scanUtf8(b: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const length = validPrefix(b, i);
    if (length.valid) multibyte++;
    else invalid++;
    i += length.bytes;
  }
  return { multibyte, invalid };
}

/** The sequence starting at `i`: its length when valid, else the length of its maximal invalid subpart (at least 1). */
function validPrefix(b: Uint8Array, i: number): { valid: boolean; bytes: number } {
  const lead = b[i]!;
  // Sequence length and the allowed range of the second byte (Unicode table 3-7).
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 3;
    if (lead === 0xe0) lo = 0xa0;
    if (lead === 0xed) hi = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 4;
    if (lead === 0xf0) lo = 0x90;
    if (lead === 0xf4) hi = 0x8f;
  } else return { valid: false, bytes: 1 };
  let j = 1;
  for (; j < need && i + j < b.length; j++) {
    const c = b[i + j]!;
    if (c < lo || c > hi) break;
    lo = 0x80;
    hi = 0xbf;
  }
  return j === need ? { valid: true, bytes: need } : { valid: false, bytes: j };
}

function looksLike1252(b: Uint8Array): boolean {
  for (const byte of b) {
    if (byte === 0 || UNDEFINED_1252.has(byte)) return false;
  }
  return true;
}

/** Share of C0 control characters other than tab, newline, form feed and carriage return (and DEL). */
function controlRatio(s: string): number {
  if (s.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) n++;
  }
  return n / s.length;
}

/** Characters of windows-1252 bytes 0x80–0x9F (undefined ones map to the C1 control, as WHATWG does). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * windows-1252 by hand: Node's TextDecoder('windows-1252') decodes as ISO-8859-1,
 * turning € and curly quotes into C1 control characters.
 */
export function decodeWindows1252(b: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < b.length; start += 8192) {
    const chunk = b.subarray(start, start + 8192);
    let s = '';
    for (const byte of chunk) s += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
    parts.push(s);
  }
  return parts.join('');
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const byte of b) s += String.fromCharCode(byte);
  return s;
}
