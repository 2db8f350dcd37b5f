/**
 * Web app figures: the size of the built JavaScript and CSS (raw and gzipped),
 * and how fast a story of 50 articles becomes interactive in Chromium.
 *
 * The 50 articles are variations of our flood fixtures (fixtures/stories/de-hochwasser):
 * other outlets, other hours, a changed death toll or water level here and
 * there, one extra sentence from a bank written for this benchmark. They are
 * ingested into an in-memory store, grouped by the story assigner and compared
 * once (as `parallax ingest` does); then the story page is opened in fresh
 * browser contexts (no cache) and timed from navigation start until the facts
 * are on screen and the main thread is free, then a fact is clicked and timed
 * until its source sentence is highlighted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import type { ArticleInput } from '../src/core/model/article.js';
import { readInput } from '../src/ingest/read-input.js';
import { line, median, quick, root } from './util.js';

const EXTRA = [
  'Freiwillige Helfer füllten in der Nacht Tausende Sandsäcke.',
  'Die Schulen in der Innenstadt bleiben bis Freitag geschlossen.',
  'Der Deutsche Wetterdienst warnte vor weiterem Starkregen im Bayerischen Wald.',
  'Mehrere Brücken über den Inn wurden vorsorglich gesperrt.',
  'Die Polizei bat Schaulustige, die Uferpromenade zu meiden.',
  'Ein Notquartier in der Dreiländerhalle nahm 200 Menschen auf.',
  'Die Bahn stellte den Verkehr zwischen Passau und Plattling ein.',
  'Landwirte an der Donau meldeten überflutete Felder.',
];
const TOLL = ['zwei', 'drei', 'vier'];

export function variantsForBench(bases: ArticleInput[], n: number): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length]!;
    let body = base.body.replace(/\b(zwei|drei) Menschen\b/, `${TOLL[i % TOLL.length]} Menschen`);
    if (i % 4 === 0) body = body.replace(/11,2/g, `11,${(i % 9) + 1}`);
    // A distinct pair of extra sentences for each of the first 56 variants: no two articles are the same text.
    body = `${body}\n\n${EXTRA[i % EXTRA.length]} ${EXTRA[(i + 1 + Math.floor(i / EXTRA.length)) % EXTRA.length]}`;
    const hour = String(5 + (i % 18)).padStart(2, '0');
    out.push({ ...base, source: `bench-${i}`, outlet: `Lokalzeitung ${i + 1}`, published: `2024-06-05T${hour}:${String(i % 60).padStart(2, '0')}:00Z`, body });
  }
  return out;
}

function assetSizes(): void {
  const dir = join(root, 'web', 'dist', 'assets');
  if (!existsSync(dir)) {
    line('web app size', 'skipped (npm run build:web first)');
    return;
  }
  for (const ext of ['.js', '.css']) {
    const files = readdirSync(dir).filter((f) => f.endsWith(ext));
    const raw = files.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    line(`web app ${ext.slice(1).toUpperCase()} (${files.length} file${files.length === 1 ? '' : 's'})`, `${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
  }
}

export async function webBench(): Promise<void> {
  assetSizes();
  const { missingPrerequisite, launchBrowser, openPage, screenshot, startTestServer, FIXTURE_STORIES } = await import('../web/e2e/harness.js');
  const missing = missingPrerequisite();
  if (missing) {
    line('story page, 50 articles', `skipped (${missing})`);
    return;
  }
  const bases: ArticleInput[] = [];
  for (const f of ['donaupost.txt', 'rheinblatt.txt', 'bayernecho.html']) bases.push(...(await readInput(join(FIXTURE_STORIES, 'de-hochwasser', f))));
  const t0 = performance.now();
  const server = await startTestServer([], variantsForBench(bases, 50));
  const ingestMs = performance.now() - t0;
  const browser = await launchBrowser();
  try {
    const stories = (await (await fetch(`${server.url}/api/stories?sort=largest&limit=1`)).json()) as { items: { id: string; size: number }[] };
    const story = stories.items[0]!;
    const payload = await (await fetch(`${server.url}/api/stories/${story.id}`)).text();
    line('story for the page benchmark', `${story.size} articles in one story (ingest + compare ${(ingestMs / 1000).toFixed(1)} s), API answer ${(payload.length / 1024).toFixed(0)} KB (${(gzipSync(payload).length / 1024).toFixed(0)} KB gzipped)`);
    // The floor on this machine right now: the same measure on the story list (one small request, a few cards).
    const floor: number[] = [];
    for (let r = 0; r < (quick ? 3 : 7); r++) {
      const w = await openPage(browser);
      await w.page.goto(`${server.url}/`);
      await w.page.waitForSelector('[data-ready="list"] .story-card');
      floor.push(await w.page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)))));
      await w.close();
    }
    line('story list (1 story): interactive', `${median(floor).toFixed(0)} ms median (${Math.min(...floor).toFixed(0)}–${Math.max(...floor).toFixed(0)}): the floor for comparison`);
    const ready: number[] = [];
    const click: number[] = [];
    let facts = 0;
    for (let r = 0; r < (quick ? 3 : 7); r++) {
      const w = await openPage(browser);
      await w.page.goto(`${server.url}/story/${story.id}`);
      await w.page.waitForSelector('[data-ready="story"] button.fact');
      // Interactive: the facts are on screen and the main thread answers (a frame, then a task).
      ready.push(await w.page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)))));
      facts = await w.page.locator('button.fact').count();
      const c0 = performance.now();
      await w.page.locator('button.fact.shared').first().click();
      await w.page.waitForSelector('#sources .source-text mark.hit');
      click.push(performance.now() - c0);
      if (r === 0) {
        await w.page.locator('section#entities').scrollIntoViewIfNeeded();
        await w.page.locator('table.matrix').waitFor();
        await screenshot(w.page, 'story-50-articles');
      }
      if (w.errors.length) throw new Error(`console errors: ${w.errors.join('; ')}`);
      await w.close();
    }
    line('story page, 50 articles: interactive', `${median(ready).toFixed(0)} ms median (${Math.min(...ready).toFixed(0)}–${Math.max(...ready).toFixed(0)}), ${facts} facts shown, ${ready.length} runs, load average ${loadavg()[0]!.toFixed(1)}`);
    line('story page, 50 articles: fact click → source', `${median(click).toFixed(0)} ms median (includes loading the article)`);
  } finally {
    await browser.close();
    await server.close();
  }
}
