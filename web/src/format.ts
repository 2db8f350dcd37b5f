/** Small display helpers: dates, spans of time, counts. */

const LOCALE = 'en-GB';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString(LOCALE)} ${n === 1 ? one : many}`;
}

function parse(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function hasTime(iso: string | null): boolean {
  return !!iso && iso.length > 10 && !/T00:00(:00)?(\.0+)?Z?$/.test(iso);
}

export function formatDate(iso: string | null): string {
  const d = parse(iso);
  if (!d) return 'no date';
  return d.toLocaleDateString(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatDateTime(iso: string | null): string {
  const d = parse(iso);
  if (!d) return 'no date';
  if (!hasTime(iso)) return formatDate(iso);
  return `${formatDate(iso)}, ${d.toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

/** "3 Jun – 5 Jun 2024", or one date when both ends fall on the same day. */
export function formatSpan(from: string | null, to: string | null): string {
  const a = parse(from);
  const b = parse(to);
  if (!a && !b) return 'no dates';
  if (!a || !b || a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10)) return formatDate(from ?? to);
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export function time(iso: string | null): number | null {
  return parse(iso)?.getTime() ?? null;
}

const LANGUAGES: Record<string, string> = { de: 'German', en: 'English', fr: 'French', es: 'Spanish', it: 'Italian', nl: 'Dutch', und: 'unknown language' };

export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}
