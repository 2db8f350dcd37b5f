/**
 * The multilingual gazetteer: countries for every ISO 3166 region (names from
 * Intl.DisplayNames plus curated aliases), a government entry gov:XX for every
 * state, curated cities, regions and organisations. Ids are shared across
 * languages, so "Moskau" and "Moscow" both resolve to "city:moscow".
 *
 * Metonymy: capitals and seats of power carry `standsFor` (Pjöngjang → gov:KP,
 * Kreml → gov:RU, Brüssel → org:eu); so do countries (Russland → gov:RU),
 * for the analysis to use when a country acts or speaks.
 */
import type { AliasValidity, GazetteerEntry } from '../../core/lang/pack.js';
import type { EntityType } from '../../core/model/analysis.js';
import { primaryAdjective } from './adjectives.js';
import { titleCase } from './data.js';
import {
  CITY_ROWS,
  COUNTRY_CURATION,
  ENGLISH_ARTICLE,
  GOVERNMENT_EXTRAS,
  NO_GOVERNMENT,
  ORG_ROWS,
  REGION_CODES,
  REGION_ROWS,
} from './gazetteer-data.js';
import { MORE_CITY_ROWS, MORE_ORG_ROWS, MORE_REGION_ROWS } from './gazetteer-places.js';
import { pushAll } from '../../core/collections.js';

export type GazetteerLang = 'de' | 'en';

/** Every gazetteer id starts with one of these. */
export const GAZETTEER_PREFIXES = ['country:', 'city:', 'region:', 'org:', 'gov:'] as const;

interface RawEntry {
  id: string;
  type: EntityType;
  de: string[];
  en: string[];
  standsFor?: string;
  validity?: Record<string, AliasValidity>;
}

