/**
 * The clusterer's whole state as plain JSON and back. Restoring and going on
 * gives exactly the results of never having stopped: term ids, document
 * frequencies, cached norms and pool orders are all kept.
 */
import { Vocabulary } from './vocabulary.js';
import { vectorFromJSON, vectorToJSON } from './term-vector.js';
import { newStoryState, type StoryState, type WordPart } from './story-state.js';
import type { OnlineClusterer } from './online.js';

type Vec = [string, number][];

interface PartSnapshot {
  language: string;
  articles: number;
  tokT: Vec;
  tokB: Vec;
  stemT: Vec;
  stemB: Vec;
  norms: number[];
}

interface StorySnapshot {
  handle: number;
  id: string;
  articles: string[];
  parts: PartSnapshot[];
  entT: Vec;
  entB: Vec;
  entNorms: number[];
  numbers: [string, number][];
  dates: [string, number][];
  first: number | null;
  last: number | null;
  outlets: [string, number][];
  headlines: { article: string; text: string; language: string; stems: string[] }[];
  entityNames: [string, string][];
  indexed: string[];
  touched: number;
}

export interface ClustererSnapshot {
  format: 'parallax-clusterer';
  version: 1;
  position: number;
  nextHandle: number;
  vocabulary: { terms: string[]; df: number[]; docs: number };
  stories: StorySnapshot[];
  /** Active handles, least recently updated first. */
  active: number[];
  /** Archived handles, earliest archived first. */
  archived: number[];
  aliases: [string, string][];
}

function storySnapshot(s: StoryState, v: Vocabulary): StorySnapshot {
  const terms = (ids: Iterable<number>) => Array.from(ids, (id) => v.terms[id]!);
  return {
    handle: s.handle,
    id: s.id,
    articles: [...s.articles],
    parts: [...s.parts.entries()].map(([language, p]) => ({
      language,
      articles: p.articles,
      tokT: vectorToJSON(p.tokT, v),
      tokB: vectorToJSON(p.tokB, v),
      stemT: vectorToJSON(p.stemT, v),
      stemB: vectorToJSON(p.stemB, v),
      norms: Array.from(p.norms),
    })),
    entT: vectorToJSON(s.entT, v),
    entB: vectorToJSON(s.entB, v),
    entNorms: Array.from(s.entNorms),
    numbers: [...s.numbers.entries()],
    dates: [...s.dates.entries()],
    first: Number.isNaN(s.first) ? null : s.first,
    last: Number.isNaN(s.last) ? null : s.last,
    outlets: [...s.outlets.entries()],
    headlines: s.headlines.map((h) => ({ article: h.article, text: h.text, language: h.language, stems: terms(h.stems) })),
    entityNames: [...s.entityNames.entries()],
    indexed: terms(s.indexed),
    touched: s.touched,
  };
}

const byHandle = (c: OnlineClusterer) => [...c.byHandle.values()].sort((a, b) => a.handle - b.handle);

export function snapshotState(c: OnlineClusterer): ClustererSnapshot {
  return {
    format: 'parallax-clusterer',
    version: 1,
    position: c.position,
    nextHandle: c.nextHandle,
    vocabulary: c.vocab.toJSON(),
    stories: byHandle(c).map((s) => storySnapshot(s, c.vocab)),
    active: [...c.active.keys()],
    archived: [...c.archived.keys()],
    aliases: [...c.aliases.entries()],
  };
}

/** Stories per piece of snapshotJson: small pieces, so a caller can pause between them. */
const STORIES_PER_PIECE = 50;

/**
 * The JSON text of snapshotState(c), in pieces of bounded size: joined, they
 * parse to the same snapshot. A large state (tens of MB) is then written out
 * without blocking the caller's thread for the whole of it, provided the
 * clusterer does not change until the last piece is taken.
 */
export function* snapshotJson(c: OnlineClusterer): Generator<string> {
  const { terms, df, docs } = c.vocab.toJSON();
  yield `{"format":"parallax-clusterer","version":1,"position":${JSON.stringify(c.position)},"nextHandle":${JSON.stringify(c.nextHandle)},"vocabulary":{"terms":[`;
  for (let i = 0; i < terms.length; i += 20_000) yield `${i ? ',' : ''}${JSON.stringify(terms.slice(i, i + 20_000)).slice(1, -1)}`;
  yield '],"df":[';
  for (let i = 0; i < df.length; i += 50_000) yield `${i ? ',' : ''}${JSON.stringify(df.slice(i, i + 50_000)).slice(1, -1)}`;
  yield `],"docs":${JSON.stringify(docs)}},"stories":[`;
  const stories = byHandle(c);
  for (let i = 0; i < stories.length; i += STORIES_PER_PIECE) {
    yield `${i ? ',' : ''}${stories.slice(i, i + STORIES_PER_PIECE).map((s) => JSON.stringify(storySnapshot(s, c.vocab))).join(',')}`;
  }
  yield `],"active":${JSON.stringify([...c.active.keys()])},"archived":${JSON.stringify([...c.archived.keys()])},"aliases":${JSON.stringify([...c.aliases.entries()])}}`;
}

export function restoreState(c: OnlineClusterer, snap: ClustererSnapshot): void {
  if (!snap || snap.format !== 'parallax-clusterer' || snap.version !== 1) throw new Error('not a clusterer snapshot (format parallax-clusterer, version 1)');
  const v = Vocabulary.fromJSON(snap.vocabulary);
  c.vocab = v;
  c.position = snap.position;
  c.nextHandle = snap.nextHandle;
  const ids = (terms: string[]) => terms.map((t) => v.id(t));
  for (const s of snap.stories) {
    const st: StoryState = newStoryState(s.handle, s.id);
    st.articles = [...s.articles];
    for (const p of s.parts) {
      const part: WordPart = {
        articles: p.articles,
        tokT: vectorFromJSON(p.tokT, v),
        tokB: vectorFromJSON(p.tokB, v),
        stemT: vectorFromJSON(p.stemT, v),
        stemB: vectorFromJSON(p.stemB, v),
        norms: Float64Array.from(p.norms),
      };
      st.parts.set(p.language, part);
    }
    st.entT = vectorFromJSON(s.entT, v);
    st.entB = vectorFromJSON(s.entB, v);
    st.entNorms = Float64Array.from(s.entNorms);
    st.numbers = new Map(s.numbers);
    st.dates = new Map(s.dates);
    st.first = s.first ?? NaN;
    st.last = s.last ?? NaN;
    st.outlets = new Map(s.outlets);
    st.headlines = s.headlines.map((h) => ({ ...h, stems: ids(h.stems) }));
    st.entityNames = new Map(s.entityNames);
    st.indexed = Int32Array.from(ids(s.indexed));
    st.touched = s.touched;
    c.byHandle.set(st.handle, st);
    c.byId.set(st.id, st);
    for (const a of st.articles) c.articleStory.set(a, st.handle);
  }
  for (const h of snap.active) {
    const st = c.byHandle.get(h)!;
    c.active.set(h, st);
    c.activeIndex.add(h, st.indexed);
  }
  for (const h of snap.archived) {
    const st = c.byHandle.get(h)!;
    st.archived = true;
    c.archived.set(h, st);
    c.archiveIndex.add(h, st.indexed);
  }
  for (const [from, to] of snap.aliases) c.aliases.set(from, to);
}
