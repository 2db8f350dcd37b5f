import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInput } from '../../ingest/read-input.js';
import { compareInputs } from '../../pipeline.js';
import type { ComparisonReport } from '../model/report.js';

const storiesDir = fileURLToPath(new URL('../../../fixtures/stories/', import.meta.url));

async function story(name: string): Promise<ComparisonReport> {
  const dir = join(storiesDir, name);
  const inputs = [];
  for (const f of readdirSync(dir).sort()) inputs.push(...(await readInput(join(dir, f))));
  return compareInputs(inputs);
}

const outletOf = (r: ComparisonReport, id: string) => r.articles.find((a) => a.id === id)!.outlet;
const factWith = (r: ComparisonReport, words: string) => r.facts.find((f) => f.statements.some((s) => s.text.includes(words)));

test('German flood story: shared, exclusive and conflicting facts', async () => {
  const r = await story('de-hochwasser');
  assert.equal(r.story.sameStory, true);
  const deaths = factWith(r, 'Menschen das Leben');
  assert.equal(deaths?.status, 'conflict');
  // The lead sentences of all three outlets, and the headlines that give the same counts.
  assert.ok(deaths!.statements.length >= 3);
  assert.deepEqual(new Set(deaths!.articles.map((a) => outletOf(r, a))), new Set(['Rheinblatt', 'Donaupost', 'Bayern-Echo']));
  const numbers = deaths!.conflicts.find((c) => c.kind === 'number')!;
  assert.deepEqual(new Set(numbers.values.map((v) => v.value)), new Set(['2', '3']));
  assert.equal(numbers.values.find((v) => v.value === '3') && outletOf(r, numbers.values.find((v) => v.value === '3')!.article), 'Donaupost');

  const level = factWith(r, 'Pegel');
  assert.equal(level?.status, 'shared');
  assert.equal(level?.outlets.length, 3);

  const army = factWith(r, 'Bundeswehr');
  assert.deepEqual(new Set(army?.outlets), new Set(['Rheinblatt', 'Bayern-Echo']));

  for (const words of ['BUND bestritt', 'Kritiker werfen']) {
    assert.equal(factWith(r, words)?.status, 'exclusive', words);
  }
  // The mayor's lesson from 2013 shares only "Stadt" with his claim in another outlet that the city has the
  // situation in hand: the recall-first exclusive test may show that as a weak "possibly also", never as shared.
  const lesson = factWith(r, 'Hochwasser von 2013')!;
  assert.ok(lesson.status === 'exclusive' || (lesson.status === 'uncertain' && lesson.possiblyAlso.every((m) => m.confidence < 0.3)), JSON.stringify(lesson));
  // Söder's concession (one outlet) is not the visit (two outlets).
  // (it may be shown as "possibly also" near the visit, which names the same man, but never as shared with it)
  assert.ok(['exclusive', 'uncertain'].includes(factWith(r, 'räumte ein')!.status));
  assert.equal(factWith(r, 'besuchte am Mittwoch')?.status, 'shared');
});

test('German flood story: entities, omissions, quotes and framing', async () => {
  const r = await story('de-hochwasser');
  const soeder = r.entities.find((e) => e.name === 'Markus Söder');
  assert.ok(soeder?.aliases.includes('Söder'));
  assert.equal(Object.keys(soeder!.mentions).length, 3);
  const army = r.entities.find((e) => e.name === 'Bundeswehr');
  assert.deepEqual(army?.omittedBy.map((id) => outletOf(r, id)), ['Donaupost']);

  const group = r.quoteGroups.find((g) => g.speakerName === 'Jürgen Dupper');
  assert.ok(group, 'Dupper quote found in several outlets');
  assert.equal(group.articles.length, 3);
  assert.equal(group.wordingDiffers, true);
  assert.ok(group.diffs.some((d) => d.ops.some((o) => o.op !== 'same')));

  const framing = (outlet: string) => r.framing.find((f) => f.outlet === outlet)!;
  const dupper = (outlet: string) => framing(outlet).actors.find((a) => a.actorName === 'Jürgen Dupper')!;
  assert.equal(dupper('Donaupost').stances.distancing, 1);
  assert.equal(dupper('Rheinblatt').stances.distancing, undefined);
  assert.ok(framing('Bayern-Echo').actors.some((a) => a.actorName === 'Markus Söder' && a.stances.conceding === 1));
});

