import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OnlineClusterer, type ScoredCandidate } from './online.js';
import { lightClusterDoc } from './light-doc.js';
import { FEATURES, MISMATCH_FEATURES } from './features.js';
import { defaultModel } from './model.js';
import { backgroundFrequencies, logistic } from './train.js';
import type { ClusterDoc } from './doc.js';
import { getPack } from '../../lang/index.js';
import { loadClustererModel } from '../../models/clusterer.js';

const { model } = loadClustererModel();
const en = getPack('en')!;
let n = 0;
/** An English article without a publication date (so time cannot tell events apart). */
function undated(title: string, body: string): ClusterDoc {
  return lightClusterDoc({ id: `u${++n}`, title, body, outlet: null, language: 'en', published: null }, en);
}

/** The features of `doc` against the one story made of `first`. */
function featuresAgainst(first: ClusterDoc, doc: ClusterDoc): Float64Array {
  const c = new OnlineClusterer(defaultModel());
  c.add(first);
  let seen: readonly ScoredCandidate[] = [];
  c.add(doc, (cands) => {
    seen = cands;
    return undefined;
  });
  assert.equal(seen.length, 1);
  return seen[0]!.features;
}
const f = (x: Float64Array, name: (typeof FEATURES)[number]) => x[FEATURES.indexOf(name)]!;

test('dates far apart mark another event; dates a few days apart do not', () => {
  const a = undated('Flood hits river town', 'The river flooded the town of Riverton on 2021-04-02, with 340 homes under water.');
  const near = undated('Riverton clears up after flood', 'Riverton began clearing mud on 2021-04-05 after the flood damaged 340 homes.');
  const far = undated('Flood hits river town again', 'The river flooded the town of Riverton on 2023-10-19, with 125 homes under water.');
  assert.equal(f(featuresAgainst(a, near), 'dates_far'), 0);
  assert.equal(f(featuresAgainst(a, far), 'dates_far'), 1);
  assert.equal(f(featuresAgainst(a, near), 'numbers_disjoint'), 0);
  assert.equal(f(featuresAgainst(a, far), 'numbers_disjoint'), 1);
});

test('main entities missing on both sides are measured', () => {
  const a = undated('Striker Jonas Berglund injured', 'Jonas Berglund of Northfield United was injured in training. Berglund will miss four weeks, Northfield United said.');
  const same = undated('Berglund out for a month', 'Northfield United striker Jonas Berglund is out for a month after a training injury.');
  const other = undated('Keeper Marek Oduya injured', 'Marek Oduya of Eastbrook Rovers was injured in training. Oduya will miss four weeks, Eastbrook Rovers said.');
  const x = featuresAgainst(a, same);
  assert.ok(f(x, 'top_ent_both_missing') < 0.5, String(f(x, 'top_ent_both_missing')));
  const y = featuresAgainst(a, other);
  assert.ok(f(y, 'doc_top_ent_missing') > 0.999);
  assert.ok(f(y, 'story_top_ent_missing') > 0.999);
  assert.ok(f(y, 'top_ent_both_missing') > 0.999);
});

test('the same kind of event twice, without publication dates, stays two stories when told in different words', () => {
  const chile = [
    undated('Strong earthquake shakes central Chile', 'An earthquake of magnitude 7.1 struck near Valparaíso in Chile on 2024-03-04. Buildings in Santiago swayed and 12 people were injured, the Chilean emergency office said.'),
    undated('Chile earthquake injures 12 near Valparaíso', 'The magnitude 7.1 earthquake hit the coast of Chile near Valparaíso on 2024-03-04. Authorities in Santiago reported 12 injured and damaged roads.'),
  ];
  const japan = [
    undated('Tremor jolts Sendai, trains halted', 'Rail services around Sendai were suspended on 2024-11-20 after a 6.4 tremor off the Japanese coast. The weather agency in Tokyo said 31 people were hurt and warned of aftershocks.'),
    undated('Japan counts 31 hurt after Sendai tremor', 'Thirty-one people were hurt when the 6.4 tremor rattled Sendai, Japan, on 2024-11-20; officials in Tokyo said trains would resume by evening.'),
  ];
  const c = new OnlineClusterer(model);
  for (const d of [chile[0]!, japan[0]!, chile[1]!, japan[1]!]) c.add(d);
  assert.equal(c.storyOf(chile[1]!.id), c.storyOf(chile[0]!.id));
  assert.equal(c.storyOf(japan[1]!.id), c.storyOf(japan[0]!.id));
  assert.notEqual(c.storyOf(chile[0]!.id), c.storyOf(japan[0]!.id));
});

test('the shipped model starts from background document frequencies', () => {
  assert.ok(model.background && model.background.terms.length > 1000);
  const c = new OnlineClusterer(model);
  assert.equal(c.vocab.docs, model.background.docs);
  const bare = new OnlineClusterer({ ...model, background: undefined });
  assert.equal(bare.vocab.docs, 0);
});

test('background frequencies keep terms seen often enough, in a fixed order', () => {
  const docs = [undated('Quake in Chile', 'Chile quake.'), undated('Chile flood', 'A flood in Chile.'), undated('Quake', 'Another quake.')];
  const bg = backgroundFrequencies(docs, 2);
  assert.equal(bg.docs, 3);
  assert.deepEqual([...bg.terms].sort(), bg.terms);
  assert.ok(bg.df.every((d) => d >= 2));
  assert.ok(bg.terms.includes('quake') && !bg.terms.includes('flood'));
});

test('evidence-against channels never get a positive weight', () => {
  // A feature that goes with the positive class would get a positive weight unless constrained.
  const xs = [0, 1, 0, 1, 1, 0].map((v, i) => Float64Array.of(v, i % 2));
  const ys = [0, 1, 0, 1, 1, 0];
  assert.ok(logistic(xs, ys)[0]! > 0);
  assert.equal(logistic(xs, ys, { nonPositive: new Set([0]) })[0], 0);
  assert.ok(MISMATCH_FEATURES.has(FEATURES.indexOf('dates_far')));
});
