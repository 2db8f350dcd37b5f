/**
 * Publication dates: normalising the many shapes found in metadata to ISO 8601,
 * and finding a date in a URL path or in visible (German or English) text.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const MONTHS: Record<string, number> = {
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  // German (plus Austrian Jänner/Feber)
  januar: 1, jänner: 1, jän: 1, februar: 2, feber: 2, märz: 3, maerz: 3, mär: 3, mrz: 3,
  mai: 5, juni: 6, juli: 7, oktober: 10, okt: 10, dezember: 12, dez: 12,
};

// Longest names first so the alternation prefers "September" over "Sep".
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" when the parts form a real calendar date in a plausible range. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A date or date-time from metadata, normalised to ISO 8601, or null when the
 * value is not a recognisable date. A time zone offset is kept as given (it
 * tells the local date), "+0200" becomes "+02:00", UTC becomes "Z".
 */
export function normaliseDate(value: string | number | null | undefined): string | null {
  if (value == null) return null;
  if (typeof value === 'number') return fromEpoch(value);
  const v = value.trim().replace(/\s+/g, ' ');
  if (v === '') return null;

  const iso = ISO_RE.exec(v.replace(/\//g, '-'));
  if (iso) return fromIsoParts(iso);

  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);

  m = /^(\d{10}|\d{13})$/.exec(v);
  if (m) return fromEpoch(+m[1]!);

  // RFC 2822 and similar, only when an explicit zone makes the result independent of our time zone.
  if (/\b(GMT|UTC|Z)\b|[+-]\d{4}\b/.test(v) && /\b\d{4}\b/.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return fromEpoch(t);
  }

  // "Mittwoch, 13. September 2023, 10:15 Uhr", "Sept. 13, 2023": a written-out date.
  return v.length <= 60 ? (findDateInText(v)?.date ?? null) : null;
}

function fromIsoParts(m: RegExpExecArray): string | null {
  const date = isoDate(+m[1]!, +m[2]!, +m[3]!);
  if (!date || m[4] === undefined) return date;
  const hour = +m[4];
  const minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  if (hour > 23 || minute > 59 || second > 60) return date;
  let zone = '';
  const z = m[8];
  if (z) {
    if (/^(z|utc|gmt)$/i.test(z)) zone = 'Z';
    else {
      const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
      if (!zm) return date;
      zone = `${zm[1]}${zm[2]}:${zm[3] ?? '00'}`;
    }
  }
  const fraction = m[7] ?? '';
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${zone}`;
}

function fromEpoch(n: number): string | null {
  const ms = n < 1e11 ? n * 1000 : n; // seconds or milliseconds
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return d.toISOString().replace('.000Z', 'Z');
}

/** A date in a URL path: "/2023/09/13/", "/2023-09-13-slug" or "/20230913/". */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[^\d])/,
    /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/,
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|[-_.])/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m) {
      const d = isoDate(+m[1]!, +m[2]!, +m[3]!);
      if (d) return d;
    }
  }
  return null;
}

const B = '(?<![\\p{L}\\p{N}])'; // not preceded by a letter or digit
const E = '(?![\\p{L}\\p{N}])'; // not followed by a letter or digit
const TEXT_DATE_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 13. September 2023, 13. Sept. 2023 (German)
  {
    re: new RegExp(`${B}(\\d{1,2})\\.\\s*(${MONTH_NAMES})\\.?\\s+(\\d{4})${E}`, 'giu'),
    parts: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
  // 13 September 2023 (British)
  {
    re: new RegExp(`${B}(\\d{1,2})\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})${E}`, 'giu'),
    parts: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
  // September 13, 2023 / Sept. 13th 2023 (American)
  {
    re: new RegExp(`${B}(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${E}`, 'giu'),
    parts: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
  // 13.09.2023 (German numeric)
  {
    re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${E}`, 'gu'),
    parts: (m) => [+m[3]!, +m[2]!, +m[1]!],
  },
  // 2023-09-13
  {
    re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu'),
    parts: (m) => [+m[1]!, +m[2]!, +m[3]!],
  },
];

/** The earliest valid calendar date written out in `text`, with its position. */
export function findDateInText(text: string): { date: string; index: number; length: number } | null {
  let best: { date: string; index: number; length: number } | null = null;
  for (const { re, parts } of TEXT_DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) break;
      const [y, mo, d] = parts(m);
      const date = isoDate(y, mo, d);
      if (date) {
        best = { date, index: m.index, length: m[0].length };
        break;
      }
    }
  }
  return best;
}
