import type { Command } from 'commander';
import { registerEvalNer } from './eval-ner.js';
import { registerEvalStories } from './eval-stories.js';

/** `parallax eval …`: one file per evaluation set, registered here. */
export function registerEval(program: Command): void {
  const evalCmd = program.command('eval').description('measure Parallax on public evaluation sets');
  registerEvalNer(evalCmd);
  registerEvalStories(evalCmd);
}
