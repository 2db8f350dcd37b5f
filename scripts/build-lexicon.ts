/**
 * `npm run build:lexicon`: builds the near-synonym tables of the German and
 * English language packs from open lexical resources installed as Debian
 * packages, and writes src/lang/de/synonyms.json and src/lang/en/synonyms.json.
 *
 *   German:  OpenThesaurus (LGPL-2.1-or-later), `apt-get install openthesaurus-de-text`
 *   English: Princeton WordNet 3.0 (WordNet 3.0 licence), `apt-get install wordnet-base`
 *
 *   npm run build:lexicon [-- --only de|en]
 *
 * Deterministic: the same installed files give byte-identical tables. The
 * tables favour precision over coverage: a group joins only single words and
 * holds 2–12 of them; a word with many senses in the resource, a term labelled
 * colloquial, vulgar, archaic, rare, figurative or regional, a sense the
 * resource never saw in use, and the words that stand in most news sentences
 * (stopwords, hedges, neutral reporting verbs) are left out, so a shared
 * concept key is rarely a false link between two unrelated sentences.
 * The choice also uses the packs' stemmers, stopwords, hedges and reporting
 * verbs: rebuild the tables after changing those.
 *
 * Table format (src/lang/shared/concepts.ts reads it and builds the
 * word → group ids map on first use):
 *   { "about", "source", "license", "notice", "licenseText",
 *     "groups": ["word word …", …],            one synonym group a line, id = its index
 *     "nominalisations": ["noun verb", …] }    lower-case event noun and its verb
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { LanguagePack } from '../src/core/lang/pack.js';
import { german } from '../src/lang/de/index.js';
import { english } from '../src/lang/en/index.js';
import type { SynonymTable } from '../src/lang/shared/concepts.js';

// ---------------------------------------------------------------- limits

/** A group keeps 2–12 single words (counted before polysemous words are dropped). */
const MIN_GROUP = 2;
const MAX_GROUP = 12;
/** OpenThesaurus: a word in more synsets than this (marked ones included) is left out. */
const DE_MAX_SENSES = 4;
/** WordNet: a word with more senses than this, over all parts of speech, is left out. */
const EN_MAX_SENSES = 4;
/** Shortest word kept (shorter ones are mostly function words and abbreviations). */
const MIN_LENGTH = 3;
/**
 * The pack looks words up by stem, so all words of one stem share their groups
 * ("entscheiden", "entscheidung", "entscheidend"): a stem in more groups than
 * this is as vague as a polysemous word, and its words are left out.
 */
const MAX_STEM_GROUPS = 8;

/**
 * OpenThesaurus labels that keep a term: standard register, technical, formal,
 * national variants and loan-word origins. Every other label ("ugs.", "derb",
 * "vulg.", "veraltet", "selten", "fig.", "scherzhaft", "regional", …) drops the term.
 */
const DE_LABELS_KEPT = new Set([
  'Hauptform',
  'fachspr.',
  'geh.',
  'österr.',
  'schweiz.',
  'engl.',
  'lat.',
  'franz.',
  'ital.',
  'griechisch',
  'weibl.',
  'männl.',
  'Plural',
  'Amtsdeutsch',
  'offiziell',
  'juristisch',
  'jur.',
  'medizinisch',
  'wissenschaftlich',
  'militärisch',
  'mil.',
  'journal.',
  'biologisch',
  'botanisch',
  'zoologisch',
]);

/**
 * "-ung" nouns whose everyday sense drifted from their verb's ("Wohnung" is no
 * act of "wohnen", "Zeitung" none of "zeiten"): no nominalisation key for them.
 */
const DE_NOMINALISATION_EXCEPTIONS = new Set([
  'bedingung', 'bildung', 'deckung', 'dichtung', 'fassung', 'festung', 'folgerung', 'haltung', 'heizung',
  'kleidung', 'ladung', 'leitung', 'lösung', 'meinung', 'nahrung', 'ordnung', 'rechnung', 'richtung',
  'rüstung', 'schaltung', 'siedlung', 'sitzung', 'stellung', 'stiftung', 'stimmung', 'wendung',
  'wohnung', 'zeichnung', 'zeitung', 'aufnahme', 'ausnahme', 'einnahme', 'maßnahme',
]);

