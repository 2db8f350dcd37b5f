import type { Sentence, Token, TokenKind } from '../model/analysis.js';
import type { LanguagePack } from '../lang/pack.js';
import { paragraphSpans } from '../text/paragraphs.js';
import { sentenceSpans } from '../text/sentences.js';
import { tokenizeInto } from '../text/tokenize.js';

/**
 * What a token's text alone decides: its lower-cased form, stem, capitalisation
 * and stopword status. News vocabulary repeats, so each form is worked out once
 * per pack (stemming is the costliest per-token step), and every token of one form
 * shares the same strings: later map look-ups on them reuse the strings' hashes.
 */
interface Lexeme {
  text: string;
  kind: TokenKind;
  norm: string;
  stem: string;
  capitalized: boolean;
  stop: boolean;
}

const lexemeCaches = new WeakMap<LanguagePack, Map<string, Lexeme>>();
const MAX_LEXEMES = 200_000;

function lexemesOf(pack: LanguagePack): Map<string, Lexeme> {
  let cache = lexemeCaches.get(pack);
  if (!cache) {
    cache = new Map();
    lexemeCaches.set(pack, cache);
  }
  return cache;
}

function makeLexeme(pack: LanguagePack, text: string, kind: TokenKind): Lexeme {
  const norm = text.toLowerCase();
  const first = text[0]!;
  return {
    text,
    kind,
    norm,
    stem: kind === 'word' ? pack.stem(norm) : norm,
    // Cheaper than a Unicode regex: an upper-case first letter changes when lower-cased.
    capitalized: kind === 'word' && first !== first.toLowerCase(),
    stop: pack.stopwords.has(norm),
  };
}

/** Paragraphs → sentences → tokens, all with offsets into `text`. */
export function segment(text: string, bodyStart: number, pack: LanguagePack): Sentence[] {
  const lexemes = lexemesOf(pack);
  const token = (raw: string, start: number, end: number, kind: TokenKind): Token => {
    let lx = lexemes.get(raw);
    if (lx === undefined || lx.kind !== kind) {
      lx = makeLexeme(pack, raw, kind);
      if (lexemes.size >= MAX_LEXEMES) lexemes.clear();
      lexemes.set(raw, lx);
    }
    // Property order is the stored JSON's order.
    return { text: lx.text, start, end, kind, norm: lx.norm, stem: lx.stem, capitalized: lx.capitalized, stop: lx.stop };
  };
  const sentences: Sentence[] = [];
  const paragraphs = paragraphSpans(text);
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const para = paragraphs[paragraph]!;
    for (const span of sentenceSpans(text, para.start, para.end, pack)) {
      sentences.push({
        index: sentences.length,
        paragraph,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        headline: bodyStart > 0 && span.start < bodyStart,
        tokens: tokenizeInto(text, span.start, span.end, token),
      });
    }
  }
  return sentences;
}