test('English bridge story: number conflict, distancing and hedges, brief from shared facts', async () => {
  const r = await story('en-bridge');
  const traffic = factWith(r, 'people a day');
  assert.equal(traffic?.status, 'conflict');
  assert.deepEqual(new Set(traffic!.conflicts[0]!.values.map((v) => v.value)), new Set(['≈2000', '≈3000']));
  const valley = r.framing.find((f) => f.outlet === 'Valley Post')!;
  assert.ok(valley.hedges.some((h) => h.text === 'allegedly'));
  assert.ok(valley.actors.some((a) => a.actorName === 'Linda Carver' && a.stances.distancing === 1));
  assert.ok(r.attributions.some((a) => a.cueLemma === 'deny' && a.stance === 'contesting'));
  assert.ok(r.brief.length >= 2);
  for (const b of r.brief) {
    const fact = r.facts.find((f) => f.id === b.facts[0]);
    assert.equal(fact?.status, 'shared', 'the brief is made of shared facts');
    assert.ok(fact!.statements.some((s) => s.text === b.text), 'each brief sentence is a source sentence');
  }
});

test('every statement points at its text in its article', async () => {
  for (const name of ['de-hochwasser', 'en-bridge']) {
    const r = await story(name);
    const inputs = [];
    const dir = join(storiesDir, name);
    for (const f of readdirSync(dir).sort()) inputs.push(...(await readInput(join(dir, f))));
    const { analyzeInputs } = await import('../../pipeline.js');
    const texts = new Map(analyzeInputs(inputs).analyses.map((a) => [a.article.id, a.article.text]));
    for (const f of r.facts) for (const s of f.statements) assert.equal(texts.get(s.article)!.slice(s.start, s.end), s.text);
    for (const q of r.quotes) {
      const slice = texts.get(q.article)!.slice(q.start, q.end);
      // A quote interrupted by its frame („…“, sagte er, „…“) is its pieces joined by " … ", each in order in the slice.
      if (q.text.includes(' … ') && q.kind === 'direct') {
        let at = 0;
        for (const piece of q.text.split(' … ')) {
          const found = slice.indexOf(piece, at);
          assert.ok(found >= 0, `${q.id}: piece "${piece}" not in its span`);
          at = found + piece.length;
        }
      } else assert.equal(slice, q.text);
    }
  }
});

test('unrelated articles are flagged as not one story', async () => {
  const de = join(storiesDir, 'de-hochwasser', 'rheinblatt.txt');
  const en = join(storiesDir, 'en-bridge', 'harbor-times.txt');
  const r = compareInputs([...(await readInput(de)), ...(await readInput(en))]);
  assert.equal(r.story.sameStory, false);
  assert.ok(r.warnings.some((w) => w.includes('may not report one event')));
});

test('the same article twice is compared once', async () => {
  const f = join(storiesDir, 'en-bridge', 'harbor-times.txt');
  const r = compareInputs([...(await readInput(f)), ...(await readInput(f))]);
  assert.equal(r.articles.length, 1);
  assert.ok(r.warnings.some((w) => w.includes('compared once')));
});

