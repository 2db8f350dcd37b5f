import type { Command } from 'commander';
import { CliError } from './errors.js';
import { pct, requireData, type EvalFlags } from './eval-common.js';

interface SpeakerFlags extends EvalFlags {
  dataset: string;
  examples?: string;
  show: string;
  limit?: string;
}

const KINDS = ['wrong', 'unknown', 'missed', 'right'] as const;

const positive = (flag: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${flag}: expected a whole number, got "${value}"`);
  return n;
};

export function registerEvalSpeakers(evalCmd: Command): void {
  evalCmd
    .command('speakers')
    .description('who said it: speaker accuracy over found quotes, wrongly named speakers and unknown ones (BASIL)')
    .requiredOption('--data <dir>', 'BASIL folder (with articles/ and annotations/)')
    .option('--dataset <name>', 'evaluation set (only "basil" so far)', 'basil')
    .option('--examples <n>', 'print N examples of the kinds chosen by --show (default: wrongly named)')
    .option('--show <kinds>', `which examples to print, comma-separated: ${KINDS.join(', ')}`, 'wrong')
    .option('--limit <n>', 'only the first N articles (by year and file name)')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax eval speakers --dataset basil --data ../shared/data/basil --examples 20')
    .action(async (flags: SpeakerFlags) => {
      if (flags.dataset !== 'basil') throw new CliError(`--dataset: unknown set "${flags.dataset}" (known: basil)`);
      requireData(flags.data);
      const shown = flags.show.split(',').map((k) => k.trim());
      const bad = shown.find((k) => !(KINDS as readonly string[]).includes(k));
      if (bad) throw new CliError(`--show: unknown kind "${bad}" (known: ${KINDS.join(', ')})`);
      const { basilFiles, evaluateBasilSpeakers } = await import('../eval/speakers-basil.js');
      let files = basilFiles(flags.data);
      if (files.length === 0) throw new CliError(`${flags.data}: no BASIL articles/ with matching annotations/`);
      if (flags.limit !== undefined) files = files.slice(0, Math.max(1, positive('--limit', flags.limit)));
      const examples = flags.examples !== undefined ? positive('--examples', flags.examples) : 0;
      const r = evaluateBasilSpeakers(files, new Set(examples > 0 ? (shown as (typeof KINDS)[number][]) : []));
      if (flags.json) {
        const { examples: list, ...figures } = r;
        process.stdout.write(`${JSON.stringify(examples > 0 ? { ...figures, examples: list.slice(0, examples) } : figures)}\n`);
        return;
      }
      const lines = [
        `BASIL speakers — ${r.documents} articles with quoted spans, ${r.gold} spans whose gold speaker is a named person`,
        `found (a quote covers ≥ 50% of the span)  ${String(r.found).padStart(4)}   recall ${pct(r.recall)}`,
        `speaker right        ${String(r.right).padStart(4)}   accuracy ${pct(r.accuracy)}  (over found)`,
        `wrongly named        ${String(r.wrong).padStart(4)}            ${pct(r.wrongShare)}`,
        `unknown              ${String(r.unknown).padStart(4)}            ${pct(r.unknownShare)}`,
        `group as gold speaker ("Obama_campaign"): ${r.groups.gold} spans, ${r.groups.found} found, ${r.groups.byName} given to the group by name, ${r.groups.unknown} unknown (members are not judged)`,
        `unnamed gold speaker (other_*): ${r.unnamed.gold} spans, ${r.unnamed.found} found, ${r.unnamed.toMainEntity} given to a main entity of the article (likely wrong)`,
        `analysis took ${r.seconds.toFixed(2)} s`,
      ];
      for (const e of r.examples.slice(0, examples)) {
        lines.push('', `[${e.verdict}] ${e.document}: gold ${e.gold}, ours ${e.predicted ?? '—'} (${e.form ?? 'no quote'}${e.cue ? `, cue "${e.cue}"` : ''})`, `  ${e.context}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
