/** Shared helpers of the benchmark sections. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = join(root, '..', 'shared');
/** BENCH_QUICK=1: a shortened run, as CI does. */
export const quick = process.env.BENCH_QUICK === '1';

export function line(label: string, value: string): void {
  console.log(`${label.padEnd(46)} ${value}`);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
