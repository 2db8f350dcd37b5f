import { CONFIDENT_ENTITY, type ArticleEntity, type EntityMention, type EntityType, type Sentence } from '../../model/analysis.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { Candidate } from './recognize.js';
import { foldName, stripGenitive } from './fold.js';
import { gazetteerIndex, type GazetteerIndex } from './gazetteer-index.js';
import { pushAll, spanCover } from '../../collections.js';
import { roleOf } from './heads.js';

interface Cluster {
  id: string;
  type: EntityType;
  gazId: string | null;
  /** Folded name tokens of the longest name; single-token mentions link through them. */
  parts: string[];
  names: Map<string, number>;
  mentions: EntityMention[];
  institution: boolean;
  /** The strongest evidence among its candidates (see `Candidate.strength`). */
  strength: number;
  /** The strength of the evidence its type stands on: stronger evidence of another type retypes it. */
  typeStrength: number;
}

/**
 * Removes the genitive "s" of a German name when the bare form is known:
 * "Kims" → "Kim" (a known name part), "Kim Jong Uns" → "Kim Jong Un" (a known name).
 */
function bareName(text: string, pack: LanguagePack, knownParts: Set<string>, knownNames: Set<string>): string {
  const t = stripGenitive(text);
  if (t !== text) return t;
  if (pack.nameGenitiveS !== true || !/s$/.test(text)) return text;
  const bare = foldName(text.slice(0, -1));
  // "Poss", "Strauss": dropping the s leaves the same folded key, so the s is the name's own.
  if (bare === foldName(text)) return text;
  if (text.includes(' ') ? knownNames.has(bare) : knownParts.has(bare) || knownNames.has(bare)) return text.slice(0, -1);
  return text;
}

/**
 * Merges the mentions of one article into entities: gazetteer mentions by id,
 * names by their folded form, and single-word mentions ("Putin", "Kims") into
 * the one longer name they belong to. A single word that fits two different
 * people stays its own entity: a wrong merge is worse than a missed one.
 * Afterwards every further occurrence of a known name word becomes a mention.
 */
export function resolveEntities(
  candidates: readonly Candidate[],
  sentences: readonly Sentence[],
  pack: LanguagePack,
  idPrefix: string,
): { entities: ArticleEntity[]; mentions: EntityMention[] } {
  const r: Resolution = {
    pack,
    gaz: gazetteerIndex(pack),
    idPrefix,
    clusters: [],
    byKey: new Map(),
    byEndPart: new Map(),
    knownParts: new Set(),
    knownNames: new Set(candidates.filter((c) => !c.gazId).map((c) => foldName(c.text))),
  };
  clusterCandidates(r, candidates, sentences);
  addCoreferences(r, candidates, sentences);
  typeByCoordination(r, sentences);
  typeByRoleApposition(r, sentences);
  return entitiesOf(r, sentences);
}

/** What the steps of one article's resolution share. */
interface Resolution {
  pack: LanguagePack;
  gaz: GazetteerIndex;
  idPrefix: string;
  clusters: Cluster[];
  byKey: Map<string, Cluster>;
  /** Clusters of multi-word names (no gazetteer id) by their first and last name word, in creation order. */
  byEndPart: Map<string, Cluster[]>;
  /** Folded words of the article's multi-word names. */
  knownParts: Set<string>;
  /** Folded names the recognizer found (gazetteer names aside). */
  knownNames: Set<string>;
}

function newCluster(r: Resolution, type: EntityType, gazId: string | null, parts: string[]): Cluster {
  const c: Cluster = { id: `${r.idPrefix}e${r.clusters.length}`, type, gazId, parts, names: new Map(), mentions: [], institution: false, strength: 0, typeStrength: 0 };
  r.clusters.push(c);
  if (!gazId && parts.length > 1) {
    for (const p of new Set([parts[0]!, parts[parts.length - 1]!])) {
      const list = r.byEndPart.get(p);
      if (list) list.push(c);
      else r.byEndPart.set(p, [c]);
    }
  }
  return c;
}

