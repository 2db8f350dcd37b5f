/** English months, weekdays and relative day words. */

/** Month names and abbreviations. "may" is also a modal verb: only a capitalised "May" is the month. */
export const months: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2], ['febr', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names. Three-letter abbreviations are left out ("sun", "sat", "wed" are words). */
export const weekdays: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4],
  ['friday', 5], ['saturday', 6],
  ['tues', 2], ['thurs', 4],
]);

export const relativeDays: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** Words that make a bare weekday the coming one: future tense, plans, schedules. */
export const futureMarkers: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'next', 'coming', 'upcoming', 'due', 'expected', 'scheduled',
  'plans', 'planned', 'planning', 'going', 'intends', 'aims',
]);
