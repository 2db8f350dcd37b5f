/**
 * The demo corpus shows what it is written to show: one story per folder (two
 * earthquakes kept apart, one German/English story kept together), several
 * outlets each, and across the corpus shared and exclusive facts, conflicts of
 * every kind, quotes given directly by one outlet and paraphrased by another,
 * framing cues, and a capital standing for its government.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ComparisonReport } from '../core/model/report.js';
import type { ArticleSummary, StorySummary } from '../store/records.js';
import { ParallaxService } from './service.js';
import { onlineStoryAssigner } from './default-stories.js';
import { DEMO_ROOT, loadDemo } from './demo.js';

interface DemoStory {
  summary: StorySummary;
  articles: ArticleSummary[];
  report: ComparisonReport;
}

const folders = readdirSync(DEMO_ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const fileCount = folders.reduce((n, f) => n + readdirSync(join(DEMO_ROOT, f)).length, 0);
const folderOf = (source: string): string => basename(dirname(source));

describe('demo corpus', () => {
  let service: ParallaxService;
  let added = 0;
  const stories: DemoStory[] = [];

  before(async () => {
    service = new ParallaxService(openSqliteStore(':memory:'), onlineStoryAssigner());
    added = await loadDemo(service);
    const page = await service.store.listStories({ limit: 100 });
    for (const summary of page.items) {
      const shown = await service.storyReport(summary.id);
      assert.ok(shown?.report, `story ${summary.title} has a comparison`);
      stories.push({ summary, articles: await service.store.storyArticles(summary.id), report: shown.report });
    }
  });
  after(async () => {
    await service.close();
  });

  test('every demo file is ingested', () => {
    assert.ok(folders.length >= 5, 'at least five stories written');
    assert.equal(added, fileCount);
  });

  test('each folder becomes exactly one story, and no story mixes two folders', () => {
    for (const s of stories) {
      const from = new Set(s.articles.map((a) => folderOf(a.source)));
      assert.equal(from.size, 1, `story "${s.summary.title}" mixes ${[...from].join(', ')}`);
    }
    const storiesPerFolder = new Map<string, number>();
    for (const s of stories) {
      const f = folderOf(s.articles[0]!.source);
      storiesPerFolder.set(f, (storiesPerFolder.get(f) ?? 0) + 1);
    }
    for (const f of folders) assert.equal(storiesPerFolder.get(f), 1, `${f} is split into ${storiesPerFolder.get(f) ?? 0} stories`);
  });

  test('every story has three or more outlets, shared facts and facts only one outlet reports', () => {
    assert.ok(stories.length >= 5);
    for (const s of stories) {
      assert.ok(s.summary.outlets.length >= 3, `${s.summary.title}: ${s.summary.outlets.length} outlets`);
      assert.ok(s.report.facts.some((f) => f.status === 'shared' && f.outlets.length >= 3), `${s.summary.title}: a fact three outlets share`);
      assert.ok(s.report.facts.some((f) => f.status === 'exclusive'), `${s.summary.title}: an exclusive fact`);
      assert.ok(s.report.brief.length >= 3, `${s.summary.title}: a brief`);
    }
  });

  test('both languages, and one story told in both', () => {
    const languages = new Set(stories.flatMap((s) => s.summary.languages));
    assert.ok(languages.has('de') && languages.has('en'));
    const mixed = stories.filter((s) => s.summary.languages.length > 1);
    assert.equal(mixed.length, 1);
    // Its facts line up across languages: a fact stated by a German and an English outlet.
    const report = mixed[0]!.report;
    const lang = new Map(report.articles.map((a) => [a.id, a.language]));
    assert.ok(report.facts.some((f) => f.status !== 'exclusive' && new Set(f.articles.map((id) => lang.get(id))).size === 2));
  });

  test('conflicts of every kind: numbers, dates and places', () => {
    const kinds = new Set<string>(stories.flatMap((s) => s.report.facts.flatMap((f) => f.conflicts.map((c) => c.kind))));
    for (const kind of ['number', 'date', 'place']) assert.ok(kinds.has(kind), `a ${kind} conflict`);
    const withConflict = stories.filter((s) => s.report.facts.some((f) => f.status === 'conflict'));
    assert.ok(withConflict.length >= 5, `${withConflict.length} stories with a conflict`);
  });

  test('the same person quoted by several outlets, directly by one and paraphrased by another', () => {
    const groups = stories.flatMap((s) => s.report.quoteGroups.map((g) => ({ g, s })));
    const mixed = groups.filter(({ g }) => g.mixedKinds && g.speakerName && g.articles.length >= 3);
    assert.ok(mixed.length >= 3, `${mixed.length} quote groups mixing direct and indirect speech`);
    assert.ok(groups.some(({ g }) => g.wordingDiffers));
    // The judge in the trial story is quoted by three outlets.
    const judge = groups.find(({ g }) => g.speakerName === 'Eleanor Whitcombe');
    assert.ok(judge && judge.g.articles.length >= 3);
  });

  test('framing: distancing cues, hedges, loaded words and labels differ by outlet', () => {
    const framing = stories.flatMap((s) => s.report.framing);
    const cues = new Set(framing.flatMap((f) => f.actors.flatMap((a) => a.cues.map((c) => c.toLowerCase()))));
    for (const cue of ['behauptete', 'claimed']) assert.ok(cues.has(cue), `cue ${cue}`);
    const hedges = new Set(framing.flatMap((f) => f.hedges.map((h) => h.text.toLowerCase())));
    for (const hedge of ['angeblich', 'allegedly']) assert.ok(hedges.has(hedge), `hedge ${hedge}`);
    const loaded = new Set(framing.flatMap((f) => f.loadedWords.map((w) => w.text.toLowerCase())));
    for (const word of ['regime', 'machthaber', 'reckless']) assert.ok(loaded.has(word), `loaded word ${word}`);
    // One president, two labels: "Präsident" in one outlet, "Machthaber" in another.
    const labels = new Set(framing.flatMap((f) => f.actors.filter((a) => a.actorName === 'Arkadi Velmar').flatMap((a) => a.labels)));
    assert.ok(labels.has('Präsident') && labels.has('Machthaber'), `Velmar's labels: ${[...labels].join(', ')}`);
  });

  test('a capital speaking for its government ("Berlin kündigte an", "Dublin said")', () => {
    const institutions = stories.flatMap((s) => s.report.entities.filter((e) => e.institution).map((e) => e.aliases));
    assert.ok(institutions.some((aliases) => aliases.includes('Berlin')));
    assert.ok(institutions.some((aliases) => aliases.includes('Dublin')));
  });
});
