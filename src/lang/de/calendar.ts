/** German months, weekdays and relative day words. */

export const months: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['jan', 1],
  ['februar', 2], ['feber', 2], ['feb', 2], ['febr', 2],
  ['märz', 3], ['maerz', 3], ['mär', 3], ['mrz', 3],
  ['april', 4], ['apr', 4],
  ['mai', 5],
  ['juni', 6], ['jun', 6],
  ['juli', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['dezember', 12], ['dez', 12],
]);

const DAYS: readonly [string, number][] = [
  ['sonntag', 0], ['montag', 1], ['dienstag', 2], ['mittwoch', 3], ['donnerstag', 4],
  ['freitag', 5], ['samstag', 6], ['sonnabend', 6],
];

/**
 * Weekday names. The date code itself accepts "-s" and day-part compounds
 * ("montags", "Mittwochabend").
 */
export const weekdays: ReadonlyMap<string, number> = new Map(DAYS);

/**
 * Days relative to publication. "morgen" is tomorrow only in lower case; the
 * capitalised noun "Morgen" means morning ("heute Morgen").
 */
export const relativeDays: ReadonlyMap<string, number> = new Map([
  ['heute', 0], ['heutige', 0], ['heutigen', 0],
  ['gestern', -1], ['gestrige', -1], ['gestrigen', -1],
  ['vorgestern', -2],
  ['morgen', 1], ['morgige', 1], ['morgigen', 1],
  ['übermorgen', 2],
]);

/** Words that make a bare weekday the coming one: future tense, plans, schedules. */
export const futureMarkers: ReadonlySet<string> = new Set([
  'wird', 'werden', 'wirst', 'soll', 'sollen', 'will', 'wollen', 'kommenden', 'kommende', 'kommender',
  'nächsten', 'nächste', 'nächster', 'geplant', 'geplanten', 'geplante', 'planen', 'plant', 'voraussichtlich',
  'angesetzt', 'anberaumt', 'bevorstehenden', 'bevorstehende',
]);
