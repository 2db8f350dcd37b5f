import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { CliError } from './errors.js';
import { openService, withDbOption } from './open-service.js';
import { fsError } from '../ingest/read-input.js';
import { lineTooLong, readLines } from '../ingest/read-lines.js';

/** One line of an export holds one article with its whole analysis: generous, but bounded. */
const MAX_IMPORT_LINE_BYTES = 256 * 1024 * 1024;

/** The export's lines as text; a line over the limit stops the import, naming it. */
async function* importTextLines(input: NodeJS.ReadableStream, where: string): AsyncGenerator<string> {
  for await (const line of readLines(input as AsyncIterable<Buffer>, MAX_IMPORT_LINE_BYTES)) {
    if (line.tooLong !== undefined) throw new CliError(lineTooLong(where, line, MAX_IMPORT_LINE_BYTES).message);
    yield line.text;
  }
}

export function registerTransfer(program: Command): void {
  withDbOption(program.command('export').description('write everything in the store as JSON Lines (articles with analyses, stories, comparisons, feeds)'))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--json', 'print a JSON summary on standard error when done')
    .addHelpText('after', '\nExamples:\n  $ parallax export > backup.jsonl\n  $ parallax export --db news.db --out news.jsonl')
    .action(async (flags: { db?: string; out?: string; json?: boolean }) => {
      const { exportLines } = await import('../service/transfer.js');
      const service = await openService(flags);
      const out = flags.out ? createWriteStream(flags.out) : process.stdout;
      let lines = 0;
      try {
        if (flags.out) await once(out, 'open').catch((e: unknown) => {
          throw new CliError(`${flags.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        });
        for await (const line of exportLines(service)) {
          lines++;
          if (!out.write(`${line}\n`)) await once(out, 'drain');
        }
      } finally {
        await service.close();
        if (flags.out) (out as ReturnType<typeof createWriteStream>).end();
      }
      if (flags.out) await once(out, 'finish');
      const summary = { lines, db: service.store.location, out: flags.out ?? '-' };
      process.stderr.write(flags.json ? `${JSON.stringify(summary)}\n` : `parallax: exported ${lines} lines from ${summary.db}${flags.out ? ` to ${flags.out}` : ''}\n`);
    });

  withDbOption(program.command('import').description('read an export made by parallax export (lossless into an empty store)'))
    .argument('<file>', 'the export (JSON Lines), or - for standard input')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax import backup.jsonl --db restored.db\n  $ parallax export --db a.db | parallax import - --db b.db')
    .action(async (file: string, flags: { db?: string; json?: boolean }) => {
      const { importLines, ImportError } = await import('../service/transfer.js');
      const input = file === '-' ? process.stdin : createReadStream(file);
      const opened = file === '-' ? Promise.resolve() : once(input, 'open').then(() => undefined, (e: unknown) => Promise.reject(fsError(file, e)));
      await opened;
      const service = await openService(flags);
      try {
        const result = await importLines(service, importTextLines(input, file), file);
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(result)}\n`
            : `parallax: imported ${result.articles} articles (${result.duplicates} already stored), ${result.stories} stories, ${result.feeds} feeds into ${service.store.location}${result.mode === 'merged' ? ' (store had data: stories assigned afresh)' : ''}\n`,
        );
      } catch (err) {
        if (err instanceof ImportError) throw new CliError(err.message);
        throw err;
      } finally {
        await service.close();
      }
    });
}
