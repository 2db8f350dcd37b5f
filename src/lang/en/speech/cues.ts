/**
 * English cues beyond the lexicon: "In [a new poll], …" (the poll is the source
 * of what it found), verbs that frame only quotes ("“…,” he continued"), and
 * "-s" forms that are mostly nouns, before "that" ("The Post reports that …"),
 * and "as X put it".
 */
import type { Sentence } from '../../../core/model/analysis.js';
import type { CueHit } from '../../../core/analyze/speech/cues.js';
import { pollMarkers } from './poll-source.js';
import { quoteFrameCues } from './quote-frames.js';
import { thatVerbCues } from './that-verbs.js';
import { asPutItCues } from './as-put-it.js';

export function englishCues(sentence: Sentence, _pack: unknown, quoted: (offset: number) => boolean, used: Set<number>): CueHit[] {
  return [...pollMarkers(sentence, quoted, used), ...quoteFrameCues(sentence, quoted, used), ...thatVerbCues(sentence, quoted, used), ...asPutItCues(sentence, quoted, used)];
}
