import type { Command } from 'commander';
import { registerEvalNer } from './eval-ner.js';
import { registerEvalResolution } from './eval-resolution.js';
import { registerEvalNerEn } from './eval-ner-en.js';

/** `parallax eval …`: one file per evaluation set, registered here. */
export function registerEval(program: Command): void {
  const evalCmd = program.command('eval').description('measure Parallax on public evaluation sets');
  registerEvalNer(evalCmd);
  registerEvalResolution(evalCmd);
  registerEvalNerEn(evalCmd);
}
