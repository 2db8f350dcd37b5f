import { createHash } from 'node:crypto';
import type { Article, ArticleInput } from './model/article.js';
import { detectLanguage, type StopwordSet } from './lang/detect.js';

/** Normalises whitespace so that the same article read twice gets the same id. */
function normaliseParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** A stable content id: the hash of the normalised headline and body. */
export function contentId(title: string | null, body: string): string {
  return idOfNormalised(title ? normaliseParagraphs(title).join(' ') : null, normaliseParagraphs(body));
}

/** `contentId` from an already normalised headline and body paragraphs. */
function idOfNormalised(title: string | null, paragraphs: readonly string[]): string {
  const key = [title ?? '', ...paragraphs].join('\n');
  return createHash('sha256').update(key.normalize('NFC')).digest('hex').slice(0, 16);
}

/** Settles identity, outlet, language and the analysed text of an ingested article. */
export function buildArticle(input: ArticleInput, languages: readonly StopwordSet[] = []): Article {
  const title = input.title ? normaliseParagraphs(input.title).join(' ') : null;
  const paragraphs = normaliseParagraphs(input.body);
  const body = paragraphs.join('\n\n');
  const text = title ? `${title}\n\n${body}` : body;
  const provenance = { ...input.provenance };
  let language = input.language ? input.language.toLowerCase().slice(0, 2) : null;
  if (!language) {
    language = detectLanguage(text, languages);
    provenance.language = 'detected';
  }
  return {
    // The body is normalised once, for both its text and its id.
    id: idOfNormalised(title, paragraphs),
    source: input.source,
    title,
    outlet: input.outlet?.trim() || 'unknown outlet',
    url: input.url,
    author: input.author,
    published: input.published,
    language,
    text,
    bodyStart: title ? title.length + 2 : 0,
    provenance,
  };
}
