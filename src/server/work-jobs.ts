/**
 * The heavy part of the API's write and compare requests, as jobs a work
 * thread runs: turning request items into analysed articles (fetching a URL,
 * extracting HTML, analysing), and comparing analyses. Kept apart from the
 * thread's message loop so the jobs can be tested without threads.
 */
import type { ArticleAnalysis } from '../core/model/analysis.js';
import { compareArticles } from '../core/compare/index.js';
import { getPack } from '../lang/index.js';
import { analyzeInput, prepareInputs } from '../pipeline.js';
import { articleFromBody } from './article-body.js';
import { OutboundPolicy, type OutboundSettings } from '../ingest/http/outbound-policy.js';
import { maskingReviver } from './security-mask.js';

export interface PrepareJob {
  items: { body: Record<string, unknown>; field: string }[];
  /** Pasted texts name no source or outlet: number them "article N" so a report tells them apart. */
  numbered: boolean;
  /** Where URLs may be fetched from: the server's outbound policy as data (it crosses into a thread). */
  outbound?: OutboundSettings;
  /** The policy itself, when the job runs on the calling thread (it keeps a resolver a test injected). */
  policy?: OutboundPolicy;
}

export interface PreparedArticles {
  analyses: ArticleAnalysis[];
  /** Per analysis: the URLs it was fetched under (for the store's URL keys). */
  urls: string[][];
}

export async function prepareArticles(job: PrepareJob): Promise<PreparedArticles> {
  const inputs = [];
  const policy = job.policy ?? (job.outbound ? new OutboundPolicy(job.outbound) : undefined);
  for (const [i, { body, field }] of job.items.entries()) {
    for (const input of await articleFromBody(body, field, policy)) {
      if (job.numbered) {
        if (!input.source || input.source === 'api') input.source = `article ${i + 1}`;
        if (!input.outlet) input.outlet = `Article ${i + 1}`;
      }
      inputs.push(input);
    }
  }
  await prepareInputs(inputs);
  const out: PreparedArticles = { analyses: [], urls: [] };
  const seen = new Set<string>();
  for (const input of inputs) {
    const analysis = analyzeInput(input);
    // The same article given twice is analysed and compared once.
    if (seen.has(analysis.article.id)) continue;
    seen.add(analysis.article.id);
    out.analyses.push(analysis);
    out.urls.push(input.url ? [input.url] : []);
  }
  return out;
}

/**
 * The comparison report as JSON text: the thread encodes it, so the event loop
 * only sends bytes. URLs in it are masked as every API answer's are (keys in feed URLs).
 */
export function compareToJson(analyses: readonly ArticleAnalysis[]): string {
  return JSON.stringify(compareArticles([...analyses], { packOf: getPack }), maskingReviver);
}

/** Prepare and compare in one job, so analyses do not cross threads twice. */
export async function prepareAndCompare(job: PrepareJob): Promise<string> {
  return compareToJson((await prepareArticles(job)).analyses);
}