function mentionOf(cand: Candidate, c: Cluster, via: EntityMention['via']): EntityMention {
  return {
    sentence: cand.sentence,
    start: cand.start,
    end: cand.end,
    text: cand.text,
    entity: c.id,
    role: cand.role,
    metonymy: false,
    via,
  };
}

/** Every candidate into a cluster: gazetteer id, folded name, or the one longer name a single word belongs to. */
function clusterCandidates(r: Resolution, candidates: readonly Candidate[], sentences: readonly Sentence[]): void {
  const { pack, gaz } = r;
  // Longer names first so that "Putin" finds "Wladimir Putin".
  const ordered = splitAdjacentNames(candidates, sentences).sort((a, b) => b.last - b.first - (a.last - a.first) || a.start - b.start);
  for (const cand of ordered) {
    if (!cand.gazId && cand.last > cand.first) for (const p of foldName(cand.text).split(' ')) r.knownParts.add(p);
  }
  /** Organisations by the ends of their names of two words or more ("iudiciari comite" → Senate Judiciary Committee). */
  const orgTails = new Map<string, Cluster[]>();
  for (const cand of ordered) {
    let cluster: Cluster | undefined;
    const name = cand.gazId ? cand.text : bareName(cand.text, pack, r.knownParts, r.knownNames);
    if (cand.gazId) {
      cluster = r.byKey.get(cand.gazId);
      if (!cluster) {
        const entry = gaz.byId.get(cand.gazId)!;
        cluster = newCluster(r, entry.type, cand.gazId, []);
        cluster.names.set(entry.name, 0);
        r.byKey.set(cand.gazId, cluster);
      }
    } else {
      const key = identityKey(pack, name, cand.type);
      cluster = r.byKey.get(`name:${key}`);
      if (!cluster && !key.includes(' ')) {
        // Only clusters whose name opens or closes with the word: looked up, not scanned (long articles have thousands).
        const owners = (r.byEndPart.get(key) ?? []).filter((c) => !c.gazId && c.parts.length > 1 && (c.parts[0] === key || c.parts[c.parts.length - 1] === key));
        // "Ford" beside "Ford Motor Company", "Ford Taurus" and "Ford Explorer": the one typed name it opens or closes.
        const typed = owners.length > 1 ? owners.filter((c) => c.type !== 'other') : owners;
        if (typed.length === 1) cluster = typed[0];
      }
      // "the Judiciary Committee" after "the Senate Judiciary Committee": the one longer organisation it ends.
      if (!cluster && cand.type === 'organization' && key.includes(' ')) {
        const owners = orgTails.get(key);
        if (owners?.length === 1) cluster = owners[0];
      }
      if (!cluster) {
        // A surname two people of the article share stays apart, but is a person.
        const shared = !key.includes(' ') && (r.byEndPart.get(key) ?? []).some((c) => !c.gazId && c.type === 'person' && c.parts.length > 1 && c.parts[c.parts.length - 1] === key);
        cluster = newCluster(r, shared ? 'person' : cand.type, null, key.split(' '));
        cluster.typeStrength = shared ? 1 : cand.type === 'other' ? 0 : cand.strength;
        r.byKey.set(`name:${key}`, cluster);
        if (cluster.type === 'organization') addTails(orgTails, cluster);
      } else if (cand.type !== 'other' && cand.type !== cluster.type && (cluster.type === 'other' || cand.strength > cluster.typeStrength)) {
        // An untyped name takes the first type found; a type by shape alone yields to stronger evidence ("maker Apple Computer").
        cluster.type = cand.type;
        cluster.typeStrength = cand.strength;
      }
    }
    if (cand.via !== 'adjective') cluster.names.set(name, (cluster.names.get(name) ?? 0) + 1);
    cluster.mentions.push(mentionOf(cand, cluster, cand.via));
    cluster.strength = Math.max(cluster.strength, cand.strength);
  }
}

