import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ComparisonReport } from '../core/model/report.js';
import { sampleReport, singleArticleReport, tinyEnglishReport } from './fixtures/sample-report.js';
import { diffMarkdown, escapeMarkdown, renderMarkdown } from './markdown.js';

/** Cells of a table row: split on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\') {
      cell += ch + (row[i + 1] ?? '');
      i += 1;
    } else if (ch === '|') {
      out.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  out.push(cell);
  // A row starts and ends with a pipe: drop the empty pieces outside them.
  return out.slice(1, -1);
}

/** Every block of consecutive lines starting with "|". */
function tables(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function assertTablesWellFormed(markdown: string): void {
  const all = tables(markdown);
  assert.ok(all.length > 0, 'has tables');
  for (const table of all) {
    assert.ok(table.length >= 2, `table has a header and a rule: ${table[0]}`);
    const width = cells(table[0]!).length;
    assert.ok(width > 0);
    assert.ok(cells(table[1]!).every((c) => /^ ?:?-{3,}:? ?$/.test(c)), `rule row: ${table[1]}`);
    for (const row of table) {
      assert.ok(row.endsWith('|'), `row ends with a pipe: ${row}`);
      assert.equal(cells(row).length, width, `row has ${width} cells: ${row}`);
    }
  }
}

/** Every "<" is escaped, except the `](<url>)` link destination form. */
function assertNoRawAngles(markdown: string): void {
  const stripped = markdown.replace(/\]\(<[^<>\s]*>\)/g, '](…)');
  for (let i = 0; i < stripped.length; i++) {
    if (stripped[i] === '<' || stripped[i] === '>') {
      const lineStart = stripped.lastIndexOf('\n', i) + 1;
      // "> " at the start of a line is a blockquote of ours.
      if (stripped[i] === '>' && (i === lineStart || stripped.slice(lineStart, i).trim() === '')) continue;
      let backslashes = 0;
      for (let j = i - 1; j >= 0 && stripped[j] === '\\'; j--) backslashes++;
      assert.equal(backslashes % 2, 1, `unescaped ${stripped[i]} near ${JSON.stringify(stripped.slice(i - 30, i + 30))}`);
    }
  }
}

