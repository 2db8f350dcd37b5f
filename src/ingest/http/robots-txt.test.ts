import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISALLOW_ALL, isAllowed, parseRobotsTxt } from './robots-txt.js';

const ROBOTS = `# a comment
User-agent: *
Disallow: /private/
Allow: /private/open
Crawl-delay: 2

User-agent: BadBot
User-agent: parallax
Disallow: /feeds/secret
Disallow: /*.pdf$
Allow: /feeds/secret/public
`;

describe('robots.txt', () => {
  it('uses the group naming our token, not the * group', () => {
    const p = parseRobotsTxt(ROBOTS, 'Parallax');
    assert.equal(p.crawlDelaySeconds, null);
    assert.equal(isAllowed(p, '/private/x'), true, 'the * rules do not apply to us');
    assert.equal(isAllowed(p, '/feeds/secret'), false);
    assert.equal(isAllowed(p, '/feeds/secret/public/rss'), true, 'longer allow wins');
    assert.equal(isAllowed(p, '/doc.pdf'), false);
    assert.equal(isAllowed(p, '/doc.pdf?x=1'), true, '$ anchors the end');
  });

  it('falls back to the * group, with its crawl delay', () => {
    const p = parseRobotsTxt(ROBOTS, 'otherbot');
    assert.equal(p.crawlDelaySeconds, 2);
    assert.equal(isAllowed(p, '/private/x'), false);
    assert.equal(isAllowed(p, '/private/open/feed.xml'), true);
    assert.equal(isAllowed(p, '/news'), true);
  });

  it('matches a versioned agent name and merges repeated groups', () => {
    const p = parseRobotsTxt('User-agent: Parallax/2.0\nDisallow: /a\n\nUser-agent: parallax\nDisallow: /b\n', 'parallax');
    assert.equal(isAllowed(p, '/a'), false);
    assert.equal(isAllowed(p, '/b'), false);
    assert.equal(isAllowed(p, '/c'), true);
  });

  it('treats an empty Disallow as allow-all and an equal-length tie as allow', () => {
    assert.equal(isAllowed(parseRobotsTxt('User-agent: *\nDisallow:\n', 'parallax'), '/x'), true);
    assert.equal(isAllowed(parseRobotsTxt('User-agent: *\nDisallow: /x\nAllow: /x\n', 'parallax'), '/x'), true);
  });

  it('compares percent-encoded and plain paths alike', () => {
    const p = parseRobotsTxt('User-agent: *\nDisallow: /%7Ejoe/\n', 'parallax');
    assert.equal(isAllowed(p, '/~joe/feed'), false);
  });

  it('never blocks robots.txt itself; DISALLOW_ALL blocks the rest', () => {
    assert.equal(isAllowed(DISALLOW_ALL, '/robots.txt'), true);
    assert.equal(isAllowed(DISALLOW_ALL, '/'), false);
  });
});
