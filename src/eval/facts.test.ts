import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  combineEvents,
  eventFolders,
  loadGold,
  namesMatch,
  numbersIn,
  parseGold,
  scoreEvent,
  sentenceMatches,
  type EvalConflictValue,
  type EvalReport,
  type FactsGold,
} from './facts.js';

// Invented event and sentences (a bridge closed in a made-up town); nothing here comes from real articles.

const OUTLETS = { a1: 'Tagesblatt', a2: 'Abendpost', a3: 'Radio Nord' } as const;
type Art = keyof typeof OUTLETS;

/** A report with sentence indices and offsets filled in; statements are [article, text]. */
function makeReport(spec: {
  facts: { status: string; statements: [Art, string][]; conflicts?: { about: string; values: [Art, string, string, number?][] }[] }[];
  quotes?: { article: Art; text: string; speakerName?: string | null; speaker?: string | null }[];
  entities?: EvalReport['entities'];
  outlets?: Partial<Record<Art, string>>;
}): EvalReport {
  const sentences = new Map<string, { sentence: number; start: number }>();
  const next = new Map<Art, number>();
  const place = (article: Art, text: string) => {
    const key = `${article}\u0000${text}`;
    let s = sentences.get(key);
    if (!s) {
      const sentence = next.get(article) ?? 0;
      next.set(article, sentence + 1);
      sentences.set(key, (s = { sentence, start: sentence * 1000 }));
    }
    return s;
  };
  return {
    articles: (Object.keys(OUTLETS) as Art[]).map((id) => ({ id, outlet: spec.outlets?.[id] ?? OUTLETS[id], source: `${id}.txt` })),
    facts: spec.facts.map((f, i) => ({
      id: `F${i + 1}`,
      status: f.status,
      statements: f.statements.map(([article, text]) => {
        const s = place(article, text);
        return { article, text, sentence: s.sentence, start: s.start, end: s.start + text.length };
      }),
      conflicts: (f.conflicts ?? []).map((c) => ({
        kind: 'number',
        about: c.about,
        values: c.values.map(([article, value, text]): EvalConflictValue => {
          const sentenceText = f.statements.find(([a]) => a === article)?.[1] ?? text;
          const s = place(article, sentenceText);
          const at = Math.max(0, sentenceText.indexOf(text));
          return { article, value, text, sentence: s.sentence, start: s.start + at, end: s.start + at + text.length };
        }),
      })),
    })),
    entities: spec.entities ?? [],
    quotes: (spec.quotes ?? []).map((q) => ({ article: q.article, text: q.text, speaker: q.speaker ?? null, speakerName: q.speakerName ?? null })),
  };
}

const emptyGold = (): FactsGold => ({ event: 'test', facts: [], exclusive: [], conflicts: [], quotes: [], entities: [] });

test('matching: containment, a long common part, a piece of a split sentence; case, quotes and dashes folded', () => {
  assert.ok(sentenceMatches('Die Stadt sperrt die Lindenbrücke ab Montag, teilte sie mit.', 'die Stadt sperrt die Lindenbrücke ab Montag'));
  assert.ok(sentenceMatches('„Die Brücke ist marode“ – sagte der Sprecher.', '"Die Brücke ist marode" - sagte der  Sprecher'));
  // shares at least half of the gold text
  assert.ok(sentenceMatches('Ab Montag bleibt die Lindenbrücke gesperrt, sagt die Stadt.', 'Die Lindenbrücke gesperrt ab heute'));
  // a piece (≥ 20 characters, ≥ 80 % shared) of a gold sentence that Parallax split in two
  assert.ok(sentenceMatches('Die Sperrung gilt für alle Fahrzeuge.', 'Die Sperrung gilt für alle Fahrzeuge; nur Fußgänger dürfen weiterhin über die alte Brücke gehen, sagt das Amt.'));
  // too short to count as a piece, and too little in common
  assert.ok(!sentenceMatches('Die Sperrung gilt.', 'Die Sperrung gilt für alle Fahrzeuge; nur Fußgänger dürfen weiterhin über die alte Brücke gehen, sagt das Amt.'));
  assert.ok(!sentenceMatches('Der Bürgermeister fährt Rad.', 'Die Lindenbrücke wird gesperrt.'));
});

