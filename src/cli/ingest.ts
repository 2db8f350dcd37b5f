import type { Command } from 'commander';
import { CliError } from './errors.js';
import { openService, outboundPolicy, withDbOption, withOutboundOption, type OutboundFlags } from './open-service.js';
import { progress } from './progress.js';

interface IngestFlags extends OutboundFlags {
  db?: string;
  json?: boolean;
  compare?: boolean;
}

export function registerIngest(program: Command): void {
  withOutboundOption(withDbOption(
    program
      .command('ingest')
      .description('read articles (files, folders, JSON Lines dumps, URLs) into the store and group them into stories')
      .argument('<inputs...>', 'files, folders (read recursively), .jsonl dumps, http(s) URLs'),
  ))
    .option('--json', 'print one JSON line per article and a summary line')
    .option('--no-compare', 'do not compare the changed stories at the end (faster bulk loads)')
    .addHelpText(
      'after',
      `
Ingesting the same article again changes nothing; an interrupted run can be started
again and continues where it stopped. Bad inputs are reported and skipped.

Examples:
  $ parallax ingest ../shared/examples
  $ parallax ingest dump.jsonl --no-compare --db news.db
  $ parallax ingest https://example.org/story.html --json`,
    )
    .action(async (specs: string[], flags: IngestFlags) => {
      const { expandSpec, listFiles } = await import('../service/sources.js');
      const outbound = await outboundPolicy(flags);
      const service = await openService(flags);
      const bar = flags.json ? progress(false) : progress();
      const counts = { added: 0, duplicate: 0, skipped: 0, failed: 0 };
      const stories = new Set<string>();
      const say = (line: string) => process.stderr.write(`${line}\n`);
      let stopping = false;
      const onSignal = () => {
        stopping = true;
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        // Files are listed once: to count them for the progress bar, then to read them.
        const listed = new Map<string, string[]>();
        let total = 0;
        for (const spec of specs) {
          if (/^https?:\/\//i.test(spec)) {
            total++;
            continue;
          }
          const files = await listFiles(spec).catch(() => null);
          if (files) listed.set(spec, files);
          total += files?.length ?? 1;
        }
        bar.total(total);
        for (const spec of specs) {
          for await (const ev of expandSpec(spec, { seen: (k) => service.seen(k), onWarning: (m) => say(`parallax: ${m}`), outbound }, listed.get(spec))) {
            if (stopping) break;
            if (ev.kind === 'error') {
              counts.failed++;
              say(`parallax: skipped ${ev.error.message}`);
              if (flags.json) process.stdout.write(`${JSON.stringify({ source: ev.error.input, status: 'failed', error: ev.error.reason })}\n`);
              continue;
            }
            if (ev.kind === 'feed') {
              const { ingestFeedItems } = await import('../service/feed-ingest.js');
              bar.total(total + ev.feed.items.length);
              for (const r of await ingestFeedItems(service, ev.feedUrl, ev.feed, ev.feed.items, { policy: outbound })) {
                if (r.error) {
                  counts.failed++;
                  say(`parallax: skipped ${r.item}: ${r.error}`);
                } else if (r.outcome) {
                  counts[r.outcome.status]++;
                  if (r.outcome.storyId) stories.add(r.outcome.storyId);
                } else counts.skipped++;
                bar.tick(r.item);
                if (flags.json) process.stdout.write(`${JSON.stringify(r.outcome ?? { source: r.item, status: r.error ? 'failed' : 'skipped', error: r.error })}\n`);
              }
              continue;
            }
            if (ev.kind === 'skipped') {
              counts.skipped++;
              bar.tick(ev.source);
              if (flags.json) process.stdout.write(`${JSON.stringify({ source: ev.source, status: 'skipped', reason: ev.reason })}\n`);
              continue;
            }
            const outcome = await service.ingest(ev.item);
            counts[outcome.status]++;
            if (outcome.storyId) stories.add(outcome.storyId);
            bar.tick(outcome.title ?? outcome.source);
            if (flags.json) process.stdout.write(`${JSON.stringify(outcome)}\n`);
          }
          if (stopping) break;
        }
        await service.finishBatch({ compare: flags.compare !== false && !stopping });
      } finally {
        bar.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await service.close();
      }
      const summary = { ...counts, stories: stories.size, db: service.store.location, interrupted: stopping };
      if (flags.json) process.stdout.write(`${JSON.stringify({ summary })}\n`);
      else {
        say(
          `parallax: ${counts.added} added, ${counts.duplicate} already stored, ${counts.skipped} skipped (ingested before), ${counts.failed} failed; ` +
            `${stories.size} stories touched; store ${service.store.location}${stopping ? ' (interrupted: run again to continue)' : ''}`,
        );
      }
      if (counts.failed > 0 && counts.added + counts.duplicate + counts.skipped === 0) throw new CliError('no article could be read');
      if (counts.failed > 0) process.exitCode = 1;
    });
}
