/**
 * The web app in Chromium on a PostgreSQL-backed `parallax serve` (the built
 * CLI as users start it, a real server): the fixture stories ingested by
 * `parallax ingest --db postgres://…`, then the story list, a search through
 * PostgreSQL's text search (German stemming), a story page with its
 * comparison, and a misspelt name found by pg_trgm. Fails on any console
 * error; saves screenshots under test-output/e2e/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { pgTestServer } from '../../src/store/postgres/test-database.js';
import { FIXTURE_STORIES, launchBrowser, missingPrerequisite, openPage, screenshot, type WatchedPage } from './harness.js';

const missing = missingPrerequisite();
// CI installs Chromium (.ci/run); elsewhere the tests say why they are skipped.
if (missing && process.env.CI) throw new Error(`browser tests cannot run: ${missing}`);

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');

const pg = missing ? null : await pgTestServer('web app on PostgreSQL');

/** `parallax …` in its own process; rejects with its error output when it fails. */
function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) => (err ? reject(new Error(`parallax ${args[0]}: ${stderr}`)) : resolve(stdout)));
  });
}

/** `parallax serve --db URL` on a free port; resolves with its address once it listens. */
function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PARALLAX_TOKEN: '' } });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.includes('\n')) resolve({ url: (JSON.parse(out.split('\n')[0]!) as { url: string }).url, child });
    });
    child.once('exit', (code) => reject(new Error(`parallax serve exited with ${code}: ${err}`)));
  });
}

describe('web app on a PostgreSQL-backed server', { skip: missing ?? (pg ? false : 'PostgreSQL is not reachable') }, () => {
  let url = '';
  let server: ChildProcess | null = null;
  let browser: Browser;
  before(async () => {
    const db = await pg!.freshUrl();
    await cli(['ingest', FIXTURE_STORIES, '--db', db]);
    ({ url, child: server } = await serve(db));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
  });

  async function withPage(fn: (w: WatchedPage) => Promise<void>) {
    const w = await openPage(browser);
    try {
      await fn(w);
      assert.deepEqual(w.errors, [], 'no console errors');
    } finally {
      await w.close();
    }
  }

  test('story list, a search, a story with its comparison, a misspelt name', () =>
    withPage(async ({ page }) => {
      await page.goto(`${url}/`);
      await page.waitForSelector('[data-ready="list"] .story-card');
      const titles = await page.locator('.story-card h2').allInnerTexts();
      assert.equal(titles.length, 3, 'the three fixture stories');
      assert.ok(titles.some((t) => /Passau/.test(t)) && titles.some((t) => /Riverton/.test(t)) && titles.some((t) => /Wostotschny/.test(t)), titles.join(' | '));
      await screenshot(page, 'postgres-list');

      // "Haushalt" is stemmed as the articles' "Haushalte" is: only the flood story matches.
      await page.fill('input[name="q"]', 'Haushalt');
      await page.press('input[name="q"]', 'Enter');
      await page.waitForURL(/q=Haushalt/);
      await page.waitForFunction(() => {
        const cards = Array.from(document.querySelectorAll('.story-card'), (c) => c.textContent ?? '');
        return cards.length === 1 && cards[0]!.includes('Passau');
      });
      await screenshot(page, 'postgres-search');

      await page.click('.story-card h2 a:has-text("Passau")');
      await page.waitForSelector('[data-ready="story"]');
      assert.match(await page.locator('h1').innerText(), /Passau/);
      for (const id of ['brief', 'facts', 'entities', 'quotes']) assert.equal(await page.locator(`section#${id}`).count(), 1, id);
      assert.ok((await page.locator('button.fact.shared').count()) > 0, 'shared facts');
      assert.ok((await page.locator('button.fact.conflict').count()) > 0, 'conflicting facts');
      await page.locator('button.fact.shared').first().click();
      await page.locator('#sources mark.hit').waitFor();
      await screenshot(page, 'postgres-story');

      // Entity search by trigram similarity: a misspelt name finds the one person, whose page opens.
      await page.goto(`${url}/entities?q=${encodeURIComponent('Wladimir Putn')}`);
      await page.waitForURL(/\/entity\/name%3Avladimir%20putin$/);
      await page.waitForSelector('[data-ready="entity"] .story-card');
      assert.match(await page.locator('[data-ready="entity"] h1').innerText(), /Wladimir Putin/);
      assert.match(await page.locator('[data-ready="entity"] .story-card').innerText(), /Wostotschny/);
      await screenshot(page, 'postgres-entity');
    }));
});
