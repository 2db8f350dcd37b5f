/**
 * An article as an API client sends it — {"text"} or {"html"} or {"url"},
 * with optional title, outlet, published, language, author — turned into the
 * ingestion model, through the same parsers the CLI uses. A URL is fetched
 * under the outbound policy: one the policy refuses is the client's mistake
 * (400), never fetched; one that fails upstream is a 502 that says little.
 */
import type { ArticleInput } from '../core/model/article.js';
import { InputError } from '../ingest/errors.js';
import { parseText } from '../ingest/text.js';
import { parseHtml } from '../ingest/html.js';
import { fetchArticles } from '../ingest/fetch-url.js';
import { FetchError } from '../ingest/fetch-error.js';
import type { OutboundPolicy } from '../ingest/http/outbound-policy.js';
import { normaliseDate } from '../ingest/dates.js';
import { normaliseLanguage } from '../ingest/normalize.js';
import { ApiError, badField } from './errors.js';
import { fieldString } from './validate.js';

export const MAX_ARTICLE_CHARS = 2_000_000;
const URL_TIMEOUT_MS = 15_000;

/** `policy`: where URLs may be fetched from; default: the environment's (PARALLAX_ALLOW_HOSTS, PARALLAX_ALLOW_PORTS). */
export async function articleFromBody(body: Record<string, unknown>, field: string, policy?: OutboundPolicy): Promise<ArticleInput[]> {
  const f = (name: string) => `${field}${field ? '.' : ''}${name}`;
  const sub = (name: string, max = 1000) => {
    try {
      return fieldString(body, name, { max });
    } catch (e) {
      throw e instanceof ApiError ? badField(f(name), e.message.replace(/^[^:]*: /, '')) : e;
    }
  };
  const text = sub('text', MAX_ARTICLE_CHARS);
  const html = sub('html', MAX_ARTICLE_CHARS);
  const url = sub('url', 2000);
  const given = [text, html, url].filter((x) => x !== undefined && x.trim() !== '').length;
  if (given !== 1) throw badField(f('text'), 'give exactly one of "text", "html" or "url"');
  const source = sub('source', 300) ?? (url ?? 'api');
  let inputs: ArticleInput[];
  try {
    if (url !== undefined) {
      if (!/^https?:\/\/[^\s]+$/i.test(url)) throw badField(f('url'), 'expected an http(s) URL');
      inputs = await fetchArticles(url, { timeoutMs: URL_TIMEOUT_MS, policy });
    } else if (html !== undefined) {
      inputs = [parseHtml(html, { source })];
    } else {
      inputs = [parseText(text!, { source })];
    }
  } catch (e) {
    if (e instanceof InputError) {
      // A URL the policy refuses is the client's mistake (400); one that cannot be fetched is the upstream's failure (502);
      // text without an article is the client's (422).
      const name = f(url !== undefined ? 'url' : html !== undefined ? 'html' : 'text');
      const status = e instanceof FetchError && e.failure === 'refused' ? 400 : url !== undefined ? 502 : 422;
      throw new ApiError(status, `${name}: ${e.reason}`, name);
    }
    throw e;
  }
  const title = sub('title', 500);
  const outlet = sub('outlet', 200);
  const author = sub('author', 300);
  const publishedRaw = sub('published', 100);
  const languageRaw = sub('language', 20);
  const published = publishedRaw === undefined ? undefined : normaliseDate(publishedRaw);
  if (publishedRaw !== undefined && !published) throw badField(f('published'), 'expected a date like 2024-05-01 or 2024-05-01T08:30:00Z');
  const language = languageRaw === undefined ? undefined : normaliseLanguage(languageRaw);
  if (languageRaw !== undefined && !language) throw badField(f('language'), 'expected a language code like de or en');
  return inputs.map((input) => ({
    ...input,
    source,
    title: title ?? input.title,
    outlet: outlet ?? input.outlet,
    author: author ?? input.author,
    published: published ?? input.published,
    language: language ?? input.language,
    provenance: {
      ...input.provenance,
      ...(title ? { title: 'argument' as const } : {}),
      ...(outlet ? { outlet: 'argument' as const } : {}),
      ...(published ? { published: 'argument' as const } : {}),
      ...(language ? { language: 'argument' as const } : {}),
    },
  }));
}
