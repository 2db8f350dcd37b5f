/**
 * What the browser tests and the web benchmark share: a server on an in-memory
 * store with articles ingested, Debian Chromium driven by playwright-core, a
 * console-error collector and screenshots under test-output/e2e/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ParallaxService } from '../../src/service/service.js';
import { onlineStoryAssigner } from '../../src/service/default-stories.js';
import { expandSpec } from '../../src/service/sources.js';
import type { ArticleInput } from '../../src/core/model/article.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WEB_DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const FIXTURE_STORIES = fileURLToPath(new URL('../../fixtures/stories', import.meta.url));
export const SHOTS = fileURLToPath(new URL('../../test-output/e2e', import.meta.url));

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the browser tests cannot run here, or null when they can. */
export function missingPrerequisite(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (!existsSync(`${WEB_DIST}/index.html`)) return 'web/dist is not built (npm run build:web)';
  return null;
}

export interface TestServer {
  url: string;
  service: ParallaxService;
  close(): Promise<void>;
}

/** A server on a fresh in-memory store holding the given folders' articles and any extra inputs. */
export async function startTestServer(folders: string[], extra: ArticleInput[] = []): Promise<TestServer> {
  const service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
  for (const folder of folders) {
    for await (const ev of expandSpec(folder, { seen: (k) => service.seen(k) })) {
      if (ev.kind === 'item') await service.ingest(ev.item);
      else if (ev.kind === 'error') throw new Error(ev.error.message);
    }
  }
  for (const input of extra) await service.ingest({ input, sourceKey: null });
  await service.finishBatch();
  let server: RunningServer;
  try {
    server = await startServer(service, { port: 0, host: '127.0.0.1', webRoot: WEB_DIST });
  } catch (err) {
    await service.close();
    throw err;
  }
  return {
    url: server.url,
    service,
    close: async () => {
      await server.close();
      await service.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, timeout: 60_000 });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** A page in a fresh context that records every console error and uncaught exception. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return { page, errors, close: () => context.close() };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}
