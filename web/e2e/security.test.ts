/**
 * The web app under the server's security settings in Chromium: the
 * Content-Security-Policy (no inline script or style) is in force and the
 * app breaks none of it on any page, and on a server with private reads the
 * app asks for the token once, keeps it and sends it with every request,
 * including the story request public/early.js makes before the app loads.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ParallaxService } from '../../src/service/service.js';
import { onlineStoryAssigner } from '../../src/service/default-stories.js';
import { expandSpec } from '../../src/service/sources.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { FIXTURE_STORIES, launchBrowser, missingPrerequisite, openPage, screenshot, WEB_DIST } from './harness.js';

const missing = missingPrerequisite();
if (missing && process.env.CI) throw new Error(`browser tests cannot run: ${missing}`);

const TOKEN = 'e2e-token-0123456789abcdef';

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('web app under the security settings', { skip: missing ?? false }, () => {
  let service: ParallaxService;
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    for await (const ev of expandSpec(`${FIXTURE_STORIES}/de-hochwasser`, { seen: (k) => service.seen(k) })) {
      if (ev.kind === 'item') await service.ingest(ev.item);
    }
    await service.finishBatch();
    server = await startServer(service, { port: 0, host: '127.0.0.1', webRoot: WEB_DIST, token: TOKEN, privateReads: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await service?.close();
  });

  test('the app asks for the token, keeps it, and every page then loads with no CSP violation', async () => {
    const w = await openPage(browser);
    try {
      const violations = await watchViolations(w.page);
      await w.page.goto(`${server.url}/`);
      await w.page.waitForSelector('form.token-form');
      assert.match(await w.page.locator('form.token-form').innerText(), /needs an access token/);
      await w.page.fill('form.token-form input[name="token"]', TOKEN);
      await w.page.click('form.token-form button[type="submit"]');
      await w.page.waitForSelector('[data-ready="list"] .story-card');
      assert.equal(await w.page.locator('form.token-form').count(), 0);
      // A story page straight from its address: the early request carries the token too.
      const card = await w.page.locator('.story-card h2 a').first().getAttribute('href');
      await w.page.goto(`${server.url}${card}`);
      await w.page.waitForSelector('[data-ready="story"]');
      assert.equal(await w.page.locator('form.token-form').count(), 0, 'the story came with the token');
      await w.page.locator('section#timeline').scrollIntoViewIfNeeded();
      await w.page.locator('table.matrix tbody tr').first().waitFor();
      await w.page.goto(`${server.url}/compare`);
      await w.page.click('text=Try an example');
      await w.page.click('button[type="submit"].primary');
      await w.page.waitForSelector('[data-ready="compare"]');
      await screenshot(w.page, 'private-compare');
      assert.deepEqual(await violations(), []);
      // Before the token was given the API said 401 (logged by the browser); nothing else went wrong.
      assert.deepEqual(w.errors.filter((e) => !/status of 401/.test(e)), []);
    } finally {
      await w.close();
    }
  });

  test('a wrong saved token brings the form back, and it can be forgotten', async () => {
    const w = await openPage(browser);
    try {
      await w.page.addInitScript(() => localStorage.setItem('parallax.token', 'not-the-token'));
      await w.page.goto(`${server.url}/`);
      await w.page.waitForSelector('form.token-form');
      assert.match(await w.page.locator('form.token-form').innerText(), /refused the saved access token/);
    } finally {
      await w.close();
    }
  });

  test('the policy is in force: inline script and inline style are refused', async () => {
    const w = await openPage(browser);
    try {
      const violations = await watchViolations(w.page);
      const res = await w.page.goto(`${server.url}/`);
      assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      const ran = await w.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
        const d = document.createElement('div');
        d.setAttribute('style', 'color: red');
        document.body.append(d);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      assert.equal(ran, false, 'inline script did not run');
      await w.page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 2);
      const seen = await violations();
      assert.ok(seen.some((v) => v.startsWith('script-src')), seen.join('; '));
      assert.ok(seen.some((v) => v.startsWith('style-src')), seen.join('; '));
    } finally {
      await w.close();
    }
  });
});