/**
 * WordNet lexicographer files of the nouns a verb's derivational link may point
 * to for a nominalisation key: acts, events, processes, states, communication
 * ("resign" → "resignation", "decide" → "decision", "arrive" → "arrival");
 * not people or artifacts ("kill" → "killer", "paint" → "painting").
 */
const EN_EVENT_LEXFILES = new Set([4 /* noun.act */, 10 /* noun.communication */, 11 /* noun.event */, 22 /* noun.process */, 26 /* noun.state */]);
/** Endings of the event nouns kept ("-ing" forms share the verb's stem anyway). */
const EN_EVENT_SUFFIX = /(?:ion|ment|al|ance|ence|ure|age|th|sis|ery)$/;

// ---------------------------------------------------------------- helpers

const DE_FILE = '/usr/share/openthesaurus-de/openthesaurus.txt';
const DE_PACKAGE = 'openthesaurus-de-text';
const EN_DIR = '/usr/share/wordnet';
const LGPL_FILE = '/usr/share/common-licenses/LGPL-2.1';
const EN_PACKAGE = 'wordnet-base';

class MissingResource extends Error {}

function readInstalled(path: string, pkg: string): string {
  if (!existsSync(path)) {
    throw new MissingResource(`build-lexicon: ${path} not found. Install the Debian package ${pkg} first: apt-get update && apt-get install -y ${pkg}`);
  }
  return readFileSync(path, 'utf8');
}

/** The installed version of a Debian package, from the first line of its changelog. */
function debianVersion(pkg: string): string {
  const file = `/usr/share/doc/${pkg}/changelog.Debian.gz`;
  if (!existsSync(file)) return 'unknown';
  const first = gunzipSync(readFileSync(file)).toString('utf8').split('\n', 1)[0] ?? '';
  return /\(([^)]+)\)/.exec(first)?.[1] ?? 'unknown';
}

/**
 * Whether a word is too general for a concept key: the pack's stopwords, hedges
 * and neutral reporting verbs ("sagen", "erklären", "say", "announce"), which
 * stand in most news sentences whatever their fact, and every word that shares
 * a stem with one of them (the pack looks words up by stem: "Sage" would give
 * its keys to "sagen", "announcement" to "announced").
 */
function generalWords(pack: LanguagePack): (word: string) => boolean {
  const words = new Set<string>(pack.stopwords);
  for (const [form, lemma] of pack.hedges) words.add(form).add(lemma);
  for (const [form, cue] of pack.reportingVerbs) if (cue.stance === 'neutral') words.add(form).add(cue.lemma);
  const stems = new Set([...words].map((w) => pack.stem(w)));
  return (word) => words.has(word) || stems.has(pack.stem(word));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, de-duplicated groups of at least MIN_GROUP words, each as "word word …"; a group's id is its index. */
function sortGroups(groups: Iterable<readonly string[]>): string[] {
  const unique = new Set<string>();
  for (const g of groups) {
    const sorted = [...new Set(g)].sort(cmp);
    if (sorted.length >= MIN_GROUP) unique.add(sorted.join(' '));
  }
  return [...unique].sort(cmp);
}

/** Drops the words whose stem is in more than MAX_STEM_GROUPS groups. */
function capStems(groups: readonly string[][], stem: (w: string) => string): string[][] {
  const count = new Map<string, number>();
  for (const g of groups) for (const s of new Set(g.map(stem))) count.set(s, (count.get(s) ?? 0) + 1);
  return groups.map((g) => g.filter((w) => (count.get(stem(w)) ?? 0) <= MAX_STEM_GROUPS));
}

/** Nominalisations as sorted "noun verb" lines. */
const sortPairs = (pairs: Record<string, string>): string[] =>
  Object.entries(pairs)
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([noun, verb]) => `${noun} ${verb}`);

