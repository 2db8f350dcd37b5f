import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { InputError } from './errors.js';
import { fsError, readInput, readInputs } from './read-input.js';
import { OutboundPolicy } from './http/outbound-policy.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fx = (name: string): string => join(fixtures, name);

// The fixture server is on loopback, which the default outbound policy refuses: allowed here explicitly.
const LOCAL = new OutboundPolicy({ allowHosts: ['127.0.0.1'] });
const fetchOptions = { policy: LOCAL };
let dir = '';
let server: Server;
let base = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-ingest-'));
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Served over HTTP\n\nRequested ${req.url}.`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function rejectsWith(p: Promise<unknown>, message: string | RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

describe('readInput: files', () => {
  it('reads a Latin-1 file written as bytes, with a warning naming the file', async () => {
    const path = join(dir, 'zeitung-alt.txt');
    await writeFile(path, Buffer.from('Stürmische Zeiten für Bäcker\n\nDie Preise für Mehl steigen weiter.', 'latin1'));
    const warnings: string[] = [];
    const [a, ...rest] = await readInput(path, { onWarning: (m) => warnings.push(m) });
    assert.equal(rest.length, 0);
    assert.equal(a?.title, 'Stürmische Zeiten für Bäcker');
    assert.equal(a?.body, 'Die Preise für Mehl steigen weiter.');
    assert.deepEqual(warnings, [`${path}: decoded as windows-1252`]);
  });

  it('falls back to the file name (without extension) as outlet', async () => {
    const [a] = await readInput(fx('de-textdate.html'));
    assert.equal(a?.outlet, 'de-textdate');
    assert.equal(a?.provenance.outlet, 'file-name');
    assert.equal(a?.source, fx('de-textdate.html'));
    const [b] = await readInput(fx('front-matter.md'));
    assert.equal(b?.outlet, 'Westdeutsche Rundschau');
    assert.equal(b?.provenance.outlet, 'front-matter');
  });

  it('a JSON Lines file gives one input per line', async () => {
    const all = await readInput(fx('articles.jsonl'));
    assert.deepEqual(all.map((a) => [a.title, a.outlet, a.provenance.outlet]), [
      ['Erster Artikel', 'A', 'json'],
      ['Zweiter Artikel', 'articles', 'file-name'],
    ]);
  });

  it('decides the type by extension before content', async () => {
    const path = join(dir, 'markup.txt');
    await writeFile(path, '<p>Als Text gemeint.</p>');
    const [a] = await readInput(path);
    assert.equal(a?.body, '<p>Als Text gemeint.</p>');
  });

  it('sniffs files without a known extension', async () => {
    const html = join(dir, 'page');
    await writeFile(html, '<!doctype html><html><body><p>Aus HTML.</p></body></html>');
    assert.equal((await readInput(html))[0]?.body, 'Aus HTML.');
    const json = join(dir, 'data.dat');
    await writeFile(json, '[{"text": "Aus JSON."}]');
    assert.equal((await readInput(json))[0]?.provenance.outlet, 'file-name');
    assert.equal((await readInput(json))[0]?.body, 'Aus JSON.');
  });

  it('missing file, directory, too large, binary, empty', async () => {
    await rejectsWith(readInput(join(dir, 'nope.txt')), `${join(dir, 'nope.txt')}: no such file`);
    await rejectsWith(readInput(join(dir, 'nope', 'deeper.txt')), /: no such file$/);
    const sub = join(dir, 'folder');
    await mkdir(sub, { recursive: true });
    await rejectsWith(readInput(sub), `${sub}: is a directory`);
    const big = join(dir, 'big.txt');
    await writeFile(big, 'x'.repeat(3 * 1024 * 1024));
    await rejectsWith(readInput(big, { maxFileBytes: 2 * 1024 * 1024 }), `${big}: file too large (3 MB, limit 2 MB)`);
    const bin = join(dir, 'image.txt');
    await writeFile(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await rejectsWith(readInput(bin), `${bin}: binary data, not text`);
    const empty = join(dir, 'empty.md');
    await writeFile(empty, '\n\n   \n');
    await rejectsWith(readInput(empty), `${empty}: empty input`);
  });

  it('unreadable file → permission denied', async (t) => {
    if (process.getuid?.() === 0) {
      t.skip('running as root: permissions are not enforced');
      return;
    }
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, 'Geheim.');
    await chmod(locked, 0o000);
    await rejectsWith(readInput(locked), `${locked}: permission denied`);
  });

  it('maps file-system error codes to short reasons', () => {
    const err = (code: string): string => fsError('f.txt', Object.assign(new Error(`${code}: boom`), { code })).message;
    assert.equal(err('EACCES'), 'f.txt: permission denied');
    assert.equal(err('EPERM'), 'f.txt: permission denied');
    assert.equal(err('ENOENT'), 'f.txt: no such file');
    assert.equal(err('EISDIR'), 'f.txt: is a directory');
    assert.equal(err('EIO'), 'f.txt: cannot read file (EIO)');
  });

  it('passes on the errors of the adapters', async () => {
    await rejectsWith(readInput(fx('bad-line.jsonl')), new RegExp(`^${fx('bad-line.jsonl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 3: invalid JSON`));
    await rejectsWith(readInput(fx('no-text.html')), /no-text\.html: no article text found$/);
  });
});