test('a place named by most outlets still conflicts with the one outlet naming another', () => {
  const text = (city: string, i: number) => `Der Zug entgleiste nach Angaben der Polizei am Dienstagmorgen kurz vor ${city}. Bericht ${i}: Die Strecke bleibt gesperrt.`;
  const outlets: [string, string][] = [['Alpenbote', 'Regensburg'], ['Südkurier', 'Regensburg'], ['Tagblatt', 'Regensburg'], ['Morgenpost', 'Nürnberg']];
  const r = compareInputs(
    outlets.map(([outlet, city], i) => ({ source: outlet, title: null, body: text(city, i), outlet, url: null, author: null, published: '2024-03-05', language: 'de', provenance: {} })),
  );
  const fact = factWith(r, 'entgleiste');
  assert.equal(fact?.statements.length, 4);
  const place = fact?.conflicts.find((c) => c.kind === 'place');
  assert.ok(place, 'Regensburg (3 outlets) vs Nürnberg (1 outlet) is a place conflict');
  assert.deepEqual(new Set(place.values.map((v) => v.text)), new Set(['Regensburg', 'Nürnberg']));
});

test('a dateline says where a piece was written: no place conflict with a place the other outlet reports', () => {
  const text = (body: string, i: number) => `${body} Bericht ${i}: Die Strecke bleibt gesperrt.`;
  const bodies: [string, string][] = [
    ['Alpenbote', 'Regensburg – Der Zug entgleiste nach Angaben der Polizei am Dienstagmorgen kurz vor der Einfahrt.'],
    ['Morgenpost', 'Der Zug entgleiste nach Angaben der Polizei am Dienstagmorgen kurz vor Nürnberg.'],
  ];
  const r = compareInputs(
    bodies.map(([outlet, body], i) => ({ source: outlet, title: null, body: text(body, i), outlet, url: null, author: null, published: '2024-03-05', language: 'de', provenance: {} })),
  );
  assert.ok(!r.facts.flatMap((f) => f.conflicts).some((c) => c.kind === 'place' && c.values.some((v) => /Regensburg/.test(v.text))), 'the dateline is no place of the event');
});

test('one place spelt two ways is no place conflict', () => {
  const text = (place: string, i: number) => `The senator served for six months on ${place} and six years in the reserves, his campaign said. Report ${i}: he never went abroad.`;
  const outlets: [string, string][] = [['Harbor Times', 'Parris Island'], ['Valley News', 'Paris Island']];
  const r = compareInputs(
    outlets.map(([outlet, place], i) => ({ source: outlet, title: null, body: text(place, i), outlet, url: null, author: null, published: '2024-03-05', language: 'en', provenance: {} })),
  );
  assert.ok(!r.facts.flatMap((f) => f.conflicts).some((c) => c.kind === 'place'), 'Parris Island / Paris Island: a spelling, not two places');
});

test('a magnitude given before its number conflicts across outlets and across languages', () => {
  const input = (outlet: string, language: string, body: string) =>
    ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-05-06', language, provenance: {} });
  const r = compareInputs([
    input('Küstenbote', 'de', 'Ein Erdbeben der Stärke 6,1 erschütterte am Montag die Küste von Kalamata. Mehrere Häuser stürzten ein.'),
    input('Inselblatt', 'de', 'Ein Erdbeben der Stärke 6,3 erschütterte am Montag die Küste von Kalamata. Die Schulen bleiben geschlossen.'),
    input('Harbour Post', 'en', 'A 6.3-magnitude earthquake shook the coast of Kalamata on Monday. Schools stay closed.'),
  ]);
  const quake = factWith(r, 'Stärke 6,1');
  assert.equal(quake?.status, 'conflict');
  const magnitude = quake!.conflicts.find((c) => c.kind === 'number');
  assert.ok(magnitude, 'Stärke 6,1 vs 6,3 is a number conflict');
  assert.deepEqual(new Set(magnitude.values.map((v) => v.value)), new Set(['6.1', '6.3']));
});

test('the noun a number counts ends before the verb in English ("five people died")', () => {
  const input = (outlet: string, body: string) =>
    ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-05-06', language: 'en', provenance: {} });
  const r = compareInputs([
    input('Harbour Post', 'Five people died when the ferry capsized off Kalamata on Monday.'),
    input('Coast News', 'Seven people were killed when the ferry capsized off Kalamata on Monday.'),
  ]);
  const numbers = factWith(r, 'ferry capsized')?.conflicts.find((c) => c.kind === 'number');
  assert.ok(numbers, 'five vs seven people is a number conflict');
  assert.deepEqual(new Set(numbers.values.map((v) => v.value)), new Set(['5', '7']));
});

