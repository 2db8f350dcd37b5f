import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import type { ArticleInput } from '../core/model/article.js';
import type { OutputFormat } from '../present/index.js';
import { CliError } from './errors.js';
import { outboundPolicy, withOutboundOption, type OutboundFlags } from './open-service.js';
import { pushAll } from '../core/collections.js';

const FORMATS: OutputFormat[] = ['text', 'md', 'json', 'html'];
const BY_EXTENSION: Record<string, OutputFormat> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.json': 'json', '.txt': 'text' };

interface CompareFlags extends OutboundFlags {
  format?: OutputFormat;
  out?: string;
  keepGoing?: boolean;
}

export function registerCompare(program: Command): void {
  withOutboundOption(program.command('compare'))
    .description('compare articles that report one event: shared, exclusive and conflicting facts, entities, quotes and framing')
    .argument('<inputs...>', 'files (.txt .md .html .json .jsonl), http(s) URLs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS))
    .option('-o, --out <file>', 'write the report to a file (format from its extension unless --format is given)')
    .option('-k, --keep-going', 'skip inputs that cannot be read and compare the rest')
    .addHelpText(
      'after',
      `
Examples:
  $ parallax compare a.txt b.html
  $ parallax compare a.html b.txt https://example.org/story.html --format html --out report.html
  $ cat article.txt | parallax compare - other.txt --format json`,
    )
    .action(async (inputs: string[], flags: CompareFlags, cmd: Command) => {
      const color = cmd.optsWithGlobals<{ color: boolean }>().color;
      await runCompare(inputs, flags, color);
    });
}

async function runCompare(specs: string[], flags: CompareFlags, colorFlag: boolean): Promise<void> {
  // Loaded here, not at start-up, so that `parallax --help` and other commands stay fast.
  const [{ readInput }, { isInputError }, { compareInputs, prepareInputs }, { renderReport }] = await Promise.all([
    import('../ingest/read-input.js'),
    import('../ingest/errors.js'),
    import('../pipeline.js'),
    import('../present/index.js'),
  ]);
  if (specs.filter((s) => s === '-').length > 1) throw new CliError('standard input (-) can be given only once');
  const fetchOptions = { policy: await outboundPolicy(flags) };
  const inputs: ArticleInput[] = [];
  const skipped: string[] = [];
  const readWarnings: string[] = [];
  for (const spec of specs) {
    try {
      pushAll(inputs, await readInput(spec, { onWarning: (m) => readWarnings.push(m), fetchOptions }));
    } catch (err) {
      if (!isInputError(err) || !flags.keepGoing) throw err;
      skipped.push(err.message);
      process.stderr.write(`parallax: skipped ${err.message}\n`);
    }
  }
  if (inputs.length === 0) throw new CliError('no article could be read');
  await prepareInputs(inputs);
  const report = compareInputs(inputs);
  report.warnings = [...skipped.map((s) => `skipped ${s}`), ...readWarnings, ...report.warnings];

  const format = flags.format ?? (flags.out ? BY_EXTENSION[extname(flags.out).toLowerCase()] : undefined) ?? 'text';
  const toTerminal = !flags.out && process.stdout.isTTY === true;
  const color = format === 'text' && toTerminal && colorFlag && !process.env.NO_COLOR;
  const width = toTerminal ? Math.max(60, Math.min(120, process.stdout.columns ?? 100)) : 100;
  const output = renderReport(report, format, { color, width });
  if (flags.out) {
    try {
      writeFileSync(flags.out, output);
    } catch (err) {
      throw new CliError(`${flags.out}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    process.stderr.write(`parallax: wrote ${format} report to ${flags.out}\n`);
  } else {
    process.stdout.write(output);
  }
}
