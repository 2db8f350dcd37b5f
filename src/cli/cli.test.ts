import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const de = join(root, 'fixtures', 'stories', 'de-hochwasser');
const en = join(root, 'fixtures', 'stories', 'en-bridge');

function run(args: string[], input?: string) {
  const res = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, cwd: root, env: { ...process.env, NO_COLOR: '' } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

test('compare prints a plain text report when not on a terminal', () => {
  const r = run(['compare', join(de, 'rheinblatt.txt'), join(de, 'donaupost.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!r.stdout.includes('\u001b['), 'no ANSI codes when piped');
  assert.match(r.stdout, /Rheinblatt/);
  assert.match(r.stdout, /Donaupost/);
  assert.match(r.stdout, /Jürgen Dupper/);
});

test('--format json follows the JSON Schema', () => {
  const r = run(['compare', join(en, 'harbor-times.txt'), join(en, 'valley-post.txt'), join(en, 'metro-wire.json'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report: unknown = JSON.parse(r.stdout);
  const schema = JSON.parse(readFileSync(join(root, 'schema', 'comparison-report.schema.json'), 'utf8'));
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal((report as { articles: unknown[] }).articles.length, 3);
});

test('--out writes a self-contained HTML file, format from the extension', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-'));
  const out = join(dir, 'report.html');
  const r = run(['compare', join(de, 'rheinblatt.txt'), join(de, 'bayernecho.html'), '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<!doctype html>/i);
  assert.ok(!/<script[^>]+src=|<link[^>]+stylesheet/i.test(html), 'no external assets');
  assert.match(html, /Bayern-Echo/);
});

test('- reads an article from standard input', () => {
  const text = readFileSync(join(en, 'valley-post.txt'), 'utf8');
  const r = run(['compare', '-', join(en, 'harbor-times.txt'), '--format', 'md'], text);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Valley Post/);
  assert.match(r.stdout, /^# /m);
});

test('a missing file is one clear line and a non-zero exit', () => {
  const r = run(['compare', join(de, 'rheinblatt.txt'), 'no-such-file.txt']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /no-such-file\.txt: .*no such file/);
  assert.ok(!/\s+at /.test(r.stderr), 'no stack trace');
});

test('--keep-going compares the inputs that can be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '   \n');
  const r = run(['compare', join(de, 'rheinblatt.txt'), empty, join(de, 'donaupost.txt'), '--keep-going', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /empty\.txt: .*empty/);
  const report = JSON.parse(r.stdout);
  assert.equal(report.articles.length, 2);
  assert.ok(report.warnings.some((w: string) => w.includes('empty.txt')));
});

test('bad arguments and --help', () => {
  const bad = run(['compare', join(de, 'rheinblatt.txt'), '--format', 'pdf']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /pdf/);
  const help = run(['compare', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Examples:/);
});

test('eval ner given a folder names it and the files that would do, without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ner-'));
  writeFileSync(join(dir, 'dev.tsv'), '');
  const r = run(['eval', 'ner', '--data', dir]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /a folder; --data expects one \.tsv file \(here: dev\.tsv\)/);
  assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
});

test('a reader that closes the pipe early ends the command quietly', () => {
  const res = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" eval ner --help | head -c 5 >/dev/null; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8', cwd: root });
  assert.match(res.stdout, /status 0/);
  assert.doesNotMatch(res.stderr, /EPIPE|\n\s+at /);
});