test('pairs: a matched pair, a wrong pair, alternatives counted once per outlet pair, a missed pair, statement-pair recall', () => {
  const gold: FactsGold = {
    ...emptyGold(),
    facts: [
      {
        id: 'f1',
        summary: 'Die Lindenbrücke wird ab Montag gesperrt',
        statements: [
          { outlet: 'Tagesblatt', text: 'Lindenbrücke ab Montag dicht' },
          { outlet: 'Tagesblatt', text: 'Die Stadt sperrt die Lindenbrücke ab Montag für den gesamten Verkehr.' },
          { outlet: 'Abendpost', text: 'Von Montag an dürfen keine Autos mehr über die Lindenbrücke fahren.' },
          { outlet: 'Radio Nord', text: 'Die Lindenbrücke wird gesperrt.' },
        ],
      },
      {
        id: 'f2',
        summary: 'Die Brücke ist 80 Jahre alt',
        statements: [
          { outlet: 'Abendpost', text: 'Das Bauwerk stammt aus den Vierzigerjahren.' },
          { outlet: 'Radio Nord', text: 'Die Brücke ist achtzig Jahre alt.' },
        ],
      },
    ],
  };
  const report = makeReport({
    facts: [
      {
        status: 'shared',
        statements: [
          ['a1', 'Lindenbrücke ab Montag dicht'],
          ['a1', 'Die Stadt sperrt die Lindenbrücke ab Montag für den gesamten Verkehr.'],
          ['a2', 'Von Montag an dürfen keine Autos mehr über die Lindenbrücke fahren.'],
        ],
      },
      // the same pair again in another fact: counted once
      { status: 'conflict', statements: [['a1', 'Lindenbrücke ab Montag dicht'], ['a2', 'Von Montag an dürfen keine Autos mehr über die Lindenbrücke fahren.']] },
      // wrong: the two sentences state no common gold fact
      { status: 'shared', statements: [['a2', 'Das Bauwerk stammt aus den Vierzigerjahren.'], ['a3', 'Die Lindenbrücke wird gesperrt.']] },
      // neither an uncertain nor an exclusive fact makes pairs
      { status: 'uncertain', statements: [['a3', 'Die Brücke ist achtzig Jahre alt.'], ['a2', 'Das Bauwerk stammt aus den Vierzigerjahren.']] },
      { status: 'exclusive', statements: [['a3', 'Die Brücke ist achtzig Jahre alt.']] },
    ],
  });
  const s = scoreEvent('test', gold, report);
  // pairs: (a1 headline, a2), (a1 lead, a2) correct; (a2, a3) wrong
  assert.equal(s.counts.predictedPairs, 3);
  assert.equal(s.counts.correctPairs, 2);
  // gold pairs: f1 Tagesblatt–Abendpost, Tagesblatt–Radio Nord, Abendpost–Radio Nord; f2 Abendpost–Radio Nord
  assert.equal(s.counts.goldPairs, 4);
  assert.equal(s.counts.recalledPairs, 1, 'two linked alternatives of Tagesblatt recall one outlet pair');
  assert.equal(s.figures.pairPrecision, 2 / 3);
  assert.equal(s.figures.pairRecall, 1 / 4);
  assert.ok(Math.abs(s.figures.pairF1! - (2 * (2 / 3) * 0.25) / (2 / 3 + 0.25)) < 1e-12);
  // statement pairs: f1 has 2·1 + 2·1 + 1·1 = 5 across outlets, f2 one; two are linked
  assert.equal(s.counts.goldStatementPairs, 6);
  assert.equal(s.counts.recalledStatementPairs, 2);
  assert.deepEqual(s.examples.wrongPairs, [
    { outletA: 'Abendpost', textA: 'Das Bauwerk stammt aus den Vierzigerjahren.', outletB: 'Radio Nord', textB: 'Die Lindenbrücke wird gesperrt.' },
  ]);
  assert.deepEqual(
    s.examples.missedPairs.map((m) => [m.fact, m.outletA, m.outletB]),
    [
      ['f1', 'Tagesblatt', 'Radio Nord'],
      ['f1', 'Abendpost', 'Radio Nord'],
      ['f2', 'Abendpost', 'Radio Nord'],
    ],
  );
});

