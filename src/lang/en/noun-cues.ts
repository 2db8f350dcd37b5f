/**
 * English noun cues whose content follows a preposition ("his attacks on
 * [X]", "voiced support for [X]"): forms → lemma, stance, prepositions.
 * Curated from general English usage.
 */
import type { PrepositionNoun } from '../../core/lang/pack.js';
import type { Stance } from '../../core/model/analysis.js';

const TABLE: Readonly<Record<string, [string, Stance, string]>> = {
  'attack attacks': ['attack', 'pressure', 'on against'],
  'criticism criticisms': ['criticism', 'pressure', 'of'],
  'support backing': ['support', 'other', 'for'],
  'concern concerns worries': ['concern', 'other', 'about over'],
  'questions doubts': ['question', 'contesting', 'about over'],
  'opposition objections objection': ['opposition', 'contesting', 'to'],
  endorsement: ['endorsement', 'other', 'of'],
  'allegation allegations accusation accusations': ['allegation', 'distancing', 'of'],
  praise: ['praise', 'other', 'for of'],
  'calls demands': ['call', 'pressure', 'for'],
  'warning warnings': ['warning', 'pressure', 'about of against'],
  'complaint complaints grievances': ['complaint', 'pressure', 'about over'],
  'comments remarks': ['comment', 'neutral', 'about on'],
  'views position positions stance': ['view', 'other', 'on'],
  message: ['message', 'neutral', 'of'],
  embrace: ['embrace', 'other', 'of'],
  'disdain contempt': ['disdain', 'pressure', 'for'],
  'enthusiasm zeal': ['enthusiasm', 'other', 'for'],
};

function build(): Map<string, PrepositionNoun> {
  const out = new Map<string, PrepositionNoun>();
  for (const [forms, [lemma, stance, preps]] of Object.entries(TABLE)) {
    for (const f of forms.split(' ')) out.set(f, { lemma, stance, prepositions: preps.split(' ') });
  }
  return out;
}

export const prepositionNouns: ReadonlyMap<string, PrepositionNoun> = build();
