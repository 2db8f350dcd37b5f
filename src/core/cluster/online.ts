/**
 * The online story clusterer: each article, in arrival order, joins the best
 * candidate story or opens a new one.
 *
 * 1. Candidates: active stories (and a few archived ones) sharing entity keys
 *    or rare stems with the article, from inverted indexes.
 * 2. Each candidate gets its feature vector; the learned ranker orders them
 *    (stories in the article's language and stories in other languages apart).
 * 3. The learned decision says join the best or open a new story; an archived
 *    story must clear a higher bar to be re-activated.
 * 4. A second story that the article also clearly belongs to is merged in;
 *    the merge is recorded so its id still resolves.
 * The active pool is capped; the least recently updated story is archived,
 * and beyond the archive cap forgotten (its record lives in the store).
 */
import { createHash } from 'node:crypto';
import type { ClusterDoc } from './doc.js';
import { DocScratch, FEATURE_COUNT, featuresOf, prepareDoc, Slot, type PreparedDoc } from './features.js';
import { joinProbability, rankScore, type ClustererModel, type LinearDecision } from './model.js';
import { CandidateIndex } from './candidate-index.js';
import { Vocabulary } from './vocabulary.js';
import { addToVector, heaviest, vectorNorm, type TermVector } from './term-vector.js';
import { newStoryState, newWordPart, type StoryState, type WordPart } from './story-state.js';
import type { Assignment, StoryClusterer, StorySummary } from './types.js';
import { summarize } from './summary.js';
import { restoreState, snapshotJson, snapshotState, type ClustererSnapshot } from './snapshot.js';

export interface OnlineOptions {
  /** Stories kept in the active pool (candidates for every article). */
  activeCap: number;
  /** Archived stories kept in memory for re-activation; older ones are forgotten. */
  archiveCap: number;
  /** Active candidates scored per article. */
  candidates: number;
  /** Archived candidates scored per article. */
  archiveCandidates: number;
  /** Index terms carried by more stories than this are skipped when querying. */
  maxPosting: number;
  /**
   * Posting entries one index query may walk: the heaviest query terms that
   * fit are used, so the cost per article stays flat as the pool grows.
   * Pools of a few thousand stories never reach it.
   */
  walkBudget: number;
  /** Rarest stems of the article used to query the index (entities are always used). */
  queryStems: number;
  /** Rarest body stems per language under which a story is indexed (title stems and entities all are). */
  indexBodyStems: number;
  /** Terms kept per story vector: title, body, entities. */
  titleCap: number;
  bodyCap: number;
  entityCap: number;
}

export const DEFAULT_OPTIONS: OnlineOptions = {
  activeCap: 20_000,
  archiveCap: 20_000,
  candidates: 30,
  archiveCandidates: 5,
  maxPosting: 4_000,
  walkBudget: 8_000,
  queryStems: 12,
  indexBodyStems: 10,
  titleCap: 24,
  bodyCap: 64,
  entityCap: 32,
};

const HEADLINES_KEPT = 6;
const SET_CAP = 32;

/** A story's id: derived from the article that opened it, so it is the same in every run. */
export function storyIdFor(firstArticleId: string): string {
  return `st-${createHash('sha256').update(firstArticleId).digest('hex').slice(0, 16)}`;
}

/** A candidate story as the learned parts see it (exposed for training). */
export interface ScoredCandidate {
  storyId: string;
  archived: boolean;
  features: Float64Array;
  mono: boolean;
  rank: number;
  p: number;
}

/**
 * Training hook: sees the scored candidates and says which story the article
 * joins (its id), or null for a new story. Merging is off while guided.
 */
export type Guide = (candidates: readonly ScoredCandidate[]) => string | null | undefined;

interface Scored {
  story: StoryState;
  features: Float64Array;
  mono: boolean;
  rank: number;
  /** Join probability with the rank margin. */
  p: number;
  /** Join probability without it (for merges: two stories both fit). */
  p0: number;
}

