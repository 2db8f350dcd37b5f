/**
 * Term ids and document frequencies shared by every channel. Terms of
 * different channels rarely collide (entity keys carry a "kind:" prefix);
 * when a token and a stem are the same string they share one id and one
 * document frequency, which is what the weighting wants anyway.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** Document frequency per term id. */
  df: Float64Array = new Float64Array(1024);
  /** ln(df + 1) per term id, kept with df so IDF costs a subtraction. */
  private logDf: Float64Array = new Float64Array(1024);
  private logDocs = 0;
  /** Documents counted. */
  docs = 0;

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.df.length) {
        const grown = new Float64Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
        const logs = new Float64Array(grown.length);
        logs.set(this.logDf);
        this.logDf = logs;
      }
    }
    return id;
  }

  /** Id of a known term, or -1. */
  peek(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  get size(): number {
    return this.terms.length;
  }

  /** Counts one document with these distinct term ids. */
  addDocument(distinct: Iterable<number>): void {
    this.docs++;
    this.logDocs = Math.log(this.docs + 1);
    for (const id of distinct) {
      this.df[id]! += 1;
      this.logDf[id] = Math.log(this.df[id]! + 1);
    }
  }

  /** Smoothed inverse document frequency; never below 1, so no known term weighs nothing. */
  idf(id: number): number {
    return this.logDocs - this.logDf[id]! + 1;
  }

  toJSON(): { terms: string[]; df: number[]; docs: number } {
    return { terms: [...this.terms], df: Array.from(this.df.subarray(0, this.terms.length)), docs: this.docs };
  }

  static fromJSON(data: { terms: string[]; df: number[]; docs: number }): Vocabulary {
    const v = new Vocabulary();
    for (const t of data.terms) v.id(t);
    data.df.forEach((d, i) => {
      v.df[i] = d;
      v.logDf[i] = Math.log(d + 1);
    });
    v.docs = data.docs;
    v.logDocs = Math.log(data.docs + 1);
    return v;
  }
}
