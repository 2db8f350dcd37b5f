import type { Command } from 'commander';
import { CliError } from './errors.js';
import { pct, requireData, type EvalFlags } from './eval-common.js';

interface QuoteFlags extends EvalFlags {
  split: string;
  limit?: string;
}

export function registerEvalQuotes(evalCmd: Command): void {
  evalCmd
    .command('quotes')
    .description('German quotes and speakers: per-type precision, recall and F1 (≥ 50% span overlap and exact), speaker accuracy')
    .requiredOption('--data <dir>', 'german-news-quotation-attribution folder (its dev/ split) or a folder of its JSON files')
    .option('--split <name>', 'split folder to read when DIR holds splits', 'dev')
    .option('--limit <n>', 'only the first N documents (sorted by file name)')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax eval quotes --data ../shared/data/german-news-quotation-attribution')
    .action(async (flags: QuoteFlags) => {
      requireData(flags.data);
      const { evaluateQuotes, quoteFiles, QUOTE_TYPES } = await import('../eval/quotes.js');
      let files = quoteFiles(flags.data, flags.split);
      if (files.length === 0) throw new CliError(`${flags.data}: no quotation JSON files (looked in it and in ${flags.split}/)`);
      if (flags.limit !== undefined) {
        const n = Number(flags.limit);
        if (!Number.isInteger(n) || n < 1) throw new CliError(`--limit: expected a positive whole number, got "${flags.limit}"`);
        files = files.slice(0, n);
      }
      let result;
      try {
        result = evaluateQuotes(files);
      } catch (e) {
        throw new CliError(`${flags.data}: ${(e as Error).message.split('\n')[0]}`);
      }
      if (flags.json) {
        const byType = Object.fromEntries(
          QUOTE_TYPES.map((t) => [t, { precision: result.byType[t].precision, recall: result.byType[t].recall, f1: result.byType[t].f1 }]),
        );
        const exact = Object.fromEntries(
          QUOTE_TYPES.map((t) => [t, { precision: result.exact[t].precision, recall: result.exact[t].recall, f1: result.exact[t].f1 }]),
        );
        process.stdout.write(
          `${JSON.stringify({ byType, speakerAccuracy: result.speakerAccuracy, quotes: result.quotes, seconds: result.seconds, exact })}\n`,
        );
        return;
      }
      const lines = [
        `German quotation attribution — ${result.documents} documents, ${result.quotes} gold quotes`,
        'type                   gold  found   ≥50% overlap P / R / F1     exact P / R / F1',
      ];
      const row = (name: string, s: { gold: number; predicted: number; precision: number; recall: number; f1: number }, e?: typeof s) =>
        `${name.padEnd(20)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)}   ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}` +
        (e ? `   ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}` : '');
      for (const t of QUOTE_TYPES) lines.push(row(t, result.byType[t], result.exact[t]));
      lines.push(row('any type', result.anyType));
      lines.push(`speaker accuracy ${pct(result.speakerAccuracy)}  (over ${result.speakerJudged} found quotes with a gold speaker)`);
      lines.push(`analysis took ${result.seconds.toFixed(2)} s`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
