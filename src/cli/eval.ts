import type { Command } from 'commander';
import { registerEvalNer } from './eval-ner.js';
import { registerEvalQuotes } from './eval-quotes.js';
import { registerEvalAttribution } from './eval-attribution.js';
import { registerEvalFraming } from './eval-framing.js';
import { registerEvalResolution } from './eval-resolution.js';
import { registerEvalNerEn } from './eval-ner-en.js';
import { registerEvalStories } from './eval-stories.js';
import { registerEvalFacts } from './eval-facts.js';
import { registerEvalSpeakers } from './eval-speakers.js';

/** `parallax eval …`: one file per evaluation set, registered here. */
export function registerEval(program: Command): void {
  const evalCmd = program.command('eval').description('measure Parallax on public evaluation sets');
  registerEvalNer(evalCmd);
  registerEvalQuotes(evalCmd);
  registerEvalAttribution(evalCmd);
  registerEvalFraming(evalCmd);
  registerEvalResolution(evalCmd);
  registerEvalNerEn(evalCmd);
  registerEvalStories(evalCmd);
  registerEvalFacts(evalCmd);
  registerEvalSpeakers(evalCmd);
}