export class OnlineClusterer implements StoryClusterer {
  readonly options: OnlineOptions;
  /** Term ids and document frequencies; starts from the model's background frequencies when it has them. */
  vocab: Vocabulary;
  /** Handle → story, for every story in memory. */
  readonly byHandle = new Map<number, StoryState>();
  readonly byId = new Map<string, StoryState>();
  /** Article id → story handle. */
  readonly articleStory = new Map<string, number>();
  /** Merged story id → the id it was merged into. */
  readonly aliases = new Map<string, string>();
  /** Active stories, least recently updated first (Map insertion order). */
  readonly active = new Map<number, StoryState>();
  /** Archived stories, earliest archived first. */
  readonly archived = new Map<number, StoryState>();
  readonly activeIndex = new CandidateIndex();
  readonly archiveIndex = new CandidateIndex();
  nextHandle = 0;
  position = 0;
  private readonly scratch = new DocScratch();
  private readonly featureBuf: Float64Array[] = [];

  constructor(
    readonly model: ClustererModel,
    options: Partial<OnlineOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.vocab = model.background ? Vocabulary.fromJSON(model.background) : new Vocabulary();
  }

  /** Rebuilds a clusterer from `snapshot()`; continuing from it gives the same results as never stopping. */
  static restore(snapshot: unknown, model: ClustererModel, options: Partial<OnlineOptions> = {}): OnlineClusterer {
    const c = new OnlineClusterer(model, options);
    restoreState(c, snapshot as ClustererSnapshot);
    return c;
  }

  add(doc: ClusterDoc, guide?: Guide): Assignment {
    const seen = this.articleStory.get(doc.id);
    if (seen !== undefined) {
      return { article: doc.id, story: this.byHandle.get(seen)!.id, created: false, duplicate: true, merged: [], reactivated: false };
    }
    this.position++;
    const p = prepareDoc(doc, this.vocab);
    this.vocab.addDocument(p.distinct);
    this.scratch.load(p, this.vocab);
    try {
      return this.place(p, guide);
    } finally {
      this.scratch.unload(p);
    }
  }

  /** Scores the candidates, joins or opens, merges. */
  private place(p: PreparedDoc, guide?: Guide): Assignment {
    const { terms, weights } = this.queryTerms(p);
    const o = this.options;
    const handles = [
      ...this.activeIndex.query(terms, weights, { limit: o.candidates, maxPosting: o.maxPosting, budget: o.walkBudget }),
      ...this.archiveIndex.query(terms, weights, { limit: o.archiveCandidates, maxPosting: o.maxPosting, budget: o.walkBudget }),
    ];
    const scored = handles.map((h, i) => this.score(p, this.byHandle.get(h)!, i));
    this.decide(scored);
    const best = (mono: boolean) => {
      let b: Scored | null = null;
      for (const s of scored) if (s.mono === mono && (!b || s.rank > b.rank || (s.rank === b.rank && s.story.handle > b.story.handle))) b = s;
      return b;
    };
    const accept = (s: Scored | null) => !!s && s.p >= (s.story.archived ? this.model.reactivateThreshold : this.model.joinThreshold);
    const mono = best(true);
    const cross = best(false);
    let chosen = accept(mono) ? mono : accept(cross) ? cross : null;
    const pick = guide?.(
      scored.map((s) => ({ storyId: s.story.id, archived: s.story.archived, features: Float64Array.from(s.features), mono: s.mono, rank: s.rank, p: s.p })),
    );
    // undefined: the guide only watches; the clusterer decides.
    if (pick !== undefined) {
      const target = pick === null ? undefined : this.byId.get(pick);
      chosen = target ? (scored.find((s) => s.story === target) ?? this.score(p, target, scored.length)) : null;
    }

    if (!chosen) {
      const story = newStoryState(this.nextHandle++, storyIdFor(p.doc.id));
      this.byHandle.set(story.handle, story);
      this.byId.set(story.id, story);
      this.addDoc(story, p);
      this.activate(story);
      this.enforceCaps();
      return { article: p.doc.id, story: story.id, created: true, duplicate: false, merged: [], reactivated: false };
    }
    let story = chosen.story;
    const reactivated = story.archived;
    this.addDoc(story, p);
    this.activate(story);
    const merged: string[] = [];
    for (const s of scored) {
      if (s === chosen || s.story.archived || !this.byHandle.has(s.story.handle) || s.story === story) continue;
      if (pick === undefined && s.p0 >= this.model.mergeThreshold && s.mono === chosen.mono) {
        const [keep, gone] = survivorFirst(story, s.story);
        this.merge(keep, gone);
        merged.push(gone.id);
        story = keep;
      }
    }
    this.enforceCaps();
    return { article: p.doc.id, story: story.id, created: false, duplicate: false, merged, reactivated };
  }

