import type { Command } from 'commander';
import { CliError } from './errors.js';
import { pct, requireData, type EvalFlags } from './eval-common.js';

interface StoryFlags extends EvalFlags {
  dataset: string;
  split: string;
  baseline?: boolean;
  light?: boolean;
}

export function registerEvalStories(evalCmd: Command): void {
  evalCmd
    .command('stories')
    .description('story clustering: BCubed and pairwise precision/recall/F1 of the online clusterer against gold stories')
    .requiredOption('--dataset <name>', 'ecbplus | basil | neus | jsonl')
    .requiredOption('--data <path>', 'ECB+ folder, BASIL folder, NeuS .source file or JSONL file')
    .option('--split <part>', 'all | train | test (ECB+: topics 1–25 train, 26+ test; NeuS train.source: lines 1–1200 train)', 'all')
    .option('--baseline', 'also run the plain TF-IDF baseline (threshold tuned on the training parts)')
    .option('--light', 'build articles with the light pass instead of the full analysis')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax eval stories --dataset ecbplus --data ../shared/data/ecbplus/ECB+ --split test --baseline\n  $ parallax eval stories --dataset neus --data ../shared/data/neus-allsides/val.source --json')
    .action(async (flags: StoryFlags) => {
      const { STORY_DATASETS, evaluateStories } = await import('../eval/stories/evaluate.js');
      const dataset = STORY_DATASETS.find((d) => d === flags.dataset);
      if (!dataset) throw new CliError(`--dataset must be one of ${STORY_DATASETS.join(', ')} (got "${flags.dataset}")`);
      if (!['all', 'train', 'test'].includes(flags.split)) throw new CliError(`--split must be all, train or test (got "${flags.split}")`);
      requireData(flags.data);
      const { loadClustererModel } = await import('../models/clusterer.js');
      const { model, baselineThreshold } = loadClustererModel();
      const result = evaluateStories(dataset, flags.data, model, {
        split: flags.split as 'all' | 'train' | 'test',
        baseline: !!flags.baseline,
        baselineThreshold,
        light: !!flags.light,
      });
      if (result.articles === 0) throw new CliError(`${flags.data}: no articles in split "${flags.split}"`);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const row = (name: string, r: typeof result) =>
        `${name.padEnd(10)} ${pct(r.bcubed.precision)}  ${pct(r.bcubed.recall)}  ${pct(r.bcubed.f1)}   ${pct(r.pairwise.precision)}  ${pct(r.pairwise.recall)}  ${pct(r.pairwise.f1)}   ${String(r.stories).padStart(6)}`;
      const lines = [
        `Stories, ${dataset} (${flags.split}) — ${flags.data}`,
        `           BCubed P    R     F1     pairwise P  R     F1    stories`,
        row('clusterer', result),
      ];
      if (result.baseline) lines.push(`${row('baseline', { ...result, ...result.baseline })}   (cosine ≥ ${result.baseline.threshold})`);
      lines.push(
        `${result.articles} articles, ${result.goldStories} gold stories; analysis ${result.analysisSeconds.toFixed(1)} s, clustering ${result.seconds.toFixed(2)} s (${(result.articles / Math.max(result.seconds, 1e-9)).toFixed(0)} articles/s)`,
      );
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