describe('readInput: stdin and URLs', () => {
  it('"-" reads the given stdin stream; outlet falls back to "stdin"', async () => {
    const stdin = Readable.from([Buffer.from('Schlagzeile aus der Pipe\n\n'), Buffer.from('Der Text kommt über stdin.')]);
    const [a] = await readInput('-', { stdin });
    assert.equal(a?.source, '-');
    assert.equal(a?.title, 'Schlagzeile aus der Pipe');
    assert.equal(a?.body, 'Der Text kommt über stdin.');
    assert.equal(a?.outlet, 'stdin');
    assert.equal(a?.provenance.outlet, 'file-name');
    await rejectsWith(readInput('-', { stdin }), '-: standard input was already read');
  });

  it('stdin is sniffed (JSON here) and size-limited', async () => {
    const json = Readable.from([Buffer.from('{"title": "T", "text": "Aus JSON von stdin."}')]);
    assert.equal((await readInput('-', { stdin: json }))[0]?.body, 'Aus JSON von stdin.');
    const big = Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'a')]);
    await rejectsWith(readInput('-', { stdin: big, maxFileBytes: 1000 }), '-: input too large (more than 1000 bytes)');
  });

  it('http(s) specs are fetched; other schemes are refused', async () => {
    const [a] = await readInput(`${base}/story`, { fetchOptions });
    assert.equal(a?.title, 'Served over HTTP');
    assert.equal(a?.body, 'Requested /story.');
    assert.equal(a?.outlet, '127.0.0.1');
    await rejectsWith(readInput('ftp://example.com/x.txt'), 'ftp://example.com/x.txt: unsupported URL scheme "ftp:" (only http and https)');
  });

  it('passes fetch options through', async () => {
    await rejectsWith(readInput(`${base}/x`, { fetchOptions: { ...fetchOptions, maxBytes: 5 } }), `${base}/x: larger than 5 bytes`);
  });
});

describe('readInputs', () => {
  it('reads many specs in order and collects prefixed warnings', async () => {
    const latin = join(dir, 'alt.txt');
    await writeFile(latin, Buffer.from('Überschrift ohne Punkt\n\nMit Umlauten: äöü.', 'latin1'));
    const stdin = Readable.from([Buffer.from('Von der Standardeingabe.')]);
    const { inputs, warnings } = await readInputs([fx('en-time.html'), fx('articles.jsonl'), '-', latin, `${base}/z`], { stdin, fetchOptions });
    assert.deepEqual(inputs.map((a) => a.source), [fx('en-time.html'), fx('articles.jsonl'), fx('articles.jsonl'), '-', latin, `${base}/z`]);
    assert.deepEqual(warnings, [`${latin}: decoded as windows-1252`]);
  });

  it('"-" may appear only once', async () => {
    await rejectsWith(readInputs(['-', '-'], { stdin: Readable.from([]) }), '-: standard input can only be read once');
  });

  it('throws the error of the first failing spec in the order given', async () => {
    const missing = join(dir, 'missing-1.txt');
    await rejectsWith(readInputs([fx('en-time.html'), missing, fx('bad-line.jsonl')]), `${missing}: no such file`);
  });
});
