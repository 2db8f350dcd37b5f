import type { ArticleEntity, EntityMention, Sentence, Token } from '../../model/analysis.js';
import type { GazetteerEntry, LanguagePack } from '../../lang/pack.js';
import { gazetteerIndex } from './gazetteer-index.js';
import { tokenEndingAt, tokenStartingAt } from '../../text/tokenize.js';

/** The word after a place is a finite verb whose subject the place is. */
function isVerbAfter(pack: LanguagePack, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.capitalized) return false;
  const cues = pack.metonymyCues;
  if (cues?.auxiliaries.has(t.norm) || pack.reportingVerbs.has(t.norm) || pack.subjunctiveMarkers.has(t.norm)) return true;
  if (pack.stopwords.has(t.norm)) return false;
  // A past tense ("warned", "warnte").
  return cues?.pastTense.test(t.norm) ?? false;
}

/**
 * Mentions of capitals and seats of power that stand for a government:
 * a seat of power always ("der Kreml", "das Weiße Haus", "the Pentagon");
 * a city with a government (`standsFor`) when it is the subject of a verb
 * ("Moskau wolle", "Washington warned") or a speaker the speech analysis
 * found (`speakers`), unless a preposition makes it a place ("in Kiew …
 * zugesagt"). Countries stay countries ("Nordkorea feuerte" is the state acting).
 */
export function metonymicMentions(
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  entities: readonly ArticleEntity[],
  pack: LanguagePack,
  speakers: readonly EntityMention[] = [],
): EntityMention[] {
  const speaking = new Set(speakers);
  const gaz = gazetteerIndex(pack);
  const entryOf = new Map<string, GazetteerEntry>();
  for (const e of entities) {
    const id = e.keys.find((k) => gaz.byId.has(k));
    if (id) entryOf.set(e.id, gaz.byId.get(id)!);
  }
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const entry = entryOf.get(m.entity);
    if (!entry?.standsFor || entry.id.startsWith('country:') || m.via === 'adjective') continue;
    if (entry.id.startsWith('org:')) {
      out.push(m);
      continue;
    }
    if (!entry.id.startsWith('city:')) continue;
    const s = sentences[m.sentence];
    if (!s) continue;
    const k = tokenStartingAt(s.tokens, m.start);
    const last = tokenEndingAt(s.tokens, m.end);
    if (k < 0 || last < 0) continue;
    const before = s.tokens[k - 1];
    if (before && pack.metonymyCues?.placePrepositions.has(before.norm)) continue;
    if (speaking.has(m) || isVerbAfter(pack, s.tokens[last + 1])) out.push(m);
  }
  return out;
}

/**
 * Moves the mentions in `acting` that stand for a government to a separate
 * government entity, marked as metonymy; the city keeps its other mentions.
 */
export function applyMetonymy(
  entities: ArticleEntity[],
  mentions: EntityMention[],
  acting: readonly EntityMention[],
  pack: LanguagePack,
  prefix: string,
): { entities: ArticleEntity[]; mentions: EntityMention[] } {
  const gaz = gazetteerIndex(pack);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const govEntities = new Map<string, ArticleEntity>();
  // A government the article also names outright ("die russische Regierung") takes the mentions.
  for (const e of entities) for (const k of e.keys) if (k.startsWith('gov:') && !govEntities.has(k)) govEntities.set(k, e);
  const out = [...entities];
  for (const m of new Set(acting)) {
    if (m.metonymy) continue;
    const e = byId.get(m.entity);
    const gazId = e?.keys.find((k) => gaz.byId.has(k));
    const entry = gazId ? gaz.byId.get(gazId) : undefined;
    // Cities and seats of power only: a country acting ("Nordkorea feuerte") stays the country.
    if (!e || !entry?.standsFor || entry.id.startsWith('country:')) continue;
    if (e.type !== 'place' && !entry.id.startsWith('org:')) continue;
    let gov = govEntities.get(entry.standsFor);
    if (!gov) {
      const govEntry = gaz.byId.get(entry.standsFor);
      gov = {
        id: `${prefix}${entry.standsFor}`,
        name: govEntry?.name ?? entry.standsFor,
        type: 'organization',
        aliases: [],
        keys: [entry.standsFor],
        institution: true,
        mentions: 0,
      };
      govEntities.set(entry.standsFor, gov);
      out.push(gov);
    }
    // The government is as surely named as the place or seat that stands for it.
    if (e.confidence !== undefined && (gov.confidence === undefined || e.confidence > gov.confidence)) {
      gov.confidence = e.confidence;
      gov.confident = e.confident ?? false;
    }
    m.entity = gov.id;
    m.metonymy = true;
    gov.mentions++;
    if (!gov.aliases.includes(m.text)) gov.aliases.push(m.text);
    e.mentions--;
  }
  return { entities: out.filter((e) => e.mentions > 0), mentions };
}
