/** A work thread for the pool's own tests: jobs that answer, spin, hoard memory or fail. */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (msg: { id: number; kind: string; payload: number }) => {
  const reply = (result: unknown) => parentPort!.postMessage({ id: msg.id, ok: true, result });
  if (msg.kind === 'echo') return reply(msg.payload);
  if (msg.kind === 'spin') {
    const end = Date.now() + msg.payload;
    while (Date.now() < end) {
      // Busy on purpose: only terminating the thread stops this.
    }
    return reply('spun');
  }
  if (msg.kind === 'hoard') {
    const kept: number[][] = [];
    for (;;) kept.push(new Array(1_000_000).fill(kept.length));
  }
  if (msg.kind === 'fail') return parentPort!.postMessage({ id: msg.id, ok: false, error: { kind: 'api', message: 'text: no article', status: 422, field: 'text' } });
  if (msg.kind === 'crash') throw new Error('thread crashed');
});
parentPort?.postMessage({ ready: true });