test('exclusive: recall, in no fact, and exclusive-wrong when a gold fact also holds the sentence', () => {
  const gold: FactsGold = {
    ...emptyGold(),
    facts: [
      {
        id: 'f1',
        summary: 'Die Lindenbrücke wird gesperrt',
        statements: [
          { outlet: 'Tagesblatt', text: 'Die Stadt sperrt die Lindenbrücke.' },
          { outlet: 'Radio Nord', text: 'Ab Montag ist die Lindenbrücke dicht' },
        ],
      },
    ],
    exclusive: [
      { outlet: 'Tagesblatt', text: 'Der Verkehr wird über die Nordstraße umgeleitet.' },
      { outlet: 'Abendpost', text: 'Der Bürgermeister fährt selbst mit dem Rad zur Arbeit.' },
      { outlet: 'Radio Nord', text: 'Anwohner haben eine Unterschriftenliste gestartet.' },
      { outlet: 'Abendpost', text: 'Die Stadt plant einen Neubau bis zum Jahr 2030.' },
    ],
  };
  const report = makeReport({
    facts: [
      { status: 'exclusive', statements: [['a1', 'Der Verkehr wird über die Nordstraße umgeleitet.']] },
      // also paired somewhere: not recalled as exclusive
      { status: 'exclusive', statements: [['a2', 'Der Bürgermeister fährt selbst mit dem Rad zur Arbeit.']] },
      { status: 'shared', statements: [['a2', 'Der Bürgermeister fährt selbst mit dem Rad zur Arbeit.'], ['a3', 'Anwohner haben eine Unterschriftenliste gestartet.']] },
      // exclusive-wrong: the sentence states gold fact f1
      { status: 'exclusive', statements: [['a3', 'Ab Montag ist die Lindenbrücke dicht, melden die Behörden.']] },
      // neutral: an uncertain fact is not exclusive
      { status: 'uncertain', statements: [['a1', 'Die Stadt sperrt die Lindenbrücke.']] },
    ],
  });
  const s = scoreEvent('test', gold, report);
  assert.equal(s.counts.goldExclusive, 4);
  assert.equal(s.counts.exclusiveRecalled, 1);
  assert.equal(s.counts.exclusiveInNoFact, 1);
  assert.equal(s.counts.parallaxExclusive, 3);
  assert.equal(s.counts.exclusiveWrong, 1);
  assert.equal(s.figures.exclusiveWrongRate, 1 / 3);
  assert.deepEqual(s.examples.exclusiveWrong, [
    {
      outlet: 'Radio Nord',
      text: 'Ab Montag ist die Lindenbrücke dicht, melden die Behörden.',
      fact: 'f1',
      summary: 'Die Lindenbrücke wird gesperrt',
      others: [{ outlet: 'Tagesblatt', text: 'Die Stadt sperrt die Lindenbrücke.' }],
    },
  ]);
  // The gold exclusives not shown as exclusive, and what hid them: a false link, or no fact at all.
  assert.deepEqual(s.missedExclusive, [
    { outlet: 'Abendpost', text: 'Der Bürgermeister fährt selbst mit dem Rad zur Arbeit.', shownAs: 'shared', with: [{ outlet: 'Radio Nord', text: 'Anwohner haben eine Unterschriftenliste gestartet.' }] },
    { outlet: 'Radio Nord', text: 'Anwohner haben eine Unterschriftenliste gestartet.', shownAs: 'shared', with: [{ outlet: 'Abendpost', text: 'Der Bürgermeister fährt selbst mit dem Rad zur Arbeit.' }] },
    { outlet: 'Abendpost', text: 'Die Stadt plant einen Neubau bis zum Jahr 2030.', shownAs: 'none', with: [] },
  ]);
});

