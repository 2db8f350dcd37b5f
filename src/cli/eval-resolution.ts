import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { pct, requireData } from './eval-common.js';

/** Our marked fixtures, at the repository root (same path from src/cli and dist/cli). */
const DEFAULT_FIXTURES = fileURLToPath(new URL('../../fixtures/resolution/', import.meta.url));

export function registerEvalResolution(evalCmd: Command): void {
  evalCmd
    .command('resolution')
    .description('entity resolution on our own marked German and English stories: B³ and pairwise precision and recall')
    .option('--data <dir>', 'folder of marked stories (fixtures/resolution/README.md)', DEFAULT_FIXTURES)
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExample:\n  $ parallax eval resolution --json')
    .action(async (flags: { data: string; json?: boolean }) => {
      requireData(flags.data);
      const { evaluateResolution } = await import('../eval/resolution.js');
      const r = evaluateResolution(flags.data);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      const lines = [`Entity resolution — ${r.stories} stories, ${r.articles} articles (${flags.data})`, '                         precision  recall     F1'];
      const row = (label: string, s: { precision: number; recall: number; f1: number }) =>
        lines.push(`${label.padEnd(24)}   ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.f1)}`);
      row(`mentions found`, r.mentions);
      for (const [lang, s] of Object.entries(r.byLanguage)) row(`  ${lang} (${s.gold} gold)`, s);
      row('in article, B³', r.withinArticle.bcubed);
      row('in article, pairwise', r.withinArticle.pairwise);
      row('story, B³', r.story.bcubed);
      row('story, pairwise', r.story.pairwise);
      lines.push(`metonymy marked: ${r.metonymy.marked}/${r.metonymy.gold} (wrongly ${r.metonymy.wronglyMarked})`);
      const failed = r.cases.filter((c) => !c.passed);
      lines.push(`hard cases: ${r.cases.length - failed.length}/${r.cases.length} pass`);
      for (const c of failed) lines.push(`  FAIL ${c.story} ${c.kind} ${c.a}${c.b ? ` / ${c.b}` : ''} (${c.why}): ${c.detail}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
