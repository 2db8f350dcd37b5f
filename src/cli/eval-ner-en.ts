import type { Command } from 'commander';
import { pct, requireData, type EvalFlags } from './eval-common.js';

export function registerEvalNerEn(evalCmd: Command): void {
  evalCmd
    .command('ner-en')
    .description('English entity recognition on MEANTIME (approximate: name heads found, overlap precision)')
    .requiredOption('--data <dir>', 'MEANTIME English folder with meantime.conll and entities_mentions.json')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax eval ner-en --data ../shared/data/meantime/en')
    .action(async (flags: EvalFlags) => {
      requireData(flags.data);
      const { evaluateEnglishNer } = await import('../eval/ner-en.js');
      const r = evaluateEnglishNer(flags.data);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      const lines = [
        `English entity recognition on MEANTIME — ${r.articles} articles, ${r.goldNames} gold names (${flags.data})`,
        `recall (name head covered)   ${pct(r.recall)}   typed ${pct(r.typedRecall)}`,
      ];
      for (const [type, s] of Object.entries(r.byType)) lines.push(`  ${type.padEnd(4)} (${String(s.gold).padStart(4)})          ${pct(s.recall)}   typed ${pct(s.typedRecall)}`);
      lines.push(`precision (overlaps any gold mention, lower bound) ${pct(r.precision)} of ${r.predicted}`);
      lines.push(`F1 ${pct(r.f1)}; analysis ${r.seconds.toFixed(2)} s`);
      const t = r.titleCase;
      lines.push(
        `headlines set in title case (${t.headlines}): ${t.mentions} mentions, ${t.fragments} fragments (no gold mention there); ` +
          `${t.goldNames} gold names typed ${pct(t.typedRecall)}`,
      );
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