describe('renderMarkdown', () => {
  for (const [name, report] of [
    ['sample', sampleReport],
    ['tiny English', tinyEnglishReport],
  ] as const) {
    it(`${name}: tables are well-formed`, () => {
      assertTablesWellFormed(renderMarkdown(report));
    });

    it(`${name}: has every section, outlet, conflict value and quote speaker`, () => {
      const md = renderMarkdown(report);
      for (const heading of ['## Same story?', '## Brief', '## Agreement overview', '## Conflicts', '## Shared facts', '## Only in one outlet', '## Entities', '## Quotes', '## Framing', '## Warnings']) {
        assert.ok(md.includes(heading), heading);
      }
      for (const a of report.articles) assert.ok(md.includes(escapeMarkdown(a.outlet)), a.outlet);
      for (const f of report.facts) {
        for (const c of f.conflicts) for (const v of c.values) assert.ok(md.includes(`**${escapeMarkdown(v.value)}**`), v.value);
      }
      for (const q of report.quotes) assert.ok(md.includes(`**${escapeMarkdown(q.speakerName ?? 'unknown speaker')}**`), q.id);
      for (const b of report.brief) assert.ok(md.includes(escapeMarkdown(b.text)), b.text);
      assertNoRawAngles(md);
    });
  }

  it('escapes the pipe in a headline inside the articles table', () => {
    const md = renderMarkdown(sampleReport);
    assert.ok(md.includes('Zwei Dämme gebrochen \\| Hunderte evakuiert'));
  });

  it('marks omissions in the coverage table and shows the agreement counts', () => {
    const md = renderMarkdown(sampleReport);
    assert.ok(md.includes('| **Landestalsperrenverwaltung** | organization | — *not named* | — *not named* | 2 | LTV, Talsperrenverwaltung |'));
    assert.ok(md.includes('| Tagesbote | 3 | 1 | 1 | 2 | 1 | 8 |'));
  });

  /** The text of one "## " section. */
  function sectionOf(md: string, heading: string): string {
    const start = md.indexOf(`\n## ${heading}`);
    assert.ok(start >= 0, `no section ${heading}`);
    const end = md.indexOf('\n## ', start + 1);
    return md.slice(start, end < 0 ? undefined : end);
  }

  it('keeps tentative shared facts apart, with confidence, and gives each outlet its own sentence', () => {
    const md = renderMarkdown(sampleReport);
    const firm = sectionOf(md, 'Shared facts (3)');
    const tentative = sectionOf(md, 'Shared facts, tentative (1)');
    assert.match(firm, /\(confidence 86\s%\)/);
    assert.ok(!firm.includes('7,80 Meter'));
    assert.match(tentative, /\(confidence 58\s%\)/);
    assert.ok(tentative.includes('- *Leipziger Abendpost, sentence 7:* Am Morgen stand die Mulde in Grimma bei 7,80 Metern.'));
    assert.ok(firm.includes('- *Sachsen-Rundschau, part of sentence 1:* Hunderte evakuiert'));
    assert.ok(firm.includes('- *Tagesbote, sentence 4:* Rund 800 Menschen aus der Altstadt von Grimma wurden in Sicherheit gebracht.'));
    assert.match(firm, / {3}- possibly also in \*\*Leipziger Abendpost\*\* \*\(sentence 6\)\*: Viele Bewohner der Altstadt verbrachten die Nacht bei Verwandten\. \(31\s%\)/);
  });

  it('shows an uncertain fact with its near match, and an update apart from the conflicts', () => {
    const md = renderMarkdown(sampleReport);
    const maybe = sectionOf(md, 'Possibly also elsewhere (1)');
    assert.match(
      maybe,
      /- possibly also in \*\*Leipziger Abendpost\*\* \*\(sentence 12\)\*: Mehrere Anwohner sagten, sie hätten erst aus dem Radio von der Räumung erfahren\. \(41\s%\)/,
    );
    assert.ok(!sectionOf(md, 'Only in one outlet').includes('Anwohner werfen'));
    assert.ok(!sectionOf(md, 'Conflicts (2)').includes('Leichtverletzte'));
    const changed = sectionOf(md, 'Changed over time (1)');
    assert.ok(changed.includes('### Number changed over time: Leichtverletzte'));
    assert.ok(changed.includes('| **Sachsen-Rundschau** | 2024-09-18 07:30 | **ein** | Bislang wurde **ein Mensch** leicht verletzt. | 9 |'));
    // A conflict's value in bold inside its whole sentence, not only the value's own words.
    assert.ok(md.includes('| **Tagesbote** | **drei** | Bei Grimma hielten **drei Dämme** dem Druck der Mulde nicht stand. | 2 |'));
  });

  it('puts only direct quotes in quotation marks; indirect and reported speech are marked', () => {
    const md = sectionOf(renderMarkdown(sampleReport), 'Quotes (7)');
    for (const q of sampleReport.quotes) {
      assert.equal(md.includes(`„${escapeMarkdown(q.text)}“`), q.kind === 'direct', q.text);
      if (q.kind !== 'direct') assert.ok(md.includes(`- *(${q.kind})* ${escapeMarkdown(q.text)} — **`), q.text);
    }
  });

  it('does not call one article "one story"', () => {
    const md = renderMarkdown(singleArticleReport);
    assert.ok(!/look like one story/i.test(md));
    assert.ok(md.includes('Only one article: there is nothing to compare it with.'));
    assertTablesWellFormed(md);
  });

  it('shows direct quotes as blockquotes and wording differences as ~~removed~~ **added**', () => {
    const md = renderMarkdown(sampleReport);
    assert.ok(md.includes('> „Wir haben die Lage im Griff, aber die Nacht wird lang.“'));
    assert.ok(md.includes('Wir haben die Lage **weitgehend** im Griff, aber die Nacht wird **sehr** lang.'));
    assert.ok(md.includes('~~Wir haben~~ **man habe** die Lage im Griff ~~, aber die Nacht wird lang.~~'));
  });

  it('links titles only to http(s) URLs', () => {
    const report = structuredClone(sampleReport);
    report.articles[0]!.url = 'javascript:alert(1)';
    const md = renderMarkdown(report);
    assert.ok(!md.includes('javascript:'));
    assert.ok(md.includes('](<https://tagesbote.example/panorama/mulde-hochwasser-grimma>)'));
  });

  it('keeps tables intact and text escaped whatever the articles contain', () => {
    const nasty = fc.oneof(
      fc.string(),
      fc.constantFrom('a | b', '*bold* _it_ `code`', '[x](http://evil.example)', '<script>alert(1)</script>', '\\|', 'x\\', '# head', '1. item', '> quote', '~~gone~~', 'line\nbreak | pipe', '&amp; &lt;'),
    );
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, (outlet, title, text, name) => {
        const report: ComparisonReport = structuredClone(sampleReport);
        report.articles[1]!.outlet = outlet;
        report.articles[0]!.title = title;
        report.articles[0]!.author = name;
        report.facts[1]!.conflicts[0]!.values[0]!.text = text;
        report.facts[1]!.conflicts[0]!.values[1]!.value = title;
        report.facts[1]!.conflicts[0]!.about = text;
        report.entities[0]!.name = name;
        report.entities[0]!.aliases = [text, outlet];
        report.framing[0]!.actors[0]!.actorName = text;
        report.framing[0]!.actors[0]!.cues = [name, title];
        report.quotes[0]!.text = text;
        report.quotes[0]!.speakerName = name;
        report.brief[0]!.text = text;
        const md = renderMarkdown(report);
        assertTablesWellFormed(md);
        assertNoRawAngles(md);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes the characters Markdown would interpret', () => {
    assert.equal(escapeMarkdown('a | b * c _ d ` e [f] <g> ~h~ $i'), 'a \\| b \\* c \\_ d \\` e \\[f\\] \\<g\\> \\~h\\~ \\$i');
    assert.equal(escapeMarkdown('back\\slash'), 'back\\\\slash');
    assert.equal(escapeMarkdown('AT&T &amp; co'), 'AT&T \\&amp; co');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
    assert.equal(escapeMarkdown('2024. Ein Jahr'), '2024\\. Ein Jahr');
    assert.equal(escapeMarkdown('two\nlines'), 'two lines');
  });

  it('never leaves an unescaped special character', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMarkdown(s);
        for (let i = 0; i < out.length; i++) {
          if ('|*_`[]<>~$'.includes(out[i]!)) {
            let backslashes = 0;
            for (let j = i - 1; j >= 0 && out[j] === '\\'; j--) backslashes++;
            assert.equal(backslashes % 2, 1, `${JSON.stringify(s)} → ${JSON.stringify(out)}`);
          }
        }
        assert.ok(!out.includes('\n'));
      }),
    );
  });

  it('diffMarkdown spaces changed pieces so strikethrough renders', () => {
    assert.equal(
      diffMarkdown([
        { op: 'same', text: 'Griff' },
        { op: 'removed', text: ', aber' },
        { op: 'same', text: '.' },
      ]),
      'Griff ~~, aber~~.',
    );
  });
});
