/**
 * English role and title nouns (singular and plural). Compounds with a name
 * ("Kremlin spokesman", "US President") are two tokens; the analysis matches
 * the role noun. Multi-word titles ("prime minister", "press secretary",
 * "crown prince") are matched on their head noun ("minister", "secretary",
 * "prince"). Hyphenated titles are single keys ("secretary-general").
 * The analysis also matches roles as the tail of a compound word, so no role
 * may be the tail of a frequent non-role word: "king" ("speaking", "Breaking")
 * and "head" ("warhead", "ahead") are left out.
 */
import { expandAll } from '../shared/data.js';

/** Spokespeople and officials: a later "the spokesman" can refer back to them. */
const SPEAKER_ROLES = expandAll(`
  spokesman spokesmen spokeswoman spokeswomen spokesperson/s spokespeople
  official/s representative/s envoy/s diplomat/s aide/s
  secretary-general
`);

const ROLES = expandAll(`
  president/s vice-president/s president-elect premier/s chancellor/s minister/s
  secretary secretaries undersecretary undersecretaries deputy deputies
  senator/s congressman congressmen congresswoman congresswomen lawmaker/s legislator/s
  mp/s mep/s governor/s mayor/s ambassador/s consul/s commissioner/s
  chief/s leader/s ruler/s dictator/s strongman strongmen autocrat/s despot/s
  tyrant/s monarch/s queen/s prince/s princess princesses emperor/s
  emir/s sheikh/s sultan/s
  pope/s cardinal/s bishop/s archbishop/s patriarch/s imam/s ayatollah/s cleric/s rabbi/s
  chairman chairmen chairwoman chairwomen chair/s chairperson ceo/s director/s speaker/s
  executive/s founder/s
  general/s admiral/s commander/s colonel/s lieutenant/s sergeant/s captain/s officer/s
  commander-in-chief
  judge/s justice/s prosecutor/s attorney/s attorney-general lawyer/s investigator/s
  inspector/s sheriff/s
  adviser/s advisor/s counselor/s counsel/s
  analyst/s expert/s researcher/s professor/s scientist/s economist/s
  negotiator/s mediator/s regulator/s ombudsman
  candidate/s nominee/s challenger/s incumbent/s
  activist/s dissident/s campaigner/s
  journalist/s reporter/s correspondent/s editor/s columnist/s
  witness/es eyewitness/es resident/s survivor/s
  soldier/s militant/s fighter/s
  politician/s
`);

export const speakerRoles: ReadonlySet<string> = new Set(SPEAKER_ROLES);
export const roles: ReadonlySet<string> = new Set([...ROLES, ...SPEAKER_ROLES]);