/**
 * The folded name an entity is known by: an organisation's legal form is no part of
 * who it is ("Apple Inc." and "Apple" are one company).
 */
function identityKey(pack: LanguagePack, name: string, type: EntityType): string {
  const key = foldName(name);
  const legal = pack.nameEvidence?.legalForms;
  if (!legal || type !== 'organization') return key;
  const cut = key.lastIndexOf(' ');
  return cut > 0 && legal.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase().replace(/\.$/, '')) ? key.slice(0, cut) : key;
}

function addTails(tails: Map<string, Cluster[]>, c: Cluster): void {
  for (let k = 1; k + 2 <= c.parts.length; k++) {
    const tail = c.parts.slice(k).join(' ');
    const list = tails.get(tail) ?? [];
    if (!list.includes(c)) list.push(c);
    tails.set(tail, list);
  }
}

/**
 * "GM and Chrysler", "Boeing, Airbus and Embraer": an untyped name coordinated with
 * an organisation is one too. One pass over the mentions in text order.
 */
function typeByCoordination(r: Resolution, sentences: readonly Sentence[]): void {
  const { pack } = r;
  // Only an untyped name can be typed so, and only beside an organisation.
  if (pack.coordinators.size === 0 || !r.clusters.some((c) => c.type === 'other' && !c.gazId) || !r.clusters.some((c) => c.type === 'organization')) return;
  const byId = new Map(r.clusters.map((c) => [c.id, c]));
  const mentions = r.clusters.flatMap((c) => (c.type === 'other' || c.type === 'organization' ? c.mentions.filter((m) => m.via !== 'adjective') : [])).sort((a, b) => a.start - b.start);
  const linked = (a: EntityMention, b: EntityMention) => {
    if (a.sentence !== b.sentence || b.start < a.end) return false;
    const s = sentences[a.sentence]!;
    const between = s.text.slice(a.end - s.start, b.start - s.start).replace(/[()"“”'’,]/g, ' ').trim().toLowerCase();
    return between === '' ? s.text.slice(a.end - s.start, b.start - s.start).includes(',') : pack.coordinators.has(between);
  };
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (!linked(a, b)) continue;
    const ca = byId.get(a.entity)!;
    const cb = byId.get(b.entity)!;
    if (ca.type === 'organization' && cb.type === 'other' && !cb.gazId) cb.type = 'organization';
    else if (cb.type === 'organization' && ca.type === 'other' && !ca.gazId) ca.type = 'organization';
  }
}

/**
 * An untyped name of two or more words followed by an apposition, closed by a comma, that
 * holds a role ("Slobodan Samardzic, der für das Kosovo zuständige serbische Minister, …"): a person.
 */
function typeByRoleApposition(r: Resolution, sentences: readonly Sentence[]): void {
  const { pack } = r;
  for (const c of r.clusters) {
    if (c.type !== 'other' || c.gazId || c.parts.length < 2) continue;
    const person = c.mentions.some((m) => {
      const toks = sentences[m.sentence]?.tokens ?? [];
      const last = toks.findIndex((t) => t.end === m.end);
      // (After the comma a lower-case word opens the apposition: its article.)
      const opener = toks[last + 2];
      if (last < 0 || toks[last + 1]?.text !== ',' || !opener || opener.kind !== 'word' || opener.capitalized) return false;
      let role = false;
      for (let k = last + 2; k < toks.length && k <= last + 12; k++) {
        const t = toks[k]!;
        // The apposition closes with a comma; a role inside it says who the name is ("…, der Premierminister des Kosovos, …").
        if (t.kind === 'punct') return t.text === ',' && role;
        if (roleOf(pack, t)) role = true;
      }
      return false;
    });
    if (person) c.type = 'person';
  }
}

/** Further occurrences of a known single name word ("Kim", "Kims", "Peskow") elsewhere become mentions. */
function addCoreferences(r: Resolution, candidates: readonly Candidate[], sentences: readonly Sentence[]): void {
  const { pack } = r;
  const taken = new Set(candidates.map((c) => c.start));
  const singleOwners = new Map<string, Cluster[]>();
  for (const c of r.clusters) {
    // One-word names found by a pattern ("Gewerkschaft Verdi") recur alone ("mit Verdi").
    if (!c.gazId && c.parts.length === 1 && c.type !== 'person' && c.mentions.some((m) => m.via === 'pattern') && !pack.commonCapitalized.has(c.parts[0]!)) {
      const list = singleOwners.get(c.parts[0]!) ?? [];
      if (!list.includes(c)) list.push(c);
      singleOwners.set(c.parts[0]!, list);
      continue;
    }
    if (c.gazId || c.parts.length < 2) continue;
    if (c.type !== 'person') {
      // "Northrop Grumman" … "Northrop": the first word of a longer organisation's name.
      const first = c.parts[0]!;
      if (c.mentions.some((m) => m.via === 'pattern') && !pack.stopwords.has(first) && !pack.commonCapitalized.has(first)) {
        const list = singleOwners.get(first) ?? [];
        if (!list.includes(c)) list.push(c);
        singleOwners.set(first, list);
      }
      continue;
    }
    for (const p of [c.parts[0]!, c.parts[c.parts.length - 1]!]) {
      const list = singleOwners.get(p) ?? [];
      if (!list.includes(c)) list.push(c);
      singleOwners.set(p, list);
    }
  }
  // Most articles have no such name word: then no token needs folding.
  const inCandidate = singleOwners.size === 0 ? null : spanCover(candidates);
  // In a headline, where every word may be capitalised, a word the article also writes in lower case is a common noun
  // standing alone ("Apple Corps Loses Court Case" beside "the court"), not a short form of "Court of Appeal".
  const lowerUse = new Set<string>();
  if (singleOwners.size > 0) for (const s of sentences) for (const t of s.tokens) if (t.kind === 'word' && !t.capitalized) lowerUse.add(t.norm);
  for (const s of singleOwners.size === 0 ? [] : sentences) {
    for (const t of s.tokens) {
      if (!t.capitalized || taken.has(t.start) || (s.headline && lowerUse.has(t.norm))) continue;
      const bare = bareName(t.text, pack, r.knownParts, r.knownNames);
      const owners = singleOwners.get(foldName(bare));
      if (!owners) continue;
      if (inCandidate!(t.start)) continue;
      // A surname two people share ("Schmidt" after "Anna Schmidt" and "Peter Schmidt") becomes its own entity.
      let c = owners.length === 1 ? owners[0]! : r.byKey.get(`name:${foldName(bare)}`);
      if (!c) {
        c = newCluster(r, 'person', null, [foldName(bare)]);
        r.byKey.set(`name:${foldName(bare)}`, c);
      }
      c.names.set(bare, (c.names.get(bare) ?? 0) + 1);
      c.mentions.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, entity: c.id, role: null, metonymy: false, via: 'coreference' });
    }
  }
}

