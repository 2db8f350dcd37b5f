import { Command, CommanderError, Option } from 'commander';
import { registerCompare } from './compare.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerBrowse } from './browse.js';
import { registerTransfer } from './transfer.js';
import { registerServe } from './serve.js';
import { registerFeeds } from './feeds.js';
import { registerJobs } from './jobs.js';
import { CliError } from './errors.js';
import { isInputError } from '../ingest/errors.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('parallax')
    .description('Shows one news story from every side: what outlets agree on, leave out, contradict, quote and how they frame it.')
    .version('0.1.0')
    .addOption(new Option('--no-color', 'plain output without colours'))
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCompare(program);
  registerIngest(program);
  registerBrowse(program);
  registerTransfer(program);
  registerServe(program);
  registerFeeds(program);
  registerJobs(program);
  registerEval(program);
  return program;
}

/** Runs the CLI; every expected failure is one clear line on stderr and a non-zero exit, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  // A reader that stops early ("parallax … | head") closes the pipe: stop quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof CliError || isInputError(err)) {
      process.stderr.write(`parallax: ${(err as Error).message}\n`);
      process.exitCode = err instanceof CliError ? err.exitCode : 1;
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`parallax: unexpected error: ${message}\n`);
    if (process.env.PARALLAX_DEBUG) process.stderr.write(`${(err as Error).stack ?? ''}\n`);
    process.exitCode = 70;
  }
}
