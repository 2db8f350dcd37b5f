import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalUrl, isTrackingParam, urlKey } from './canonical.js';

describe('canonicalUrl', () => {
  it('lower-cases the host, drops default ports, fragments, credentials and tracking parameters, sorts the rest', () => {
    assert.equal(
      canonicalUrl('HTTPS://News.Example:443/Politik/Artikel?utm_source=rss&b=2&fbclid=abc&a=1&UTM_Medium=x#comments'),
      'https://news.example/Politik/Artikel?a=1&b=2',
    );
    assert.equal(canonicalUrl('http://user:pw@news.example:80/a?ref=twitter'), 'http://news.example/a');
    assert.equal(canonicalUrl('http://news.example:8080/a?'), 'http://news.example:8080/a');
  });

  it('keeps parameters that choose the page, in a stable order', () => {
    assert.equal(canonicalUrl('https://x.example/article.php?id=42&page=2'), 'https://x.example/article.php?id=42&page=2');
    assert.equal(canonicalUrl('https://x.example/a?tag=b&tag=a'), 'https://x.example/a?tag=a&tag=b');
  });

  it('resolves relative references and refuses what is not http(s)', () => {
    assert.equal(canonicalUrl('/b?gclid=1', 'https://x.example/a/'), 'https://x.example/b');
    assert.equal(canonicalUrl('mailto:a@b.example'), null);
    assert.equal(canonicalUrl('not a url'), null);
    assert.equal(canonicalUrl(''), null);
  });

  it('knows tracking families by prefix', () => {
    assert.ok(isTrackingParam('utm_campaign'));
    assert.ok(isTrackingParam('pk_kwd'));
    assert.ok(!isTrackingParam('id'));
    assert.ok(!isTrackingParam('q'));
  });

  it('is idempotent (property)', () => {
    const param = fc.constantFrom('utm_source', 'fbclid', 'id', 'page', 'ref', 'q', 'gclid', 'x');
    const arb = fc.record({
      host: fc.constantFrom('News.Example', 'www.news.example', 'a.b.example'),
      port: fc.constantFrom('', ':443', ':8443'),
      path: fc.constantFrom('/', '/a', '/a/b/', '/A%20B'),
      params: fc.array(fc.tuple(param, fc.string({ maxLength: 4 })), { maxLength: 5 }),
      hash: fc.constantFrom('', '#x'),
    });
    fc.assert(
      fc.property(arb, ({ host, port, path, params, hash }) => {
        const q = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const c = canonicalUrl(`https://${host}${port}${path}${q ? `?${q}` : ''}${hash}`);
        assert.ok(c !== null);
        assert.equal(canonicalUrl(c), c);
        assert.ok(!/[?&](utm_source|fbclid|gclid|ref)=/.test(c));
      }),
    );
  });
});

describe('urlKey', () => {
  it('makes http/https, www and a trailing slash compare equal', () => {
    const k = urlKey('https://www.news.example/a/b/?utm_source=x');
    assert.equal(k, 'news.example/a/b');
    assert.equal(urlKey('http://news.example/a/b'), k);
    assert.notEqual(urlKey('http://news.example/a/c'), k);
    assert.equal(urlKey('https://news.example/'), 'news.example');
  });
});
