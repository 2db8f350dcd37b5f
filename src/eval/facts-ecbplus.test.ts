import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  annotatedPairs,
  countPairs,
  ecbArticle,
  ecbDocument,
  goldPairs,
  mapSentences,
  pairFigures,
  pairKey,
  parseAnnotatedSentences,
  parseCatXml,
  predictedPairs,
  tfidfCosines,
  thresholdPairs,
  tuneThreshold,
  type AnalysedStory,
} from './facts-ecbplus.js';

// Invented CAT-XML in the ECB+ layout (a made-up ferry strike); nothing here comes from the corpus.

interface Spec {
  name: string;
  /** Sentences as token lists; sentence numbers start at `first`. */
  sentences: string[][];
  first?: number;
  /** Mentions: tag, sentence number, token position in the sentence, cross-document chain (instance id) or null. */
  mentions: [string, number, number, string | null][];
}

function catXml(spec: Spec): string {
  const first = spec.first ?? 0;
  const lines = [`<Document doc_name="${spec.name}" doc_id="DOC1">`];
  const tid = new Map<string, number>();
  let t = 1;
  spec.sentences.forEach((tokens, s) =>
    tokens.forEach((tok, i) => {
      tid.set(`${s + first}:${i}`, t);
      lines.push(`<token t_id="${t++}" sentence="${s + first}" number="${i}">${tok.replace(/&/g, '&amp;')}</token>`);
    }),
  );
  lines.push('<Markables>');
  spec.mentions.forEach(([tag, s, i], m) => lines.push(`<${tag} m_id="${m + 1}"  >`, `  <token_anchor t_id="${tid.get(`${s}:${i}`)}"/>`, `</${tag}>`));
  const chains = [...new Set(spec.mentions.map((m) => m[3]).filter((c): c is string => c !== null))];
  chains.forEach((c, k) => {
    const tag = spec.mentions.find((m) => m[3] === c)![0];
    lines.push(`<${tag} m_id="${100 + k}" RELATED_TO="" TAG_DESCRIPTOR="t0_${c.toLowerCase()}" instance_id="${c}" />`);
  });
  lines.push('</Markables>', '', '<Relations>');
  chains.forEach((c, k) => {
    lines.push(`<CROSS_DOC_COREF r_id="${k + 1}" note="${c}" >`);
    spec.mentions.forEach((m, i) => {
      if (m[3] === c) lines.push(`  <source m_id="${i + 1}" />`);
    });
    lines.push(`  <target m_id="${100 + k}" />`, '</CROSS_DOC_COREF>');
  });
  lines.push('<INTRA_DOC_COREF r_id="99" >', '  <source m_id="1" />', '  <target m_id="2" />', '</INTRA_DOC_COREF>');
  lines.push('</Relations>', '</Document>');
  return lines.join('\n');
}

const A: Spec = {
  name: '99_1ecbplus.xml',
  first: 0,
  sentences: [
    ['http', ':', '/', '/', 'example', '.', 'org'],
    ['Ferry', 'crews', 'strike', 'in', 'Port', 'Alder'],
    ['Crews', 'of', 'the', 'Alder', 'ferry', 'walked', 'out', 'on', 'Monday', '.'],
    ['The', 'weather', 'was', 'mild', '.'],
  ],
  mentions: [
    ['ACTION_OCCURRENCE', 1, 2, 'ACT1'],
    ['HUMAN_PART_PER', 1, 1, 'HUM1'],
    ['ACTION_OCCURRENCE', 2, 5, 'ACT1'],
    ['HUMAN_PART_PER', 2, 0, 'HUM1'],
    ['TIME_DATE', 2, 8, 'TIM1'],
    ['ACTION_STATE', 3, 2, null],
  ],
};
const B: Spec = {
  name: '99_2ecbplus.xml',
  first: 0,
  sentences: [
    ['http', ':', '/', '/', 'example', '.', 'net'],
    ['Alder', 'ferry', 'staff', 'stop', 'work'],
    ['Talks', 'failed', 'on', 'Monday', '.'],
    ['Staff', 'stopped', 'work', 'at', 'dawn', '.'],
  ],
  mentions: [
    ['ACTION_OCCURRENCE', 1, 3, 'ACT1'],
    ['HUMAN_PART_PER', 1, 2, 'HUM1'],
    // An event of another chain with the same time: no shared event, no gold pair.
    ['ACTION_OCCURRENCE', 2, 1, 'ACT2'],
    ['TIME_DATE', 2, 3, 'TIM1'],
    // The same event without a participant: no gold pair.
    ['ACTION_OCCURRENCE', 3, 1, 'ACT1'],
  ],
};

const CSV = 'Topic,File,Sentence Number\n99,1ecbplus,1\n99,1ecbplus,2\n99,2ecbplus,1\n99,2ecbplus,2\n99,2ecbplus,3\n';

test('parseCatXml: sentences, mentions by sentence, event and participant chains apart; intra-document links ignored', () => {
  const d = parseCatXml(catXml(A));
  assert.equal(d.sentences.get(2), 'Crews of the Alder ferry walked out on Monday.');
  assert.deepEqual([...d.events.keys()].sort(), [1, 2]);
  assert.deepEqual([...d.events.get(1)!], ['ACT1']);
  assert.deepEqual([...d.participants.get(2)!].sort(), ['HUM1', 'TIM1']);
  assert.equal(d.events.has(3), false, 'a mention in no cross-document chain is not counted');
});