/** JSON with one group or pair per line: small, with stable line-by-line diffs. */
function serialise(table: SynonymTable): string {
  const lines: string[] = ['{'];
  for (const k of ['about', 'source', 'license', 'notice', 'licenseText'] as const) lines.push(`${JSON.stringify(k)}: ${JSON.stringify(table[k])},`);
  const block = (name: string, items: readonly string[], last: boolean) => {
    lines.push(`${JSON.stringify(name)}: [`);
    items.forEach((item, i) => lines.push(`${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}`));
    lines.push(`]${last ? '' : ','}`);
  };
  block('groups', table.groups, false);
  block('nominalisations', table.nominalisations, true);
  lines.push('}');
  return lines.join('\n') + '\n';
}

function tableStats(table: SynonymTable): string {
  const words = new Set(table.groups.flatMap((g) => g.split(' ')));
  return `${words.size} words in ${table.groups.length} groups; ${table.nominalisations.length} nominalisations`;
}

interface Built {
  table: SynonymTable;
  stats: string;
}

// ---------------------------------------------------------------- German

const DE_WORD = /^[a-zäöüß]+(?:-[a-zäöüß]+)*$/;

/**
 * Labels that are no part of the term but not in DE_LABELS_KEPT: the term is dropped.
 * Labels ending in "." ("ugs.", "vulg.", "süddt.") and adjectives ("abwertend",
 * "scherzhaft", "schwäbisch", "bildungssprachlich") are recognised by their shape.
 */
const DE_LABELS_DROPPED = new Set(['derb', 'veraltet', 'selten', 'regional', 'Spruch', 'Jargon', 'salopp', 'Abkürzung', 'Sprichwort', 'Markenname', 'Kurzform', 'Einheitenzeichen', 'Symbol', 'DDR', 'Kindersprache', 'Eigenname', 'Verstärkung', 'Jägersprache', 'negativ', 'Handelsname', 'Einschub', 'emotional', 'Superlativ', 'variabel', 'auch fig.', 'stark abwertend', 'Person']);
const isLabel = (p: string): boolean => DE_LABELS_KEPT.has(p) || DE_LABELS_DROPPED.has(p) || p.endsWith('.') || /^[a-zäöü-]+(?:lich|isch|end|haft|ig)$/.test(p);

/** A term of one OpenThesaurus synset: its single word (lower case and as written) and whether its labels keep it. */
function germanTerm(raw: string): { word: string; cased: string; kept: boolean } | null {
  let kept = true;
  // Labels stand in brackets after the term: "abdüsen (ugs.)", "Entscheid (schweiz.)".
  for (const m of raw.matchAll(/\(([^)]*)\)/g)) {
    const group = m[1]!.trim();
    if (group === 'sich') continue; // "(sich) entscheiden": the reflexive verb is one word
    const parts = group.split(',').map((p) => p.trim());
    // Context in brackets ("(Amt) niederlegen", "(etwas) beenden") makes a phrase: not a single word.
    if (!parts.every(isLabel)) return null;
    if (!parts.every((p) => DE_LABELS_KEPT.has(p))) kept = false;
  }
  const cased = raw.replace(/\([^)]*\)/g, ' ').trim();
  const word = cased.toLowerCase();
  if (!DE_WORD.test(word) || word.length < MIN_LENGTH) return null;
  return { word, cased, kept };
}

/** Infinitives a noun may nominalise: "-ung" ("beobachtung" → "beobachten", "änderung" → "ändern", "handlung" → "handeln") and "-nahme" ("festnahme" → "festnehmen"). */
function germanVerbCandidates(noun: string): string[] {
  if (noun.endsWith('nahme') && noun.length > 7) return [noun.slice(0, -5) + 'nehmen'];
  if (!noun.endsWith('ung')) return [];
  const base = noun.slice(0, -3);
  if (base.length < 3) return [];
  const out = [base + 'en', base + 'n'];
  if (/[^e][lr]$/.test(base)) out.push(base.slice(0, -1) + 'e' + base.slice(-1) + 'n');
  return out;
}

