import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feedFixture } from '../../test-support/fixture-server.js';
import { isFeedContentType, looksLikeFeed } from './detect-feed.js';

describe('feed detection', () => {
  it('knows our fixture feeds and not an HTML page or plain JSON', () => {
    for (const f of ['rss.xml', 'atom.xml', 'rdf.xml', 'feed.json']) assert.equal(looksLikeFeed(feedFixture(f)), true, f);
    assert.equal(looksLikeFeed('<!DOCTYPE html><html><body>x</body></html>'), false);
    assert.equal(looksLikeFeed('[{"title": "a", "text": "b"}]'), false);
    assert.equal(looksLikeFeed('<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><!-- hi --><rss version="2.0"/>'), true);
  });

  it('lets a specific Content-Type decide, and leaves generic ones open', () => {
    assert.equal(isFeedContentType('application/rss+xml; charset=utf-8'), true);
    assert.equal(isFeedContentType('application/feed+json'), true);
    assert.equal(isFeedContentType('text/html'), false);
    assert.equal(isFeedContentType('text/xml'), null);
    assert.equal(isFeedContentType(null), null);
  });
});
