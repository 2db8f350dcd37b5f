/**
 * The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json.
 * The comparison report's own schema is the CLI's JSON contract
 * (schema/comparison-report.schema.json); here it is referenced by name.
 */
import { SCHEMA_VERSION } from '../core/model/report.js';

const str = { type: 'string' };
const int = { type: 'integer' };
const nullableStr = { type: ['string', 'null'] };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const q = (name: string, description: string, schema: object = str, required = false) => ({ name, in: 'query', required, description, schema });
const paging = [q('limit', 'page size, 1–500 (default 20)', int), q('offset', 'items to skip (default 0)', int)];
const page = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: { items: { type: 'array', items: ref(item) }, total: int, limit: int, offset: int },
});
const writeSecurity = [{ bearer: [] }, {}];

/** Routes that make the server fetch or analyse: rate-limited and run on the thread pool with a budget. */
const HEAVY = new Set(['POST /api/compare', 'POST /api/articles', 'POST /api/feeds']);

/** The answers every operation can give, whatever it does (docs/SECURITY.md). */
function withCommonAnswers<T extends { paths: object }>(doc: T): T {
  for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)) {
    for (const [method, op] of Object.entries(operations)) {
      op.responses[421] ??= error('the Host header names none of the server’s names (--allowed-hosts)');
      if (path !== '/api/health') op.responses[401] ??= error('missing or wrong token (writes when PARALLAX_TOKEN is set; reads too with --private-reads)');
      if (HEAVY.has(`${method.toUpperCase()} ${path}`)) op.responses[429] ??= error('over the per-client rate limit; see Retry-After');
      if (method === 'post' && (path === '/api/compare' || path === '/api/articles')) {
        op.responses[413] ??= error('the body is over 8 MB, or the analysis needed more than its memory budget');
        op.responses[503] ??= error('the analysis ran over its time budget, or the server is busy');
      }
    }
  }
  return doc;
}

