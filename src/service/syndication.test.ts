import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { parseText } from '../ingest/text.js';
import { ParallaxService } from './service.js';
import { onlineStoryAssigner } from './default-stories.js';

const wire = readFileSync(new URL('../../fixtures/stories/de-hochwasser/donaupost.txt', import.meta.url), 'utf8');

test('the same wire text from two outlets is linked as syndication and confirms nothing', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'parallax-syndication-')), 'store.db');
  const service = new ParallaxService(openSqliteStore(path), onlineStoryAssigner());
  const original = parseText(wire, { source: 'donaupost.txt' });
  // Another outlet runs the agency text with its own headline and a dateline.
  const copy = { ...original, source: 'copy.txt', outlet: 'Inntal-Anzeiger', title: 'Flut: Drei Tote in Passau', body: `PASSAU (dpa) – ${original.body}` };
  const a = await service.ingest({ input: original });
  const b = await service.ingest({ input: copy });
  assert.equal(b.status, 'added');
  assert.notEqual(a.articleId, b.articleId);
  assert.equal(b.storyId, a.storyId);
  const stored = await service.store.getArticle(b.articleId);
  assert.equal(stored!.syndicatedFrom, a.articleId);
  const { report } = (await service.storyReport(a.storyId!))!;
  assert.equal(report.articles.find((x) => x.id === b.articleId)!.syndicatedFrom, a.articleId);
  assert.equal(report.facts.filter((f) => f.status === 'shared').length, 0, 'a copy does not confirm its original');
  // A restarted service rebuilds the index from the store and still links the next copy.
  await service.close();
  const restarted = new ParallaxService(openSqliteStore(path), onlineStoryAssigner());
  const third = await restarted.ingest({ input: { ...copy, source: 'third.txt', outlet: 'Waldbote', title: 'Drei Tote nach Hochwasser' } });
  assert.ok((await restarted.store.getArticle(third.articleId))!.syndicatedFrom);
  await restarted.close();
});
