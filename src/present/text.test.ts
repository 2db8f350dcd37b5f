import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ComparisonReport } from '../core/model/report.js';
import { sampleReport, singleArticleReport, tinyEnglishReport } from './fixtures/sample-report.js';
import { formatDiff, renderText } from './text.js';
import { fitFirstColumn, renderTable, truncate } from './text/table.js';
import { stripAnsi, visibleLength, wrap } from './text/wrap.js';
import pc from 'picocolors';

const ESC = String.fromCharCode(27);
const fixtures: [string, ComparisonReport][] = [
  ['sample', sampleReport],
  ['tiny English', tinyEnglishReport],
];

function chars(line: string): number {
  return [...line].length;
}

describe('renderText', () => {
  for (const [name, report] of fixtures) {
    describe(name, () => {
      const plain = renderText(report, { color: false });

      it('has no ANSI codes without colour, and has them with colour', () => {
        assert.ok(!plain.includes(ESC));
        const colored = renderText(report, { color: true });
        assert.ok(colored.includes(`${ESC}[`));
        // Same layout; only word diffs differ (colour and strike-through instead of markers).
        const left = stripAnsi(colored).split('\n');
        const right = plain.split('\n');
        assert.equal(left.length, right.length);
        right.forEach((line, i) => {
          if (!/\[-|\{\+/.test(line)) assert.equal(left[i], line);
        });
      });

      it('names every outlet, title and the limited-analysis notice', () => {
        for (const a of report.articles) {
          assert.ok(plain.includes(a.outlet), a.outlet);
          if (a.title !== null) assert.ok(plain.includes(a.title), a.title);
          if (a.url !== null) assert.ok(plain.includes(a.url), a.url);
        }
        const unsupported = report.articles.some((a) => !a.languageSupported);
        assert.equal(plain.includes('language not supported: limited analysis'), unsupported);
      });

      it('shows every conflict value and the sentence it sits in', () => {
        const conflicts = report.facts.flatMap((f) => f.conflicts.map((c) => [f, c] as const));
        assert.ok(conflicts.length > 0);
        const flat = plain.replace(/\s+/g, ' ');
        for (const [f, c] of conflicts) {
          for (const v of c.values) {
            assert.ok(plain.includes(`: ${v.value}`), v.value);
            // The value's own text is only its words ("zwei Dämme"): the sentence around it is shown.
            const sentence = f.statements.find((s) => s.article === v.article && s.sentence === v.sentence)!;
            assert.ok(flat.includes(sentence.text), sentence.text);
          }
        }
      });

      it('shows every quote speaker and every brief sentence with its citations', () => {
        const flat = plain.replace(/\s+/g, ' ');
        for (const q of report.quotes) assert.ok(plain.includes(q.speakerName ?? 'unknown speaker'), q.id);
        for (const b of report.brief) {
          assert.ok(flat.includes(`${b.text} [${b.outlets.join(', ')}]`), b.text);
        }
      });

      it('has every section', () => {
        for (const heading of [
          'SAME STORY?',
          'BRIEF',
          'AGREEMENT OVERVIEW',
          'CONFLICTS',
          'SHARED FACTS',
          'ONLY IN ONE OUTLET',
          'ENTITIES',
          'QUOTES',
          'FRAMING',
          'WARNINGS',
        ]) {
          assert.ok(plain.includes(`\n${heading}`), heading);
        }
      });

      for (const width of [40, 60, 80, 100, 140]) {
        it(`wraps to ${width} columns`, () => {
          const text = renderText(report, { color: true, width });
          for (const line of stripAnsi(text).split('\n')) {
            if (chars(line) <= width) continue;
            // Only a single unbreakable word (a URL) may stick out.
            assert.ok(!line.trim().includes(' '), `too wide at ${width}: ${JSON.stringify(line)}`);
          }
          assert.ok(!text.split('\n').some((l) => l !== l.trimEnd()), 'no trailing spaces');
        });
      }
    });
  }

  it('defaults to 100 columns', () => {
    const text = renderText(sampleReport, { color: false });
    assert.equal(text, renderText(sampleReport, { color: false, width: 100 }));
    const longest = Math.max(...text.split('\n').filter((l) => l.trim().includes(' ')).map(chars));
    assert.ok(longest <= 100 && longest > 80, `longest line ${longest}`);
  });

  it('marks omitted entities with a dash and lists aliases', () => {
    const text = renderText(sampleReport, { color: false });
    const row = text.split('\n').find((l) => l.trimStart().startsWith('Landestalsperrenverwaltung '));
    assert.ok(row, 'coverage row');
    assert.equal(row.match(/—/g)?.length, 2);
    assert.ok(text.includes('Landestalsperrenverwaltung: LTV, Talsperrenverwaltung'));
  });

  it('shows the agreement counts per outlet', () => {
    const text = renderText(sampleReport, { color: false });
    const row = text.split('\n').find((l) => l.trimStart().startsWith('Tagesbote '));
    assert.ok(row);
    // Shared, only here, maybe elsewhere, conflicting, updated, total.
    assert.deepEqual(row.trim().split(/\s+/).slice(1), ['3', '1', '1', '2', '1', '8']);
  });

  /** The lines of one section, from its heading to the next. */
  function sectionOf(text: string, heading: string): string {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith(heading));
    assert.ok(start >= 0, `no section ${heading}`);
    const end = lines.findIndex((l, i) => i > start + 1 && /^[A-Z][A-Z ,?]+(\(\d+\))?$/.test(l));
    return lines.slice(start, end < 0 ? undefined : end).join('\n');
  }

  it('keeps tentative shared facts apart from firm ones, each with its confidence', () => {
    const text = renderText(sampleReport, { color: false, width: 140 });
    const firm = sectionOf(text, 'SHARED FACTS (3)');
    const tentative = sectionOf(text, 'SHARED FACTS, TENTATIVE (1)');
    assert.ok(firm.includes('confidence 86\u00a0%'));
    assert.ok(!firm.includes('Der Pegel in Grimma'), 'the tentative fact is not among the firm ones');
    assert.ok(tentative.includes('Der Pegel in Grimma erreichte am Mittwochmorgen 7,80 Meter.'));
    assert.match(tentative, /confidence 58\s%/);
  });

  it('gives each outlet its own sentence on a shared fact, clauses and repeated statements included', () => {
    const text = renderText(sampleReport, { color: false, width: 200 });
    const firm = sectionOf(text, 'SHARED FACTS (3)');
    for (const fact of sampleReport.facts.filter((f) => f.status === 'shared' && f.firm)) {
      for (const s of fact.statements) {
        const outlet = sampleReport.articles.find((a) => a.id === s.article)!.outlet;
        assert.ok(firm.split('\n').some((l) => l.trim().startsWith(`${outlet}, `) && l.endsWith(s.text)), `${outlet}: ${s.text}`);
      }
    }
    assert.ok(firm.includes('Sachsen-Rundschau, part of sentence 1: Hunderte evakuiert'));
    // A shared fact's own near match follows its statements.
    assert.match(firm, /possibly also in Leipziger Abendpost \(s6\): Viele Bewohner der Altstadt verbrachten die Nacht bei Verwandten\. \(31\s%\)/);
  });

  it('lists uncertain facts under "possibly also elsewhere" with the other outlet\'s sentence and confidence', () => {
    const text = renderText(sampleReport, { color: false, width: 200 });
    const maybe = sectionOf(text, 'POSSIBLY ALSO ELSEWHERE (1)');
    assert.ok(maybe.includes('Anwohner werfen der Stadtverwaltung vor, die Warnungen zu spät weitergegeben zu haben.'));
    assert.match(maybe, /possibly also in Leipziger Abendpost \(s12\): Mehrere Anwohner sagten, sie hätten erst aus dem Radio von der Räumung erfahren\. \(41\s%\)/);
    assert.ok(!sectionOf(text, 'ONLY IN ONE OUTLET').includes('Anwohner werfen'), 'an uncertain fact is not called exclusive');
  });

  it('shows an update over time as changed over time, not as a conflict', () => {
    const text = renderText(sampleReport, { color: false, width: 140 });
    const conflicts = sectionOf(text, 'CONFLICTS (2)');
    assert.ok(!conflicts.includes('Leichtverletzte'));
    const changed = sectionOf(text, 'CHANGED OVER TIME (1)');
    assert.ok(changed.includes('Number changed over time: Leichtverletzte'));
    assert.ok(changed.indexOf('Sachsen-Rundschau (2024-09-18 07:30): ein') < changed.indexOf('Tagesbote (2024-09-18 09:12): drei'), 'earlier value first');
  });

  it('puts only direct quotes in quotation marks and marks indirect speech', () => {
    const text = renderText(sampleReport, { color: false, width: 200 });
    const quotes = sectionOf(text, 'QUOTES (7)');
    for (const q of sampleReport.quotes) {
      const marked = quotes.includes(`„${q.text}“`);
      assert.equal(marked, q.kind === 'direct', `${q.kind}: ${q.text}`);
      if (q.kind !== 'direct') assert.ok(quotes.includes(`(${q.kind}) ${q.text}`), q.text);
    }
    assert.ok(!quotes.includes('“sagte”'), 'a cue word is no quote either');
  });

  it('does not call one article "one story"', () => {
    const text = renderText(singleArticleReport, { color: false });
    assert.ok(!/look like one story|one story \(/i.test(text));
    assert.ok(text.includes('Only one article: there is nothing to compare it with.'));
  });

  it('shows quote wording differences with markers when colour is off', () => {
    const text = renderText(sampleReport, { color: false });
    assert.ok(text.includes('Wir haben die Lage {+weitgehend+} im Griff, aber die Nacht wird {+sehr+} lang.'));
    assert.ok(text.includes('[-Wir haben-] {+man habe+} die Lage im Griff[-, aber die Nacht wird lang.-]'));
  });

  it('shows stance counts, hedges, loaded words and the last word', () => {
    const text = renderText(sampleReport, { color: false });
    assert.ok(text.includes('Henrik Vogt: neutral 1, conceding 1'));
    assert.ok(text.includes('Anwohner: distancing 1, contesting 1'));
    assert.ok(text.includes('Hedges: möglicherweise (s7), offenbar (s11)'));
    assert.ok(text.includes('Loaded words: Chaos (s4), Behördenversagen (s9)'));
    assert.ok(text.includes('Last word: Petra Sommer'));
  });

  it('says when the articles may not be one story', () => {
    const text = renderText(tinyEnglishReport, { color: false });
    assert.ok(text.includes('may not be about one story'));
    assert.ok(text.includes('Looks unrelated to the others: Kurier Portowy'));
  });

  it('strips control characters and escape sequences from article text', () => {
    const report = structuredClone(sampleReport);
    report.articles[0]!.title = `Evil ${ESC}[31mred${ESC}[0m\u0007 title\nwith newline`;
    report.facts[0]!.statements[0]!.text = `Bidi \u202Etxet\u202C and ${ESC}]0;pwned${String.fromCharCode(7)} more`;
    const text = renderText(report, { color: false });
    assert.ok(!text.includes(ESC));
    assert.ok(!text.includes('\u0007'));
    assert.ok(!text.includes('\u202E'));
    assert.ok(text.includes('Evil [31mred[0m title with newline'));
  });

  it('copes with an empty report', () => {
    const empty: ComparisonReport = {
      ...sampleReport,
      articles: [],
      story: { sameStory: false, similarity: 0, outliers: [] },
      facts: [],
      entities: [],
      quotes: [],
      quoteGroups: [],
      attributions: [],
      framing: [],
      brief: [],
      warnings: [],
    };
    const text = renderText(empty, { color: false });
    assert.ok(text.includes('0 articles compared'));
    assert.ok(text.includes('No conflicting'));
  });
});

describe('text helpers', () => {
  it('wrap keeps a hanging indent and measures without colour codes', () => {
    const red = pc.createColors(true).red;
    const lines = wrap(`one ${red('two three')} four five six seven`, 14, '- ', '  ');
    assert.deepEqual(lines.map(stripAnsi), ['- one two', '  three four', '  five six', '  seven']);
    assert.equal(visibleLength(red('abc')), 3);
  });

  it('wrap leaves a word longer than the line whole', () => {
    assert.deepEqual(wrap('see https://example.org/a/very/long/path ok', 12, '  '), [
      '  see',
      '  https://example.org/a/very/long/path',
      '  ok',
    ]);
  });

  it('renderTable aligns columns and fitFirstColumn truncates to fit', () => {
    const rows = [
      ['Name', 'N'],
      ['A very long entity name', '12'],
      ['B', '3'],
    ];
    assert.deepEqual(renderTable(rows, ['left', 'right'], ''), ['Name                      N', 'A very long entity name  12', 'B                         3']);
    const fitted = fitFirstColumn(rows, '', 18, 5);
    assert.deepEqual(
      renderTable(fitted, ['left', 'right'], '').map((l) => chars(l)),
      [18, 18, 18],
    );
    assert.equal(truncate('abcdef', 4), 'abc…');
  });

  it('formatDiff uses markers without colour and colour without markers', () => {
    const ops = [
      { op: 'same' as const, text: 'a' },
      { op: 'removed' as const, text: 'b' },
      { op: 'added' as const, text: 'c' },
    ];
    assert.equal(formatDiff(ops, pc.createColors(false), false), 'a [-b-] {+c+}');
    const colored = formatDiff(ops, pc.createColors(true), true);
    assert.equal(stripAnsi(colored), 'a b c');
  });
});