export function openApiDocument(): object {
  return withCommonAnswers({
    openapi: '3.1.0',
    info: {
      title: 'Parallax API',
      version: '0.1.0',
      description: `Articles, stories and their comparisons. Reports follow the comparison report schema ${SCHEMA_VERSION}. Writes need a bearer token (scheme case-insensitive) when the server has PARALLAX_TOKEN set; with --private-reads, every route but /api/health does. Errors are {"error":{"status","message","field"}}.`,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['status', 'message'], properties: { status: int, message: str, field: str } } },
        },
        ArticleIn: {
          type: 'object',
          description: 'Exactly one of text, html or url.',
          properties: { text: str, html: str, url: { type: 'string', format: 'uri' }, title: str, outlet: str, published: str, language: str, author: str, source: str },
        },
        ArticleSummary: {
          type: 'object',
          properties: {
            id: str, seq: int, source: str, url: nullableStr, outlet: str, title: nullableStr, language: str, published: nullableStr,
            author: nullableStr, ingestedAt: str, storyId: nullableStr, syndicatedFrom: nullableStr, words: int,
          },
        },
        IngestOutcome: {
          type: 'object',
          properties: {
            source: str, status: { enum: ['added', 'duplicate'] }, articleId: str, title: nullableStr,
            storyId: {
              ...nullableStr,
              description:
                'null while the article is pending: another process (on PostgreSQL, a worker) holds the story assignment lease and assigns it within seconds, in ingestion order; GET /api/articles/{id} shows its story then',
            },
          },
        },
        Story: {
          type: 'object',
          properties: {
            id: str, title: str, firstPublished: nullableStr, lastPublished: nullableStr, size: int,
            outlets: { type: 'array', items: str }, languages: { type: 'array', items: str },
            keyEntities: { type: 'array', items: { type: 'object', properties: { key: str, name: str, type: str, articles: int } } },
            conflicts: { type: ['integer', 'null'] }, updatedSeq: int,
          },
        },
        ComparisonReport: { type: 'object', description: 'See schema/comparison-report.schema.json in the repository.' },
        Entity: { type: 'object', properties: { key: str, name: str, type: str, articles: int, stories: int } },
        SearchHit: { type: 'object', properties: { article: ref('ArticleSummary'), snippet: str, rank: { type: 'number' } } },
        Feed: { type: 'object', properties: { url: str, title: nullableStr, addedAt: str, state: { type: 'object' } } },
      },
    },
    paths: {
      '/api/health': { get: { summary: 'Liveness and article count', responses: { 200: json({ type: 'object' }, 'ok') } } },
      '/api/articles': {
        get: {
          summary: 'List stored articles, newest first',
          parameters: [q('language', 'ISO 639-1 code'), q('outlet', 'outlet name'), q('story', 'story id'), ...paging],
          responses: { 200: json(page('ArticleSummary'), 'a page of articles'), 400: error('a bad parameter') },
        },
        post: {
          summary: 'Add an article (text, HTML or URL); it is analysed and put into a story',
          security: writeSecurity,
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleIn') } } },
          responses: {
            201: json({ type: 'object', properties: { articles: { type: 'array', items: ref('IngestOutcome') } } }, 'stored'),
            200: json({ type: 'object', properties: { articles: { type: 'array', items: ref('IngestOutcome') } } }, 'already stored; nothing changed'),
            400: error('a bad field'), 401: error('missing or wrong token'), 413: error('body too large'), 415: error('not JSON'),
            422: error('the text or HTML holds no article'), 502: error('the URL could not be fetched'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its analysis (sentences, entities, mentions, quotes, attributions; no tokens)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
          responses: { 200: json({ type: 'object', properties: { article: ref('ArticleSummary'), analysis: { type: 'object' } } }, 'the article'), 404: error('no such article') },
        },
      },
      '/api/stories': {
        get: {
          summary: 'List stories with filters and paging',
          parameters: [
            q('language', 'stories with articles in this language'), q('outlet', 'stories this outlet covers'),
            q('from', 'stories running on or after this date (YYYY-MM-DD)'), q('to', 'stories running on or before this date'),
            q('q', 'words the stories’ articles contain'), q('minSize', 'at least this many articles', int),
            q('sort', 'recent (default) or largest', { enum: ['recent', 'largest'] }), ...paging,
          ],
          responses: { 200: json(page('Story'), 'a page of stories'), 400: error('a bad parameter') },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'A story with its articles and full comparison (merged ids resolve to the surviving story)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
          responses: {
            200: json({ type: 'object', properties: { story: ref('Story'), mergedFrom: nullableStr, articles: { type: 'array', items: ref('ArticleSummary') }, report: ref('ComparisonReport') } }, 'the story'),
            404: error('no such story'),
          },
        },
      },
      '/api/compare': {
        post: {
          summary: 'Compare articles without storing them (unless store is true)',
          security: writeSecurity,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['articles'], properties: { articles: { type: 'array', minItems: 1, maxItems: 50, items: ref('ArticleIn') }, store: { type: 'boolean' } } } } },
          },
          responses: { 200: json(ref('ComparisonReport'), 'the comparison report (the CLI’s JSON contract)'), 400: error('a bad field'), 422: error('an article holds no text'), 502: error('a URL could not be fetched') },
        },
      },
      '/api/entities': {
        get: {
          summary: 'Find entities by name',
          parameters: [q('q', 'part of the name', str, true), q('limit', 'most results', int)],
          responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: ref('Entity') } } }, 'matching entities'), 400: error('q missing') },
        },
      },
      '/api/entities/{key}': {
        get: {
          summary: 'An entity with its stories, the outlets naming it and the labels each gives it',
          parameters: [{ name: 'key', in: 'path', required: true, schema: str, description: 'e.g. country:KP or name:vladimir putin (URL-encoded)' }],
          responses: { 200: json({ type: 'object' }, 'the entity'), 404: error('no such entity') },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over articles',
          parameters: [q('q', 'words (all must occur; word* for prefixes)', str, true), ...paging],
          responses: { 200: json(page('SearchHit'), 'hits, best first'), 400: error('q missing') },
        },
      },
      '/api/feeds': {
        get: { summary: 'Subscribed feeds with their health', responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: ref('Feed') } } }, 'feeds') } },
        post: {
          summary: 'Subscribe to a feed (on PostgreSQL its first poll is queued with the subscription, for parallax worker)',
          security: writeSecurity,
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['url'], properties: { url: str, title: str } } } } },
          responses: { 201: json({ type: 'object' }, 'subscribed'), 200: json({ type: 'object' }, 'already subscribed'), 400: error('a bad field'), 401: error('missing or wrong token') },
        },
        delete: {
          summary: 'Unsubscribe',
          security: writeSecurity,
          parameters: [q('url', 'the feed URL', str, true)],
          responses: { 200: json({ type: 'object' }, 'removed'), 404: error('not subscribed'), 401: error('missing or wrong token') },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } } },
    },
  });
}