function buildGerman(): Built {
  const text = readInstalled(DE_FILE, DE_PACKAGE);
  const synsets: { word: string; cased: string; kept: boolean }[][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const terms = line.split(';').map((t) => t.trim());
    const words = terms.map(germanTerm).filter((t) => t !== null);
    synsets.push(words);
  }
  // Senses of a word: synsets it appears in as a single word, whatever its label.
  const senses = new Map<string, number>();
  for (const s of synsets) for (const w of new Set(s.map((t) => t.word))) senses.set(w, (senses.get(w) ?? 0) + 1);
  const general = generalWords(german);
  const usable = (w: string) => (senses.get(w) ?? 0) <= DE_MAX_SENSES && !general(w);

  let sized = 0;
  const groups: string[][] = [];
  for (const s of synsets) {
    const members = [...new Set(s.filter((t) => t.kept).map((t) => t.word))];
    if (members.length < MIN_GROUP || members.length > MAX_GROUP) continue;
    sized++;
    const g = members.filter(usable);
    // OpenThesaurus lists common words under several meanings; a group none of whose words
    // has a second synset is mostly rare or technical vocabulary ("Eviszeration").
    if (g.some((w) => (senses.get(w) ?? 0) >= 2)) groups.push(g);
  }

  // Nominalisations: "Beobachtung" → "beobachten", "Änderung" → "ändern", "Handlung" → "handeln",
  // "Festnahme" → "festnehmen", when both are unmarked words of the thesaurus (nouns are
  // capitalised there, verbs are not).
  const nouns = new Set<string>();
  const lower = new Set<string>();
  for (const s of synsets) {
    for (const t of s) {
      if (!t.kept) continue;
      if (/^[A-ZÄÖÜ]/.test(t.cased)) nouns.add(t.word);
      else lower.add(t.word);
    }
  }
  const nominalisations: Record<string, string> = {};
  for (const noun of [...nouns].sort(cmp)) {
    if (DE_NOMINALISATION_EXCEPTIONS.has(noun) || noun.includes('-')) continue;
    const verb = germanVerbCandidates(noun).find((v) => lower.has(v));
    if (verb && !general(verb)) nominalisations[noun] = verb;
  }

  const version = debianVersion(DE_PACKAGE);
  const exported = /^# Automatically generated (\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? 'unknown date';
  return {
    table: {
      about: `Near-synonym groups and verb nominalisations for the German language pack, made by scripts/build-lexicon.ts (npm run build:lexicon) from OpenThesaurus: single words only; synsets of ${MIN_GROUP}-${MAX_GROUP} words; no term labelled colloquial, vulgar, archaic, rare, figurative or regional; no word in more than ${DE_MAX_SENSES} synsets, no stopword, hedge or neutral reporting verb, nor a word of the same stem; no word whose stem is in more than ${MAX_STEM_GROUPS} groups; a group only if one of its words has a second synset. Nominalisations: -ung and -nahme nouns whose verb is in the thesaurus. Group ids are arbitrary numbers that change when the table is rebuilt.`,
      source: `OpenThesaurus, https://www.openthesaurus.de, text export of ${exported} (Debian package ${DE_PACKAGE} ${version})`,
      license: 'LGPL-2.1-or-later',
      notice:
        'Derived from OpenThesaurus, Copyright (C) 2003-2014 Daniel Naber and the OpenThesaurus contributors. This table is free software; you can redistribute it and/or modify it under the terms of the GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU Lesser General Public License (licenseText) for more details. Changes from the source: reduced to the subset described in "about" and re-encoded; scripts/build-lexicon.ts regenerates it from the source.',
      licenseText: readInstalled(LGPL_FILE, 'base-files'),
      groups: sortGroups(capStems(groups, german.stem)),
      nominalisations: sortPairs(nominalisations),
    },
    stats: `${synsets.length} synsets, ${sized} of ${MIN_GROUP}-${MAX_GROUP} plain single words`,
  };
}

// ---------------------------------------------------------------- English

const EN_POS = ['noun', 'verb', 'adj'] as const;
const EN_WORD = /^[a-z]+(?:-[a-z]+)*$/;

interface WnSynset {
  pos: string;
  offset: string;
  lexfile: number;
  /** Lemmas as written (may hold upper case, "_" and "(a)" markers). */
  lemmas: string[];
  /** Derivational links: source word number (1-based), target offset, target pos, target word number. */
  derivations: { from: number; offset: string; pos: string; to: number }[];
}

