import type { Sentence, Token } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';
import { paragraphSpans } from '../text/paragraphs.js';
import { sentenceSpans } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/** Stemming is the costliest per-token step; news vocabulary repeats, so memoise per pack. */
const stemCaches = new WeakMap<LanguagePack, Map<string, string>>();

function cachedStemmer(pack: LanguagePack): (w: string) => string {
  let cache = stemCaches.get(pack);
  if (!cache) {
    cache = new Map();
    stemCaches.set(pack, cache);
  }
  const c = cache;
  return (w) => {
    let s = c.get(w);
    if (s === undefined) {
      s = pack.stem(w);
      if (c.size > 200_000) c.clear();
      c.set(w, s);
    }
    return s;
  };
}

/** Paragraphs → sentences → tokens, all with offsets into `text`. */
export function segment(text: string, bodyStart: number, pack: LanguagePack): Sentence[] {
  const stem = cachedStemmer(pack);
  const sentences: Sentence[] = [];
  paragraphSpans(text).forEach((para, paragraph) => {
    for (const span of sentenceSpans(text, para.start, para.end, pack.code, pack.abbreviations)) {
      const tokens: Token[] = tokenize(text, span.start, span.end).map((t) => {
        const norm = t.text.toLowerCase();
        const first = t.text[0]!;
        return {
          text: t.text,
          start: t.start,
          end: t.end,
          kind: t.kind,
          norm,
          stem: t.kind === 'word' ? stem(norm) : norm,
          // Cheaper than a Unicode regex: an upper-case first letter changes when lower-cased.
          capitalized: t.kind === 'word' && first !== first.toLowerCase(),
          stop: pack.stopwords.has(norm),
        };
      });
      sentences.push({
        index: sentences.length,
        paragraph,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        headline: bodyStart > 0 && span.start < bodyStart,
        tokens,
      });
    }
  });
  return sentences;
}