  private score(p: PreparedDoc, story: StoryState, i: number): Scored {
    const x = (this.featureBuf[i] ??= new Float64Array(FEATURE_COUNT));
    const mono = featuresOf(p, story, this.scratch, this.vocab, x);
    const d: LinearDecision = mono ? this.model.mono : this.model.cross;
    const rank = rankScore(d, x);
    const p0 = joinProbability(d, x, rank, 0);
    return { story, features: x, mono, rank, p: p0, p0 };
  }

  /** Join probabilities, each with its rank's margin over the best other candidate of its kind. */
  private decide(scored: Scored[]): void {
    for (const mono of [true, false]) {
      let first = -Infinity;
      let second = -Infinity;
      for (const s of scored) {
        if (s.mono !== mono) continue;
        if (s.rank > first) [first, second] = [s.rank, first];
        else if (s.rank > second) second = s.rank;
      }
      const d = mono ? this.model.mono : this.model.cross;
      for (const s of scored) {
        if (s.mono !== mono) continue;
        const margin = s.rank - (s.rank === first ? Math.max(second, 0) : first);
        s.p = joinProbability(d, s.features, s.rank, margin);
        s.p0 = joinProbability(d, s.features, s.rank, 0);
      }
    }
  }

  /** Entity keys and the article's rarest stems, weighted by IDF. */
  private queryTerms(p: PreparedDoc): { terms: number[]; weights: number[] } {
    const terms: number[] = [];
    const weights: number[] = [];
    for (const id of p.tf[Slot.EntA]!.keys()) {
      terms.push(id);
      weights.push(this.vocab.idf(id));
    }
    const stems = [...p.tf[Slot.StemA]!.entries()]
      .map(([id, w]) => [id, w * this.vocab.idf(id)] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.options.queryStems);
    for (const [id] of stems) {
      terms.push(id);
      weights.push(this.vocab.idf(id));
    }
    return { terms, weights };
  }

  /** Adds the article to the story's vectors, sets, span, outlets and headlines. */
  private addDoc(story: StoryState, p: PreparedDoc): void {
    const { doc } = p;
    const o = this.options;
    const part = story.parts.get(doc.language) ?? newWordPart();
    story.parts.set(doc.language, part);
    part.articles++;
    // Each article adds its unit-length vector, so long articles do not outweigh short ones.
    const add = (v: TermVector, slot: Slot, cap: number) => addToVector(v, p.tf[slot]!, cap, this.vocab, p.norms[slot]! > 0 ? 1 / p.norms[slot]! : 0);
    part.tokT = add(part.tokT, Slot.TokT, o.titleCap);
    part.tokB = add(part.tokB, Slot.TokB, o.bodyCap);
    part.stemT = add(part.stemT, Slot.StemT, o.titleCap);
    part.stemB = add(part.stemB, Slot.StemB, o.bodyCap);
    this.updatePartNorms(part);
    story.entT = add(story.entT, Slot.EntT, o.entityCap);
    story.entB = add(story.entB, Slot.EntB, o.entityCap);
    this.updateEntityNorms(story);
    addCapped(story.numbers, doc.numbers);
    addCapped(story.dates, doc.dates);
    if (doc.published !== null) {
      story.first = Number.isNaN(story.first) ? doc.published : Math.min(story.first, doc.published);
      story.last = Number.isNaN(story.last) ? doc.published : Math.max(story.last, doc.published);
    }
    if (doc.outlet) story.outlets.set(doc.outlet, (story.outlets.get(doc.outlet) ?? 0) + 1);
    if (doc.title && story.headlines.length < HEADLINES_KEPT && !story.headlines.some((h) => h.text === doc.title)) {
      story.headlines.push({ article: doc.id, text: doc.title, language: doc.language, stems: [...p.tf[Slot.StemT]!.keys()] });
    }
    for (const [k, name] of Object.entries(doc.entityNames ?? {})) if (!story.entityNames.has(k)) story.entityNames.set(k, name);
    this.pruneEntityNames(story);
    story.articles.push(doc.id);
    this.articleStory.set(doc.id, story.handle);
    story.touched = this.position;
  }

