import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkBudgetError, WorkCancelledError, WorkFailedError, WorkPool, siblingModule } from './work-pool.js';

const testThread = siblingModule(new URL('../test-support/here.ts', import.meta.url).href, 'test-thread');

function pool(options: Partial<ConstructorParameters<typeof WorkPool>[0]> = {}) {
  return new WorkPool({ workerUrl: testThread, size: 1, timeLimitMs: 10_000, memoryLimitMb: 64, ...options });
}

test('a job runs on a thread and its result comes back; jobs queue behind a busy thread', async () => {
  const p = pool();
  try {
    const results = await Promise.all([p.run('echo', 1), p.run('echo', 2), p.run('echo', 3)]);
    assert.deepEqual(results, [1, 2, 3]);
  } finally {
    await p.close();
  }
});

test('a job over its time budget is stopped, and the pool goes on with a fresh thread', async () => {
  const p = pool({ timeLimitMs: 300 });
  try {
    await assert.rejects(p.run('spin', 60_000), (e: unknown) => e instanceof WorkBudgetError && e.limit === 'time' && /time budget/.test(e.message));
    assert.equal(await p.run('echo', 'after'), 'after');
  } finally {
    await p.close();
  }
});

test('a job over its memory budget is stopped with the memory limit named', async () => {
  const p = pool({ memoryLimitMb: 32 });
  try {
    await assert.rejects(p.run('hoard', 0), (e: unknown) => e instanceof WorkBudgetError && e.limit === 'memory' && /32 MB/.test(e.message));
    assert.equal(await p.run('echo', 'still here'), 'still here');
  } finally {
    await p.close();
  }
});

test('cancelling a running job (the client went away) ends it at once', async () => {
  const p = pool();
  try {
    const controller = new AbortController();
    const started = Date.now();
    const running = p.run('spin', 60_000, { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await assert.rejects(running, WorkCancelledError);
    assert.ok(Date.now() - started < 10_000, 'the spinning job did not run to its end');
    assert.equal(await p.run('echo', 'next'), 'next');
  } finally {
    await p.close();
  }
});

test('a queued job whose caller gives up never runs; a full queue refuses new work as busy', async () => {
  const p = pool({ maxQueue: 1 });
  try {
    await p.run('echo', 'warm');
    const blocker = p.run('spin', 400);
    const controller = new AbortController();
    const queued = p.run('echo', 'never', { signal: controller.signal });
    await assert.rejects(p.run('echo', 'overflow'), (e: unknown) => e instanceof WorkBudgetError && e.limit === 'queue');
    controller.abort();
    await assert.rejects(queued, WorkCancelledError);
    assert.equal(await blocker, 'spun');
  } finally {
    await p.close();
  }
});

test("a job's own error keeps its status and field; a crashed thread fails only its job", async () => {
  const p = pool();
  try {
    await assert.rejects(p.run('fail', 0), (e: unknown) => e instanceof WorkFailedError && e.detail.status === 422 && e.detail.field === 'text');
    await assert.rejects(p.run('crash', 0), WorkFailedError);
    assert.equal(await p.run('echo', 'ok'), 'ok');
  } finally {
    await p.close();
  }
});
