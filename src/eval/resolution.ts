/**
 * Entity-resolution evaluation on our own marked fixtures (backs
 * `parallax eval resolution`).
 *
 * Each gold mention is matched to the predicted mention that overlaps it most.
 * Clusters are then compared over the gold mentions, inside each article (the
 * article's entities) and across the story (story entities, German and English
 * together): B³ (per-mention precision and recall of its cluster) and pairwise
 * link precision and recall. A gold mention nothing overlaps is its own cluster.
 * Besides: how many gold mentions were found at all and how many predicted
 * mentions are gold (recognition on the fixtures, by language), metonymy marks,
 * and the named hard cases of each story.
 */
import { performance } from 'node:perf_hooks';
import type { ArticleAnalysis, EntityMention } from '../core/model/analysis.js';
import { analyzeInputs } from '../pipeline.js';
import { resolveStoryEntities } from '../core/compare/story-entities.js';
import { readGoldStories, type GoldMention, type GoldStory, type ResolutionCase } from './resolution-fixtures.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusterScores {
  bcubed: PRF;
  pairwise: PRF & { goldLinks: number; predictedLinks: number };
}

export interface CaseResult extends ResolutionCase {
  story: string;
  passed: boolean;
  /** What was found, for a failing case. */
  detail: string;
}

export interface MentionScores extends PRF {
  gold: number;
  predicted: number;
}

export interface ResolutionEvaluation {
  stories: number;
  articles: number;
  /** Recognition on the fixtures: gold mentions overlapped by a prediction, predictions overlapping a gold mention. */
  mentions: MentionScores;
  byLanguage: Record<string, MentionScores>;
  withinArticle: ClusterScores;
  story: ClusterScores;
  /** Gold metonymic mentions marked as metonymy, and non-metonymic ones marked wrongly. */
  metonymy: { gold: number; marked: number; wronglyMarked: number };
  cases: CaseResult[];
  seconds: number;
}

const prf = (tp: number, predicted: number, gold: number): PRF => {
  const precision = predicted === 0 ? 1 : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

/** One gold mention with the cluster Parallax put it in. */
interface Scored {
  gold: GoldMention;
  article: string;
  predicted: EntityMention | null;
  /** Cluster ids: article-level and story-level entity (a unique id when unmatched). */
  articleCluster: string;
  storyCluster: string;
}

/** Accumulates B³ and pairwise counts over groups of scored mentions. */
class ClusterScorer {
  private bp = 0;
  private br = 0;
  private n = 0;
  private correctLinks = 0;
  private predictedLinks = 0;
  private goldLinks = 0;

  add(items: readonly Scored[], cluster: (s: Scored) => string): void {
    for (let i = 0; i < items.length; i++) {
      const a = items[i]!;
      let same = 0;
      let pred = 0;
      let gold = 0;
      for (const b of items) {
        const p = cluster(a) === cluster(b);
        const g = a.gold.entity === b.gold.entity;
        if (p) pred++;
        if (g) gold++;
        if (p && g) same++;
      }
      this.bp += same / pred;
      this.br += same / gold;
      this.n++;
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j]!;
        const p = cluster(a) === cluster(b);
        const g = a.gold.entity === b.gold.entity;
        if (p) this.predictedLinks++;
        if (g) this.goldLinks++;
        if (p && g) this.correctLinks++;
      }
    }
  }

  result(): ClusterScores {
    const p = this.n === 0 ? 1 : this.bp / this.n;
    const r = this.n === 0 ? 1 : this.br / this.n;
    return {
      bcubed: { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) },
      pairwise: { ...prf(this.correctLinks, this.predictedLinks, this.goldLinks), goldLinks: this.goldLinks, predictedLinks: this.predictedLinks },
    };
  }
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Analyses one story and pairs every gold mention with its prediction. */
function scoreStory(story: GoldStory): { scored: Scored[]; analyses: ArticleAnalysis[] } {
  const { analyses } = analyzeInputs(story.articles.map((a) => a.input));
  if (analyses.length !== story.articles.length) throw new Error(`${story.name}: two fixture articles are identical`);
  const { byArticleEntity } = resolveStoryEntities(analyses);
  const scored: Scored[] = [];
  story.articles.forEach((gold, i) => {
    const analysis = analyses[i]!;
    if (analysis.article.text !== gold.text) throw new Error(`${gold.input.source}: the analysed text differs from the fixture text`);
    for (const g of gold.mentions) {
      let best: EntityMention | null = null;
      for (const m of analysis.mentions) if (overlap(m, g) > (best ? overlap(best, g) : 0)) best = m;
      const unmatched = `unmatched:${gold.key}:${g.start}`;
      scored.push({
        gold: g,
        article: gold.key,
        predicted: best,
        articleCluster: best ? best.entity : unmatched,
        storyCluster: best ? (byArticleEntity.get(best.entity)?.id ?? best.entity) : unmatched,
      });
    }
  });
  return { scored, analyses };
}

