/** `parallax stories`, `parallax story ID`, `parallax search TEXT`: reading the store from the terminal. */
import { Option, type Command } from 'commander';
import { CliError } from './errors.js';
import { dateFlag, intFlag, openService, withDbOption } from './open-service.js';
import type { OutputFormat } from '../present/index.js';
import type { StorySummary } from '../store/records.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  language?: string;
  outlet?: string;
  from?: string;
  to?: string;
  text?: string;
  sort?: 'recent' | 'largest';
  limit?: string;
  offset?: string;
}

const span = (s: StorySummary) =>
  s.firstPublished ? `${s.firstPublished.slice(0, 10)}${s.lastPublished && s.lastPublished.slice(0, 10) !== s.firstPublished.slice(0, 10) ? ` – ${s.lastPublished.slice(0, 10)}` : ''}` : 'undated';

export function registerBrowse(program: Command): void {
  withDbOption(program.command('stories').description('list the stories in the store, newest first'))
    .option('--language <code>', 'only stories with articles in this language (de, en, …)')
    .option('--outlet <name>', 'only stories this outlet covers')
    .option('--from <date>', 'only stories running on or after this date')
    .option('--to <date>', 'only stories running on or before this date')
    .option('--text <words>', 'only stories whose articles contain these words')
    .addOption(new Option('--sort <order>', 'newest or largest first').choices(['recent', 'largest']).default('recent'))
    .option('--limit <n>', 'how many (default 20, at most 500)')
    .option('--offset <n>', 'skip this many')
    .option('--json', 'print the page as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax stories --language de --limit 10\n  $ parallax stories --text Hochwasser --sort largest --json')
    .action(async (flags: ListFlags) => {
      const service = await openService(flags);
      try {
        const page = await service.store.listStories({
          language: flags.language,
          outlet: flags.outlet,
          from: dateFlag('from', flags.from),
          to: dateFlag('to', flags.to),
          text: flags.text,
          sort: flags.sort,
          limit: intFlag('limit', flags.limit, 1, 500),
          offset: intFlag('offset', flags.offset),
        });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(page)}\n`);
          return;
        }
        if (page.total === 0) {
          process.stdout.write('No stories. Add articles with: parallax ingest PATH|URL\n');
          return;
        }
        const lines = page.items.map((s) => {
          const flag = s.outlets.length === 1 ? '  [one outlet only]' : '';
          const conflicts = s.conflicts ? `, ${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'}` : '';
          return `${s.id}  ${s.title}\n    ${span(s)} · ${s.size} article${s.size === 1 ? '' : 's'} · ${s.outlets.join(', ')} · ${s.languages.join('/')}${conflicts}${flag}`;
        });
        lines.push(`${page.offset + 1}–${page.offset + page.items.length} of ${page.total} stories`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await service.close();
      }
    });

  withDbOption(program.command('story').description("show one story's comparison: shared, exclusive and conflicting facts, quotes, framing"))
    .argument('<id>', 'story id (from parallax stories)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json', 'html']).default('text'))
    .option('--json', 'same as --format json')
    .addHelpText('after', '\nExamples:\n  $ parallax story st-4f1c2a9b0d3e5f67\n  $ parallax story st-4f1c2a9b0d3e5f67 --format html > story.html')
    .action(async (id: string, flags: { db?: string; format: OutputFormat; json?: boolean }, cmd: Command) => {
      const service = await openService(flags);
      try {
        const found = await service.storyReport(id);
        if (!found) throw new CliError(`${id}: no such story in ${service.store.location}`);
        const format: OutputFormat = flags.json ? 'json' : flags.format;
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify({ story: found.story, report: found.report })}\n`);
          return;
        }
        const { renderReport } = await import('../present/index.js');
        const color = format === 'text' && process.stdout.isTTY === true && cmd.optsWithGlobals<{ color: boolean }>().color && !process.env.NO_COLOR;
        const s = found.story;
        const head = format === 'text' ? `${s.title}\n${span(s)} · ${s.size} articles · ${s.outlets.join(', ')}\n\n` : '';
        process.stdout.write(head + renderReport(found.report!, format, { color }));
      } finally {
        await service.close();
      }
    });

  withDbOption(program.command('search').description('full-text search over every stored article'))
    .argument('<words...>', 'words to find (all must occur; word* for prefixes)')
    .option('--limit <n>', 'how many hits (default 20)')
    .option('--json', 'print the hits as JSON')
    .addHelpText('after', '\nExamples:\n  $ parallax search Wostotschny\n  $ parallax search "Hochwass*" Köln --json')
    .action(async (words: string[], flags: { db?: string; limit?: string; json?: boolean }) => {
      const service = await openService(flags);
      try {
        const page = await service.store.search(words.join(' '), { limit: intFlag('limit', flags.limit, 1, 500) });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(page)}\n`);
          return;
        }
        if (page.total === 0) {
          process.stdout.write(`No article contains ${words.join(' ')}.\n`);
          return;
        }
        const lines = page.items.map((h) => `${h.article.title ?? h.article.source}  (${h.article.outlet}${h.article.published ? `, ${h.article.published.slice(0, 10)}` : ''}${h.article.storyId ? `, story ${h.article.storyId}` : ''})\n    ${h.snippet.replace(/\s+/g, ' ')}`);
        lines.push(`${page.items.length} of ${page.total} hits`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await service.close();
      }
    });
}