test('conflicts: one found (by the value phrase and by sentence plus value), one missed, one false', () => {
  const gold: FactsGold = {
    ...emptyGold(),
    conflicts: [
      {
        about: 'Kosten der Sanierung',
        kind: 'number',
        values: [
          { outlet: 'Tagesblatt', text: 'rund 4,2 Millionen Euro', value: '4,2' },
          { outlet: 'Abendpost', text: 'Kosten von 3,8 Millionen', value: '3,8' },
        ],
      },
      {
        about: 'Dauer der Sperrung',
        kind: 'time',
        values: [
          { outlet: 'Tagesblatt', text: 'drei Monate', value: '3 Monate' },
          { outlet: 'Radio Nord', text: 'ein halbes Jahr', value: '6 Monate' },
        ],
      },
    ],
  };
  const report = makeReport({
    facts: [
      {
        status: 'conflict',
        statements: [
          ['a1', 'Die Sanierung soll rund 4,2 Millionen Euro kosten.'],
          ['a2', 'Die Stadt rechnet mit Kosten von 3,8 Millionen Euro.'],
        ],
        // a2's value phrase is not inside the gold text, but its sentence matches and 3,8 agrees
        conflicts: [{ about: 'Euro', values: [['a1', '4,2', '4,2 Millionen Euro'], ['a2', '3,8', '3,8 Millionen Euro']] }],
      },
      {
        status: 'conflict',
        statements: [
          ['a1', 'Die Arbeiten beginnen in zwei Tagen.'],
          ['a3', 'Die Arbeiten beginnen in drei Tagen.'],
        ],
        conflicts: [{ about: 'Tage', values: [['a1', '2', 'zwei Tagen'], ['a3', '3', 'drei Tagen']] }],
      },
      {
        // the sentence matches the gold value but the number disagrees: one outlet only, not found
        status: 'conflict',
        statements: [
          ['a1', 'Die Sperrung dauert drei Monate.'],
          ['a3', 'Die Sperrung dauert ein halbes Jahr oder vier Monate.'],
        ],
        conflicts: [{ about: 'Monate', values: [['a1', '2', 'zwei Wochen'], ['a3', '4', 'vier Monate']] }],
      },
    ],
  });
  const s = scoreEvent('test', gold, report);
  assert.equal(s.counts.goldConflicts, 2);
  assert.equal(s.counts.conflictsFound, 1);
  assert.equal(s.counts.parallaxConflicts, 3);
  assert.equal(s.counts.extraConflicts, 2);
  assert.deepEqual(s.examples.missedConflicts.map((c) => c.about), ['Dauer der Sperrung']);
  assert.deepEqual(s.examples.falseConflicts.map((c) => c.about), ['Tage', 'Monate']);
});

test('conflicts: values of two outlets with the same label are no conflict found', () => {
  const gold: FactsGold = {
    ...emptyGold(),
    conflicts: [
      {
        about: 'Zahl der Sperrtage',
        kind: 'number',
        values: [
          { outlet: 'Tagesblatt', text: '90 Tage', value: '90' },
          { outlet: 'Abendpost', text: '90 Tage lang', value: '90' },
          { outlet: 'Radio Nord', text: '120 Tage', value: '120' },
        ],
      },
    ],
  };
  const report = makeReport({
    facts: [{ status: 'conflict', statements: [['a1', 'Gesperrt wird 90 Tage.'], ['a2', 'Die Sperre gilt 90 Tage lang.']], conflicts: [{ about: 'Tage', values: [['a1', '90', '90 Tage'], ['a2', '90', '90 Tage']] }] }],
  });
  const s = scoreEvent('test', gold, report);
  assert.equal(s.counts.conflictsFound, 0);
  assert.equal(s.counts.extraConflicts, 1);
});

