import type { Command } from 'commander';
import { CliError, EXIT_SKIPPED } from './errors.js';
import { intFlag, openService, outboundPolicy, withDbOption, withOutboundOption, type OutboundFlags } from './open-service.js';
import { progress } from './progress.js';
import { exitCodeFor, watchInterrupts } from './interrupt.js';
import type { IngestSummary } from './ingest-run.js';

interface IngestFlags extends OutboundFlags {
  db?: string;
  json?: boolean;
  compare?: boolean;
  maxMb?: string;
}

const MB = 1024 * 1024;

export function registerIngest(program: Command): void {
  withOutboundOption(withDbOption(
    program
      .command('ingest')
      .description('read articles (files, folders, JSON Lines dumps, URLs) into the store and group them into stories')
      .argument('<inputs...>', 'files, folders (read recursively), .jsonl dumps, http(s) URLs'),
  ))
    .option('--json', 'print one JSON line per article and a summary line')
    .option('--no-compare', 'do not compare the changed stories at the end (faster bulk loads)')
    .option('--max-mb <n>', 'largest file, or line of a JSON Lines dump, read (MB, default 20)')
    .addHelpText(
      'after',
      `
Ingesting the same article again changes nothing; an interrupted run can be started
again and continues where it stopped. Bad inputs and records that fail are reported
with their place (file:line) and skipped; the rest are stored.

Ctrl+C stops after the article being stored (a second Ctrl+C quits at once); run the
same command again to continue.

Exit codes: 0 all stored (or stored before), 1 nothing could be read, 2 finished but
some inputs or records were skipped, 130 interrupted by Ctrl+C (143 by SIGTERM).

Examples:
  $ parallax ingest ../shared/examples
  $ parallax ingest dump.jsonl --no-compare --db news.db
  $ parallax ingest https://example.org/story.html --json`,
    )
    .action(async (specs: string[], flags: IngestFlags) => {
      const { runIngest } = await import('./ingest-run.js');
      const maxMb = intFlag('max-mb', flags.maxMb, 1, 500);
      const outbound = await outboundPolicy(flags);
      const service = await openService(flags);
      // PostgreSQL: an article stored pending (a worker holds the assignment lease) queues its assignment in the same transaction.
      await (await import('./jobs.js')).attachJobQueueFor(service, flags).catch(async (err: unknown) => {
        await service.close();
        throw err;
      });
      const bar = flags.json ? progress(false) : progress();
      const say = (line: string) => process.stderr.write(`${line}\n`);
      const interrupt = watchInterrupts(() => {
        bar.stop();
        say('parallax: stopping after the article being stored (Ctrl+C again to quit at once)');
      });
      let summary: IngestSummary;
      try {
        summary = await runIngest(service, specs, {
          json: flags.json === true,
          compare: flags.compare !== false,
          maxBytes: maxMb === undefined ? undefined : maxMb * MB,
          outbound,
          out: (line) => process.stdout.write(`${line}\n`),
          say,
          bar,
          interrupt,
        });
      } finally {
        bar.stop();
        await service.close();
        interrupt.dispose();
      }
      report(summary, flags.json === true, say);
      if (interrupt.requested) {
        process.exitCode = exitCodeFor(interrupt.requested);
        return;
      }
      const { failed, added, duplicate, skipped } = summary;
      if (failed > 0 && added + duplicate + skipped === 0) throw new CliError('no article could be read');
      if (failed > 0) process.exitCode = EXIT_SKIPPED;
    });
}

function report(s: IngestSummary, json: boolean, say: (line: string) => void): void {
  if (json) process.stdout.write(`${JSON.stringify({ summary: s })}\n`);
  const counts = `${s.added} added, ${s.duplicate} already stored, ${s.skipped} skipped (ingested before), ${s.failed} failed`;
  if (s.interrupted) {
    say(`parallax: interrupted after ${s.added + s.duplicate + s.skipped + s.failed} articles (${counts}); store ${s.db} is consistent: run the same command again to continue`);
  } else if (!json) {
    say(`parallax: ${counts}; ${s.stories} stories touched; store ${s.db}`);
  }
}
