import { existsSync } from 'node:fs';
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
