import type { Command } from 'commander';
import { pct, requireFile, type EvalFlags } from './eval-common.js';

export function registerEvalNer(evalCmd: Command): void {
  evalCmd
    .command('ner')
    .description('German entity recognition: strict span precision, recall and F1 on GermEval-format TSV')
    .requiredOption('--data <file>', 'GermEval 2014 TSV file')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax eval ner --data ../shared/data/germeval2014-ner/NER-de-dev.tsv')
    .action(async (flags: EvalFlags) => {
      requireFile(flags.data, '.tsv');
      const { evaluateNer } = await import('../eval/ner.js');
      const { germanTagger } = await import('../models/taggers.js');
      const result = evaluateNer(flags.data, germanTagger());
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const lines = [`GermEval NER, outer level, strict spans — ${flags.data}`, 'type        precision  recall     F1'];
      lines.push(`overall        ${pct(result.precision)}   ${pct(result.recall)}  ${pct(result.f1)}`);
      for (const [type, s] of Object.entries(result.byType)) {
        lines.push(`${type.padEnd(12)}   ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.f1)}`);
      }
      lines.push(`${result.tokens} tokens in ${result.seconds.toFixed(2)} s`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
