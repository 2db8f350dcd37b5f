/**
 * The plain baseline the clusterer must beat: one TF-IDF vector per article
 * (title and body stems together), cosine against each story's centroid,
 * join the best story when the cosine reaches a threshold tuned on the
 * training part, else open a new one; a single pass. Candidates come from an
 * inverted index too, so it can run at the benchmark's scale.
 */
import type { ClusterDoc } from './doc.js';
import { Vocabulary } from './vocabulary.js';
import { addToVector, dotDense, emptyVector, termFrequencies, vectorNorm, type TermVector } from './term-vector.js';
import { CandidateIndex } from './candidate-index.js';
import { storyIdFor } from './online.js';

export interface BaselineOptions {
  threshold: number;
  /** Terms kept per centroid. */
  cap: number;
  candidates: number;
  maxPosting: number;
  /** Posting entries one index query may walk (heaviest terms first); unlimited by default. */
  walkBudget: number;
  /** Stories kept as candidates (least recently updated leave first). */
  activeCap: number;
}

interface Centroid {
  handle: number;
  id: string;
  v: TermVector;
  norm: number;
  indexed: Int32Array;
}

export class BaselineClusterer {
  readonly options: BaselineOptions;
  private readonly vocab = new Vocabulary();
  private readonly index = new CandidateIndex();
  private readonly stories = new Map<number, Centroid>();
  private readonly articleStory = new Map<string, string>();
  private dense = new Float64Array(1024);
  private next = 0;

  constructor(options: Partial<BaselineOptions> & { threshold: number }) {
    this.options = { cap: 100, candidates: 50, maxPosting: Infinity, walkBudget: Infinity, activeCap: Infinity, ...options };
  }

  add(doc: ClusterDoc): string {
    const seen = this.articleStory.get(doc.id);
    if (seen) return seen;
    const tf = termFrequencies([...doc.titleStems, ...doc.bodyStems].map((t) => this.vocab.id(t)));
    this.vocab.addDocument(tf.keys());
    if (this.dense.length < this.vocab.size) this.dense = new Float64Array(this.vocab.size * 2);
    let norm = 0;
    for (const [id, w] of tf) norm += (w * this.vocab.idf(id)) ** 2;
    norm = Math.sqrt(norm);
    // The article as a unit vector, so every article weighs the same in a centroid.
    const unit = new Map<number, number>();
    for (const [id, w] of tf) {
      const x = norm ? (w * this.vocab.idf(id)) / norm : 0;
      this.dense[id] = x;
      unit.set(id, x / this.vocab.idf(id));
    }
    const terms = [...tf.keys()];
    const handles = this.index.query(terms, terms.map((id) => this.vocab.idf(id)), { limit: this.options.candidates, maxPosting: this.options.maxPosting, budget: this.options.walkBudget });
    let best: Centroid | null = null;
    let bestCos = -1;
    for (const h of handles) {
      const c = this.stories.get(h)!;
      const cos = c.norm ? dotDense(c.v, this.dense, this.vocab) / c.norm : 0;
      if (cos > bestCos || (cos === bestCos && best && h > best.handle)) {
        best = c;
        bestCos = cos;
      }
    }
    for (const id of tf.keys()) this.dense[id] = 0;
    let story = best && bestCos >= this.options.threshold ? best : null;
    if (!story) {
      story = { handle: this.next++, id: storyIdFor(doc.id), v: emptyVector(), norm: 0, indexed: new Int32Array(0) };
    } else {
      this.index.remove(story.handle, story.indexed);
      this.stories.delete(story.handle);
    }
    story.v = addToVector(story.v, unit, this.options.cap, this.vocab);
    story.norm = vectorNorm(this.vocab, story.v);
    story.indexed = story.v.ids;
    this.index.add(story.handle, story.indexed);
    this.stories.set(story.handle, story);
    while (this.stories.size > this.options.activeCap) {
      const [h, old] = this.stories.entries().next().value as [number, Centroid];
      this.index.remove(h, old.indexed);
      this.stories.delete(h);
    }
    this.articleStory.set(doc.id, story.id);
    return story.id;
  }

  storyOf(articleId: string): string | null {
    return this.articleStory.get(articleId) ?? null;
  }

  get activeCount(): number {
    return this.stories.size;
  }
}