test('clock times conflict only when their clauses say the same about them', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-03-05', language: 'de', provenance: {} });
  const r = compareInputs([
    input('Nordkurier', 'Der Streik im Güterverkehr der Bahn beginnt am Dienstag um 18 Uhr.'),
    input('Südbote', 'Der Streik im Güterverkehr der Bahn beginnt am Dienstag um 20 Uhr.'),
    input('Westblatt', 'Die Kundgebung der Gewerkschaft vor dem Bahnhof endete am Dienstag um 20 Uhr.'),
  ]);
  const times = r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'time');
  assert.equal(times.length, 1);
  assert.deepEqual(new Set(times[0]!.values.map((v) => r.articles.find((a) => a.id === v.article)!.outlet)), new Set(['Nordkurier', 'Südbote']));
});

test('an age is no count of people, and different parties’ seats do not conflict', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-03-05', language: 'de', provenance: {} });
  const r = compareInputs([
    input('Nordkurier', 'Ein 25-jähriger Mann hat auf dem Marktplatz vier Männer mit einem Messer verletzt.'),
    input('Südbote', 'Auf dem Marktplatz hat ein Angreifer vier Männer mit einem Messer verletzt, darunter einen Polizisten.'),
  ]);
  assert.equal(r.facts.flatMap((f) => f.conflicts).length, 0);
});

test('one outlet denying what another states is a claim conflict; a denial of another word is a paraphrase', () => {
  const input = (outlet: string, body: string, language = 'en') => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2018-11-29', language, provenance: {} });
  const r = compareInputs([
    input('Daily A', 'The former lawyer pleaded guilty on Thursday to lying to Congress about the tower project.'),
    input('Daily B', 'The former lawyer will plead not guilty to lying to Congress about the tower project, his attorney said.'),
  ]);
  const claim = r.facts.flatMap((f) => f.conflicts).find((c) => c.kind === 'claim');
  assert.ok(claim, 'pleaded guilty / will plead not guilty');
  assert.deepEqual(claim.values.map((v) => v.value), ['guilty', 'not guilty']);
  const de = compareInputs([
    input('Nordkurier', 'Der Verein konnte das Finale in London am Samstag nicht gewinnen.', 'de'),
    input('Südbote', 'Der Verein verliert das Finale in London am Samstag.', 'de'),
  ]);
  assert.equal(de.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'claim').length, 0);
});

test('dates conflict only when their clauses say the same about them', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2014-02-27', language: 'en', provenance: {} });
  const r = compareInputs([
    input('Daily A', 'The state legislature sent the religious freedom bill to the governor on Monday, and she weighed a veto.'),
    input('Daily B', 'The governor announced her veto of the religious freedom bill on Wednesday, after a week of protests.'),
  ]);
  assert.equal(r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'date').length, 0);
});

test('a name that opens a compound names its entity, and verb forms meet ("US-Beamte beobachten" / "von den USA beobachtet")', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-05-06', language: 'de', provenance: {} });
  const r = compareInputs([
    input('Nordkurier', 'Das Gipfeltreffen in der Hauptstadt wird von den USA genau beobachtet. Die Minister sprachen über Getreide.'),
    input('Südbote', 'US-Beamte beobachten das Gipfeltreffen in der Hauptstadt. Danach gab es ein Abendessen mit Musik.'),
  ]);
  const fact = r.facts.find((f) => f.statements.some((s) => s.text.startsWith('US-Beamte')));
  assert.ok(fact && fact.status !== 'exclusive', `${fact?.status}`);
});

