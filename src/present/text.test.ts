import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ComparisonReport } from '../core/model/report.js';
import { sampleReport, tinyEnglishReport } from './fixtures/sample-report.js';
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
        const conflicts = report.facts.flatMap((f) => f.conflicts);
        assert.ok(conflicts.length > 0);
        const flat = plain.replace(/\s+/g, ' ');
        for (const c of conflicts) {
          for (const v of c.values) {
            assert.ok(plain.includes(`: ${v.value}`), v.value);
            assert.ok(flat.includes(v.text), v.text);
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
    assert.deepEqual(row.trim().split(/\s+/).slice(1), ['3', '2', '2', '7']);
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
