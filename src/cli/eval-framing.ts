import type { Command } from 'commander';
import { CliError } from './errors.js';
import { pct, requireData, type EvalFlags } from './eval-common.js';

export function registerEvalFraming(evalCmd: Command): void {
  evalCmd
    .command('framing')
    .description('English loaded-language detector on BASIL: precision and recall against lex spans, per outlet')
    .requiredOption('--data <dir>', 'BASIL folder (with articles/ and annotations/)')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax eval framing --data ../shared/data/basil')
    .action(async (flags: EvalFlags) => {
      requireData(flags.data);
      const { basilFiles, evaluateFraming } = await import('../eval/framing.js');
      const files = basilFiles(flags.data);
      if (files.length === 0) throw new CliError(`${flags.data}: no BASIL articles/ with matching annotations/`);
      const r = evaluateFraming(files);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      const lines = [
        `BASIL loaded language (lex spans outside quotes) — ${r.articles} articles`,
        'outlet     lex spans  detected  precision recall  F1   (recall on quoted lex spans)',
      ];
      for (const [outlet, s] of Object.entries(r.byOutlet)) {
        lines.push(
          `${outlet.padEnd(10)} ${String(s.gold).padStart(9)} ${String(s.detected).padStart(9)}   ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${pct(s.quotedRecall)}`,
        );
      }
      const o = r.overall;
      lines.push(`${'all'.padEnd(10)} ${String(o.gold).padStart(9)} ${String(o.predicted).padStart(9)}   ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
