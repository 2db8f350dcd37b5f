/**
 * The message loop of one work thread: runs the jobs of work-jobs.ts one at a
 * time and posts back the result or the error (as plain data: an ApiError's
 * status and field survive the crossing, so the server answers the same way).
 */
import { parentPort } from 'node:worker_threads';
import { READY, type WorkReply } from './work-pool.js';
import { ApiError } from './errors.js';
import { InputError } from '../ingest/errors.js';
import { compareToJson, prepareAndCompare, prepareArticles, type PrepareJob } from './work-jobs.js';
import type { ArticleAnalysis } from '../core/model/analysis.js';

const jobs: Record<string, (payload: never) => unknown> = {
  prepare: (p: PrepareJob) => prepareArticles(p),
  compare: (p: { analyses: ArticleAnalysis[] }) => compareToJson(p.analyses),
  prepareAndCompare: (p: PrepareJob) => prepareAndCompare(p),
};

function describe(err: unknown): Extract<WorkReply, { ok: false }>['error'] {
  if (err instanceof ApiError) return { kind: 'api', message: err.message, status: err.status, field: err.field };
  if (err instanceof InputError) return { kind: 'input', message: err.message };
  return { kind: 'internal', message: err instanceof Error ? err.message : String(err) };
}

parentPort?.on('message', async (msg: { id: number; kind: string; payload: unknown }) => {
  let reply: WorkReply;
  try {
    const run = jobs[msg.kind];
    if (!run) throw new Error(`unknown job kind ${msg.kind}`);
    reply = { id: msg.id, ok: true, result: await run(msg.payload as never) };
  } catch (err) {
    reply = { id: msg.id, ok: false, error: describe(err) };
  }
  parentPort!.postMessage(reply);
});
parentPort?.postMessage(READY);
