import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from './errors.js';
import { parseJson, parseJsonLines } from './json.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function inputError(fn: () => unknown, message: string | RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof InputError, String(e));
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

describe('parseJson', () => {
  it('reads an array of records with field aliases and provenance "json"', () => {
    const [a, b, ...rest] = parseJson(fixture('articles.json'), { source: 'articles.json' });
    assert.equal(rest.length, 0);
    assert.ok(a && b);
    assert.deepEqual(a, {
      source: 'articles.json',
      title: 'Zentralbank erhöht Leitzins',
      body: 'Die Zentralbank hat den Leitzins um 0,25 Prozentpunkte angehoben.\n\nDie Entscheidung war erwartet worden.',
      outlet: 'Finanzblatt',
      url: 'https://finanzblatt.example/zins',
      author: 'Eva Braun, Felix Roth',
      published: '2023-09-14',
      language: 'de',
      provenance: { title: 'json', outlet: 'json', author: 'json', published: 'json', url: 'json', language: 'json' },
    });
    assert.equal(b.title, 'Central bank raises rates');
    assert.equal(b.body, 'The central bank raised its key rate by a quarter point.\n\nThe move had been widely expected.');
    assert.equal(b.outlet, 'Money Times');
    assert.equal(b.published, '2023-09-14T12:00:00Z');
    assert.equal(b.language, 'en');
    assert.equal(b.url, null);
    assert.equal(b.provenance.url, undefined);
  });

  it('reads a single object and {"articles": [...]}', () => {
    assert.equal(parseJson('{"text": "Ein Text."}', { source: 'one.json' }).length, 1);
    const many = parseJson('{"articles": [{"text": "A."}, {"body": "B."}]}', { source: 'x.json' });
    assert.deepEqual(many.map((a) => a.body), ['A.', 'B.']);
  });

  it('splits the text into paragraphs and drops a first paragraph that repeats the title', () => {
    const [a] = parseJson('{"title": "Titel", "text": "Titel\\n\\nErster.\\n\\n  Zweiter   Absatz. "}', { source: 'x.json' });
    assert.equal(a?.body, 'Erster.\n\nZweiter Absatz.');
  });

  it('names the record whose text is missing or empty', () => {
    inputError(() => parseJson('[{"text": "ok"}, {"title": "Ohne Text", "text": "  "}]', { source: 'x.json' }),
      'x.json: record 2 ("Ohne Text"): no text (expected a non-empty "text" or "body" field)');
    inputError(() => parseJson('{"title": "T"}', { source: 'x.json' }), /^x\.json: the object \("T"\): no text/);
  });

  it('rejects invalid JSON with a position, wrong shapes and wrong field types', () => {
    inputError(() => parseJson('{"text": "a",\n "title": }', { source: 'x.json' }), /^x\.json: invalid JSON \([^\n]+\)$/);
    inputError(() => parseJson('{"text": "a"', { source: 'x.json' }), /^x\.json: invalid JSON \([^\n]+\)$/);
    inputError(() => parseJson('[]', { source: 'x.json' }), 'x.json: no articles in JSON (empty array)');
    inputError(() => parseJson('"just a string"', { source: 'x.json' }), 'x.json: expected a JSON object with a "text" field');
    inputError(() => parseJson('[{"text": "a", "title": 5}]', { source: 'x.json' }), 'x.json: record 1: field "title" must be a string');
  });

  it('accepts JSON Lines in a .json file', () => {
    assert.equal(parseJson(fixture('articles.jsonl'), { source: 'x.json' }).length, 2);
  });

  it('warns about unusable dates and URLs instead of failing', () => {
    const warnings: string[] = [];
    const [a] = parseJson('{"text": "a", "published": "soon", "url": "ftp://x"}', { source: 'x.json', warn: (m) => warnings.push(m) });
    assert.equal(a?.published, null);
    assert.equal(a?.url, null);
    assert.deepEqual(warnings, ['unrecognised date "soon" ignored', 'not an http(s) URL "ftp://x" ignored']);
  });
});

describe('parseJsonLines', () => {
  it('reads one record per line', () => {
    const all = parseJsonLines(fixture('articles.jsonl'), { source: 'a.jsonl' });
    assert.deepEqual(all.map((a) => a.title), ['Erster Artikel', 'Zweiter Artikel']);
    assert.equal(all[1]?.published, '2023-09-13T10:00:00Z');
  });

  it('names the line of a bad record (blank lines still count)', () => {
    inputError(() => parseJsonLines(fixture('bad-line.jsonl'), { source: 'file.jsonl' }), /^file\.jsonl: line 3: invalid JSON \(/);
    inputError(() => parseJsonLines('{"text": "a"}\n{"title": "b"}\n', { source: 'f.jsonl' }), /^f\.jsonl: line 2 \("b"\): no text/);
    inputError(() => parseJsonLines('{"text": "a"}\n[1, 2]\n', { source: 'f.jsonl' }), 'f.jsonl: line 2: expected a JSON object with a "text" field');
  });
});
