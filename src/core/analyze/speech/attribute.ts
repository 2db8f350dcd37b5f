import type { ArticleEntity, Attribution, EntityMention, Hedge, LoadedWord, Quote, Sentence } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { PackSpeechPass } from './rules.js';
import { createContext, type SpeechPass } from './passes/context.js';
import { quoteSpansPass } from './passes/quote-spans.js';
import { cuesPass } from './passes/cues.js';
import { directQuotesPass } from './passes/direct-quotes.js';
import { indirectPass } from './passes/indirect.js';
import { reportedHostsPass } from './passes/reported-hosts.js';
import { loneQuotesPass } from './passes/lone-quotes.js';
import { signaturesPass } from './passes/signatures.js';
import { blockQuotesPass } from './passes/block-quotes.js';
import { contestedClaimsPass } from './passes/contested-claims.js';
import { issuersPass } from './passes/issuers.js';
import { termsPass } from './passes/terms.js';
import { hedgesPass } from './passes/hedges.js';
import { attributionsPass } from './passes/attributions.js';

export interface SpeechResult {
  quotes: Quote[];
  attributions: Attribution[];
  hedges: Hedge[];
  loaded: LoadedWord[];
  /** Mentions that turned out to speak for a government ("Washington behauptete"). */
  actingMentions: EntityMention[];
}

/** The speech passes in the order they run; each reads what the ones before it left in the context. */
export const SPEECH_PASSES: readonly NamedPass[] = [
  ['quote-spans', quoteSpansPass],
  ['cues', cuesPass],
  ['direct-quotes', directQuotesPass],
  ['indirect', indirectPass],
  ['reported-hosts', reportedHostsPass],
  ['contested-claims', contestedClaimsPass],
  ['signatures', signaturesPass],
  ['block-quotes', blockQuotesPass],
  ['lone-quotes', loneQuotesPass],
  ['issuers', issuersPass],
  ['terms', termsPass],
  ['hedges', hedgesPass],
  ['attributions', attributionsPass],
];

const pipelines = new WeakMap<LanguagePack, readonly NamedPass[]>();

/** A pass with its name (a core pass's, or the pack pass's own). */
export type NamedPass = readonly [name: string, pass: SpeechPass];

/** The core passes with the pack's own (`speechRules.passes`) each right after the core pass it names. */
export function speechPipeline(pack: LanguagePack): readonly NamedPass[] {
  let list = pipelines.get(pack);
  if (!list) {
    const own: readonly PackSpeechPass[] = pack.speechRules?.passes ?? [];
    const unknown = own.find((p) => !SPEECH_PASSES.some(([name]) => name === p.after));
    if (unknown) throw new Error(`speech pass ${unknown.name} of pack ${pack.code} follows no core pass (${unknown.after})`);
    list = SPEECH_PASSES.flatMap((core): NamedPass[] => [core, ...own.filter((p) => p.after === core[0]).map((p): NamedPass => [p.name, p.run])]);
    pipelines.set(pack, list);
  }
  return list;
}

/**
 * Quotes, attributions, hedges and loaded words of one article: the speech
 * passes (`SPEECH_PASSES`, one file each under passes/, and the pack's own)
 * run in order over one shared context (see passes/context.ts and
 * docs/quotes.md, "Passes").
 */
export function analyzeSpeech(
  text: string,
  sentences: readonly Sentence[],
  pack: LanguagePack,
  mentions: readonly EntityMention[],
  entities: readonly ArticleEntity[],
  idPrefix: string,
): SpeechResult {
  const ctx = createContext(text, sentences, pack, mentions, entities, idPrefix);
  for (const [, pass] of speechPipeline(pack)) pass(ctx);
  return { quotes: ctx.quotes, attributions: ctx.attributions, hedges: ctx.hedges, loaded: ctx.loaded, actingMentions: ctx.actingMentions };
}
