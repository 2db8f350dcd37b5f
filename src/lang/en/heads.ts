/**
 * English head nouns that type a neighbouring name ("the city of Kharkiv",
 * "Sohae launch site", "KCNA news agency") and particles inside names. The
 * analysis also matches a head as the tail of a compound, so heads that end
 * many proper names (town: "Georgetown"; port: "Newport") are left out, and so
 * is "state" ("Secretary of State Antony Blinken").
 */
import { words } from '../shared/data.js';

export const placeHeads: ReadonlySet<string> = new Set(words(`
  city village province region district county prefecture oblast island islands
  peninsula coast desert mountains river strait capital neighborhood neighbourhood suburb
  airport seaport harbor harbour base airbase camp facility plant reactor cosmodrome
  spaceport site crossing border territory enclave settlement beach bay valley heights springs
`));

export const orgHeads: ReadonlySet<string> = new Set(words(`
  party agency ministry department office council commission committee court parliament
  assembly bank group corp corporation inc ltd llc plc co company association foundation
  institute university union alliance coalition federation organization organisation army
  forces military navy police guard guards brigade battalion regiment militia service
  bureau administration authority board fund network press broadcasting media airlines
  airways holdings partners movement church force line lines shipping motors capital
  caucus subcommittee corps patrol college legislature
  computer computers aircraft airplanes electronics technologies software pharmaceuticals
  industries entertainment studios records communications petroleum laboratories
  semiconductor insurance securities ventures enterprises
`));

export const nameParticles: ReadonlySet<string> = new Set(words(`
  van von de der den du da di del della dos le la bin ibn al el ter
`));

/** Capitalised words that form a title with the role after them ("Defence Minister", "Vice President"). */
export const titleWords: ReadonlySet<string> = new Set(words(`
  prime vice deputy acting former first foreign defence defense finance interior home justice
  health economy economic trade energy environment education transport foreign labor labour
  agriculture culture treasury state chief executive senior assistant associate attorney
  general supreme high grand crown managing national press
`));

/** Words before a ship's or vehicle's name, and ship prefixes ("HMS Richmond"). */
export const vehicleHeads: ReadonlySet<string> = new Set(words(`
  ship ships vessel vessels tanker tankers freighter frigate destroyer carrier cruiser
  submarine yacht ferry boat liner warship icebreaker trawler containership corvette
  hms uss mv ms rms ss ins hmas hmcs
`));

export const articles: ReadonlySet<string> = new Set(words('the a an'));

/**
 * Words around a place name that tell whether it stands for its government: prepositions
 * that keep it a place ("from Moscow said …"), auxiliaries and verbs after which it is the
 * subject ("Moscow would", "Washington warns"), and the regular past tense ("warned").
 */
export const metonymyCues = {
  placePrepositions: new Set('in to from at of near outside inside via into across around for with the'.split(' ')),
  auxiliaries: new Set('would will should says wants warns insists denies rejects'.split(' ')),
  pastTense: /[a-z]{3}ed$/,
};