  updatePartNorms(part: WordPart): void {
    part.norms[0] = vectorNorm(this.vocab, part.tokT);
    part.norms[1] = vectorNorm(this.vocab, part.tokB);
    part.norms[2] = vectorNorm(this.vocab, part.tokT, part.tokB);
    part.norms[3] = vectorNorm(this.vocab, part.stemT);
    part.norms[4] = vectorNorm(this.vocab, part.stemB);
    part.norms[5] = vectorNorm(this.vocab, part.stemT, part.stemB);
  }

  updateEntityNorms(story: StoryState): void {
    story.entNorms[0] = vectorNorm(this.vocab, story.entT);
    story.entNorms[1] = vectorNorm(this.vocab, story.entB);
    story.entNorms[2] = vectorNorm(this.vocab, story.entT, story.entB);
  }

  private pruneEntityNames(story: StoryState): void {
    if (story.entityNames.size <= this.options.entityCap * 2) return;
    const keep = new Set<string>();
    for (const v of [story.entT, story.entB]) for (const id of v.ids) keep.add(this.vocab.terms[id]!);
    for (const k of [...story.entityNames.keys()]) if (!keep.has(k)) story.entityNames.delete(k);
  }

  /** The terms a story is found by: its entities, its title stems and its rarest body stems. */
  indexTerms(story: StoryState): Int32Array {
    let n = story.entT.ids.length + story.entB.ids.length;
    for (const part of story.parts.values()) n += part.stemT.ids.length + Math.min(part.stemB.ids.length, this.options.indexBodyStems);
    const all = new Int32Array(n);
    let k = 0;
    all.set(story.entT.ids, k);
    k += story.entT.ids.length;
    all.set(story.entB.ids, k);
    k += story.entB.ids.length;
    for (const part of story.parts.values()) {
      all.set(part.stemT.ids, k);
      k += part.stemT.ids.length;
      for (const x of heaviest(part.stemB.ids, part.stemB.w, this.options.indexBodyStems, this.vocab)) all[k++] = part.stemB.ids[x]!;
    }
    all.sort();
    let u = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[u++] = all[i]!;
    return all.slice(0, u);
  }

  /** Puts the story in the active pool (most recent end) and its index. */
  private activate(story: StoryState): void {
    const fresh = this.indexTerms(story);
    if (story.archived) {
      this.archiveIndex.remove(story.handle, story.indexed);
      this.archived.delete(story.handle);
      story.archived = false;
      this.activeIndex.add(story.handle, fresh);
    } else if (!sameTerms(fresh, story.indexed)) {
      this.activeIndex.update(story.handle, story.indexed, fresh);
    }
    story.indexed = fresh;
    this.active.delete(story.handle);
    this.active.set(story.handle, story);
  }

  private enforceCaps(): void {
    while (this.active.size > this.options.activeCap) {
      const [handle, story] = this.active.entries().next().value as [number, StoryState];
      this.active.delete(handle);
      this.activeIndex.remove(handle, story.indexed);
      story.archived = true;
      this.archived.set(handle, story);
      this.archiveIndex.add(handle, story.indexed);
    }
    while (this.archived.size > this.options.archiveCap) {
      const [handle, story] = this.archived.entries().next().value as [number, StoryState];
      this.archived.delete(handle);
      this.archiveIndex.remove(handle, story.indexed);
      this.forget(story);
    }
  }

  /** Drops an archived story from memory; its articles' assignments live on in the caller's store. */
  private forget(story: StoryState): void {
    this.byHandle.delete(story.handle);
    this.byId.delete(story.id);
    for (const a of story.articles) if (this.articleStory.get(a) === story.handle) this.articleStory.delete(a);
    for (const [from, to] of this.aliases) if (to === story.id) this.aliases.delete(from);
  }

