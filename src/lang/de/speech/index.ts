/**
 * German speech rules (see `SpeechRules`): verb-second word order, separable
 * particles that close the clause, "ihres"/"seines" opening a speech noun's
 * attribute, the cues "…, so X" and "soll … haben", names a bearer gives itself,
 * and the passes for quotes inside reported clauses and for quoted names.
 */
import type { SpeechRules } from '../../../core/analyze/speech/rules.js';
import { germanCues } from './cues.js';
import { listedTitles, quotedSubjects } from './names.js';
import { reportedClauseQuotes } from './reported-clause.js';
import { selfNamed } from './self-naming.js';
import { speakerEvidence } from './speaker-evidence.js';

export const speechRules: SpeechRules = {
  wordOrder: 'verb-second',
  particleClosesClause: true,
  nounAttributeOpeners: new Set(['ihr', 'ihre', 'ihrs', 'ihres', 'ihrer', 'sein', 'seine', 'seins', 'seines', 'seiner']),
  cues: germanCues,
  selfNamed,
  passes: [
    { name: 'reported-clause-quotes', after: 'indirect', run: reportedClauseQuotes },
    { name: 'listed-titles', after: 'issuers', run: listedTitles },
    { name: 'quoted-subjects', after: 'issuers', run: quotedSubjects },
    { name: 'speaker-evidence', after: 'terms', run: speakerEvidence },
  ],
};
