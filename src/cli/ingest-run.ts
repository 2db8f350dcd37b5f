/**
 * The work of `parallax ingest`, apart from flags and the terminal: every
 * input and record is stored or reported — a record that fails, for whatever
 * reason, is skipped with its place ("dump.jsonl:12") and cause, and the rest
 * go on. A stop request (Ctrl+C) is honoured after the article being stored.
 * Only a failing store stops the run: then every further record would fail.
 */
import type { ParallaxService, IngestItem, IngestOutcome } from '../service/service.js';
import type { SourceEvent } from '../service/sources.js';
import type { ParsedFeed } from '../ingest/feeds/feed-item.js';
import type { OutboundPolicy } from '../ingest/http/outbound-policy.js';
import { describeCause } from '../analysis-error.js';
import { CliError } from './errors.js';
import { breather, type Interrupt } from './interrupt.js';
import type { Progress } from './progress.js';

export interface IngestRunOptions {
  /** One JSON line per input on `out`. */
  json: boolean;
  /** Compare the stories that changed at the end. */
  compare: boolean;
  /** Largest file, or line of a dump, read (bytes). */
  maxBytes?: number;
  outbound?: OutboundPolicy;
  out: (line: string) => void;
  say: (line: string) => void;
  bar: Progress;
  interrupt: Pick<Interrupt, 'requested' | 'signal'>;
}

export interface IngestSummary {
  added: number;
  duplicate: number;
  skipped: number;
  failed: number;
  stories: number;
  db: string;
  interrupted: boolean;
}

export async function runIngest(service: ParallaxService, specs: readonly string[], options: IngestRunOptions): Promise<IngestSummary> {
  const { expandSpec, listFiles } = await import('../service/sources.js');
  const counts = { added: 0, duplicate: 0, skipped: 0, failed: 0 };
  const stories = new Set<string>();
  const { say, bar } = options;
  const emit = (record: unknown): void => {
    if (options.json) options.out(JSON.stringify(record));
  };
  const stopped = (): boolean => options.interrupt.requested !== null;
  const pause = breather();

  const stored = (outcome: IngestOutcome): void => {
    counts[outcome.status]++;
    if (outcome.storyId) stories.add(outcome.storyId);
    bar.tick(outcome.title ?? outcome.source);
    emit(outcome);
  };
  const failed = (where: string, cause: string): void => {
    counts.failed++;
    say(`parallax: skipped ${where}: ${cause}`);
    bar.tick(where);
    emit({ source: where, status: 'failed', error: cause });
  };
  const skipped = (where: string, reason: string): void => {
    counts.skipped++;
    bar.tick(where);
    emit({ source: where, status: 'skipped', reason });
  };

  const ingestItem = async (item: IngestItem, where: string): Promise<void> => {
    try {
      stored(await service.ingest(item));
    } catch (e) {
      if (isStoreFailure(e)) throw storeStopped(service, e);
      failed(where, describeCause(e));
    }
  };

  let total = 0;
  const ingestFeed = async (feedUrl: string, feed: ParsedFeed, where: string): Promise<void> => {
    const [{ ingestFeedItems }, { PoliteFetcher }] = await Promise.all([import('../service/feed-ingest.js'), import('../ingest/http/polite-fetcher.js')]);
    // The feed counted as one input; its items take its place.
    total += feed.items.length - 1;
    bar.total(total);
    const fetcher = new PoliteFetcher({ policy: options.outbound });
    for (const [i, item] of feed.items.entries()) {
      await pause();
      if (stopped()) return;
      // One item at a time, so progress, output and a stop request follow each item.
      const [r] = await ingestFeedItems(service, feedUrl, feed, [item], { fetcher, signal: options.interrupt.signal });
      const place = `${where} item ${i + 1}${r ? ` (${r.item})` : ''}`;
      if (!r) skipped(`${where} item ${i + 1}`, 'ingested before');
      else if (r.outcome) stored(r.outcome);
      else if (!stopped()) failed(place, r.error ?? 'not stored');
    }
  };

  // Files are listed once: to count them for the progress bar, then to read them.
  const listed = new Map<string, string[]>();
  for (const spec of specs) {
    if (/^https?:\/\//i.test(spec)) {
      total++;
      continue;
    }
    const files = await listFiles(spec).catch(() => null);
    if (files) listed.set(spec, files);
    total += files?.length ?? 1;
  }
  bar.total(total);

  const sourceOptions = { seen: (k: string) => service.seen(k), onWarning: (m: string) => say(`parallax: ${m}`), outbound: options.outbound, maxBytes: options.maxBytes };
  outer: for (const spec of specs) {
    for await (const ev of expandSpec(spec, sourceOptions, listed.get(spec)) as AsyncGenerator<SourceEvent>) {
      await pause();
      if (stopped()) break outer;
      if (ev.kind === 'error') failed(ev.error.input, ev.error.reason);
      else if (ev.kind === 'skipped') skipped(ev.source, ev.reason);
      else if (ev.kind === 'feed') await ingestFeed(ev.feedUrl, ev.feed, ev.where);
      else await ingestItem(ev.item, ev.where);
      if (stopped()) break outer;
    }
  }
  await service.finishBatch({ compare: options.compare && !stopped() });
  return { ...counts, stories: stories.size, db: service.store.location, interrupted: stopped() };
}

/** The store itself failing (disk full, read-only, locked, corrupt): no later record could be stored either. */
export function isStoreFailure(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN|BUSY|LOCKED|PERM|NOMEM|AUTH)/.test(code);
}

function storeStopped(service: ParallaxService, e: unknown): CliError {
  return new CliError(`${service.store.location}: the store failed (${describeCause(e)}); stopped, what was stored is kept`);
}