  /** Folds `gone` into `keep` and records the merge. */
  private merge(keep: StoryState, gone: StoryState): void {
    const o = this.options;
    for (const [lang, g] of gone.parts) {
      const k = keep.parts.get(lang) ?? newWordPart();
      keep.parts.set(lang, k);
      k.articles += g.articles;
      k.tokT = addToVector(k.tokT, asMap(g.tokT), o.titleCap, this.vocab);
      k.tokB = addToVector(k.tokB, asMap(g.tokB), o.bodyCap, this.vocab);
      k.stemT = addToVector(k.stemT, asMap(g.stemT), o.titleCap, this.vocab);
      k.stemB = addToVector(k.stemB, asMap(g.stemB), o.bodyCap, this.vocab);
      this.updatePartNorms(k);
    }
    keep.entT = addToVector(keep.entT, asMap(gone.entT), o.entityCap, this.vocab);
    keep.entB = addToVector(keep.entB, asMap(gone.entB), o.entityCap, this.vocab);
    this.updateEntityNorms(keep);
    for (const [k, n] of gone.numbers) keep.numbers.set(k, (keep.numbers.get(k) ?? 0) + n);
    for (const [k, n] of gone.dates) keep.dates.set(k, (keep.dates.get(k) ?? 0) + n);
    capCounts(keep.numbers);
    capCounts(keep.dates);
    if (!Number.isNaN(gone.first)) {
      keep.first = Number.isNaN(keep.first) ? gone.first : Math.min(keep.first, gone.first);
      keep.last = Number.isNaN(keep.last) ? gone.last : Math.max(keep.last, gone.last);
    }
    for (const [k, n] of gone.outlets) keep.outlets.set(k, (keep.outlets.get(k) ?? 0) + n);
    for (const h of gone.headlines) if (keep.headlines.length < HEADLINES_KEPT && !keep.headlines.some((x) => x.text === h.text)) keep.headlines.push(h);
    for (const [k, n] of gone.entityNames) if (!keep.entityNames.has(k)) keep.entityNames.set(k, n);
    this.pruneEntityNames(keep);
    for (const a of gone.articles) {
      keep.articles.push(a);
      this.articleStory.set(a, keep.handle);
    }
    keep.touched = Math.max(keep.touched, gone.touched);
    // Out of every pool and index; the id now resolves to the survivor.
    this.activeIndex.remove(gone.handle, gone.indexed);
    this.active.delete(gone.handle);
    this.byHandle.delete(gone.handle);
    this.byId.delete(gone.id);
    this.aliases.set(gone.id, keep.id);
    for (const [from, to] of this.aliases) if (to === gone.id) this.aliases.set(from, keep.id);
    this.activate(keep);
  }

  storyOf(articleId: string): string | null {
    const h = this.articleStory.get(articleId);
    return h === undefined ? null : this.byHandle.get(h)!.id;
  }

  resolve(storyId: string): string | null {
    let id = storyId;
    for (let hops = 0; hops < 64; hops++) {
      if (this.byId.has(id)) return id;
      const next = this.aliases.get(id);
      if (next === undefined) return null;
      id = next;
    }
    return null;
  }

  story(storyId: string): StorySummary | null {
    const id = this.resolve(storyId);
    const s = id === null ? undefined : this.byId.get(id);
    return s ? summarize(s, this.vocab) : null;
  }

  stories(): StorySummary[] {
    return [...this.byHandle.values()].sort((a, b) => a.handle - b.handle).map((s) => summarize(s, this.vocab));
  }

  /** Number of stories in the active pool. */
  get activeCount(): number {
    return this.active.size;
  }

  /** snapshot() as JSON text in small pieces (see snapshotJson), for writing a large state without a long pause. */
  snapshotJson(): Generator<string> {
    return snapshotJson(this);
  }

  snapshot(): ClustererSnapshot {
    return snapshotState(this);
  }
}

function survivorFirst(a: StoryState, b: StoryState): [StoryState, StoryState] {
  if (a.articles.length !== b.articles.length) return a.articles.length > b.articles.length ? [a, b] : [b, a];
  return a.handle < b.handle ? [a, b] : [b, a];
}

function asMap(v: TermVector): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < v.ids.length; i++) m.set(v.ids[i]!, v.w[i]!);
  return m;
}

function sameTerms(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function addCapped(counts: Map<string, number>, values: readonly string[]): void {
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  capCounts(counts);
}

/** Keeps the most frequent values (ties: the smaller key), so sets do not grow with the story. */
function capCounts(counts: Map<string, number>): void {
  if (counts.size <= SET_CAP) return;
  const keep = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SET_CAP);
  counts.clear();
  for (const [k, n] of keep) counts.set(k, n);
}