interface WordNet {
  synsets: Map<string, WnSynset>;
  /** Lemma → senses over all parts of speech, and how many of them are tagged in WordNet's sense-tagged corpus. */
  lemmas: Map<string, { senses: number; tagged: number }>;
  /** "lemma pos offset" of the senses tagged at least once in that corpus. */
  taggedSenses: Set<string>;
}

/** The WordNet 3.0 licence, as the database files state it in their header ("  1 This software …"). */
function wordNetLicence(): string {
  const lines: string[] = [];
  for (const line of readInstalled(join(EN_DIR, 'data.noun'), EN_PACKAGE).split('\n')) {
    if (!line.startsWith('  ')) break;
    lines.push(line.replace(/^\s*\d+ ?/, '').trimEnd());
  }
  return lines.join('\n').trim() + '\n';
}

function readWordNet(): WordNet {
  const synsets = new Map<string, WnSynset>();
  const lemmas = new Map<string, { senses: number; tagged: number }>();
  const taggedSenses = new Set<string>();
  for (const pos of EN_POS) {
    for (const line of readInstalled(join(EN_DIR, `data.${pos}`), EN_PACKAGE).split('\n')) {
      if (line.startsWith('  ') || line.trim() === '') continue; // licence header
      const f = line.split(' ');
      const offset = f[0]!;
      const ssType = f[2]!;
      const wCnt = parseInt(f[3]!, 16);
      const words: string[] = [];
      let i = 4;
      for (let n = 0; n < wCnt; n++, i += 2) words.push(f[i]!.replace(/\((?:a|p|ip)\)$/, ''));
      const pCnt = parseInt(f[i]!, 10);
      i++;
      const derivations: WnSynset['derivations'] = [];
      for (let n = 0; n < pCnt; n++, i += 4) {
        if (f[i] !== '+') continue;
        const st = f[i + 3]!;
        derivations.push({ from: parseInt(st.slice(0, 2), 16), offset: f[i + 1]!, pos: f[i + 2]!, to: parseInt(st.slice(2), 16) });
      }
      // Adjective satellites (s) share the adjective files: one key space "a".
      const p = ssType === 's' ? 'a' : ssType;
      synsets.set(`${p}${offset}`, { pos: p, offset, lexfile: parseInt(f[1]!, 10), lemmas: words, derivations });
    }
    // index.<pos>: lemma pos synset_cnt p_cnt [ptr]… sense_cnt tagsense_cnt offset…; the offsets
    // are in order of frequency, and the first tagsense_cnt of them are tagged in the corpus.
    for (const line of readInstalled(join(EN_DIR, `index.${pos}`), EN_PACKAGE).split('\n')) {
      if (line.startsWith('  ') || line.trim() === '') continue;
      const f = line.split(' ');
      const lemma = f[0]!;
      const p = f[1]!;
      const synsetCnt = parseInt(f[2]!, 10);
      const pCnt = parseInt(f[3]!, 10);
      const tagged = parseInt(f[5 + pCnt]!, 10);
      const offsets = f.slice(6 + pCnt, 6 + pCnt + synsetCnt);
      offsets.slice(0, tagged).forEach((o) => taggedSenses.add(`${lemma} ${p} ${o}`));
      const e = lemmas.get(lemma) ?? { senses: 0, tagged: 0 };
      e.senses += synsetCnt;
      e.tagged += tagged;
      lemmas.set(lemma, e);
    }
  }
  return { synsets, lemmas, taggedSenses };
}

