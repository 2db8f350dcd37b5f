import { existsSync, readdirSync, statSync } from 'node:fs';
import { CliError } from './errors.js';

/** Flags every eval command shares. */
export interface EvalFlags {
  data: string;
  json?: boolean;
}

export function requireData(path: string): void {
  if (!existsSync(path)) {
    throw new CliError(`${path}: evaluation data not found (the shared data sets live in ../shared/data; see its README)`);
  }
}

export const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/** The data must be one file (a folder is named with the files in it that would do). */
export function requireFile(path: string, ext: string): void {
  requireData(path);
  if (!statSync(path).isDirectory()) return;
  const files = readdirSync(path).filter((f) => f.endsWith(ext));
  throw new CliError(`${path}: a folder; --data expects one ${ext} file${files.length > 0 ? ` (here: ${files.join(', ')})` : ''}`);
}
