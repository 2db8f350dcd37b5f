import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSecretKey, maskSecretsDeep, maskUrlSecrets } from './security-mask.js';

test('the usual secret parameters and userinfo are masked, the rest kept as written', () => {
  const cases: [string, string][] = [
    ['https://news.example/feed.xml?apikey=abc123&lang=de', 'https://news.example/feed.xml?apikey=***&lang=de'],
    ['https://u:p4ss@news.example:8443/rss', 'https://***@news.example:8443/rss'],
    ['https://tok3n@news.example/rss', 'https://***@news.example/rss'],
    ['https://a:b@c@news.example/rss?x=1', 'https://***@news.example/rss?x=1'],
    ['http://x.example/a?API_KEY=1&api-key=2&apiKey=3&X-Amz-Signature=4&X-Amz-Credential=5', 'http://x.example/a?API_KEY=***&api-key=***&apiKey=***&X-Amz-Signature=***&X-Amz-Credential=***'],
    ['http://x.example/a?access_token=1;sig=2&page=3', 'http://x.example/a?access_token=***;sig=***&page=3'],
    ['http://x.example/a;jsessionid=ABC/rss?q=1', 'http://x.example/a;jsessionid=***/rss?q=1'],
    ['http://x.example/cb#access_token=zzz&state=s', 'http://x.example/cb#access_token=***&state=s'],
    ['http://x.example/a?api%5Fkey=secret%20value', 'http://x.example/a?api%5Fkey=***'],
    ['http://x.example/a?token=', 'http://x.example/a?token='],
    ['https://news.example/feed.xml', 'https://news.example/feed.xml'],
    ['https://news.example/feed.xml?author=smith&keyword=flood&monkey=1', 'https://news.example/feed.xml?author=smith&keyword=flood&monkey=1'],
  ];
  for (const [input, expected] of cases) assert.equal(maskUrlSecrets(input), expected, input);
});

test('secret names are recognised in any spelling, ordinary names are not', () => {
  for (const k of ['key', 'apikey', 'api_key', 'API-KEY', 'apiKey', 'token', 'auth_token', 'authToken', 'secret', 'client_secret', 'password', 'passwd', 'auth', 'sig', 'signature', 'access_token', 'X-Amz-Security-Token', 'private_key', 'sessionid']) {
    assert.ok(isSecretKey(k), k);
  }
  for (const k of ['q', 'page', 'lang', 'format', 'author', 'keyword', 'id', 'category', 'monkey', 'sort']) assert.ok(!isSecretKey(k), k);
});

const SECRET_KEYS = ['apikey', 'api_key', 'API_KEY', 'apiKey', 'key', 'token', 'access_token', 'secret', 'client_secret', 'password', 'auth', 'sig', 'signature', 'X-Api-Key'];
const PLAIN_KEYS = ['q', 'page', 'lang', 'format', 'id', 'category', 'sort', 'limit', 'region'];
const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const secretValue = fc.stringMatching(/^[A-Za-z0-9%._~-]{6,40}$/);

const urlParts = fc.record({
  scheme: fc.constantFrom('http', 'https'),
  host: fc.domain(),
  port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: null }),
  path: fc.array(word, { maxLength: 4 }),
  plain: fc.array(fc.tuple(fc.constantFrom(...PLAIN_KEYS), word), { maxLength: 4 }),
  secretKey: fc.constantFrom(...SECRET_KEYS),
  secret: secretValue,
  secretAt: fc.nat(),
  userinfo: fc.option(fc.tuple(word, secretValue), { nil: null }),
  fragment: fc.option(word, { nil: null }),
});

test('property: masking never leaks the secret value and keeps every non-secret part', () => {
  fc.assert(
    fc.property(urlParts, (p) => {
      const pairs = p.plain.map(([k, v]) => `${k}=${v}`);
      pairs.splice(p.secretAt % (pairs.length + 1), 0, `${p.secretKey}=${p.secret}`);
      const auth = p.userinfo ? `${p.userinfo[0]}:${p.userinfo[1]}@` : '';
      const hostPort = `${p.host}${p.port === null ? '' : `:${p.port}`}`;
      const path = `/${p.path.join('/')}`;
      const url = `${p.scheme}://${auth}${hostPort}${path}?${pairs.join('&')}${p.fragment === null ? '' : `#${p.fragment}`}`;
      const secrets = [p.secret, ...(p.userinfo ? [p.userinfo[1]] : [])];
      // Only meaningful when the secret is not also written elsewhere in the URL by chance.
      const withoutSecrets = url.replace(`${p.secretKey}=${p.secret}`, '').replace(auth, '');
      fc.pre(secrets.every((s) => !withoutSecrets.includes(s)));

      const masked = maskUrlSecrets(url);
      for (const s of secrets) assert.ok(!masked.includes(s), `${url} → ${masked}`);
      assert.ok(masked.startsWith(`${p.scheme}://`));
      assert.ok(masked.includes(`${hostPort}${path}?`), 'host, port and path kept');
      for (const [k, v] of p.plain) assert.ok(masked.includes(`${k}=${v}`), `kept ${k}=${v}`);
      if (p.fragment !== null) assert.ok(masked.endsWith(`#${p.fragment}`));
      assert.equal(maskUrlSecrets(masked), masked, 'masking twice changes nothing');
    }),
    { numRuns: 500 },
  );
});

test('property: a URL without secrets comes back unchanged', () => {
  const value = fc.stringMatching(/^[A-Za-z0-9%+:,._~!$'()*=/-]{0,20}$/);
  const plainUrl = fc.record({
    scheme: fc.constantFrom('http', 'https'),
    host: fc.domain(),
    path: fc.array(fc.stringMatching(/^[A-Za-z0-9%._~!$'()*,:=-]{0,10}$/), { maxLength: 4 }),
    query: fc.option(fc.array(fc.tuple(fc.constantFrom(...PLAIN_KEYS), value), { maxLength: 5 }), { nil: null }),
    fragment: fc.option(fc.stringMatching(/^[A-Za-z0-9._~-]{0,12}$/), { nil: null }),
  });
  fc.assert(
    fc.property(plainUrl, (p) => {
      const url =
        `${p.scheme}://${p.host}/${p.path.join('/')}` +
        (p.query === null ? '' : `?${p.query.map(([k, v]) => `${k}=${v}`).join('&')}`) +
        (p.fragment === null ? '' : `#${p.fragment}`);
      assert.equal(maskUrlSecrets(url), url);
    }),
    { numRuns: 300 },
  );
});

test('JSON answers: URL values are masked wherever they are, other text and unchanged parts are untouched', () => {
  const untouched = { n: 1, list: ['a', 'https://f.example/rss?page=2'] };
  const doc = { items: [{ source: 'https://f.example/rss?apikey=K3Y', title: 'see https://f.example/rss?apikey=K3Y' }], url: 'https://u:pw@f.example/', untouched };
  const before = JSON.stringify(doc);
  const out = maskSecretsDeep(doc);
  assert.equal(out.items[0]!.source, 'https://f.example/rss?apikey=***');
  assert.equal(out.url, 'https://***@f.example/');
  // Prose is content, not a URL field: its offsets must stay valid.
  assert.equal(out.items[0]!.title, doc.items[0]!.title);
  assert.equal(out.untouched, untouched, 'parts without secrets are shared, not copied');
  assert.equal(JSON.stringify(doc), before, 'the input is not changed');
  assert.equal(maskSecretsDeep(untouched), untouched);
  assert.equal(maskSecretsDeep(null), null);
  assert.equal(maskSecretsDeep('https://x.example/?token=1'), 'https://x.example/?token=***');
});
