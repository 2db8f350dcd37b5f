/**
 * A ClusterDoc straight from text, without the full analysis: tokens, stems,
 * gazetteer places and countries, runs of capitalised words as names, digits
 * as numbers and ISO dates. About a tenth of the analysis cost; used by the
 * 1M-article benchmark and wherever analysis is not wanted.
 */
import type { LanguagePack } from '../lang/pack.js';
import { tokenize } from '../text/tokenize.js';
import { aliasKey, gazetteerIndex } from '../analyze/entities/gazetteer-index.js';
import { foldName, stripGenitive } from '../analyze/entities/fold.js';
import { isContentWord, isTellingNumber, numberKey, parsePublished, type ClusterDoc } from './doc.js';

export interface LightInput {
  id: string;
  title: string | null;
  body: string;
  outlet: string | null;
  language: string;
  published: string | null;
}

/** The parts of one text (a title, a body, or a sentence) that a ClusterDoc is made of. */
export interface LightFields {
  tokens: string[];
  stems: string[];
  entities: string[];
  numbers: string[];
  dates: string[];
}

const stemCaches = new WeakMap<LanguagePack, Map<string, string>>();

function stemmer(pack: LanguagePack): (w: string) => string {
  let cache = stemCaches.get(pack);
  if (!cache) stemCaches.set(pack, (cache = new Map()));
  const c = cache;
  return (w) => {
    let s = c.get(w);
    if (s === undefined) {
      if (c.size > 200_000) c.clear();
      c.set(w, (s = pack.stem(w)));
    }
    return s;
  };
}

const ISO_DATE_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Words, stems, entity keys, numbers and dates of one piece of text. */
export function lightFields(text: string, pack: LanguagePack): LightFields {
  const stem = stemmer(pack);
  const gaz = gazetteerIndex(pack);
  const raw = tokenize(text, 0, text.length);
  const out: LightFields = { tokens: [], stems: [], entities: [], numbers: [], dates: [] };
  const norms = raw.map((t) => t.text.toLowerCase());
  let i = 0;
  while (i < raw.length) {
    const t = raw[i]!;
    const norm = norms[i]!;
    if (t.kind === 'number') {
      const value = parseDigits(t.text, pack.code);
      if (isTellingNumber(value)) out.numbers.push(numberKey(value));
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    // Gazetteer: longest alias starting here.
    let matched = 0;
    for (const len of gaz.lengthsByFirst.get(norm) ?? []) {
      if (i + len > raw.length) continue;
      const key = aliasKey(raw.slice(i, i + len).map((r) => stripGenitive(r.text)).join(' '));
      const entries = gaz.byAlias.get(key);
      if (entries?.length && raw[i]!.text[0] !== raw[i]!.text[0]!.toLowerCase()) {
        out.entities.push(entries[0]!.id);
        matched = len;
        break;
      }
    }
    if (matched) {
      for (let k = i; k < i + matched; k++) pushWord(out, norms[k]!, pack, stem);
      i += matched;
      continue;
    }
    // Two or more capitalised words in a row: a name.
    let j = i;
    while (j < raw.length && raw[j]!.kind === 'word' && isCapitalized(raw[j]!.text) && !pack.stopwords.has(norms[j]!)) j++;
    if (j - i >= 2) out.entities.push(`name:${foldName(raw.slice(i, j).map((r) => stripGenitive(r.text)).join(' '))}`);
    for (let k = i; k < Math.max(j, i + 1); k++) pushWord(out, norms[k]!, pack, stem);
    i = Math.max(j, i + 1);
  }
  for (const m of text.matchAll(ISO_DATE_IN_TEXT)) out.dates.push(m[0]);
  return out;
}

/** "1.500" and "3,5" in German, "1,500" and "3.5" in English; a trailing "-jährige" is dropped. */
function parseDigits(text: string, language: string): number {
  const digits = text.replace(/-.*$/, '');
  return Number(language === 'de' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, ''));
}

function isCapitalized(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase();
}

function pushWord(out: LightFields, norm: string, pack: LanguagePack, stem: (w: string) => string): void {
  if (!isContentWord(norm, pack.stopwords.has(norm))) return;
  out.tokens.push(norm);
  out.stems.push(stem(norm));
}

/** Assembles a ClusterDoc from the fields of its title and of its body. */
export function docFromFields(input: Omit<LightInput, 'body'>, title: LightFields, body: LightFields): ClusterDoc {
  return {
    id: input.id,
    title: input.title ?? '',
    outlet: input.outlet,
    language: input.language,
    published: parsePublished(input.published),
    titleTokens: title.tokens,
    bodyTokens: body.tokens,
    titleStems: title.stems,
    bodyStems: body.stems,
    titleEntities: title.entities,
    bodyEntities: body.entities,
    numbers: [...title.numbers, ...body.numbers],
    dates: [...title.dates, ...body.dates],
  };
}

/** A ClusterDoc without the full analysis. */
export function lightClusterDoc(input: LightInput, pack: LanguagePack): ClusterDoc {
  return docFromFields(input, lightFields(input.title ?? '', pack), lightFields(input.body, pack));
}