test('seats of two parties together are not the seats of one of them', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-09-23', language: 'de', provenance: {} });
  const r = compareInputs([
    input('Nordkurier', 'Im neuen Landtag erhält das BSW nach dem Ergebnis 14 Sitze.'),
    input('Südbote', 'Im neuen Landtag erhalten die SPD und das BSW nach dem Ergebnis zusammen 46 Sitze.'),
  ]);
  assert.equal(r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'number').length, 0);
});

test('figures of nouns the pack calls one concept conflict ("fünf Menschen" / "sechs Personen"), through the comparison only', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-06-01', language: 'de', provenance: {} });
  const inputs = [
    input('Nordkurier', 'Bei dem Angriff auf dem Marktplatz wurden insgesamt fünf Menschen verletzt.'),
    input('Südbote', 'Bei dem Angriff auf dem Marktplatz wurden insgesamt sechs Personen verletzt.'),
  ];
  const numbers = (r: ReturnType<typeof compareInputs>) => r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'number');
  assert.equal(numbers(compareInputs(inputs)).length, 1);
  // Without a language pack the nouns are different words, and the figures no conflict.
  assert.equal(numbers(compareInputs(inputs, { packOf: () => null })).length, 0);
});

test('the two sides of one vote are two counts ("für" / "gegen", "for" / "against"); one side in two outlets still conflicts', () => {
  const input = (outlet: string, body: string, language = 'de') => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2025-05-06', language, provenance: {} });
  const numbers = (r: ReturnType<typeof compareInputs>) => r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'number');
  const a = input('Nordkurier', 'Im Landtag stimmten 61 Abgeordnete für den Haushalt der Regierung.');
  assert.equal(numbers(compareInputs([a, input('Südbote', 'Im Landtag stimmten 48 Abgeordnete gegen den Haushalt der Regierung.')])).length, 0);
  assert.equal(numbers(compareInputs([a, input('Südbote', 'Im Landtag stimmten 58 Abgeordnete für den Haushalt der Regierung.')])).length, 1);
  const en = compareInputs([
    input('Daily A', 'In the state senate 21 senators voted for the budget on Tuesday.', 'en'),
    input('Daily B', 'In the state senate 17 senators voted against the budget on Tuesday.', 'en'),
  ]);
  assert.equal(numbers(en).length, 0);
});

test('a smaller count of one region is a part of the whole count, not another value of it; a larger one conflicts', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-10-30', language: 'de', provenance: {} });
  const numbers = (r: ReturnType<typeof compareInputs>) => r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'number');
  const whole = input('Nordkurier', 'Nach dem Unwetter wurden laut Behörden mindestens 95 Tote geborgen.');
  assert.equal(numbers(compareInputs([whole, input('Südbote', 'In der Region Murcia wurden laut Behörden nach dem Unwetter zwei Tote geborgen.')])).length, 0);
  const larger = input('Südbote', 'In der Region Murcia wurden laut Behörden nach dem Unwetter 120 Tote geborgen.');
  assert.equal(numbers(compareInputs([input('Nordkurier', 'Nach dem Unwetter wurden laut Behörden 95 Tote geborgen.'), larger])).length, 1);
});

test('a share in a relative clause belongs to the name before its comma; a bracketed figure beside it is a comparison, not a second claim', () => {
  const input = (outlet: string, body: string) => ({ source: outlet, title: null, body, outlet, url: null, author: null, published: '2024-09-22', language: 'de', provenance: {} });
  const r = compareInputs([
    input('Nordkurier', 'Unter die Fünf-Prozent-Hürde fallen laut Hochrechnung die Grünen, die nur noch auf 4,1 Prozent kommen.'),
    input('Südbote', 'Laut Hochrechnung landen die Grünen bei 4,5 bis 5,0 Prozent (10,8).'),
  ]);
  const shares = r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'number');
  assert.equal(shares.length, 1, JSON.stringify(r.facts.map((f) => [f.status, f.statements.map((s) => s.text)])));
  assert.deepEqual(shares[0]!.values.map((v) => v.value).sort(), ['4.1', '4.5–5']);
});
