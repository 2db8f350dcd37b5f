import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostGate } from './host-gate.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('HostGate', () => {
  it('never runs two tasks for one host at once with concurrency 1', async () => {
    const gate = new HostGate({ concurrency: 1, delayMs: 0 });
    let active = 0;
    let most = 0;
    const task = async (): Promise<void> => {
      active++;
      most = Math.max(most, active);
      await sleep(5);
      active--;
    };
    await Promise.all(Array.from({ length: 6 }, () => gate.run('a.example', task)));
    assert.equal(most, 1);
  });

  it('lets different hosts run side by side', async () => {
    const gate = new HostGate({ concurrency: 1, delayMs: 0 });
    const active = new Set<string>();
    let overlapped = false;
    const task = (h: string) => async (): Promise<void> => {
      active.add(h);
      if (active.size > 1) overlapped = true;
      await sleep(20);
      active.delete(h);
    };
    await Promise.all([gate.run('a', task('a')), gate.run('b', task('b'))]);
    assert.ok(overlapped);
  });

  it('spaces request starts to one host by the delay', async () => {
    const gate = new HostGate({ concurrency: 2, delayMs: 40 });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => gate.run('h', async () => void starts.push(Date.now()))));
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! - starts[i - 1]! >= 35, `gap ${starts[i]! - starts[i - 1]!}`);
  });

  it('a waiting task can be aborted and frees its place', async () => {
    const gate = new HostGate({ concurrency: 1, delayMs: 0 });
    let release!: () => void;
    const first = gate.run('h', () => new Promise<void>((r) => (release = r)));
    const controller = new AbortController();
    const second = gate.run('h', async () => 'ran', controller.signal);
    controller.abort(new Error('stop'));
    await assert.rejects(second, /stop/);
    const third = gate.run('h', async () => 'third');
    release();
    await first;
    assert.equal(await third, 'third');
  });

  it('a host delay can be raised but not lowered below the default', () => {
    const gate = new HostGate({ delayMs: 100 });
    gate.setHostDelay('h', 5000);
    assert.equal(gate.hostDelay('h'), 5000);
    gate.setHostDelay('h', 10);
    assert.equal(gate.hostDelay('h'), 100);
    assert.equal(gate.hostDelay('other'), 100);
  });
});