test('parseCatXml: a NEG_ACTION mention is an event; a chain takes its descriptor tag', () => {
  const xml = catXml({ name: 'x', sentences: [['They', 'did', 'not', 'strike']], mentions: [['NEG_ACTION_OCCURRENCE', 0, 3, 'NEG9'], ['HUMAN_PART_PER', 0, 0, 'HUM9']] });
  const d = parseCatXml(xml);
  assert.deepEqual([...d.events.get(0)!], ['NEG9']);
  assert.deepEqual([...d.participants.get(0)!], ['HUM9']);
});

test('parseAnnotatedSentences reads Topic,File,Sentence Number', () => {
  const m = parseAnnotatedSentences(CSV);
  assert.deepEqual([...m.get('99/1ecbplus')!], [1, 2]);
  assert.deepEqual([...m.get('99/2ecbplus')!], [1, 2, 3]);
});

const annotated = parseAnnotatedSentences(CSV);
const docA = ecbDocument(99, A.name, catXml(A), annotated.get('99/1ecbplus')!);
const docB = ecbDocument(99, B.name, catXml(B), annotated.get('99/2ecbplus')!);
const k = (d: string, n: number) => `99/${d}ecbplus#${n}`;

test('gold pairs: one event chain and one participant chain in both sentences, annotated sentences only', () => {
  assert.equal(docA.story, '99/ecbplus');
  assert.equal(docA.id, '99/1ecbplus');
  const gold = goldPairs([docA, docB]);
  assert.deepEqual([...gold].sort(), [pairKey(k('1', 1), k('2', 1)), pairKey(k('1', 2), k('2', 1))].sort());
  assert.equal(annotatedPairs([docA, docB]).size, 6);
  // Sentence 3 of A shares nothing and is not annotated; sentence 3 of B has the event but no participant.
});

test('ecbArticle: one paragraph per sentence, the URL sentence dropped, the first sentence the title', () => {
  const a = ecbArticle(docA);
  assert.equal(a.input.title, 'Ferry crews strike in Port Alder');
  assert.equal(a.input.body, 'Crews of the Alder ferry walked out on Monday.\n\nThe weather was mild.');
  assert.deepEqual(a.paragraphs, [1, 2, 3]);
  assert.equal(a.input.language, 'en');
  assert.equal(a.input.outlet, '99/1ecbplus', 'each document is its own outlet, or no fact could be shared');
});

test('mapSentences: through the paragraph, checked by text', () => {
  const a = ecbArticle(docA);
  const sentences = [
    { paragraph: 0, text: 'Ferry crews strike in Port Alder' },
    { paragraph: 1, text: 'Crews of the Alder ferry walked out on Monday.' },
    { paragraph: 2, text: 'Something else.' },
  ];
  const m = mapSentences({ sentences } as never, docA, a.paragraphs);
  assert.deepEqual(m.numbers, [1, 2, null]);
  assert.equal(m.mismatches, 1);
});

test('predictedPairs: statements of different documents in shared or conflicting facts, annotated sentences only; P/R/F1', () => {
  const story = {
    byArticle: new Map([
      ['a', { doc: docA, numbers: [1, 2, 3] }],
      ['b', { doc: docB, numbers: [1, 2, 3] }],
    ]),
  } as unknown as AnalysedStory;
  const st = (article: string, sentence: number) => ({ article, sentence });
  const facts = [
    { status: 'shared', statements: [st('a', 0), st('a', 1), st('b', 0)] },
    { status: 'conflict', statements: [st('a', 2), st('b', 1)] },
    { status: 'uncertain', statements: [st('a', 1), st('b', 2)] },
  ];
  const predicted = predictedPairs(story, { facts } as never);
  // a#3 is not annotated, so the conflict gives no pair; the uncertain fact counts for nothing.
  assert.deepEqual([...predicted].sort(), [pairKey(k('1', 1), k('2', 1)), pairKey(k('1', 2), k('2', 1))].sort());
  const c = countPairs(goldPairs([docA, docB]), new Set([...predicted, pairKey(k('1', 1), k('2', 2))]));
  assert.deepEqual(c, { correct: 2, predicted: 3, gold: 2 });
  const f = pairFigures(c);
  assert.equal(f.recall, 1);
  assert.ok(Math.abs(f.precision! - 2 / 3) < 1e-9);
  assert.ok(Math.abs(f.f1! - 0.8) < 1e-9);
  assert.deepEqual(pairFigures({ correct: 0, predicted: 0, gold: 3 }), { precision: null, recall: 0, f1: null });
});

test('TF-IDF baseline: cosines of annotated cross-document pairs and a tuned threshold', () => {
  const cos = tfidfCosines([docA, docB]);
  assert.equal(cos.size, 6);
  const strike = cos.get(pairKey(k('1', 1), k('2', 1)))!;
  assert.ok(strike > 0, 'the two headlines share "ferry" and "Alder"');
  assert.ok(strike >= cos.get(pairKey(k('1', 1), k('2', 3)))!);
  const gold = goldPairs([docA, docB]);
  const tuned = tuneThreshold([{ gold, cosines: cos }]);
  assert.ok(tuned.f1 > 0);
  assert.equal(thresholdPairs(cos, 0).size, 6);
});
