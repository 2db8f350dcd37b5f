import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindFromContentType, kindFromPath, parseContent, sniffKind } from './content-type.js';

describe('kindFromPath', () => {
  it('maps extensions, case-insensitively', () => {
    assert.equal(kindFromPath('a/b.TXT'), 'text');
    assert.equal(kindFromPath('notes.md'), 'text');
    assert.equal(kindFromPath('x.text'), 'text');
    assert.equal(kindFromPath('page.htm'), 'html');
    assert.equal(kindFromPath('page.xhtml'), 'html');
    assert.equal(kindFromPath('data.json'), 'json');
    assert.equal(kindFromPath('data.ndjson'), 'jsonl');
    assert.equal(kindFromPath('data.jsonl'), 'jsonl');
    assert.equal(kindFromPath('README'), null);
    assert.equal(kindFromPath('archive.tar.gz'), null);
  });
});

describe('kindFromContentType', () => {
  it('maps media types, ignoring parameters', () => {
    assert.equal(kindFromContentType('text/html; charset=utf-8'), 'html');
    assert.equal(kindFromContentType('application/xhtml+xml'), 'html');
    assert.equal(kindFromContentType('application/json'), 'json');
    assert.equal(kindFromContentType('application/ld+json'), 'json');
    assert.equal(kindFromContentType('application/x-ndjson'), 'jsonl');
    assert.equal(kindFromContentType('text/plain'), 'text');
    assert.equal(kindFromContentType('image/png'), 'unsupported');
    assert.equal(kindFromContentType('application/pdf'), 'unsupported');
    assert.equal(kindFromContentType('application/octet-stream'), null);
    assert.equal(kindFromContentType(null), null);
  });
});

describe('sniffKind', () => {
  it('recognises HTML, JSON, JSON Lines and falls back to text', () => {
    assert.equal(sniffKind('  <!DOCTYPE html><html><body><p>x</p></body></html>'), 'html');
    assert.equal(sniffKind('<p>Nur ein Absatz</p>'), 'html');
    assert.equal(sniffKind('{"text": "x"}'), 'json');
    assert.equal(sniffKind('[{"text": "x"}]'), 'json');
    assert.equal(sniffKind('{"text": "x"}\n{"text": "y"}\n'), 'jsonl');
    assert.equal(sniffKind('[Update] Die Lage ist unklar.'), 'text');
    assert.equal(sniffKind('<3 für alle Leser'), 'text');
    assert.equal(sniffKind('Plain text mentioning <p> tags later'), 'text');
  });

  it('refuses feeds with a clear message', () => {
    assert.throws(() => sniffKind('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'feed.xml'), {
      message: 'feed.xml: an RSS/Atom feed, not an article',
    });
  });
});

describe('parseContent', () => {
  it('decodes, sniffs and dispatches; decode warnings are passed on', () => {
    const warnings: string[] = [];
    const bytes = Uint8Array.from([...Buffer.from('<html><body><p>Gr'), 0xfc, ...Buffer.from('\u00dfe.</p></body></html>', 'latin1')]);
    const [a] = parseContent(bytes, { source: 'x', warn: (m) => warnings.push(m) });
    assert.equal(a?.body, 'Grüße.');
    assert.equal(warnings[0], 'decoded as windows-1252');
  });

  it('an explicit kind overrides sniffing', () => {
    const html = Buffer.from('<p>Ein Absatz.</p>');
    assert.equal(parseContent(html, { source: 'x', kind: 'text' })[0]?.body, '<p>Ein Absatz.</p>');
    assert.equal(parseContent(html, { source: 'x', kind: 'html' })[0]?.body, 'Ein Absatz.');
  });
});
