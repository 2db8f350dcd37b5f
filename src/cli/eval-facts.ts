import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ArticleInput } from '../core/model/article.js';
import type { Calibration, EventFolder, EventScore, FactExamples } from '../eval/facts.js';
import { CliError } from './errors.js';
import { requireData, type EvalFlags } from './eval-common.js';
import { maxOf, pushAll } from '../core/collections.js';

interface FactFlags extends EvalFlags {
  event?: string;
  examples?: string;
  dataset?: string;
  split?: string;
}

const DATASETS = ['de-multi-outlet', 'ecbplus'];

export function registerEvalFacts(evalCmd: Command): void {
  evalCmd
    .command('facts')
    .description('facts of the comparison report against hand-made gold of several outlets per event: pairs P/R/F1, exclusive, speakers, conflicts, entities')
    .requiredOption('--data <dir>', 'de-multi-outlet folder (one subfolder per event with gold.json and one .txt per outlet), or one event folder; with --dataset ecbplus the ECB+ release folder')
    .option('--dataset <name>', `the gold format: ${DATASETS.join(' or ')}`, 'de-multi-outlet')
    .option('--split <part>', 'ecbplus only: test (topics 26–35), train (1–25) or all', 'test')
    .option('--event <name>', 'only this event folder')
    .option('--examples <n>', 'print up to N examples of each kind of error')
    .option('--json', 'print the figures (overall and per event) as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax eval facts --data ../shared/data/de-multi-outlet\n  $ parallax eval facts --data ../shared/data/de-multi-outlet --event cl-finale-2024 --examples 5\n  $ parallax eval facts --dataset ecbplus --data ../shared/data/ecbplus --split test')
    .action(async (flags: FactFlags) => {
      requireData(flags.data);
      if (flags.dataset !== undefined && !DATASETS.includes(flags.dataset)) throw new CliError(`--dataset: expected ${DATASETS.join(' or ')}, got "${flags.dataset}"`);
      if (flags.dataset === 'ecbplus') return evalEcbPlus(flags);
      const examples = flags.examples === undefined ? 0 : Number(flags.examples);
      if (!Number.isInteger(examples) || examples < 0) throw new CliError(`--examples: expected a whole number, got "${flags.examples}"`);
      const { eventFolders, loadGold, scoreEvent, combineEvents } = await import('../eval/facts.js');
      const events = findEvents(flags.data, eventFolders);
      const chosen = flags.event === undefined ? events : events.filter((e) => e.name === flags.event);
      if (chosen.length === 0) throw new CliError(`--event: no event "${flags.event}" in ${flags.data} (events: ${events.map((e) => e.name).join(', ')})`);

      const [{ readInput }, { compareInputs, prepareInputs }, { parseFrontMatter }] = await Promise.all([
        import('../ingest/read-input.js'),
        import('../pipeline.js'),
        import('../ingest/text.js'),
      ]);
      const started = performance.now();
      const scores: EventScore[] = [];
      let articles = 0;
      for (const ev of chosen) {
        if (ev.files.length === 0) throw new CliError(`${ev.dir}: no .txt articles next to gold.json`);
        let gold;
        try {
          gold = loadGold(ev.gold);
        } catch (e) {
          throw new CliError((e as Error).message.split('\n')[0]!);
        }
        // The same as `parallax compare <event>/*.txt --format json`, in-process.
        const inputs: ArticleInput[] = [];
        const outletBySource = new Map<string, string>();
        for (const file of ev.files) {
          pushAll(inputs, await readInput(file));
          const outlet = parseFrontMatter(readFileSync(file, 'utf8'))?.fields.outlet;
          if (outlet) outletBySource.set(file, outlet);
        }
        await prepareInputs(inputs);
        const report = compareInputs(inputs);
        articles += report.articles.length;
        scores.push(scoreEvent(ev.name, gold, report, { outletBySource }));
      }
      const seconds = (performance.now() - started) / 1000;
      const result = combineEvents(scores);

      if (flags.json) {
        const withExamples = (s: EventScore) => ({
          event: s.event,
          counts: s.counts,
          figures: s.figures,
          ...(examples > 0 ? { examples: limitExamples(s.examples, examples) } : {}),
        });
        process.stdout.write(
          `${JSON.stringify({ data: flags.data, articles, seconds, overall: { counts: result.counts, figures: result.figures, calibration: result.calibration }, events: scores.map(withExamples) })}\n`,
        );
        return;
      }

      const lines = [`Facts against hand-made gold — ${scores.length} event${scores.length === 1 ? '' : 's'}, ${articles} articles (${flags.data}), ${seconds.toFixed(1)} s`, ''];
      pushAll(lines, table(scores));
      if (examples > 0) pushAll(lines, ['', ...exampleLines(scores, examples)]);
      const c = result.counts;
      const f = result.figures;
      lines.push(
        '',
        `detail: predicted pairs ${c.correctPairs}/${c.predictedPairs} correct, gold outlet-pairs ${c.recalledPairs}/${c.goldPairs} linked ` +
          `(statement-pair recall ${fig(f.statementPairRecall)}); exclusive recall ${fig(f.exclusiveRecall)} ` +
          `(${c.exclusiveRecalled}/${c.goldExclusive}, ${c.exclusiveInNoFact} sentences in no fact), exclusive-wrong ${c.exclusiveWrong}/${c.parallaxExclusive}; ` +
          `quotes found ${c.quotesFound}/${c.goldQuotes}, speakers ${c.speakersCorrect}/${c.quotesFound}; conflicts ${c.conflictsFound}/${c.goldConflicts} ` +
          `(+${c.extraConflicts} Parallax conflicts matching none of ${c.parallaxConflicts}); entities found ${c.entitiesFound}/${c.goldEntities}, ` +
          `outlet sets exact ${c.entityOutletsExact}/${c.goldEntities}`,
        `de-real: pairs P ${fig(f.pairPrecision)} R ${fig(f.pairRecall)} F1 ${fig(f.pairF1)} · exclusive-wrong ${fig(f.exclusiveWrongRate)} · ` +
          `speakers ${fig(f.speakerAccuracy)} · conflicts ${c.conflictsFound}/${c.goldConflicts}`,
      );
      pushAll(lines, ['', ...calibrationLines(result.calibration)]);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

/** How often links of each confidence range hold against gold: fact pairs, and "possibly also" near matches. */
function calibrationLines(c: Calibration): string[] {
  const row = (name: string, bins: Calibration['facts']) =>
    `${name.padEnd(22)}` +
    bins.map((b) => `${b.low.toFixed(1)}–${b.high.toFixed(1)}: ${b.links ? `${b.correct}/${b.links} = ${(b.correct / b.links).toFixed(2)}` : '–'}`.padEnd(24)).join('');
  return ['calibration (links by confidence: confirmed by gold / links)', row('shared/conflict pairs', c.facts), row('possibly also', c.nearMatches)];
}

/**
 * ECB+: for each story of the split, its documents compared as one story
 * (with the hand-set and, when models/aligner.json exists, the trained pair
 * weights); predicted pairs are annotated sentences of different documents in
 * one shared or conflicting fact. Baselines in the same run: every annotated
 * cross-document pair, and TF-IDF cosine with its threshold tuned on topics 1–25.
 */
async function evalEcbPlus(flags: FactFlags): Promise<void> {
  const split = flags.split ?? 'test';
  if (split !== 'test' && split !== 'train' && split !== 'all') throw new CliError(`--split: expected test, train or all, got "${split}"`);
  if (flags.event !== undefined || flags.examples !== undefined) throw new CliError('--event and --examples apply to de-multi-outlet only');
  const [ecb, { analyzeInputs }, { compareArticles }, { HAND_MODEL }, { hasAlignerModel, loadAlignerModel }, { getPack }] = await Promise.all([
    import('../eval/facts-ecbplus.js'),
    import('../pipeline.js'),
    import('../core/compare/index.js'),
    import('../core/compare/facts/pair-scorer.js'),
    import('../models/aligner.js'),
    import('../lang/index.js'),
  ]);
  let docs;
  try {
    docs = ecb.readEcbDocuments(flags.data, 'all');
  } catch (e) {
    throw new CliError((e as Error).message.split('\n')[0]!);
  }
  if (docs.length === 0) throw new CliError(`${flags.data}: no ECB+ topic folders (expected ECB+/<topic>/*.xml)`);
  const started = performance.now();
  const stories = [...ecb.byStory(docs)].sort((a, b) => a[1][0]!.topic - b[1][0]!.topic || a[0].localeCompare(b[0]));
  const tuned = ecb.tuneThreshold(
    stories.filter(([, ds]) => ecb.topicSplit(ds[0]!.topic) === 'train').map(([, ds]) => ({ gold: ecb.goldPairs(ds), cosines: ecb.tfidfCosines(ds) })),
  );
  const trained = hasAlignerModel() ? loadAlignerModel() : null;
  const systems = [
    { name: 'parallax, hand model', model: HAND_MODEL },
    ...(trained ? [{ name: `parallax, trained model (aligner.json ${trained.hash})`, model: trained.model }] : []),
  ];
  const names = [...systems.map((s) => s.name), 'all annotated pairs', `TF-IDF cosine ≥ ${tuned.threshold.toFixed(2)}`];
  const totals = names.map(() => ecb.NO_COUNTS);
  const rows: { story: string; counts: ReturnType<typeof ecb.countPairs>[] }[] = [];
  let articles = 0;
  let mismatches = 0;
  let duplicates = 0;
  for (const [story, ds] of stories) {
    if (!ecb.inSplit(ds[0]!.topic, split)) continue;
    const s = ecb.analyseStory(story, ds, analyzeInputs);
    articles += s.analyses.length;
    mismatches += s.mismatches;
    duplicates += s.duplicates;
    const gold = ecb.goldPairs(ds);
    const counts = [
      ...systems.map((sys) => ecb.countPairs(gold, ecb.predictedPairs(s, compareArticles(s.analyses, { facts: { model: sys.model }, packOf: getPack })))),
      ecb.countPairs(gold, ecb.annotatedPairs(ds)),
      ecb.countPairs(gold, ecb.thresholdPairs(ecb.tfidfCosines(ds), tuned.threshold)),
    ];
    counts.forEach((c, k) => (totals[k] = ecb.addCounts(totals[k]!, c)));
    rows.push({ story, counts });
  }
  const seconds = (performance.now() - started) / 1000;
  const splitName = split === 'test' ? 'topics 26–35' : split === 'train' ? 'topics 1–25' : 'all topics';
  if (flags.json) {
    const entry = (c: ReturnType<typeof ecb.countPairs>) => ({ counts: c, figures: ecb.pairFigures(c) });
    process.stdout.write(
      `${JSON.stringify({
        data: flags.data,
        dataset: 'ecbplus',
        split,
        articles,
        stories: rows.length,
        seconds,
        tfidfThreshold: tuned.threshold,
        trainedOn: trained?.model.trainedOn ?? null,
        overall: Object.fromEntries(names.map((n, k) => [n, entry(totals[k]!)])),
        perStory: rows.map((r) => ({ story: r.story, ...Object.fromEntries(names.map((n, k) => [n, entry(r.counts[k]!)])) })),
      })}\n`,
    );
    return;
  }
  const f1 = (c: ReturnType<typeof ecb.countPairs>) => fig(ecb.pairFigures(c).f1);
  const short = ['hand', ...(trained ? ['trained'] : []), 'allPairs', 'tfidf'];
  const lines = [`Facts against ECB+ (${splitName}) — ${rows.length} stories, ${articles} articles (${flags.data}), ${seconds.toFixed(1)} s`, ''];
  lines.push(['story'.padEnd(14), 'gold'.padStart(6), ...short.map((h) => `F1 ${h}`.padStart(12))].join(''));
  for (const r of rows) lines.push([r.story.padEnd(14), String(r.counts[0]!.gold).padStart(6), ...r.counts.map((c) => f1(c).padStart(12))].join(''));
  lines.push('');
  const width = maxOf(names.map((n) => n.length), 0) + 2;
  names.forEach((n, k) => {
    const c = totals[k]!;
    const f = ecb.pairFigures(c);
    lines.push(`${n.padEnd(width)}pairs P ${fig(f.precision)} R ${fig(f.recall)} F1 ${fig(f.f1)}   (${c.correct}/${c.predicted} correct, ${c.correct}/${c.gold} gold)`);
  });
  lines.push(
    '',
    `TF-IDF threshold tuned on topics 1–25 (F1 ${tuned.f1.toFixed(2)} there); ${duplicates} duplicate documents compared once; ${mismatches} Parallax sentences not mapped back to an ECB+ sentence` +
      (trained ? `; trained model: ${trained.model.trainedOn}` : '; no models/aligner.json (npm run train:aligner)'),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The event folders under DIR, or DIR itself when it is one event (holds a gold.json). */
function findEvents(dir: string, eventFolders: (root: string) => EventFolder[]): EventFolder[] {
  if (!statSync(dir).isDirectory()) throw new CliError(`${dir}: not a folder (expected the de-multi-outlet folder)`);
  if (existsSync(join(dir, 'gold.json'))) {
    const parent = resolve(dir, '..');
    const name = basename(resolve(dir));
    const one = eventFolders(parent).find((e) => e.name === name);
    if (one) return [one];
  }
  const events = eventFolders(dir);
  if (events.length === 0) throw new CliError(`${dir}: no gold.json (expected <event>/gold.json next to the event's .txt articles)`);
  return events;
}

const fig = (x: number | null) => (x === null ? '–' : x.toFixed(2));

function table(scores: readonly EventScore[]): string[] {
  const headers = ['pairsP', 'pairsR', 'stmtR', 'exclRec', 'exclWrong', 'speakers', 'quotesFound', 'conflicts', 'extraConfl', 'entities'];
  const width = Math.max(34, maxOf(scores.map((s) => s.event.length + 2), 0));
  const row = (name: string, cells: string[]) => name.padEnd(width) + cells.map((c, i) => c.padStart(headers[i]!.length)).join('  ');
  return [
    row('event', headers),
    ...scores.map((s) => {
      const f = s.figures;
      const c = s.counts;
      return row(s.event, [
        fig(f.pairPrecision),
        fig(f.pairRecall),
        fig(f.statementPairRecall),
        fig(f.exclusiveRecall),
        fig(f.exclusiveWrongRate),
        fig(f.speakerAccuracy),
        `${c.quotesFound}/${c.goldQuotes}`,
        `${c.conflictsFound}/${c.goldConflicts}`,
        String(c.extraConflicts),
        `${c.entitiesFound}/${c.goldEntities}`,
      ]);
    }),
  ];
}

function limitExamples(e: FactExamples, n: number): FactExamples {
  return {
    wrongPairs: e.wrongPairs.slice(0, n),
    missedPairs: e.missedPairs.slice(0, n),
    exclusiveWrong: e.exclusiveWrong.slice(0, n),
    missedConflicts: e.missedConflicts.slice(0, n),
    falseConflicts: e.falseConflicts.slice(0, n),
    wrongSpeakers: e.wrongSpeakers.slice(0, n),
  };
}

const q = (s: string) => `"${s}"`;

/** Up to N examples of each kind, taken from the events in turn so that one event does not fill the list. */
function exampleLines(scores: readonly EventScore[], n: number): string[] {
  const lines: string[] = [];
  const section = <K extends keyof FactExamples>(kind: K, title: string, show: (x: FactExamples[K][number]) => string) => {
    const lists = scores.map((s) => s.examples[kind].map((x) => `  [${s.event}] ${show(x as FactExamples[K][number])}`));
    const total = lists.reduce((k, l) => k + l.length, 0);
    const picked: string[] = [];
    for (let i = 0; picked.length < n && picked.length < total; i++) {
      for (const l of lists) if (i < l.length && picked.length < n) picked.push(l[i]!);
    }
    pushAll(lines, [`${title} (${picked.length} of ${total}):`, ...picked]);
  };
  section('wrongPairs', 'wrong pairs (Parallax links two sentences that state no common gold fact)', (x) => `${x.outletA}: ${q(x.textA)}\n      ↔ ${x.outletB}: ${q(x.textB)}`);
  section('missedPairs', 'missed gold pairs (no correct pair links the two outlets for this fact)', (x) => `${x.fact} ${q(x.summary)}\n      ${x.outletA}: ${q(x.textA)}\n      ${x.outletB}: ${q(x.textB)}`);
  section('exclusiveWrong', 'exclusive-wrong (Parallax calls exclusive what a gold fact shares)', (x) => `${x.outlet}: ${q(x.text)}\n      states gold ${x.fact} ${q(x.summary)}`);
  const values = (vs: { outlet: string; value: string; text: string }[]) => vs.map((v) => `\n      ${v.outlet} = ${v.value}: ${q(v.text)}`).join('');
  section('missedConflicts', 'missed conflicts (gold)', (x) => `${x.about} (${x.kind})${values(x.values)}`);
  section('falseConflicts', 'false conflicts (Parallax conflicts matching no gold conflict)', (x) => `${x.about} (${x.kind})${values(x.values)}`);
  section('wrongSpeakers', 'wrong speakers', (x) => `${x.outlet}: ${q(x.quote)}\n      predicted ${x.predicted ?? '(none)'}, gold ${x.gold}`);
  return lines;
}
