/** `parallax feeds add|list|remove` and `parallax watch`: following feeds into the store. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError } from './errors.js';
import { maskUrlSecrets } from '../server/security-mask.js';
import { resolveShownFeedUrl } from '../server/security-feeds.js';
import { dbPath, intFlag, openService, outboundPolicy, withDbOption, withOutboundOption } from './open-service.js';
import { isPostgresUrl } from '../store/postgres/url.js';
import { fsError } from '../ingest/read-input.js';

const isUrl = (s: string) => /^https?:\/\/\S+$/i.test(s);

export function registerFeeds(program: Command): void {
  const feeds = program.command('feeds').description('manage feed subscriptions (RSS, Atom, RDF, JSON Feed, OPML lists)');

  withOutboundOption(withDbOption(feeds.command('add').description('subscribe to feeds, by URL or from an OPML file')))
    .argument('<feeds...>', 'feed URLs or .opml files')
    .option('--title <title>', 'a title for a single feed')
    .option('--interval <minutes>', 'poll interval for these feeds (default 15)')
    .option('--json', 'print the subscriptions as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax feeds add https://example.org/rss.xml\n  $ parallax feeds add subscriptions.opml --interval 30')
    .action(async (specs: string[], flags: { db?: string; title?: string; interval?: string; json?: boolean; allowPrivateHosts?: boolean }) => {
      const minutes = intFlag('interval', flags.interval, 1, 7 * 24 * 60);
      const policy = await outboundPolicy(flags);
      const { subscribe, parseOpmlList } = await import('../ingest/feeds/index.js');
      const { StoreFeedRepository } = await import('../service/feed-repository.js');
      const targets: { url: string; title: string | null }[] = [];
      for (const spec of specs) {
        if (isUrl(spec)) {
          targets.push({ url: spec, title: specs.length === 1 ? (flags.title ?? null) : null });
          continue;
        }
        let text: string;
        try {
          text = await readFile(spec, 'utf8');
        } catch (e) {
          throw fsError(spec, e);
        }
        const list = parseOpmlList(text, spec);
        for (const s of list.subscriptions) targets.push({ url: s.url, title: s.title });
      }
      const service = await openService(flags);
      // PostgreSQL: a new subscription's first poll is queued with it, for the workers.
      await (await import('./jobs.js')).attachJobQueueFor(service, flags).catch(async (err: unknown) => {
        await service.close();
        throw err;
      });
      const repo = new StoreFeedRepository(service.store);
      const results = [];
      try {
        for (const t of targets) {
          const { state, created } = await subscribe(repo, t.url, { title: t.title, intervalMs: minutes ? minutes * 60_000 : null, policy });
          results.push({ url: state.url, title: state.title, created });
        }
      } finally {
        await service.close();
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(results)}\n`);
      else for (const r of results) process.stdout.write(`${r.created ? 'subscribed' : 'already subscribed'}: ${maskUrlSecrets(r.url)}${r.title ? ` (${r.title})` : ''}\n`);
    });

  withDbOption(feeds.command('list').description('list subscriptions with their health'))
    .option('--json', 'print as JSON')
    .option('--opml', 'print the subscriptions as an OPML list')
    .addHelpText('after', '\nExamples:\n  $ parallax feeds list\n  $ parallax feeds list --opml > subscriptions.opml')
    .action(async (flags: { db?: string; json?: boolean; opml?: boolean }) => {
      const { feedHealth, generateOpmlList } = await import('../ingest/feeds/index.js');
      const { StoreFeedRepository } = await import('../service/feed-repository.js');
      const service = await openService(flags);
      try {
        const states = await new StoreFeedRepository(service.store).list();
        if (flags.opml) {
          process.stdout.write(generateOpmlList(states.map((s) => ({ url: s.url, title: s.title, homeUrl: null, categories: [] })), { title: 'Parallax subscriptions' }));
          return;
        }
        // Keys in feed URLs are masked in listings (--opml above is an export and keeps them).
        const health = states.map((s) => ({ ...feedHealth(s), url: maskUrlSecrets(s.url) }));
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(health)}\n`);
          return;
        }
        if (health.length === 0) {
          process.stdout.write('No feeds. Subscribe with: parallax feeds add URL\n');
          return;
        }
        for (const h of health) {
          const last = h.lastSuccessAt ? `last success ${h.lastSuccessAt}` : 'never polled successfully';
          const err = h.lastError && h.status === 'failing' ? ` · last error: ${h.lastError}` : '';
          process.stdout.write(`${h.status.padEnd(7)} ${h.url}${h.title ? ` (${h.title})` : ''}\n        ${last} · ${h.itemsSeen} items seen${err}\n`);
        }
      } finally {
        await service.close();
      }
    });

  withDbOption(feeds.command('remove').description('unsubscribe from a feed'))
    .argument('<url>', 'the feed URL as listed')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax feeds remove https://example.org/rss.xml')
    .action(async (url: string, flags: { db?: string; json?: boolean }) => {
      const { StoreFeedRepository } = await import('../service/feed-repository.js');
      const service = await openService(flags);
      try {
        const repo = new StoreFeedRepository(service.store);
        // The masked URL `feeds list` shows names its subscription when only one looks like it.
        const target = resolveShownFeedUrl(url, (await repo.list()).map((s) => s.url));
        if (target === 'ambiguous') throw new CliError(`${maskUrlSecrets(url)}: several subscriptions look like this once masked; give the full URL`);
        if (target === null || !(await repo.remove(target))) throw new CliError(`${maskUrlSecrets(url)}: not subscribed (see parallax feeds list)`);
        process.stdout.write(flags.json ? `${JSON.stringify({ removed: maskUrlSecrets(target) })}\n` : `unsubscribed: ${maskUrlSecrets(target)}\n`);
      } finally {
        await service.close();
      }
    });

  withOutboundOption(withDbOption(program.command('watch').description('poll subscribed feeds on their schedule and ingest new articles, until stopped')))
    .option('--once', 'poll the feeds that are due once, then exit (for cron)')
    .option('--all', 'with --once: poll every feed now, due or not')
    .option('--json', 'print one JSON line per feed poll')
    .addHelpText(
      'after',
      `
Polite: conditional GET (ETag/Last-Modified), robots.txt, one request at a time per
host with a delay, retries with backoff, for feeds and the article pages they link
to alike; a broken feed never stops the others. Feeds and pages on loopback or
private addresses are refused unless allowed (--allow-private-hosts, PARALLAX_ALLOW_HOSTS).

Examples:
  $ parallax watch
  $ parallax watch --once --json`,
    )
    .action(async (flags: { db?: string; once?: boolean; all?: boolean; json?: boolean; allowPrivateHosts?: boolean }) => {
      // PostgreSQL: only schedule; workers poll and fetch.
      if (isPostgresUrl(dbPath(flags))) return (await import('./jobs.js')).scheduleFeedPolls(flags);
      const { FeedPoller, PoliteFetcher, watchFeeds } = await import('../ingest/feeds/index.js');
      const policy = await outboundPolicy(flags);
      const { StoreFeedRepository } = await import('../service/feed-repository.js');
      const { ingestFeedItems } = await import('../service/feed-ingest.js');
      const service = await openService(flags);
      const repo = new StoreFeedRepository(service.store);
      if ((await repo.list()).length === 0) {
        await service.close();
        throw new CliError('no feeds subscribed (add one with: parallax feeds add URL)');
      }
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // One fetcher for feeds and their pages, so both wait in the same per-host gate.
      const fetcher = new PoliteFetcher({ policy });
      const poller = new FeedPoller({ repository: repo, fetcher });
      let added = 0;
      const onItems = async (batch: { feedUrl: string; feed: Parameters<typeof ingestFeedItems>[2]; items: Parameters<typeof ingestFeedItems>[3] }) => {
        const results = await ingestFeedItems(service, batch.feedUrl, batch.feed, batch.items, { signal: controller.signal, fetcher });
        for (const r of results) {
          if (r.outcome?.status === 'added') added++;
          if (r.error) process.stderr.write(`parallax: ${batch.feedUrl}: skipped ${r.item}: ${r.error}\n`);
        }
        await service.finishBatch();
      };
      const onOutcome = (o: { feedUrl: string; status: string; newItems: number; error: string | null }) => {
        if (flags.json) process.stdout.write(`${JSON.stringify({ feed: o.feedUrl, status: o.status, newItems: o.newItems, error: o.error })}\n`);
        else process.stderr.write(`parallax: ${o.feedUrl}: ${o.status}${o.newItems ? ` (${o.newItems} new)` : ''}${o.error ? ` — ${o.error}` : ''}\n`);
      };
      try {
        if (flags.once && flags.all) await poller.pollMany((await repo.list()).map((f) => f.url), { onItems, onOutcome, signal: controller.signal });
        else if (flags.once) await poller.pollDue({ onItems, onOutcome, signal: controller.signal });
        else {
          process.stderr.write(`parallax: watching ${(await repo.list()).length} feeds into ${service.store.location}; stop with Ctrl+C\n`);
          await watchFeeds(poller, repo, { signal: controller.signal, onItems, onOutcome });
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await service.close();
      }
      process.stderr.write(`parallax: ${added} new articles stored\n`);
    });
}
