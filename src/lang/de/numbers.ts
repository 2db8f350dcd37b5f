/** German number words and scale words. Articles ("ein", "eine") are not numbers here. */
import type { QuantityBound } from '../../core/lang/pack.js';

const UNITS: readonly [string, number][] = [
  ['null', 0], ['eins', 1], ['zwei', 2], ['zwo', 2], ['drei', 3], ['vier', 4], ['fünf', 5],
  ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12],
  ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17],
  ['achtzehn', 18], ['neunzehn', 19],
];

const TENS: readonly [string, number][] = [
  ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60],
  ['siebzig', 70], ['achtzig', 80], ['neunzig', 90],
];

/** Prefixes used inside compounds ("einundzwanzig", "dreihundert", "zweitausend"). */
const COMPOUND_UNITS: readonly [string, number][] = [
  ['ein', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7],
  ['acht', 8], ['neun', 9],
];

function build(): Map<string, number> {
  const map = new Map<string, number>([...UNITS, ...TENS]);
  map.set('dreissig', 30);
  for (const [ten, tenValue] of TENS) {
    for (const [unit, unitValue] of COMPOUND_UNITS) map.set(`${unit}und${ten}`, tenValue + unitValue);
  }
  map.set('hundert', 100);
  map.set('tausend', 1000);
  for (const [unit, value] of COMPOUND_UNITS) {
    map.set(`${unit}hundert`, value * 100);
    map.set(`${unit}tausend`, value * 1000);
  }
  for (const [ten, value] of [...UNITS.slice(10), ...TENS]) map.set(`${ten}tausend`, value * 1000);
  map.set('hunderttausend', 100_000);
  map.set('dutzend', 12);
  // Plural counting nouns: a lower bound ("Tausende Menschen" → at least 1000).
  map.set('dutzende', 12);
  map.set('hunderte', 100);
  map.set('tausende', 1000);
  map.set('zehntausende', 10_000);
  map.set('hunderttausende', 100_000);
  map.set('eineinhalb', 1.5);
  map.set('anderthalb', 1.5);
  map.set('zweieinhalb', 2.5);
  map.set('dreieinhalb', 3.5);
  return map;
}

export const numberWords: ReadonlyMap<string, number> = build();

export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['dutzend', 12],
  ['hundert', 100],
  ['tausend', 1e3],
  ['tsd', 1e3],
  ['million', 1e6],
  ['millionen', 1e6],
  ['mio', 1e6],
  ['milliarde', 1e9],
  ['milliarden', 1e9],
  ['mrd', 1e9],
  ['billion', 1e12],
  ['billionen', 1e12],
]);

/** Nouns naming what the following number measures → a key shared across languages. */
export const measureNouns: ReadonlyMap<string, string> = new Map([
  ['stärke', 'magnitude'], ['magnitude', 'magnitude'], ['momenten-magnitude', 'magnitude'],
  ['windstärke', 'wind-force'], ['kategorie', 'category'], ['warnstufe', 'alert-level'],
  ['alarmstufe', 'alert-level'],
]);

/** German marks nouns by capitals, so the number's noun needs no verb list. */
export const commonVerbs: ReadonlySet<string> = new Set();

/** Qualifiers before a number: estimates and bounds ("rund 1.500"). */
export const quantityBounds: ReadonlyMap<string, QuantityBound> = new Map<string, QuantityBound>([
  ['rund', 'about'], ['etwa', 'about'], ['ungefähr', 'about'], ['circa', 'about'], ['ca', 'about'], ['zirka', 'about'],
  ['gut', 'about'], ['knapp', 'almost'], ['fast', 'almost'], ['beinahe', 'almost'], ['nahezu', 'almost'],
  ['mindestens', 'atLeast'], ['wenigstens', 'atLeast'], ['über', 'moreThan'], ['mehr als', 'moreThan'], ['weit über', 'moreThan'],
  ['höchstens', 'atMost'], ['maximal', 'atMost'], ['bis zu', 'atMost'], ['weniger als', 'lessThan'], ['unter', 'lessThan'],
  ['mehrere', 'several'], ['mehreren', 'several'], ['einige', 'several'], ['einigen', 'several'], ['etliche', 'several'],
  ['etlichen', 'several'], ['viele', 'many'], ['vielen', 'many'],
]);

/** Words joining two numbers into a range. */
export const rangeWords: ReadonlySet<string> = new Set(['bis']);

/** Plural counting words: "several of" the unit. */
export const pluralCounts: ReadonlySet<string> = new Set(['dutzende', 'hunderte', 'tausende', 'zehntausende', 'hunderttausende']);

/**
 * Counted nouns that are a fixed multiple of another, by this pack's stems ("vier Jahrzehnte"
 * are 40 "Jahre"): figures of the two are compared in the smaller unit.
 */
export const unitMultiples: ReadonlyMap<string, readonly [string, number]> = new Map<string, readonly [string, number]>([
  ['jahrzehnt', ['jahr', 10]], ['jahrhundert', ['jahr', 100]], ['jahrtaus', ['jahr', 1000]],
]);

/** Counted people and what happened to them: "95 Menschen kamen ums Leben" counts the dead ("tot", the stem of "Tote"). */
export const countedStates = {
  people: new Set(['mensch', 'person', 'leut', 'einwohn', 'bewohn']),
  states: [
    [['ums', 'leben'], 'tot'],
    [['getötet'], 'tot'],
    [['gestorben'], 'tot'],
    [['starben'], 'tot'],
    [['starb'], 'tot'],
    [['umgekommen'], 'tot'],
    [['tot'], 'tot'],
    [['verletzt'], 'verletzt'],
    [['verwundet'], 'verletzt'],
  ] as const,
};

/** Count nouns and their links: a number with no noun of its own counts what they name. */
export const countNouns = { nouns: new Set(['zahl', 'anzahl']), links: new Set(['der', 'des']) };
