/**
 * What a language pack may add to the speech passes: rules that only its
 * language has (German "…, so der Sprecher", English "“…,” he continued"),
 * reached through `LanguagePack.speechRules`. The core asks these hooks and
 * never tests a language code; a pack without a hook simply has no such rule.
 */
import type { Sentence, Span, Token } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { CueHit } from './cues.js';
import type { QuoteSpan } from './quote-marks.js';
import type { SpeechPass } from './passes/context.js';

/** A pass of the pack's own, run right after the core pass named `after`. */
export interface PackSpeechPass {
  name: string;
  /** The core pass it follows (see `SPEECH_PASSES`). */
  after: string;
  run: SpeechPass;
}

export interface SpeechRules {
  /**
   * Where subject and verb stand, for finding the speaker: 'verb-second' (German: the
   * finite verb second in a main clause and last in a subordinate one, the subject
   * before it or right after it, "sagte er", "laut X" within its phrase), or
   * 'subject-verb-object' (English: the subject before the verb, inverted only
   * after a quote, "said the spokeswoman"). Default 'subject-verb-object'.
   */
  wordOrder?: 'verb-second' | 'subject-verb-object';
  /** Quote marks may be written as two apostrophes (''…'', as in NYT archives). */
  doubledApostropheQuotes?: boolean;
  /** A particle right after its verb completes it only when the clause ends there ("teilte mit," but not "teilte mit dem …"). */
  particleClosesClause?: boolean;
  /** Words after a speech noun that open its attribute ("die Ankündigung ihres Trainers"), besides the core's ("des", "of"). Lower case. */
  nounAttributeOpeners?: ReadonlySet<string>;
  /**
   * Further cues of a sentence, outside quote marks and the tokens in `used` (the pack
   * adds the tokens it takes): "…, so der Sprecher", "soll … haben", "In a new poll, …".
   */
  cues?(sentence: Sentence, pack: LanguagePack, quoted: (offset: number) => boolean, used: Set<number>): CueHit[];
  /** The quote is a name its bearer gives itself ("die sich selbst „…“ nennt"). */
  selfNamed?(text: string, q: QuoteSpan): boolean;
  /**
   * A speech act's content is what its verb takes ("endorsed [Cruz]", "declined [to
   * comment]"), so one sentence may hold several acts; without it the act's content is
   * the whole sentence, one act per sentence.
   */
  actContent?(s: Sentence, cue: CueHit, pack: LanguagePack, quoted: (offset: number) => boolean): Span | null;
  /** A frame with no source of its own that borrows none ("Asked about the vote, …"). */
  subjectlessFrame?(toks: readonly Token[], cue: CueHit): boolean;
  /** The relative pronoun that is the source (", who said …"): its token index, or -1. */
  relativeSource?(toks: readonly Token[], cue: CueHit): number;
  /** The verb frames the quote before it: 'verb' right after it, 'subject' past a short subject, else null. */
  framesQuoteBefore?(toks: readonly Token[], cue: CueHit, quoted: (offset: number) => boolean): 'verb' | 'subject' | null;
  /** The last token a content may reach when its frame sits in a clause the next comma closes. */
  framedClauseEnd?(toks: readonly Token[], cue: CueHit, quoted: (offset: number) => boolean): number;
  /** The word after the frame's comma opens the writer's circumstances, not what was said ("…, he said, referring to …"). */
  circumstanceAfterComma?(t: Token | undefined): boolean;
  /** The comma at `k` opens the writer's own addition ("…, which …", "…, drawing …") or a frame closing the sentence ("…, sources said."). */
  writerAddition?(toks: readonly Token[], k: number, pack: LanguagePack): boolean;
  /** The word at `k` opens another source's report ("… and about a third said …"). */
  nextSpeaker?(toks: readonly Token[], k: number, pack: LanguagePack): boolean;
  /** The comma at `k` is followed by the writer's next clause ("…, they are …"). */
  pronounClauseAfterComma?(toks: readonly Token[], from: number, k: number): boolean;
  /** The reporting verb at `i` is part of a set phrase of the writer's that reports nothing ("Having said that", "Let's say"). */
  idiom?(toks: readonly Token[], i: number): boolean;
  /** Passes of the language's own, each run right after a core pass. */
  passes?: readonly PackSpeechPass[];
}

/** Whether the pack's language puts the finite verb second (see `SpeechRules.wordOrder`). */
export function verbSecond(pack: LanguagePack): boolean {
  return pack.speechRules?.wordOrder === 'verb-second';
}
