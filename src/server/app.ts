/**
 * The HTTP API: JSON over HTTP on the service, described by openapi.ts.
 * Reads are open unless private; writes need `Authorization: Bearer
 * $PARALLAX_TOKEN` when a token is configured (security.ts, docs/SECURITY.md).
 * Only our API and our built web assets are served.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import type { ParallaxService } from '../service/service.js';
import { ApiError, badField } from './errors.js';
import { openApiDocument } from './openapi.js';
import { fieldString, jsonObject, optionalDate, optionalEnum, optionalInt, optionalString } from './validate.js';
import { serveWebAssets } from './web-assets.js';
import { LruCache } from './lru.js';
import { acceptsGzip } from './encoding.js';
import { gzipSync } from 'node:zlib';
import { StoreFeedRepository } from '../service/feed-repository.js';
import { feedHealth } from '../ingest/feeds/subscriptions.js';
import { subscribe } from '../ingest/feeds/subscriptions.js';
import { installSecurity, type SecurityOptions } from './security.js';
import { maskingReviver, maskUrlSecrets } from './security-mask.js';
import { feedForApi, resolveShownFeedUrl } from './security-feeds.js';
import type { OutboundPolicy } from '../ingest/http/outbound-policy.js';
import { InputError } from '../ingest/errors.js';
import { HeavyWork } from './heavy-work.js';
import type { WorkPool } from './work-pool.js';

export interface AppOptions extends SecurityOptions {
  /** Largest request body in bytes (default 8 MB). */
  maxBodyBytes?: number;
  /** Where URLs in requests may be fetched from (docs/SECURITY.md, outbound requests); default: the environment's policy. */
  outbound?: OutboundPolicy;
  /** Folder with the built web app; omitted: API only. */
  webRoot?: string | null;
  /** Threads for extraction, analysis and comparison; none: that work runs on the event loop (tests of the app alone). */
  work?: WorkPool | null;
}

/** Methods whose requests carry a body to limit. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Smaller answers are not worth compressing. */
const GZIP_MIN_BYTES = 1024;

interface CachedAnswer {
  raw: Uint8Array;
  /** Compressed on the first request that accepts gzip. */
  gzip: Uint8Array | null;
}


/** The analysis an article view needs: everything but per-token data. */
function articleView(analysis: ArticleAnalysis) {
  return { ...analysis, sentences: analysis.sentences.map(({ tokens: _tokens, ...s }) => s) };
}

