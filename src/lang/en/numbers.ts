/** English number words and scale words. */
import type { QuantityBound } from '../../core/lang/pack.js';

const UNITS: readonly [string, number][] = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
];

const TENS: readonly [string, number][] = [
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
];

function build(): Map<string, number> {
  const map = new Map<string, number>([...UNITS, ...TENS]);
  for (const [ten, tenValue] of TENS) {
    for (const [unit, unitValue] of UNITS.slice(1, 10)) map.set(`${ten}-${unit}`, tenValue + unitValue);
  }
  // "hundred", "thousand", "million" are scale words only ("two hundred"); "dozen"
  // is both, for "a dozen".
  map.set('dozen', 12);
  // Plural counting nouns: a lower bound ("thousands of people" → at least 1000).
  map.set('dozens', 12);
  map.set('scores', 20);
  map.set('hundreds', 100);
  map.set('thousands', 1000);
  return map;
}

export const numberWords: ReadonlyMap<string, number> = build();

export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['m', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['tn', 1e12],
]);

/** Nouns naming what the following number measures → a key shared across languages. */
export const measureNouns: ReadonlyMap<string, string> = new Map([
  ['magnitude', 'magnitude'], ['force', 'wind-force'], ['category', 'category'],
  ['alert-level', 'alert-level'],
]);

/**
 * Frequent verb forms in news, mostly irregular pasts that no suffix rule catches:
 * "five people died", "two missiles hit", "a 6.1 earthquake struck".
 */
export const commonVerbs: ReadonlySet<string> = new Set(`
  am is are was were be been being has have had do does did will would can could may might must shall should
  hit hits struck strikes strike died die dies killed kills fled flee flees fell fall falls rose rise rises
  left leave leaves went go goes came come comes took take takes made make makes gave give gives got get gets
  saw see sees told tell tells said say says found find finds kept keep keeps held hold holds ran run runs
  stood stand stands lost lose loses won win wins met meet meets paid pay pays sent send sends spent spend spends
  built build builds brought bring brings bought buy buys caught catch catches fought fight fights led lead leads
  began begin begins broke break breaks drove drive drives flew fly flies grew grow grows knew know knows
  shot shoot shoots sank sink sinks spread spreads threw throw throws wrote write writes remain remained remains
  need needed needs want wanted wants seem seemed seems appear appeared appears became become becomes
`.trim().split(/\s+/));

/** Qualifiers before a number: estimates and bounds ("about 1,500"). */
export const quantityBounds: ReadonlyMap<string, QuantityBound> = new Map<string, QuantityBound>([
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'], ['nearly', 'almost'],
  ['almost', 'almost'], ['at least', 'atLeast'], ['more than', 'moreThan'], ['over', 'moreThan'], ['upwards of', 'moreThan'],
  ['at most', 'atMost'], ['up to', 'atMost'], ['fewer than', 'lessThan'], ['less than', 'lessThan'], ['under', 'lessThan'],
  ['several', 'several'], ['many', 'many'],
]);

/** Words joining two numbers into a range. */
export const rangeWords: ReadonlySet<string> = new Set(['to']);

/** Plural counting words: "several of" the unit. */
export const pluralCounts: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions']);

/**
 * Counted nouns that are a fixed multiple of another, by this pack's stems ("four decades"
 * are 40 "years"): figures of the two are compared in the smaller unit.
 */
export const unitMultiples: ReadonlyMap<string, readonly [string, number]> = new Map<string, readonly [string, number]>([
  ['decad', ['year', 10]], ['centuri', ['year', 100]],
]);

/** Counted people and what happened to them: "95 people were killed" counts the dead, as "72 dead" does. */
export const countedStates = {
  people: new Set(['peopl', 'person']),
  states: [
    [['killed'], 'dead'],
    [['died'], 'dead'],
    [['dead'], 'dead'],
    [['injured'], 'injur'],
    [['wounded'], 'injur'],
    [['hurt'], 'injur'],
  ] as const,
};

/** Count nouns and their links: a number with no noun of its own counts what they name. */
export const countNouns = { nouns: new Set(['number']), links: new Set(['of']) };
