import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { FeedItem } from './feed-item.js';
import { parseFeedText } from './parse-feed.js';
import { feedItemToArticleInput, hasFullText } from './to-article.js';

describe('feedItemToArticleInput', () => {
  it('makes an ArticleInput with a canonical URL and the feed as outlet and source', () => {
    const feed = parseFeedText(readFileSync(new URL('../../../fixtures/feeds/rss.xml', import.meta.url), 'utf8'), { source: 'rss' });
    const a = feedItemToArticleInput(feed.items[0]!, feed, 'https://rheinbote.example/rss.xml');
    assert.ok(a);
    assert.equal(a.source, 'https://rheinbote.example/rss.xml');
    assert.equal(a.url, 'https://rheinbote.example/lokales/faehre-hafen');
    assert.equal(a.outlet, 'Rheinbote – Nachrichten');
    assert.equal(a.title, 'Neue Fähre verbindet Altstadt und Hafen');
    assert.equal(a.published, '2024-03-12T07:30:00Z');
    assert.equal(a.language, 'de');
    assert.deepEqual(a.provenance, { url: 'feed', outlet: 'feed', title: 'feed', author: 'feed', published: 'feed', language: 'feed' });
  });

  it('gives null for an item without any text', () => {
    const item: FeedItem = { guid: 'x', url: null, title: 'Only a title', summary: null, contentHtml: null, text: '', published: null, updated: null, author: null, language: null };
    const feed = { format: 'rss' as const, title: null, description: null, homeUrl: null, selfUrl: null, language: null, items: [item] };
    assert.equal(feedItemToArticleInput(item, feed, 'f'), null);
  });
});

describe('hasFullText', () => {
  const item = (text: string): FeedItem => ({ guid: null, url: null, title: null, summary: null, contentHtml: null, text, published: null, updated: null, author: null, language: null });
  it('takes short texts and texts ending in "read more" for teasers', () => {
    const long = 'Ein Satz über die Fähre. '.repeat(40);
    assert.equal(hasFullText(item(long)), true);
    assert.equal(hasFullText(item('Kurz.')), false);
    assert.equal(hasFullText(item(`${long} Weiterlesen …`)), false);
  });
});