test('names: token containment with German inflection endings, articles ignored, place names not part of a longer name', () => {
  assert.ok(namesMatch('Holm', 'Karin Holm'));
  assert.ok(namesMatch('Bürgermeisterin Karin Holm', 'Karin Holm'));
  assert.ok(namesMatch('des Feuerwehrsprechers', 'Feuerwehrsprecher'));
  assert.ok(namesMatch('der Stadtwerke', 'Stadtwerken'));
  assert.ok(namesMatch('Roten Kreuzes', 'Rotes Kreuz'));
  assert.ok(!namesMatch('Holms Sprecher', 'Karin Holm'));
  assert.ok(!namesMatch('Linde', 'Lindenfeld'));
  const places = new Set(['lindenfeld']);
  assert.ok(!namesMatch('Lindenfeld', 'Stadtverwaltung Lindenfeld', places));
  assert.ok(namesMatch('Lindenfeld', 'Stadtverwaltung Lindenfeld'), 'without the place list it is plain containment');
  assert.ok(namesMatch('Lindenfeld', 'Lindenfeld', places));
  assert.ok(namesMatch('Stadtverwaltung Lindenfelds', 'Stadtverwaltung', places));
});

test('speakers: the best overlapping quote of the outlet, found at half the gold length; speaker by name or entity', () => {
  const gold: FactsGold = {
    ...emptyGold(),
    quotes: [
      { outlet: 'Tagesblatt', text: 'Die Brücke ist nicht mehr sicher', speaker: 'Feuerwehrsprecher', kind: 'direct', aliases: [] },
      { outlet: 'Abendpost', text: 'Wir prüfen alle Möglichkeiten', speaker: 'Stadtverwaltung Lindenfeld', kind: 'direct', aliases: [] },
      { outlet: 'Radio Nord', text: 'die Umleitung werde gut angenommen', speaker: 'Karin Holm', kind: 'indirect', aliases: ['Holm', 'Bürgermeisterin'] },
      { outlet: 'Radio Nord', text: 'Der Zeitplan ist ehrgeizig', speaker: 'Bauamt', kind: 'direct', aliases: [] },
    ],
    entities: [{ name: 'Lindenfeld', type: 'place', outlets: ['Abendpost'] }],
  };
  const report = makeReport({
    facts: [],
    quotes: [
      { article: 'a1', text: '„Die Brücke ist nicht mehr sicher“', speakerName: 'des Feuerwehrsprechers' },
      { article: 'a2', text: 'Wir prüfen alle Möglichkeiten', speakerName: 'Lindenfeld', speaker: 'e-place' },
      { article: 'a3', text: 'Die Umleitung werde gut angenommen, so die Stadt', speaker: 'e-holm' },
      // the Bauamt quote of Radio Nord sits in another outlet: not found
      { article: 'a1', text: 'Der Zeitplan ist ehrgeizig' },
    ],
    entities: [
      { id: 'e-place', name: 'Lindenfeld', type: 'place', aliases: [], mentions: { a2: 1 } },
      { id: 'e-holm', name: 'Karin Holm', type: 'person', aliases: ['Holm'], mentions: { a3: 2 } },
    ],
  });
  const s = scoreEvent('test', gold, report);
  assert.equal(s.counts.goldQuotes, 4);
  assert.equal(s.counts.quotesFound, 3);
  assert.equal(s.counts.speakersCorrect, 2);
  assert.deepEqual(s.examples.wrongSpeakers, [{ outlet: 'Abendpost', quote: 'Wir prüfen alle Möglichkeiten', predicted: 'Lindenfeld', gold: 'Stadtverwaltung Lindenfeld' }]);
});

