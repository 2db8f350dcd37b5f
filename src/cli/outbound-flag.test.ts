/**
 * The outbound policy through the CLI (run from source as a child process):
 * `compare`, `ingest`, `feeds add` and `watch` refuse every spelling of this
 * machine by default, without asking it, and fetch when the user allows it
 * (--allow-private-hosts, PARALLAX_ALLOW_HOSTS).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { FixtureServer, serveText } from '../test-support/fixture-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'src', 'test-support', 'cli-main.ts');
const page = readFileSync(join(root, 'fixtures', 'stories', 'de-hochwasser', 'bayernecho.html'), 'utf8');
const POLICY_LINE = /refused by the outbound policy: .*address \(allow with --allow-private-hosts or PARALLAX_ALLOW_HOSTS\)$/;

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Only what the test sets may open the policy up.
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete childEnv.PARALLAX_ALLOW_HOSTS;
    delete childEnv.PARALLAX_ALLOW_PORTS;
    Object.assign(childEnv, env);
    execFile(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: childEnv }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

const spellings = (port: number, path: string): string[] =>
  ['127.0.0.1', 'localhost', '[::1]', '0.0.0.0', '2130706433', '0x7f000001', '0177.0.0.1', '127.1', '[::ffff:127.0.0.1]'].map((h) => `http://${h}:${port}${path}`);

describe('CLI URL inputs and the outbound policy', { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let port = 0;
  const db = (): string => join(mkdtempSync(join(tmpdir(), 'parallax-outbound-')), 'p.db');
  before(async () => {
    server = await FixtureServer.start({ '/story.html': serveText(page, { contentType: 'text/html; charset=utf-8' }) });
    port = Number(new URL(server.base).port);
    // A feed on 127.0.0.1 whose items link to other spellings of this machine, and one that links to its own host.
    const rss = (links: string[]) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Bayern-Echo</title><link>${server.base}/</link><description>d</description>${links
        .map((l, i) => `<item><title>Meldung ${i}</title><link>${l}</link><guid>${l}</guid><description>Kurz …</description></item>`)
        .join('')}</channel></rss>`;
    server.route('/feed.xml', serveText(rss([server.url('/story.html')]), { contentType: 'application/rss+xml' }));
    server.route('/sneaky.xml', serveText(rss([`http://[::1]:${port}/story.html`, `http://0.0.0.0:${port}/story.html`, `http://0x7f000002:${port}/story.html`]), { contentType: 'application/rss+xml' }));
  });
  after(() => server.close());

  it('compare and ingest refuse every spelling without asking it; the flag and PARALLAX_ALLOW_HOSTS allow it', async () => {
    const urls = spellings(port, '/story.html');
    const [compared, ingested, flagged, ingestFlagged] = await Promise.all([
      cli(['compare', '-k', ...urls]),
      cli(['ingest', ...urls, '--db', db()]),
      cli(['compare', `http://localhost:${port}/story.html`, '--allow-private-hosts', '--format', 'json']),
      cli(['ingest', `http://0x7f000001:${port}/story.html`, '--allow-private-hosts', '--json', '--db', db()]),
    ]);
    assert.notEqual(compared.code, 0);
    for (const url of urls) assert.match(compared.stderr, new RegExp(`^parallax: skipped ${url.replace(/[.[\]]/g, '\\$&')}: ${POLICY_LINE.source}`, 'm'), url);
    assert.notEqual(ingested.code, 0);
    for (const url of urls) assert.ok(ingested.stderr.split('\n').some((l) => l.startsWith(`parallax: skipped ${url}: refused by the outbound policy: `)), url);
    assert.equal(flagged.code, 0, flagged.stderr);
    assert.equal((JSON.parse(flagged.stdout) as { articles: unknown[] }).articles.length, 1);
    assert.equal(ingestFlagged.code, 0, ingestFlagged.stderr);
    assert.match(ingestFlagged.stdout, /"status":"added"/);
    // Only the two allowed runs reached the server.
    assert.equal(server.hits('/story.html').length, 2);
  });

  it('feeds add refuses a feed on this machine; watch refuses it and the item links the policy refuses', async () => {
    const file = db();
    const refused = await cli(['feeds', 'add', server.url('/feed.xml'), '--db', file]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^parallax: http:\/\/127\.0\.0\.1:\d+\/feed\.xml: refused by the outbound policy: a loopback address/);
    assert.equal((await cli(['feeds', 'add', server.url('/feed.xml'), server.url('/sneaky.xml'), '--allow-private-hosts', '--db', file])).code, 0);

    const strict = await cli(['watch', '--once', '--json', '--db', file]);
    const polls = strict.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; error: string | null });
    assert.deepEqual(polls.map((p) => p.status), ['failed', 'failed']);
    for (const p of polls) assert.match(p.error!, /^refused by the outbound policy: a loopback address/);
    assert.equal(server.hits('/feed.xml').length + server.hits('/robots.txt').length, 0, 'nothing was asked');

    // Allowing 127.0.0.1 allows the feeds, not the other addresses their items link to.
    const allowed = await cli(['watch', '--once', '--all', '--json', '--db', file], { PARALLAX_ALLOW_HOSTS: '127.0.0.1' });
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stderr, /parallax: 1 new articles stored/);
    // 0x7f000002 is 127.0.0.2 once the URL is parsed.
    for (const host of ['[::1]', '0.0.0.0', '127.0.0.2']) {
      assert.match(allowed.stderr, new RegExp(`: skipped http://${host.replace(/[.[\]]/g, '\\$&')}:${port}/story\\.html: refused by the outbound policy`), host);
    }
  });

  it('names a bad PARALLAX_ALLOW_PORTS in one line', async () => {
    const r = await cli(['compare', 'https://news.example/a'], { PARALLAX_ALLOW_PORTS: '443,https' });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'parallax: PARALLAX_ALLOW_PORTS: "https" is not a port (1 to 65535)\n');
  });
});
