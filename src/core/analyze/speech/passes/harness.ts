/**
 * For tests and probes: runs the speech passes of an analysed article up to a
 * named one, so a test can look at what that pass added to the context.
 */
import type { ArticleAnalysis } from '../../../model/analysis.js';
import type { LanguagePack } from '../../../lang/pack.js';
import { speechPipeline } from '../attribute.js';
import { createContext, type SpeechContext } from './context.js';

/** The context right before the pass `name` runs (`before`) and a function that runs it (and only it). */
export function speechBefore(a: ArticleAnalysis, pack: LanguagePack, name: string): { ctx: SpeechContext; run: () => void } {
  const pipeline = speechPipeline(pack);
  const at = pipeline.findIndex(([n]) => n === name);
  if (at < 0) throw new Error(`no speech pass ${name} for pack ${pack.code}`);
  const ctx = createContext(a.article.text, a.sentences, pack, a.mentions, a.entities, 'x:');
  for (const [, pass] of pipeline.slice(0, at)) pass(ctx);
  return { ctx, run: () => pipeline[at]![1](ctx) };
}