/**
 * An entity's confidence: its strongest evidence, raised by every further sentence of the
 * body that names it (each takes a quarter of the doubt away, up to four), halved when
 * only the headline names it; an untyped name stays below confidence.
 */
export function entityConfidence(strength: number, bodySentences: number, type: EntityType): number {
  let c = 1 - (1 - strength) * 0.75 ** Math.min(4, Math.max(0, bodySentences - 1));
  if (bodySentences === 0) c *= 0.5;
  if (type === 'other') c = Math.min(c, 0.5);
  return Math.round(c * 100) / 100;
}

function entitiesOf(r: Resolution, sentences: readonly Sentence[]): { entities: ArticleEntity[]; mentions: EntityMention[] } {
  const { gaz } = r;
  const entities: ArticleEntity[] = [];
  const mentions: EntityMention[] = [];
  for (const c of r.clusters) {
    const names = [...c.names.keys()];
    const entry = c.gazId ? gaz.byId.get(c.gazId) : undefined;
    const canonical = entry ? entry.name : longestName(names);
    const keys = new Set<string>();
    if (c.gazId) keys.add(c.gazId);
    else {
      keys.add(`name:${identityKey(r.pack, canonical, c.type)}`);
      if (c.type === 'person' && c.parts.length > 1) {
        keys.add(`part:${c.parts[0]}`);
        keys.add(`part:${c.parts[c.parts.length - 1]}`);
      }
    }
    const body = new Set<number>();
    for (const m of c.mentions) if (sentences[m.sentence]?.headline !== true) body.add(m.sentence);
    const confidence = entityConfidence(c.strength, body.size, c.type);
    entities.push({
      id: c.id,
      name: canonical,
      type: c.type,
      aliases: names.filter((n) => n !== canonical).sort(),
      keys: [...keys],
      institution: c.institution || (entry?.type === 'organization' && !!entry.standsFor),
      mentions: c.mentions.length,
      confidence,
      confident: confidence >= CONFIDENT_ENTITY,
    });
    pushAll(mentions, c.mentions);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

function longestName(names: string[]): string {
  return [...names].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length || a.localeCompare(b))[0] ?? '';
}

/**
 * A run of capitalised words can be two names side by side ("wie Putin Kim
 * begrüßt"): a pattern match whose every word is, on its own, a word of another
 * longer name in the article is split into one mention per word.
 */
function splitAdjacentNames(candidates: readonly Candidate[], sentences: readonly Sentence[]): Candidate[] {
  const partsOf = new Map<Candidate, string[]>();
  for (const c of candidates) if (!c.gazId) partsOf.set(c, foldName(c.text).split(' '));
  const ownerOf = longerNameOwners(candidates, partsOf);
  const out: Candidate[] = [];
  for (const c of candidates) {
    const parts = partsOf.get(c);
    // An organisation's name is kept whole ("Judiciary Committee" beside "Senate Judiciary Committee").
    if (!parts || c.via !== 'pattern' || c.type === 'organization' || parts.length < 2 || c.last - c.first + 1 !== parts.length) {
      out.push(c);
      continue;
    }
    const owners = parts.map((p) => ownerOf(p, parts));
    if (owners.some((o) => !o) || new Set(owners).size < parts.length) {
      out.push(c);
      continue;
    }
    const s = sentences[c.sentence]!;
    for (let k = c.first; k <= c.last; k++) {
      const t = s.tokens[k]!;
      out.push({ ...c, first: k, last: k, start: t.start, end: t.end, text: t.text, type: owners[k - c.first]!.type, role: null });
    }
  }
  return out;
}

/**
 * The first candidate (in text order) of a multi-word name that contains a word and
 * is not made only of the given words. Names are indexed by word, one entry per
 * distinct name (its first candidate), so a long article repeating a name thousands
 * of times is not scanned per word; a candidate's own name is made of its own words,
 * so it never owns itself.
 */
function longerNameOwners(candidates: readonly Candidate[], partsOf: ReadonlyMap<Candidate, string[]>): (word: string, parts: readonly string[]) => Candidate | undefined {
  const firstOfName = new Map<string, Candidate>();
  for (const c of candidates) {
    const parts = partsOf.get(c);
    if (!parts || parts.length < 2) continue;
    const key = parts.join(' ');
    if (!firstOfName.has(key)) firstOfName.set(key, c);
  }
  const byWord = new Map<string, Candidate[]>();
  // Map order is first-insertion order, so each word's list stays in text order.
  for (const c of firstOfName.values())
    for (const p of new Set(partsOf.get(c)!)) {
      const list = byWord.get(p);
      if (list) list.push(c);
      else byWord.set(p, [c]);
    }
  return (word, parts) => (byWord.get(word) ?? []).find((o) => !partsOf.get(o)!.every((x) => parts.includes(x)));
}