/** A dated alias in the data: "Facebook@2021-10-28..", "Facebook@..2021-10-28", "X@2001-01-01..2010-01-01". */
const DATED = /^(.*?)@(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/;

/** Names of a "|"-separated field, without their dates (see `validityOf`). */
function split(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split('|')
    .map((s) => s.trim().replace(DATED, '$1').trim())
    .filter((s) => s.length > 0);
}

/** The dated aliases of the fields, by alias: "Facebook@2021-10-28.." → { Facebook: { from: "2021-10-28" } }. */
function validityOf(...fields: (string | undefined)[]): Record<string, AliasValidity> | undefined {
  let out: Record<string, AliasValidity> | undefined;
  for (const field of fields) {
    for (const part of field?.split('|') ?? []) {
      const m = DATED.exec(part.trim());
      if (!m?.[1]) continue;
      const v: AliasValidity = {};
      if (m[2]) v.from = m[2];
      if (m[3]) v.until = m[3];
      (out ??= {})[m[1].trim()] = v;
    }
  }
  return out;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** Created on first use: constructing them loads ICU locale data (tens of ms). */
const displayNames = new Map<GazetteerLang, Intl.DisplayNames>();

function regionName(lang: GazetteerLang, code: string): string | undefined {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** Intl's region name made into surface forms: "St. Kitts & Nevis" → also "Saint Kitts and Nevis". */
function intlNames(lang: GazetteerLang, code: string): string[] {
  const name = regionName(lang, code);
  if (!name || name === code) return [];
  const out: string[] = [];
  let base = name.replace(/\s+-\s+/g, '-').replace(/\s+SAR China$/, '');
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(base);
  if (paren?.[1] && paren[2]) {
    base = paren[1];
    out.push(base, paren[2]);
  } else {
    base = base.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    out.push(base);
  }
  for (const n of [...out]) {
    // Running text writes "and"/"und": that form goes first, Intl's "&" stays an alias.
    if (n.includes(' & ')) out.unshift(n.replace(/ & /g, lang === 'de' ? ' und ' : ' and '));
    if (n.includes('’')) out.push(n.replace(/’/g, "'"));
  }
  if (lang === 'en') {
    for (const n of [...out]) if (n.startsWith('St. ')) out.push(`Saint ${n.slice(4)}`);
  }
  return unique(out.filter((n) => n.length > 0));
}

/** "Russlands", "der Ukraine", "von Sri Lanka": what follows "Regierung". */
function germanGenitive(code: string, name: string): string {
  const curated = COUNTRY_CURATION[code]?.deGen;
  if (curated) return curated;
  if (/[\s]/.test(name) || /[sßxz]$/i.test(name)) return `von ${name}`;
  return `${name}s`;
}

/** Capital names by country code. */
function capitals(): Map<string, { de: string; en: string }> {
  const map = new Map<string, { de: string; en: string }>();
  for (const [slug, country, role, de, en] of CITY_ROWS) {
    if (role !== 'C' || map.has(country)) continue;
    const deName = split(de)[0] ?? split(en)[0] ?? slug;
    map.set(country, { de: deName, en: split(en)[0] ?? deName });
  }
  return map;
}

function buildRaw(): RawEntry[] {
  const entries: RawEntry[] = [];
  const regionCodes = new Set(REGION_CODES);
  const hasGovernment = (code: string): boolean => regionCodes.has(code) && !NO_GOVERNMENT.has(code);
  const capitalOf = capitals();

  for (const code of REGION_CODES) {
    const cur = COUNTRY_CURATION[code] ?? {};
    const intlDe = intlNames('de', code);
    const intlEn = intlNames('en', code);
    const de = unique([...(cur.deName ? [cur.deName] : []), ...intlDe, ...split(cur.de)]);
    const en = unique([...(cur.enName ? [cur.enName] : []), ...intlEn, ...split(cur.en)]);
    const gov = hasGovernment(code);
    entries.push({
      id: `country:${code}`,
      type: 'place',
      de: de.length ? de : en.length ? en : [code],
      en: en.length ? en : de.length ? de : [code],
      ...(gov ? { standsFor: `gov:${code}` } : {}),
    });
    if (!gov) continue;

    const countryDe = de[0] ?? en[0] ?? code;
    const countryEn = en[0] ?? de[0] ?? code;
    const adjDe = primaryAdjective('de', `country:${code}`);
    const adjEn = primaryAdjective('en', `country:${code}`);
    const capital = capitalOf.get(code);
    const extras = GOVERNMENT_EXTRAS[code] ?? {};
    const govDe = extras.deName ? [extras.deName] : [];
    govDe.push(`Regierung ${germanGenitive(code, countryDe)}`);
    if (adjDe) govDe.push(`${adjDe}e Regierung`, `${adjDe}en Regierung`);
    if (capital) govDe.push(`Regierung in ${capital.de}`, `Führung in ${capital.de}`);
    pushAll(govDe, split(extras.de));
    const govEn = extras.enName ? [extras.enName] : [];
    if (adjEn) govEn.push(`${titleCase(adjEn)} government`);
    govEn.push(`government of ${ENGLISH_ARTICLE.has(code) ? 'the ' : ''}${countryEn}`);
    if (capital) govEn.push(`government in ${capital.en}`);
    pushAll(govEn, split(extras.en));
    entries.push({ id: `gov:${code}`, type: 'organization', de: unique(govDe), en: unique(govEn) });
  }

  for (const [slug, country, role, de, en] of [...CITY_ROWS, ...MORE_CITY_ROWS]) {
    let standsFor: string | undefined;
    if (role === 'C') standsFor = hasGovernment(country) ? `gov:${country}` : undefined;
    else if (role) standsFor = role;
    entries.push({
      id: `city:${slug}`,
      type: 'place',
      de: split(de),
      en: split(en),
      ...(standsFor ? { standsFor } : {}),
    });
  }

  for (const [slug, de, en] of [...REGION_ROWS, ...MORE_REGION_ROWS]) {
    entries.push({ id: `region:${slug}`, type: 'place', de: split(de), en: split(en) });
  }

  for (const [slug, de, en, standsFor] of [...ORG_ROWS, ...MORE_ORG_ROWS]) {
    const validity = validityOf(de, en);
    entries.push({
      id: `org:${slug}`,
      type: 'organization',
      de: split(de),
      en: split(en),
      ...(standsFor ? { standsFor } : {}),
      ...(validity ? { validity } : {}),
    });
  }
  return entries;
}

const cache = new Map<GazetteerLang, readonly GazetteerEntry[]>();
let raw: RawEntry[] | null = null;

/**
 * The gazetteer in one language: each entry with that language's names (the
 * first is the canonical name), falling back to the other language's names for
 * entries that have none. Built once per language.
 */
export function gazetteerFor(lang: GazetteerLang): readonly GazetteerEntry[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  raw ??= buildRaw();
  const other: GazetteerLang = lang === 'de' ? 'en' : 'de';
  const entries = raw.map((r): GazetteerEntry => {
    const names = r[lang].length ? r[lang] : r[other];
    const entry: GazetteerEntry = { id: r.id, type: r.type, name: names[0] ?? r.id, aliases: [...names] };
    if (r.standsFor) entry.standsFor = r.standsFor;
    if (r.validity) entry.validity = r.validity;
    return entry;
  });
  const frozen = Object.freeze(entries);
  cache.set(lang, frozen);
  return frozen;
}
