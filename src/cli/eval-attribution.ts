import type { Command } from 'commander';
import { CliError } from './errors.js';
import { pct, requireData, type EvalFlags } from './eval-common.js';

interface AttributionFlags extends EvalFlags {
  split: string;
  limit?: string;
}

export function registerEvalAttribution(evalCmd: Command): void {
  evalCmd
    .command('attribution')
    .description('English attribution on PolNeAR (brat): source and content span precision, recall and F1 at ≥ 50% overlap')
    .requiredOption('--data <dir>', 'PolNeAR folder (its dev/ split) or a split folder holding attributions/ and text/')
    .option('--split <name>', 'split folder to read when DIR holds splits', 'dev')
    .option('--limit <n>', 'only the first N documents (sorted by file name)')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax eval attribution --data ../shared/data/polnear')
    .action(async (flags: AttributionFlags) => {
      requireData(flags.data);
      const { attributionFiles, evaluateAttribution } = await import('../eval/attribution.js');
      let files = attributionFiles(flags.data, flags.split);
      if (files.length === 0) throw new CliError(`${flags.data}: no PolNeAR attributions/ and text/ files (looked in it and in ${flags.split}/)`);
      if (flags.limit !== undefined) {
        const n = Number(flags.limit);
        if (!Number.isInteger(n) || n < 1) throw new CliError(`--limit: expected a positive whole number, got "${flags.limit}"`);
        files = files.slice(0, n);
      }
      const r = evaluateAttribution(files);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      const row = (name: string, s: typeof r.source) =>
        `${name.padEnd(10)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(6)}   ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
      const lines = [
        `PolNeAR attribution — ${r.documents} documents, ${r.attributions} gold attributions`,
        'span         gold  found   precision recall  F1',
        row('source', r.source),
        row('content', r.content),
        `analysis took ${r.seconds.toFixed(2)} s`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
