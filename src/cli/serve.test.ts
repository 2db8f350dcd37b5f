/**
 * `parallax serve` as users start it (the built CLI, a real child process):
 * unsafe exposure is refused with one line before anything listens, bad
 * security settings name the flag or variable, and a started server answers
 * only to the names it was given. Feed listings mask keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');

/** The environment without any of our settings, plus `extra`. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  for (const k of ['PARALLAX_TOKEN', 'PARALLAX_ALLOWED_HOSTS', 'PARALLAX_PRIVATE_READS', 'PARALLAX_TRUST_PROXY', 'PARALLAX_RATE_LIMIT', 'PORT']) if (!(k in extra)) delete e[k];
  return e;
}

function run(args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, env: env(extra), timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const db = () => join(mkdtempSync(join(tmpdir(), 'parallax-serve-')), 'p.db');

test('serve on a network address without PARALLAX_TOKEN refuses with one line and listens nowhere', () => {
  for (const host of ['0.0.0.0', '::', '192.0.2.1']) {
    const r = run(['serve', '--host', host, '--port', '0', '--db', db()]);
    assert.equal(r.code, 1, host);
    assert.equal(r.stdout, '', 'never said it was running');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, new RegExp(`^parallax: --host ${host.replace(/\./g, '\\.')}: .*PARALLAX_TOKEN.*--insecure-no-auth`));
  }
});

test('bad security settings are one line naming the flag or variable', () => {
  const cases: [string[], Record<string, string>, RegExp][] = [
    [['--private-reads'], {}, /^parallax: --private-reads: set PARALLAX_TOKEN/],
    [['--allowed-hosts', 'ok.example,not a host'], {}, /^parallax: --allowed-hosts: "not a host" is not a host name/],
    [[], { PARALLAX_ALLOWED_HOSTS: 'http://x/' }, /^parallax: PARALLAX_ALLOWED_HOSTS: "http:\/\/x\/" is not a host name/],
    [[], { PARALLAX_PRIVATE_READS: 'maybe' }, /^parallax: PARALLAX_PRIVATE_READS: expected 1 or 0, got "maybe"/],
    [['--rate-limit', '-1'], {}, /^parallax: --rate-limit: expected a whole number from 0/],
  ];
  for (const [args, extra, message] of cases) {
    const r = run(['serve', '--port', '0', '--db', db(), ...args], extra);
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('serve --help names the security flags', () => {
  const r = run(['serve', '--help']);
  for (const flag of ['--allowed-hosts', '--private-reads', '--trust-proxy', '--rate-limit', '--insecure-no-auth', 'docs/SECURITY.md']) assert.ok(r.stdout.includes(flag), flag);
});

function get(port: number, path: string, host: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host, ...headers }, setHost: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('a started server answers only to its names, and private reads need the token', { timeout: 60_000 }, async () => {
  const token = 'cli-test-token-0123456789abcdef';
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--json', '--db', db(), '--allowed-hosts', 'news.example.org', '--private-reads'], {
    cwd: root,
    env: env({ PARALLAX_TOKEN: token }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const port = Number(new URL(JSON.parse(line).url).port);
    assert.equal(await get(port, '/api/health', `127.0.0.1:${port}`), 200);
    assert.equal(await get(port, '/api/health', 'news.example.org'), 200);
    assert.equal(await get(port, '/api/health', 'rebound.attacker.example'), 421);
    assert.equal(await get(port, '/api/stories', `localhost:${port}`), 401);
    assert.equal(await get(port, '/api/stories', `localhost:${port}`, { authorization: `bearer ${token}` }), 200);
  } finally {
    child.kill('SIGTERM');
  }
});

test('feeds list masks keys in feed URLs; the masked URL removes the subscription', () => {
  const file = db();
  const url = 'https://feeds.example/rss.xml?apikey=K3Y-S3CRET&lang=de';
  const added = run(['feeds', 'add', url, '--db', file]);
  assert.equal(added.code, 0, added.stderr);
  assert.ok(!added.stdout.includes('K3Y-S3CRET'), added.stdout);
  for (const args of [['feeds', 'list'], ['feeds', 'list', '--json']]) {
    const r = run([...args, '--db', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('K3Y-S3CRET'), r.stdout);
    assert.ok(r.stdout.includes('https://feeds.example/rss.xml?apikey=***&lang=de'), r.stdout);
  }
  const removed = run(['feeds', 'remove', 'https://feeds.example/rss.xml?apikey=***&lang=de', '--db', file]);
  assert.equal(removed.code, 0, removed.stderr);
  assert.match(run(['feeds', 'list', '--db', file]).stdout, /No feeds/);
});
