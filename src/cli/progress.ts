/**
 * Progress for long work: a bar with counts, rate and ETA on a terminal,
 * nothing at all when output goes to a script or a file.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** Sets the total once known (it may grow, e.g. lines of a dump). */
  total(n: number): void;
  tick(label?: string): void;
  stop(): void;
}

const SILENT: Progress = { total: () => {}, tick: () => {}, stop: () => {} };

export function progress(enabled = process.stderr.isTTY === true && !process.env.CI): Progress {
  if (!enabled) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {label}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let value = 0;
  let total = 0;
  bar.start(0, 0, { rate: '0', label: '' });
  return {
    total(n) {
      total = Math.max(n, value);
      bar.setTotal(total);
    },
    tick(label = '') {
      value++;
      if (value > total) bar.setTotal((total = value));
      const rate = (value / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      bar.update(value, { rate, label: label.slice(0, 40) });
    },
    stop: () => bar.stop(),
  };
}
