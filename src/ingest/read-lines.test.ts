import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readFileCapped, readLines, type Line } from './read-lines.js';
import { InputError } from './errors.js';

async function collect(chunks: Uint8Array[], max: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines(chunks, max)) out.push(line);
  return out;
}

/** Cuts bytes into chunks at the given places, so lines and characters straddle chunk ends. */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const places = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...places, bytes.length]) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  return chunks;
}

describe('readLines', () => {
  it('gives every line, numbered, however the bytes are chunked; lines over the limit only by size', async () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'ä', '€', '😀', ' ', '{', '"'), maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 20 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 }), fc.integer({ min: 1, max: 60 }), async (lines, crlf, at, max) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const bytes = new TextEncoder().encode(text);
        const got = await collect(cut(bytes, at), max);
        // A last empty line (text ending in a newline) is no line.
        const want = text === '' ? [] : lines.slice(0, lines[lines.length - 1] === '' ? -1 : undefined);
        assert.equal(got.length, want.length);
        want.forEach((w, i) => {
          const size = Buffer.byteLength(w) + (crlf && i < lines.length - 1 ? 1 : 0);
          assert.deepEqual(got[i], size > max ? { n: i + 1, tooLong: size } : { n: i + 1, text: w });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('replaces invalid UTF-8 in a line with U+FFFD', async () => {
    assert.deepEqual(await collect([Uint8Array.from([0x61, 0xff, 0x62, 0x0a])], 10), [{ n: 1, text: 'a\uFFFDb' }]);
  });
});

describe('readFileCapped', () => {
  it('reads a file up to the limit and names the file and the limit beyond it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cap-'));
    const file = join(dir, 'feed.xml');
    writeFileSync(file, 'x'.repeat(3000));
    assert.equal((await readFileCapped(file, 3000)).length, 3000);
    await assert.rejects(readFileCapped(file, 2048, 3000), (e: unknown) => e instanceof InputError && e.message === `${file}: file too large (2.9 KB, limit 2 KB)`);
    // Without a known size (a pipe), it stops reading at the limit.
    await assert.rejects(readFileCapped(file, 2048), (e: unknown) => e instanceof InputError && e.message === `${file}: file too large (more than the limit of 2 KB)`);
  });
});
