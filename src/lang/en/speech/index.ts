/**
 * English speech rules (see `SpeechRules`): subject–verb–object word order,
 * quotes written as doubled apostrophes, acts whose content is the verb's object,
 * where a content clause ends (the writer's additions, another source's report),
 * frames after a quote and subjectless frames, the cues "In [a poll], …" and
 * "“…,” he continued", and the passes for headline colons, impressions, noun
 * cues and implausible sources.
 */
import type { SpeechRules } from '../../../core/analyze/speech/rules.js';
import { objectContent } from '../../../core/analyze/speech/content.js';
import { nextSpeaker, pronounClauseAfterComma, writerAddition } from './clause-end.js';
import { englishCues } from './cues.js';
import { idiom } from './idioms.js';
import { circumstanceAfterComma, framedClauseEnd, framesQuoteBefore, relativeSource, subjectlessFrame } from './frame.js';
import { headlineColons, impressionsPass, nounCuesPass, sourceCheck } from './passes.js';

export const speechRules: SpeechRules = {
  wordOrder: 'subject-verb-object',
  doubledApostropheQuotes: true,
  cues: englishCues,
  actContent: objectContent,
  subjectlessFrame,
  relativeSource,
  framesQuoteBefore,
  framedClauseEnd,
  circumstanceAfterComma,
  writerAddition,
  nextSpeaker,
  pronounClauseAfterComma,
  idiom,
  passes: [
    { name: 'headline-colons', after: 'indirect', run: headlineColons },
    { name: 'impressions', after: 'indirect', run: impressionsPass },
    { name: 'noun-cues', after: 'indirect', run: nounCuesPass },
    { name: 'source-check', after: 'issuers', run: sourceCheck },
  ],
};