function buildEnglish(): Built {
  const { synsets, lemmas, taggedSenses } = readWordNet();
  const plain = (lemma: string) => EN_WORD.test(lemma) && lemma.length >= MIN_LENGTH;
  const general = generalWords(english);
  const usable = (w: string) => (lemmas.get(w)?.senses ?? 0) <= EN_MAX_SENSES && !general(w);

  let sized = 0;
  const groups: string[][] = [];
  for (const s of synsets.values()) {
    if (s.pos === 'n' && s.lexfile === 3) continue; // noun.Tops: the most general nouns
    const members = [...new Set(s.lemmas.filter(plain))];
    if (members.length < MIN_GROUP || members.length > MAX_GROUP) continue;
    sized++;
    // A sense that no word of the synset was ever tagged with in WordNet's corpus is a rare one,
    // unless every word of it has this one sense only: then the group cannot be a false link.
    const attested = members.some((w) => taggedSenses.has(`${w} ${s.pos} ${s.offset}`));
    if (!attested && !members.every((w) => lemmas.get(w)?.senses === 1)) continue;
    groups.push(members.filter(usable));
  }

  // Nominalisations from WordNet's derivational links, verb word → event noun word.
  const pairs = new Map<string, Set<string>>();
  for (const s of synsets.values()) {
    if (s.pos !== 'v') continue;
    for (const d of s.derivations) {
      if (d.pos !== 'n') continue;
      const target = synsets.get(`n${d.offset}`);
      const verb = s.lemmas[d.from - 1];
      const noun = target?.lemmas[d.to - 1];
      if (!target || !verb || !noun || !plain(verb) || !plain(noun) || noun === verb) continue;
      if (!EN_EVENT_LEXFILES.has(target.lexfile) || !EN_EVENT_SUFFIX.test(noun)) continue;
      if (general(verb) || general(noun)) continue;
      let set = pairs.get(noun);
      if (!set) pairs.set(noun, (set = new Set()));
      set.add(verb);
    }
  }
  // A noun derived from two verbs ("arrangement": "arrange"/"set up") keeps the one it starts with, else none.
  const nominalisations: Record<string, string> = {};
  for (const [noun, verbs] of [...pairs].sort((a, b) => cmp(a[0], b[0]))) {
    const list = [...verbs].sort(cmp);
    const verb = list.length === 1 ? list[0]! : list.find((v) => noun.startsWith(v.slice(0, Math.max(3, v.length - 2))));
    if (verb) nominalisations[noun] = verb;
  }

  const version = debianVersion(EN_PACKAGE);
  return {
    table: {
      about: `Near-synonym groups and verb nominalisations for the English language pack, made by scripts/build-lexicon.ts (npm run build:lexicon) from Princeton WordNet 3.0: single lower-case words only; synsets of ${MIN_GROUP}-${MAX_GROUP} such words that WordNet's sense-tagged corpus attests for at least one of them or whose words all have this one sense only; not the most general nouns (noun.Tops); no word with more than ${EN_MAX_SENSES} senses, no stopword, hedge or neutral reporting verb, nor a word of the same stem; no word whose stem is in more than ${MAX_STEM_GROUPS} groups. Nominalisations: derivational links from a verb to an act, event, process, state or communication noun. Group ids are arbitrary numbers that change when the table is rebuilt.`,
      source: `Princeton WordNet 3.0, https://wordnet.princeton.edu (Debian package ${EN_PACKAGE} ${version})`,
      license: 'WordNet-3.0',
      notice: 'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used, modified and distributed under the WordNet 3.0 licence (licenseText); the name of Princeton University is used here only to credit the source. Changes from the source: reduced to the subset described in "about" and re-encoded; scripts/build-lexicon.ts regenerates it from the source.',
      licenseText: wordNetLicence(),
      groups: sortGroups(capStems(groups, english.stem)),
      nominalisations: sortPairs(nominalisations),
    },
    stats: `${synsets.size} synsets, ${sized} of ${MIN_GROUP}-${MAX_GROUP} plain single words`,
  };
}

// ---------------------------------------------------------------- main

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const root = join(import.meta.dirname, '..');
const jobs: [string, () => Built][] = [
  ['de', buildGerman],
  ['en', buildEnglish],
];
try {
  for (const [code, build] of jobs) {
    if (only && only !== code) continue;
    const { table, stats } = build();
    const out = join(root, 'src', 'lang', code, 'synonyms.json');
    const json = serialise(table);
    writeFileSync(out, json);
    console.error(`build-lexicon ${code}: ${stats}; ${tableStats(table)}; ${(Buffer.byteLength(json) / 1024).toFixed(0)} kB → ${out}`);
  }
} catch (e) {
  if (e instanceof MissingResource) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