test('outlets come from the file front matter when given, else from the report; entities found and outlet sets', () => {
  const gold: FactsGold = {
    ...emptyGold(),
    facts: [{ id: 'f1', summary: 'gesperrt', statements: [{ outlet: 'Tagesblatt', text: 'Die Brücke ist gesperrt.' }, { outlet: 'Abendpost', text: 'Die Brücke bleibt zu.' }] }],
    entities: [
      { name: 'Karin Holm', type: 'person', outlets: ['Tagesblatt', 'Abendpost'] },
      { name: 'Berlin', type: 'place', outlets: ['Abendpost'] },
      { name: 'Nordstraße', type: 'place', outlets: ['Tagesblatt'] },
    ],
  };
  const report = makeReport({
    outlets: { a1: 'tagesblatt.example', a2: 'Abendpost' },
    facts: [{ status: 'shared', statements: [['a1', 'Die Brücke ist gesperrt.'], ['a2', 'Die Brücke bleibt zu.']] }],
    entities: [
      { id: 'e1', name: 'Holm', type: 'person', aliases: [], mentions: { a1: 1 } },
      { id: 'e2', name: 'Karin Holm', type: 'person', aliases: [], mentions: { a2: 1 } },
      { id: 'e3', name: 'Berlin', type: 'place', aliases: [], mentions: { a2: 1, a3: 1 } },
    ],
  });
  const bySource = new Map([['a1.txt', 'Tagesblatt']]);
  const s = scoreEvent('test', gold, report, { outletBySource: bySource });
  assert.equal(s.counts.correctPairs, 1);
  assert.equal(s.counts.recalledPairs, 1);
  assert.equal(scoreEvent('test', gold, report).counts.correctPairs, 0, 'the report outlet differs from the gold outlet');
  assert.equal(s.counts.entitiesFound, 2);
  assert.equal(s.counts.entityOutletsExact, 1, 'Karin Holm: both split entities together; Berlin has an extra outlet');
});

test('micro-average over events, gold checks, event folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'facts-'));
  mkdirSync(join(dir, 'b-event'));
  mkdirSync(join(dir, 'a-event'));
  mkdirSync(join(dir, 'no-gold'));
  writeFileSync(join(dir, 'a-event', 'gold.json'), JSON.stringify({ event: 'x', facts: [{ id: 'f1', summary: 's', statements: [{ outlet: 'O', text: 't' }] }] }));
  writeFileSync(join(dir, 'a-event', 'z.txt'), '---\noutlet: O\n---\nt\n');
  writeFileSync(join(dir, 'a-event', 'm.txt'), '---\noutlet: P\n---\nu\n');
  writeFileSync(join(dir, 'b-event', 'gold.json'), '{"facts": 3}');
  const events = eventFolders(dir);
  assert.deepEqual(events.map((e) => e.name), ['a-event', 'b-event']);
  assert.deepEqual(events[0]!.files.map((f) => f.slice(dir.length + 1)), ['a-event/m.txt', 'a-event/z.txt']);
  assert.equal(loadGold(events[0]!.gold).facts[0]!.statements[0]!.outlet, 'O');
  assert.throws(() => loadGold(events[1]!.gold), /"facts" must be an array/);
  assert.throws(() => parseGold({ facts: [{ statements: [{ outlet: 'O' }] }] }), /facts\[0\]\.statements\[0\]\.text must be a string/);
  assert.deepEqual(parseGold({}).quotes, []);

  const a = scoreEvent('a', { ...emptyGold(), facts: [{ id: 'f1', summary: '', statements: [{ outlet: 'Tagesblatt', text: 'Eins.' }, { outlet: 'Abendpost', text: 'Zwei.' }] }] }, makeReport({ facts: [] }));
  const b = scoreEvent('b', emptyGold(), makeReport({ facts: [{ status: 'shared', statements: [['a1', 'Eins.'], ['a2', 'Zwei.']] }] }));
  const all = combineEvents([a, b]);
  assert.equal(all.counts.goldPairs, 1);
  assert.equal(all.counts.predictedPairs, 1);
  assert.equal(all.figures.pairPrecision, 0);
  assert.equal(all.figures.pairRecall, 0);
  assert.equal(all.figures.pairF1, 0);
  assert.equal(a.figures.pairPrecision, null, 'no predicted pairs: no precision');
  assert.equal(combineEvents([]).figures.pairF1, null);
});

test('numbers: separators removed, German number words', () => {
  assert.deepEqual(numbersIn('1.500 Menschen'), ['1500']);
  assert.deepEqual(numbersIn('30,9 Prozent'), ['309']);
  assert.deepEqual(numbersIn('150’000 Haushalte'), ['150000']);
  assert.deepEqual(numbersIn('zwölf Verletzte und 3 Tote'), ['3', '12']);
  assert.deepEqual(numbersIn('keine Zahl'), []);
});
