/**
 * An article whose analysis throws is that article's failure: an InputError
 * naming it and the cause, after which the service goes on storing others,
 * and which the API answers with 422, not 500.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnalysisError, MAX_ARTICLE_CHARS, analyzeOrFail, defaultAnalyzer, type Analyzer } from './analysis-error.js';
import { InputError } from './ingest/errors.js';
import { buildArticle } from './core/article.js';
import { packs } from './lang/index.js';
import { openSqliteStore } from './store/sqlite/sqlite-store.js';
import { ParallaxService } from './service/service.js';
import { onlineStoryAssigner } from './service/default-stories.js';
import { createApp } from './server/app.js';

const input = (title: string, body: string) => ({ source: 'dump.jsonl', title, body, outlet: 'Blatt', url: null, author: null, published: null, language: 'de', provenance: {} });
const overflow: Analyzer = (article) => {
  if (article.text.includes('Gift')) throw new RangeError('Maximum call stack size exceeded');
  return defaultAnalyzer(article);
};

describe('analysis failures', () => {
  it('become an InputError naming the article and the cause', () => {
    const article = buildArticle(input('Gift im Brunnen', 'Gift wurde gefunden, sagte die Polizei.'), packs);
    assert.throws(
      () => analyzeOrFail(article, overflow),
      (e: unknown) => {
        assert.ok(e instanceof AnalysisError && e instanceof InputError);
        assert.equal(e.message, 'dump.jsonl "Gift im Brunnen": cannot be analysed (RangeError: Maximum call stack size exceeded)');
        assert.ok(e.cause instanceof RangeError);
        return true;
      },
    );
  });

  it('a text longer than an analysis can finish in time is refused before any work, naming the limit', () => {
    const body = 'Die Stadt baut. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 16) + 1);
    const article = buildArticle(input('Lang', body), packs);
    let analysed = false;
    assert.throws(
      () => analyzeOrFail(article, () => ((analysed = true), defaultAnalyzer(article))),
      (e: unknown) => e instanceof InputError && /^dump\.jsonl "Lang": text too long to analyse \(8 MB; at most 8 MB\)$/.test(e.message),
    );
    assert.equal(analysed, false);
  });

  it('the service reports the article that failed and keeps storing the next ones', async () => {
    const service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner(), { analyze: overflow });
    try {
      await assert.rejects(service.ingest({ input: input('Gift im Brunnen', 'Gift wurde gefunden.') }), AnalysisError);
      const ok = await service.ingest({ input: input('Hochwasser in Passau', 'Das Hochwasser hat in Passau drei Menschen das Leben gekostet.') });
      assert.equal(ok.status, 'added');
      assert.equal(await service.store.countArticles(), 1);
    } finally {
      await service.close();
    }
  });

  it('the API answers 422 with the message for an article that cannot be analysed, and still 500 for its own faults', async () => {
    const service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner(), { analyze: overflow });
    try {
      const app = createApp(service, { rateLimitPerMinute: 0 });
      // Routes of this test only: the app's error handling is what is under test.
      app.post('/test/analysis', () => {
        service.analyze(input('Gift im Brunnen', 'Gift wurde gefunden.'));
        throw new Error('not reached');
      });
      app.post('/test/bug', () => {
        throw new TypeError('a bug');
      });
      const post = (path: string) => app.request(`http://127.0.0.1${path}`, { method: 'POST', headers: { host: '127.0.0.1', 'content-type': 'application/json' }, body: '{}' });
      const failed = await post('/test/analysis');
      assert.equal(failed.status, 422);
      assert.deepEqual(await failed.json(), { error: { status: 422, message: 'dump.jsonl "Gift im Brunnen": cannot be analysed (RangeError: Maximum call stack size exceeded)' } });
      assert.equal((await post('/test/bug')).status, 500);
    } finally {
      await service.close();
    }
  });
});