/** Finds the scored mention a case refers to ("a1:Kims", "a2:Pjöngjang#2"). */
function findRef(scored: readonly Scored[], ref: string): Scored | undefined {
  const colon = ref.indexOf(':');
  const article = ref.slice(0, colon);
  const [surface, nth] = ref.slice(colon + 1).split('#');
  return scored.filter((s) => s.article === article && s.gold.text === surface)[Number(nth ?? 1) - 1];
}

function judgeCase(story: string, c: ResolutionCase, scored: readonly Scored[]): CaseResult {
  const a = findRef(scored, c.a);
  const b = c.b ? findRef(scored, c.b) : undefined;
  if (!a || (c.b && !b)) return { ...c, story, passed: false, detail: `no gold mention ${!a ? c.a : c.b}` };
  const show = (s: Scored) => (s.predicted ? `"${s.predicted.text}" → ${s.storyCluster}${s.predicted.metonymy ? ' (metonymy)' : ''}` : 'not found');
  if (c.kind === 'metonymy') {
    const passed = a.predicted?.metonymy === true;
    return { ...c, story, passed, detail: show(a) };
  }
  const same = a.storyCluster === b!.storyCluster;
  const passed = c.kind === 'same' ? same : !same;
  return { ...c, story, passed, detail: `${show(a)}; ${show(b!)}` };
}

export function evaluateResolution(dir: string): ResolutionEvaluation {
  const stories = readGoldStories(dir);
  const t0 = performance.now();
  const within = new ClusterScorer();
  const across = new ClusterScorer();
  const byLang = new Map<string, { gold: number; found: number; predicted: number; correct: number }>();
  const metonymy = { gold: 0, marked: 0, wronglyMarked: 0 };
  const cases: CaseResult[] = [];
  let articles = 0;
  for (const story of stories) {
    const { scored, analyses } = scoreStory(story);
    articles += story.articles.length;
    across.add(scored, (s) => s.storyCluster);
    for (const gold of story.articles) within.add(scored.filter((s) => s.article === gold.key), (s) => s.articleCluster);
    story.articles.forEach((gold, i) => {
      const lang = gold.input.language ?? 'und';
      const counts = byLang.get(lang) ?? { gold: 0, found: 0, predicted: 0, correct: 0 };
      counts.gold += gold.mentions.length;
      counts.found += scored.filter((s) => s.article === gold.key && s.predicted).length;
      for (const m of analyses[i]!.mentions) {
        counts.predicted++;
        if (gold.mentions.some((g) => overlap(g, m) > 0)) counts.correct++;
      }
      byLang.set(lang, counts);
    });
    for (const s of scored) {
      if (s.gold.metonymy) {
        metonymy.gold++;
        if (s.predicted?.metonymy) metonymy.marked++;
      } else if (s.predicted?.metonymy) metonymy.wronglyMarked++;
    }
    for (const c of story.cases) cases.push(judgeCase(story.name, c, scored));
  }
  const mentionScores = (c: { gold: number; found: number; predicted: number; correct: number }): MentionScores => {
    const precision = c.predicted === 0 ? 1 : c.correct / c.predicted;
    const recall = c.gold === 0 ? 1 : c.found / c.gold;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), gold: c.gold, predicted: c.predicted };
  };
  const total = { gold: 0, found: 0, predicted: 0, correct: 0 };
  const byLanguage: Record<string, MentionScores> = {};
  for (const [lang, c] of [...byLang].sort()) {
    byLanguage[lang] = mentionScores(c);
    total.gold += c.gold;
    total.found += c.found;
    total.predicted += c.predicted;
    total.correct += c.correct;
  }
  return {
    stories: stories.length,
    articles,
    mentions: mentionScores(total),
    byLanguage,
    withinArticle: within.result(),
    story: across.result(),
    metonymy,
    cases,
    seconds: (performance.now() - t0) / 1000,
  };
}