export function createApp(service: ParallaxService, options: AppOptions = {}): Hono {
  const app = new Hono();
  const store = service.store;
  // Answers to the busy reads, kept until anything is written (by us or another process).
  const answers = new LruCache<string, CachedAnswer>(500);
  // `version`: what the answer depends on, when narrower than "anything written" (a story page: its story's state).
  // One change mark per turn of the event loop serves every request of that turn (a query each cost 5 % of a
  // loaded server's time); a mark read a moment earlier is still one the answers read after it are no older than.
  let turnMark: Promise<string> | null = null;
  const changeMark = () => {
    if (turnMark === null) {
      turnMark = store.changeMark();
      setImmediate(() => {
        turnMark = null;
      });
    }
    return turnMark;
  };
  const cached = async (c: Context, produce: () => Promise<unknown>, version?: string) => {
    const key = `${version ?? (await changeMark())}|${c.req.url}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      // Kept as bytes: encoding a large page again for every request costs more than serving it.
      // Masked here: bytes do not pass the answers middleware, which masks what goes through c.json.
      answer = { raw: Buffer.from(JSON.stringify(await produce(), maskingReviver), 'utf8'), gzip: null };
      // Producing may itself write (a story's first comparison); key the answer by the mark after it.
      answers.set(version === undefined ? `${await changeMark()}|${c.req.url}` : key, answer);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', vary: 'accept-encoding' };
    // A story page is hundreds of KB of JSON that compresses ~8x: compress once per answer, not per request.
    if (answer.raw.length >= GZIP_MIN_BYTES && acceptsGzip(c.req.header('accept-encoding'))) {
      answer.gzip ??= gzipSync(answer.raw, { level: 6 });
      headers['content-encoding'] = 'gzip';
      return c.body(answer.gzip as Uint8Array<ArrayBuffer>, 200, headers);
    }
    return c.body(answer.raw as Uint8Array<ArrayBuffer>, 200, headers);
  };

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.toJSON(), err.status);
    // An article that cannot be analysed (analysis-error.ts) is this request's problem, not the server's.
    if (err instanceof InputError) return c.json(new ApiError(422, err.message).toJSON(), 422);
    process.stderr.write(`parallax serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.message : String(err)}\n`);
    return c.json(new ApiError(500, 'internal error; the server log has details').toJSON(), 500);
  });
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json(new ApiError(404, `${c.req.path}: no such endpoint`).toJSON(), 404);
    return c.json(new ApiError(404, 'not found').toJSON(), 404);
  });

  installSecurity(app, options);
  const limitBody = bodyLimit({
    maxSize: options.maxBodyBytes ?? 8 * 1024 * 1024,
    onError: (c) => c.json(new ApiError(413, `body: larger than ${Math.round((options.maxBodyBytes ?? 8 * 1024 * 1024) / 1024)} KB`, 'body').toJSON(), 413),
  });
  // Only requests that may carry a body: asking a GET for its body builds a whole Fetch Request (12 % of a read's CPU under load).
  app.use('/api/*', (c, next) => (BODY_METHODS.has(c.req.method) ? limitBody(c, next) : next()));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/health', async (c) => c.json({ ok: true, articles: await store.countArticles() }));

  // Extraction, analysis and comparison run on the thread pool (heavy-work.ts): the event loop stays free for reads.
  const heavy = new HeavyWork(service, options.work ?? null, options.outbound);
  app.post('/api/articles', (c) => heavy.postArticles(c));

  app.get('/api/articles', async (c) => {
    const q = c.req.query();
    const page = await store.listArticles({
      language: optionalString(q, 'language', 20),
      outlet: optionalString(q, 'outlet', 200),
      storyId: optionalString(q, 'story', 100),
      limit: optionalInt(q, 'limit', 1, 500),
      offset: optionalInt(q, 'offset', 0, 1e9),
    });
    return c.json(page);
  });

  app.get('/api/articles/:id', async (c) => {
    const a = await store.getArticle(c.req.param('id'));
    if (!a) throw new ApiError(404, `article ${c.req.param('id')}: not found`);
    const { analysis, ...summary } = a;
    return c.json({ article: summary, analysis: articleView(analysis) });
  });

  app.get('/api/stories', async (c) => {
    const q = c.req.query();
    const filter = {
      language: optionalString(q, 'language', 20),
      outlet: optionalString(q, 'outlet', 200),
      from: optionalDate(q, 'from'),
      to: optionalDate(q, 'to'),
      text: optionalString(q, 'q', 300),
      minSize: optionalInt(q, 'minSize', 1, 1e6),
      sort: optionalEnum(q, 'sort', ['recent', 'largest'] as const),
      limit: optionalInt(q, 'limit', 1, 500),
      offset: optionalInt(q, 'offset', 0, 1e9),
    };
    return cached(c, () => store.listStories(filter));
  });

  app.get('/api/stories/:id', async (c) => {
    const id = c.req.param('id');
    const resolved = await store.resolveStoryId(id);
    const story = resolved === null ? null : await store.getStory(resolved);
    if (!story) throw new ApiError(404, `story ${id}: not found`);
    // The page changes only with its story (an article joins, a merge, a new comparison: each moves updatedSeq,
    // size or conflicts), not with every write elsewhere: under a stream of new articles it is still served from memory.
    const version = `story ${story.id} ${story.updatedSeq} ${story.size} ${story.conflicts}`;
    return cached(
      c,
      async () => {
        const found = await service.storyReport(id);
        if (!found) throw new ApiError(404, `story ${id}: not found`);
        return { story: found.story, mergedFrom: found.story.id !== id ? id : null, articles: found.articles, report: found.report };
      },
      version,
    );
  });

  app.post('/api/compare', (c) => heavy.postCompare(c));

  app.get('/api/entities', async (c) => {
    const q = c.req.query();
    const text = optionalString(q, 'q', 200);
    if (!text) throw badField('q', 'required: the name to look for');
    return c.json({ items: await store.searchEntities(text, { limit: optionalInt(q, 'limit', 1, 500) }) });
  });

  app.get('/api/entities/:key', async (c) => {
    const key = c.req.param('key');
    const found = await service.entity(key);
    if (!found) throw new ApiError(404, `entity ${key}: not found`);
    return c.json(found);
  });

  app.get('/api/search', async (c) => {
    const q = c.req.query();
    const text = optionalString(q, 'q', 300);
    if (!text) throw badField('q', 'required: the words to find');
    return c.json(await store.search(text, { limit: optionalInt(q, 'limit', 1, 500), offset: optionalInt(q, 'offset', 0, 1e9) }));
  });

  const feedRepo = new StoreFeedRepository(store);
  // Feed URLs may carry keys and error texts internal addresses: the API shows neither (security-feeds.ts).
  app.get('/api/feeds', async (c) => c.json({ items: (await feedRepo.list()).map((s) => feedForApi(feedHealth(s))) }));
  app.post('/api/feeds', async (c) => {
    const body = await jsonObject(c.req.raw);
    const url = fieldString(body, 'url', { required: true, max: 2000 })!;
    if (!/^https?:\/\/[^\s]+$/i.test(url)) throw badField('url', 'expected an http(s) URL');
    const title = fieldString(body, 'title', { max: 300 }) ?? null;
    const minutes = body.intervalMinutes;
    if (minutes !== undefined && (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 10_080)) {
      throw badField('intervalMinutes', 'expected a whole number of minutes from 1 to 10080');
    }
    const subscribed = await subscribe(feedRepo, url, { title, intervalMs: typeof minutes === 'number' ? minutes * 60_000 : null, policy: options.outbound }).catch((e: unknown) => {
      // A feed on an address the outbound policy refuses (written as one, or localhost).
      throw e instanceof InputError ? badField('url', e.reason) : e;
    });
    const { state, created } = subscribed;
    return c.json({ feed: feedForApi(feedHealth(state)) }, created ? 201 : 200);
  });
  app.delete('/api/feeds', async (c) => {
    const url = optionalString(c.req.query(), 'url', 2000);
    if (!url) throw badField('url', 'required: the feed URL to remove');
    // The masked URL the list shows is accepted when it names one subscription.
    const target = resolveShownFeedUrl(url, (await feedRepo.list()).map((s) => s.url));
    if (target === 'ambiguous') throw new ApiError(409, `feed ${maskUrlSecrets(url)}: several subscriptions look like this once masked; give the full URL`, 'url');
    if (target === null || !(await feedRepo.remove(target))) throw new ApiError(404, `feed ${maskUrlSecrets(url)}: not subscribed`);
    return c.json({ removed: maskUrlSecrets(target) });
  });

  app.all('/api/*', (c: Context) => c.json(new ApiError(404, `${c.req.method} ${c.req.path}: no such endpoint`).toJSON(), 404));

  if (options.webRoot) serveWebAssets(app, options.webRoot);
  return app;
}
