import type { Sentence, TimeExpression, TimeGranularity } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Parts of day that German glues to a weekday ("Mittwochmorgen"). */
const DAYPART_SUFFIX = '(?:morgen|abend|nachmittag|vormittag|mittag|früh|nacht)?';

interface PackPatterns {
  re: RegExp;
}

const patternCache = new WeakMap<LanguagePack, PackPatterns>();

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * One regular expression with named groups for every date shape we resolve.
 * Built once per pack from its month and weekday names.
 */
function patterns(pack: LanguagePack): PackPatterns {
  const cached = patternCache.get(pack);
  if (cached) return cached;
  const months = alternation(pack.months.keys()) || '(?!x)x';
  const weekdays = alternation(pack.weekdays.keys()) || '(?!x)x';
  const relative = alternation(pack.relativeDays.keys()) || '(?!x)x';
  // Languages that capitalise nouns write the day first ("16. April"); the others may write "Sept. 11".
  const monthFirst = pack.capitalizedNouns ? '' : String.raw`(?!\.?\s*\d{1,2}(?!\d))`;
  const parts = [
    String.raw`(?<iso>(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2}))`,
    String.raw`(?<dmy>(?<dmyD>\d{1,2})\.(?<dmyM>\d{1,2})\.(?<dmyY>\d{4}))`,
    // ("the 19 Sept. 11 hijackers": where a month is written before its day, a month followed by a day reads as "Sept. 11", not "19 Sept.")
    String.raw`(?<dMonth>(?<dMonthD>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?<dMonthM>${months})\.?(?:\s+(?<dMonthY>\d{4})|${monthFirst}))`,
    String.raw`(?<monthD>(?<monthDM>${months})\.?\s+(?<monthDD>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<monthDY>\d{4}))?)(?!\d)`,
    String.raw`(?<monthY>(?<monthYM>${months})\.?\s+(?<monthYY>\d{4}))`,
    String.raw`(?<clock>(?<clockH>\d{1,2})(?:[:.]|:\s(?=\d{2}\s*uhr))(?<clockM>\d{2})(?:\s*(?:uhr|h|(?<clockPm>p\.?m\.?)|a\.?m\.?))?|(?<clockH2>\d{1,2})\s*uhr)`,
    String.raw`(?<weekday>(?<weekdayName>${weekdays})s?${DAYPART_SUFFIX})`,
    String.raw`(?<relative>${relative})`,
    String.raw`(?<year>(?:1[89]|20)\d{2})`,
  ];
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${parts.join('|')})(?![\p{L}\p{N}])`, 'giu');
  const p = { re };
  patternCache.set(pack, p);
  return p;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1;
}

/** The publication date as a UTC day, when known. */
function publicationDay(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const TODAY_HINT = /(?:heutig\w*|this)\s*$/iu;

/**
 * Dates and times in each sentence, resolved against the publication date:
 * "am heutigen Mittwoch", "im April 2019", "seit Beginn des Jahres 2022",
 * "13.09.2023", "September 13, 2023", "gestern", "um 10 Uhr".
 */
export function findTimes(sentences: readonly Sentence[], pack: LanguagePack, published: string | null): TimeExpression[] {
  const { re } = patterns(pack);
  const pub = publicationDay(published);
  const out: TimeExpression[] = [];
  for (const sentence of sentences) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence.text)) !== null) {
      const g = m.groups ?? {};
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const before = sentence.text.slice(Math.max(0, m.index - 20), m.index);
      // "am heutigen Mittwoch": the weekday carries the date; the relative word only says it is today.
      if (g.relative && weekdayFollows(sentence.text.slice(m.index + m[0].length), pack)) continue;
      const around = wordsBefore(sentence.text, m.index, FUTURE_WINDOW) + m[0] + wordsAfter(sentence.text, m.index + m[0].length, FUTURE_AFTER);
      const resolved = resolve(g, pack, pub, before, around);
      if (!resolved) continue;
      out.push({ sentence: sentence.index, start, end, text: m[0], ...resolved });
    }
  }
  return out;
}

function resolve(
  g: Record<string, string | undefined>,
  pack: LanguagePack,
  pub: Date | null,
  before: string,
  sentenceText: string,
): { granularity: TimeGranularity; value: string; relative: boolean } | null {
  const month = (name: string | undefined) => (name ? pack.months.get(name.toLowerCase().replace(/\.$/, '')) ?? 0 : 0);
  const day = (y: number, m: number, d: number, relative: boolean) =>
    validDay(y, m, d) ? { granularity: 'day' as const, value: `${y}-${pad(m)}-${pad(d)}`, relative } : null;
  if (g.iso) return day(Number(g.isoY), Number(g.isoM), Number(g.isoD), false);
  if (g.dmy) return day(Number(g.dmyY), Number(g.dmyM), Number(g.dmyD), false);
  if (g.dMonth) {
    const m = month(g.dMonthM);
    if (g.dMonthY) return day(Number(g.dMonthY), m, Number(g.dMonthD), false);
    return pub ? day(pub.getUTCFullYear(), m, Number(g.dMonthD), true) : null;
  }
  if (g.monthD) {
    // German writes "16. April": "Anfang April 16 Menschen" is a month and a count.
    if (pack.capitalizedNouns && !g.monthDY) return null;
    const m = month(g.monthDM);
    if (g.monthDY) return day(Number(g.monthDY), m, Number(g.monthDD), false);
    return pub ? day(pub.getUTCFullYear(), m, Number(g.monthDD), true) : null;
  }
  if (g.monthY) {
    const m = month(g.monthYM);
    return m ? { granularity: 'month', value: `${g.monthYY}-${pad(m)}`, relative: false } : null;
  }
  if (g.clock) {
    const h = Number(g.clockH ?? g.clockH2);
    const min = Number(g.clockM ?? 0);
    const hour = g.clockPm && h < 12 ? h + 12 : h;
    if (hour > 23 || min > 59) return null;
    // "3.45" without "Uhr" is more often a decimal than a time.
    if (!g.clockH2 && !/[:]/.test(g.clock) && !/uhr|h|m/i.test(g.clock.slice(-3))) return null;
    return { granularity: 'time', value: `${pad(hour)}:${pad(min)}`, relative: false };
  }
  if (g.weekday) {
    const wd = pack.weekdays.get((g.weekdayName ?? '').toLowerCase());
    if (wd === undefined) return null;
    if (!pub) return { granularity: 'weekday', value: WEEKDAY_NAMES[wd]!, relative: true };
    let offset = (wd - pub.getUTCDay() + 7) % 7; // days ahead, 0–6
    if (!TODAY_HINT.test(before)) {
      const future = mentionsFuture(sentenceText, pack);
      if (!future && offset > 0) offset -= 7;
    }
    return { granularity: 'day', value: ymd(new Date(pub.getTime() + offset * 86_400_000)), relative: true };
  }
  if (g.relative) {
    const offset = pack.relativeDays.get(g.relative.toLowerCase());
    if (offset === undefined) return null;
    // "Heute Morgen" is this morning, not tomorrow: a relative word after another is a part of day.
    if (/\p{L}+\s*$/u.test(before) && pack.relativeDays.has((/(\p{L}+)\s*$/u.exec(before)?.[1] ?? '').toLowerCase())) return null;
    // Only lower-case words ("heute", not the noun "Morgen") where nouns are capitalised.
    if (pack.capitalizedNouns && /^\p{Lu}/u.test(g.relative) && !/^\s*$/.test(before) && !/[.!?:]\s*$/.test(before)) return null;
    if (!pub) return { granularity: 'day', value: offset === 0 ? 'today' : `today${offset > 0 ? '+' : ''}${offset}`, relative: true };
    return { granularity: 'day', value: ymd(new Date(pub.getTime() + offset * 86_400_000)), relative: true };
  }
  if (g.year) return { granularity: 'year', value: g.year, relative: false };
  return null;
}

function weekdayFollows(rest: string, pack: LanguagePack): boolean {
  const next = /^\s+(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase();
  if (!next) return false;
  for (const name of pack.weekdays.keys()) if (next.startsWith(name)) return true;
  return false;
}

/** Whether the sentence speaks of the future ("will meet on Friday"), by the pack's markers. */
/** Words before a weekday that may make it a future one ("will resign on Thursday", "wird am Montag")… */
const FUTURE_WINDOW = 6;
/** …and after it ("für Freitag geplant"). */
const FUTURE_AFTER = 3;

/**
 * The few words before a date, inside its clause: the future marker that moves a
 * weekday forward must govern it. "The statement, issued Thursday, says he will
 * resign" and "the House ensured the bill will become law after voting Wednesday"
 * date past events.
 */
function wordsBefore(text: string, start: number, count: number): string {
  const BREAK = /[,;:()–—]/u;
  let from = start;
  let words = 0;
  while (from > 0 && !BREAK.test(text[from - 1]!)) {
    if (/\s/u.test(text[from - 1]!) && from < start && !/\s/u.test(text[from]!) && ++words > count) break;
    from--;
  }
  return text.slice(from, start);
}

/** The few words after a date, inside its clause. */
function wordsAfter(text: string, end: number, count: number): string {
  const BREAK = /[,;:()–—.!?]/u;
  let to = end;
  let words = 0;
  while (to < text.length && !BREAK.test(text[to]!)) {
    if (/\s/u.test(text[to]!) && to > end && !/\s/u.test(text[to - 1]!) && ++words > count) break;
    to++;
  }
  return text.slice(end, to);
}

function mentionsFuture(sentenceText: string, pack: LanguagePack): boolean {
  for (const word of sentenceText.toLowerCase().split(/[^\p{L}']+/u)) {
    if (pack.futureMarkers.has(word) || (word.endsWith("'ll") && pack.futureMarkers.has("'ll"))) return true;
  }
  return false;
}
