import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from '../errors.js';
import { generateOpmlList, parseOpmlList } from './opml.js';

const FIXTURE = readFileSync(new URL('../../../fixtures/feeds/subscriptions.opml', import.meta.url), 'utf8');

describe('OPML', () => {
  it('lists each feed once with its folder, skipping outlines without a feed URL', () => {
    const list = parseOpmlList(FIXTURE, 'subscriptions.opml');
    assert.equal(list.title, 'Parallax subscriptions');
    assert.deepEqual(
      list.subscriptions.map((s) => [s.url, s.title, s.categories]),
      [
        ['https://rheinbote.example/rss.xml', 'Rheinbote', ['Regional']],
        ['https://talpost.example/rss', 'Talpost', ['Regional']],
        ['https://harbourherald.example/atom.xml', 'Harbour Herald', []],
      ],
    );
    assert.equal(list.subscriptions[0]?.homeUrl, 'https://rheinbote.example/');
  });

  it('round-trips through export', () => {
    const list = parseOpmlList(FIXTURE, 'subscriptions.opml');
    const again = parseOpmlList(generateOpmlList(list.subscriptions, { title: 'Export' }), 'export.opml');
    assert.equal(again.title, 'Export');
    assert.deepEqual(again.subscriptions, list.subscriptions);
  });

  it('escapes what XML needs escaped', () => {
    const xml = generateOpmlList([{ url: 'https://a.example/feed?x=1&y=2', title: 'A & B <news>', homeUrl: null, categories: [] }]);
    const back = parseOpmlList(xml, 'x');
    assert.equal(back.subscriptions[0]?.url, 'https://a.example/feed?x=1&y=2');
    assert.equal(back.subscriptions[0]?.title, 'A & B <news>');
  });

  it('says when a file is not OPML', () => {
    assert.throws(() => parseOpmlList('<rss version="2.0"><channel/></rss>', 'feeds.opml'), (e: unknown) => e instanceof InputError && e.message === 'feeds.opml: not an OPML subscription list');
    assert.throws(() => parseOpmlList('<opml version="2.0"><body><outline text="x"', 'broken.opml'), (e: unknown) => e instanceof InputError && /^broken\.opml: (malformed OPML|not an OPML)/.test(e.message));
  });
});
