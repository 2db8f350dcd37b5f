import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ComparisonReport } from '../core/model/report.js';
import { sampleReport, singleArticleReport, tinyEnglishReport } from './fixtures/sample-report.js';
import { renderHtml } from './html.js';
import { escapeHtml, langAttr, safeHref } from './html/escape.js';
import { OUTLET_COLORS, STANCE_COLORS, assignOutletColors, contrastRatio } from './html/palette.js';

/** Every tag the renderer writes. Anything else in the output came from input. */
const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'script', 'div', 'header', 'nav', 'main', 'footer', 'section',
  'article', 'aside', 'h1', 'h2', 'h3', 'h4', 'p', 'ol', 'ul', 'li', 'a', 'span', 'strong', 'em', 'time', 'table',
  'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'figure', 'figcaption', 'blockquote', 'mark',
  'del', 'ins', 'dl', 'dt', 'dd', 'button',
]);
const VOID = new Set(['meta']);
const ATTRIBUTES = new Set([
  'class', 'lang', 'href', 'rel', 'id', 'style', 'role', 'aria-label', 'aria-labelledby', 'aria-hidden', 'scope',
  'hidden', 'type', 'datetime', 'name', 'content', 'charset',
]);

function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}

/**
 * Checks that the markup is the renderer's own: every "<" opens a known tag (or the
 * doctype), attributes are known and quoted, and tags nest properly.
 */
function assertOwnMarkup(html: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z0-9!-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/y;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    tag.lastIndex = i;
    const m = tag.exec(html);
    assert.ok(m, `stray "<" near ${JSON.stringify(html.slice(i, i + 40))}`);
    const [, closing, rawName, attrs] = m;
    const name = rawName!.toLowerCase();
    if (name === '!doctype') continue;
    assert.ok(TAGS.has(name), `unexpected tag <${name}>`);
    for (const a of attrs!.matchAll(/\s+([a-z-]+)(?:="[^"<>]*")?/gy)) {
      assert.ok(ATTRIBUTES.has(a[1]!), `unexpected attribute ${a[1]} on <${name}>`);
    }
    if (VOID.has(name)) continue;
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else stack.push(name);
  }
  assert.deepEqual(stack, [], 'every element is closed');
  // The renderer writes exactly one inline stylesheet and one inline script.
  assert.equal(html.match(/<script[\s>]/g)?.length, 1, 'one <script>');
  assert.equal(html.match(/<style[\s>]/g)?.length, 1, 'one <style>');
}

function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'gi'))].map((m) => decode(m[1]!));
}

function styleBlocks(html: string): string {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') + attributeValues(html, 'style').join('\n');
}

const fixtures: [string, ComparisonReport][] = [
  ['sample', sampleReport],
  ['tiny English', tinyEnglishReport],
];

describe('renderHtml', () => {
  it('writes the sample report to test-output/', () => {
    const dir = new URL('../../test-output/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL('sample-report.html', dir), renderHtml(sampleReport));
    writeFileSync(new URL('tiny-english-report.html', dir), renderHtml(tinyEnglishReport));
  });

  for (const [name, report] of fixtures) {
    describe(name, () => {
      const html = renderHtml(report);

      it('is one self-contained HTML5 document', () => {
        assert.ok(html.startsWith('<!doctype html>\n<html lang="'));
        assert.ok(html.trimEnd().endsWith('</html>'));
        assert.ok(html.includes('<meta charset="utf-8">'));
        assert.ok(html.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
        assert.equal(attributeValues(html, 'src').length, 0, 'no src= at all');
        assert.ok(!/<script[^>]*\ssrc/i.test(html), 'no <script src>');
        assert.ok(!/<(link|img|iframe|object|embed|video|audio|source|base|form)\b/i.test(html), 'no external-resource tags');
        const urls = new Set(report.articles.map((a) => a.url).filter((u) => u !== null));
        for (const href of attributeValues(html, 'href')) {
          assert.ok(href.startsWith('#') || (urls.has(href) && /^https?:\/\//.test(href)), `unexpected link ${href}`);
        }
        const css = styleBlocks(html);
        assert.ok(!css.includes('@import'), 'no @import');
        assert.ok(!/url\(/i.test(css), 'no url( in CSS');
        assert.ok(!/url\(/i.test(html), 'no url( anywhere');
        assert.ok(!/@font-face/i.test(html), 'no web fonts');
      });

      it('links every article with a URL and marks unsupported languages', () => {
        for (const a of report.articles) {
          if (a.url !== null) assert.ok(html.includes(`href="${escapeHtml(a.url)}"`), a.url);
          assert.ok(html.includes(escapeHtml(a.outlet)), a.outlet);
        }
        const unsupported = report.articles.filter((a) => !a.languageSupported).length;
        assert.equal(html.split('Language not supported: limited analysis').length - 1, unsupported);
      });

      it('contains the brief and every conflict value in a highlighted card', () => {
        for (const b of report.brief) assert.ok(html.includes(escapeHtml(b.text)), b.text);
        const all = report.facts.flatMap((f) => f.conflicts);
        assert.equal(html.split('<article class="conflict-card">').length - 1, all.filter((c) => !c.update).length);
        assert.equal(html.split('<article class="update-card">').length - 1, all.filter((c) => c.update).length);
        for (const f of report.facts) {
          for (const c of f.conflicts) {
            for (const v of c.values) assert.ok(html.includes(`<span class="value">${escapeHtml(v.value)}</span>`), v.value);
          }
        }
      });

      it('shows every statement, quote speaker and entity', () => {
        for (const f of report.facts) for (const s of f.statements) assert.ok(html.includes(escapeHtml(s.text)), s.text);
        for (const q of report.quotes) assert.ok(html.includes(`<strong>${escapeHtml(q.speakerName ?? 'unknown speaker')}</strong>`));
        for (const e of report.entities) assert.ok(html.includes(`<th scope="row">${escapeHtml(e.name)}`), e.name);
        const omitted = report.entities.reduce((n, e) => n + e.omittedBy.length, 0);
        assert.equal(html.split('<td class="omitted">').length - 1, omitted);
      });

      it('is well-formed and accessible', () => {
        assertOwnMarkup(html);
        assert.equal(html.match(/<h1[ >]/g)?.length, 1, 'one h1');
        const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
        levels.forEach((level, i) => {
          if (i > 0) assert.ok(level <= levels[i - 1]! + 1, `heading level jumps from h${levels[i - 1]} to h${level}`);
        });
        for (const th of html.match(/<th[ >][^>]*>/g) ?? []) assert.match(th, /scope="(col|row)"/);
        assert.ok(html.includes('@media (prefers-color-scheme: dark)'));
        assert.ok(html.includes('@media print'));
        assert.ok(html.includes('@media (max-width'));
      });
    });
  }

  it('takes the page language from the articles', () => {
    assert.ok(renderHtml(sampleReport).startsWith('<!doctype html>\n<html lang="de">'));
    assert.ok(renderHtml(tinyEnglishReport).startsWith('<!doctype html>\n<html lang="en">'));
    assert.ok(renderHtml(tinyEnglishReport).includes('<span class="title" lang="pl">'));
  });

  /** The HTML of one section by id. */
  function sectionHtml(html: string, id: string): string {
    const start = html.indexOf(`<section id="${id}"`);
    assert.ok(start >= 0, `no section ${id}`);
    return html.slice(start, html.indexOf('</section>', start));
  }

  /** The part of the facts section under one h3 heading. */
  function factGroup(html: string, heading: string): string {
    const facts = sectionHtml(html, 'facts');
    const start = facts.indexOf(`<h3>${heading} <span class="count">`);
    assert.ok(start >= 0, `no group ${heading}`);
    const end = facts.indexOf('<h3>', start + 1);
    return facts.slice(start, end < 0 ? undefined : end);
  }

  it('gives each outlet its own sentence on a shared fact card', () => {
    const html = renderHtml(sampleReport);
    const shared = factGroup(html, 'Shared');
    for (const fact of sampleReport.facts.filter((f) => f.status === 'shared' && f.firm)) {
      for (const s of fact.statements) {
        const outlet = escapeHtml(sampleReport.articles.find((a) => a.id === s.article)!.outlet);
        // The outlet's chip opens the list item that holds its own sentence(s).
        const item = new RegExp(`<li><span class="chip oc\\d+">${outlet}</span><span class="owns">(?:(?!</li>).)*${escapeHtml(s.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
        assert.match(shared, item, `${outlet}: ${s.text}`);
      }
    }
    // The headline clause and the body sentence of one outlet sit under its one chip.
    assert.match(shared, /Hunderte evakuiert<\/span> <span class="sn">part of sentence 1<\/span><\/span><span class="own"><span class="statement-text" lang="de">In der Nacht zum Mittwoch/);
  });

  it('keeps tentative shared facts apart, with their confidence', () => {
    const html = renderHtml(sampleReport);
    const firm = factGroup(html, 'Shared');
    const tentative = factGroup(html, 'Shared, tentative');
    assert.ok(!firm.includes('7,80 Meter'));
    assert.ok(tentative.includes('7,80 Meter'));
    assert.ok(tentative.includes('<span class="badge">tentative</span> 2 outlets · confidence 58\u00a0%'));
    assert.ok(firm.includes('3 outlets · confidence 86\u00a0%'));
    // A firm fact may have a near match of its own: shown under its statements, with its confidence.
    assert.match(firm, /<ul class="near"[^>]*>\n<li><span class="maybe">possibly also in<\/span> <span class="chip oc\d+">Leipziger Abendpost<\/span>.*Viele Bewohner der Altstadt.*<span class="conf">31\u00a0%<\/span>/);
  });

  it('shows an uncertain fact with the sentence that may state it elsewhere', () => {
    const html = renderHtml(sampleReport);
    const maybe = factGroup(html, 'Possibly also elsewhere');
    assert.ok(maybe.includes(escapeHtml('Anwohner werfen der Stadtverwaltung vor')));
    assert.match(
      maybe,
      /<span class="maybe">possibly also in<\/span> <span class="chip oc\d+">Leipziger Abendpost<\/span>.*Mehrere Anwohner sagten, sie hätten erst aus dem Radio von der Räumung erfahren\.<\/span> <span class="sn">sentence 12<\/span> <span class="conf">41\u00a0%<\/span>/,
    );
    assert.ok(!factGroup(html, 'Only one outlet').includes('Anwohner werfen'));
  });

  it('shows an update over time as changed over time, in publication order, not as a conflict', () => {
    const html = renderHtml(sampleReport);
    assert.ok(!sectionHtml(html, 'conflicts').includes('Leichtverletzte'));
    const updates = sectionHtml(html, 'updates');
    assert.ok(updates.includes('<span class="kind">Number changed over time:</span> Leichtverletzte'));
    assert.ok(updates.indexOf('<span class="value">ein</span>') < updates.indexOf('<span class="value">drei</span>'));
    assert.ok(updates.includes('Bislang wurde <mark>ein Mensch</mark> leicht verletzt.'), 'the value marked in its sentence');
    assert.ok(sectionHtml(html, 'conflicts').includes('Bei Grimma hielten <mark>drei Dämme</mark> dem Druck der Mulde nicht stand.'));
    assert.ok(html.includes('<strong>2 conflicts between outlets:</strong>'), 'the update is not counted as a conflict');
  });

  it('puts only direct quotes in quotation marks', () => {
    const quotes = sectionHtml(renderHtml(sampleReport), 'quotes');
    for (const q of sampleReport.quotes) {
      assert.equal(quotes.includes(`„${escapeHtml(q.text)}“`), q.kind === 'direct', q.text);
      if (q.kind !== 'direct') assert.ok(quotes.includes(`<span class="kind-note">(${q.kind})</span> ${escapeHtml(q.text)}`), q.text);
    }
  });

  it('does not call one article "one story"', () => {
    const html = renderHtml(singleArticleReport);
    assert.ok(!/one story/i.test(html.replace(/<style>[\s\S]*?<\/style>/, '')));
    assert.ok(html.includes('Only one article: there is nothing to compare it with.'));
    assertOwnMarkup(html);
  });

  it('shows word differences with <del> and <ins>', () => {
    const html = renderHtml(sampleReport);
    assert.ok(html.includes('<ins><span class="sr">added: </span>weitgehend</ins>'));
    assert.ok(html.includes('<del><span class="sr">removed: </span>Wir haben</del> <ins><span class="sr">added: </span>man habe</ins>'));
  });

  it('gives each outlet one colour throughout', () => {
    const html = renderHtml(sampleReport);
    for (const a of sampleReport.articles) {
      const classes = new Set([...html.matchAll(new RegExp(`<span class="chip (oc\\d+)">${escapeHtml(a.outlet)}</span>`, 'g'))].map((m) => m[1]));
      assert.equal(classes.size, 1, a.outlet);
    }
  });

  it('never turns a non-http URL into a link', () => {
    const report = structuredClone(sampleReport);
    report.articles[0]!.url = 'javascript:alert(1)';
    report.articles[1]!.url = 'data:text/html,<script>alert(1)</script>';
    report.articles[2]!.url = '//evil.example/x';
    const html = renderHtml(report);
    assert.deepEqual(attributeValues(html, 'href').filter((h) => !h.startsWith('#')), []);
    assertOwnMarkup(html);
  });

  it('the markup check itself catches injected markup', () => {
    const page = renderHtml(sampleReport);
    assert.throws(() => assertOwnMarkup(page.replace('<main>', '<main><img src=x onerror=alert(1)>')));
    assert.throws(() => assertOwnMarkup(page.replace('<main>', '<main><script>alert(1)</script>')));
    assert.throws(() => assertOwnMarkup(page.replace('<main>', '<main><p class="x" onclick="y">')));
    assert.throws(() => assertOwnMarkup(page.replace('<main>', '<main><b>')));
    assert.throws(() => assertOwnMarkup(page.replace('<main>', '<main>a < b')));
  });

  it('escapes whatever the articles contain', () => {
    const nasty = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        "' onmouseover='alert(1)",
        '</style><style>body{background:url(https://evil.example)}</style>',
        '&lt;b&gt; & &amp;',
        '<!-- comment -->',
      ),
    );
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, (a, b, c, d) => {
        const report: ComparisonReport = structuredClone(sampleReport);
        report.articles[0]!.outlet = a;
        report.articles[0]!.title = b;
        report.articles[0]!.author = c;
        report.articles[0]!.published = d;
        report.articles[1]!.language = a;
        report.articles[2]!.url = `https://abendpost.example/${c}`;
        report.facts[0]!.statements[0]!.text = b;
        report.facts[1]!.conflicts[0]!.values[0]!.text = c;
        report.facts[1]!.conflicts[0]!.values[0]!.value = d;
        report.facts[1]!.conflicts[0]!.about = a;
        report.entities[0]!.name = b;
        report.entities[0]!.aliases = [c];
        report.quotes[0]!.text = d;
        report.quotes[0]!.speakerName = a;
        report.quotes[0]!.cue = b;
        report.quoteGroups[0]!.diffs[0]!.ops[1]!.text = c;
        report.framing[0]!.actors[0]!.actorName = d;
        report.framing[0]!.actors[0]!.labels = [a];
        report.framing[1]!.hedges[0]!.text = b;
        report.framing[1]!.loadedWords[0]!.text = c;
        report.framing[2]!.lastWord = d;
        report.brief[0]!.text = a;
        report.brief[0]!.outlets = [b];
        report.warnings = [c];
        report.schemaVersion = d;
        const html = renderHtml(report);
        assertOwnMarkup(html);
        assert.ok(!/url\(/i.test(styleBlocks(html)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    assert.equal(escapeHtml(`<a href="x">Tom & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('leaves no markup character and decodes back to the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeHtml(s);
        assert.ok(!/[<>"']/.test(out));
        assert.ok(!/&(?!(amp|lt|gt|quot|#39);)/.test(out), 'every & starts one of our entities');
        assert.equal(decode(out), s);
      }),
      { numRuns: 500 },
    );
  });

  it('safeHref accepts only absolute http(s) URLs', () => {
    assert.equal(safeHref('https://a.example/x?y=1&z=2'), 'https://a.example/x?y=1&z=2');
    assert.equal(safeHref('HTTP://a.example'), 'HTTP://a.example');
    for (const bad of ['javascript:alert(1)', ' javascript:x', 'data:text/html,x', '//a.example', '/relative', 'https://', null]) {
      assert.equal(safeHref(bad), null, String(bad));
    }
  });

  it('langAttr accepts language codes only', () => {
    assert.equal(langAttr('de'), ' lang="de"');
    assert.equal(langAttr('und'), '');
    assert.equal(langAttr('"><x'), '');
  });
});

describe('palette', () => {
  it('outlet colours keep white chip text readable (WCAG AA)', () => {
    for (const c of OUTLET_COLORS) assert.ok(contrastRatio(c, '#ffffff') >= 4.5, `${c}: ${contrastRatio(c, '#ffffff').toFixed(2)}`);
    assert.equal(new Set(OUTLET_COLORS).size, OUTLET_COLORS.length);
    assert.equal(Object.keys(STANCE_COLORS).length, 7);
  });

  it('gives distinct outlets distinct colours, independent of order', () => {
    const names = ['Tagesbote', 'Sachsen-Rundschau', 'Leipziger Abendpost', 'Harbor Gazette', 'The Coastal Wire'];
    const a = assignOutletColors(names);
    const b = assignOutletColors([...names].reverse());
    assert.equal(new Set(a.values()).size, names.length);
    for (const n of names) assert.equal(a.get(n), b.get(n));
  });
});

// ── layout in a real browser ─────────────────────────────────────────────────

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The sample report with the long words and sentences real coverage has, wherever text goes. */
function longWordsReport(): ComparisonReport {
  const report = structuredClone(sampleReport);
  const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt';
  const sentence = `Erst nach zwei Stunden gaben die ${word} und die Katastrophenschutzbehörden Entwarnung, in der Zwischenzeit herrschte an der Südküste Chaos, wie https://example.org/eine/sehr/lange/adresse/ohne/leerzeichen/${word} meldete.`;
  report.articles[0]!.title = `${word}: ${sentence}`;
  report.articles[1]!.author = word;
  report.facts[0]!.statements[1]!.text = sentence;
  report.facts[1]!.conflicts[0]!.values[0]!.value = word;
  report.facts[1]!.conflicts[0]!.values[0]!.text = sentence;
  report.entities[0]!.name = word;
  report.entities[0]!.aliases = [word, sentence];
  report.quotes[0]!.text = sentence;
  for (const f of report.framing) {
    f.loadedWords = [{ text: word, sentence: 3, sentenceText: sentence }, ...f.loadedWords];
    f.hedges = [{ text: word, sentence: 4, sentenceText: sentence }, ...f.hedges];
    f.voices = f.voices.map((v) => ({ ...v, actorName: `${word} ${v.actorName}` }));
    f.lastWord = word;
    for (const a of f.actors) {
      a.actorName = `${a.actorName} ${word}`;
      a.labels = [word, ...a.labels];
      a.cues = [sentence, ...a.cues];
    }
  }
  for (const l of report.labelComparison) for (const id of Object.keys(l.labels)) l.labels[id] = [word, ...(l.labels[id] ?? [])];
  report.brief[0]!.text = sentence;
  report.warnings = [sentence];
  return report;
}

describe('the HTML report in Chromium', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} not found (set CHROMIUM_PATH)` }, () => {
  it('never scrolls sideways, on a desktop or a phone, however long the words', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      for (const report of [sampleReport, tinyEnglishReport, longWordsReport()]) {
        const html = renderHtml(report);
        for (const width of [1280, 390]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.setContent(html);
          const layout = await page.evaluate(() => {
            const viewport = document.documentElement.clientWidth;
            const wide = Array.from(document.querySelectorAll('body *'))
              .filter((el) => !el.closest('.table-wrap') && el.getBoundingClientRect().right > viewport + 1)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().width)} px`);
            const frames = Array.from(document.querySelectorAll('.frame'), (el) => Math.round(el.getBoundingClientRect().width));
            return { scroll: document.documentElement.scrollWidth, viewport, wide: wide.slice(0, 5), frames };
          });
          await page.close();
          assert.ok(layout.scroll <= layout.viewport, `${width} px: page is ${layout.scroll} px wide (${layout.wide.join('; ')})`);
          assert.deepEqual(layout.wide, [], `${width} px: elements stick out`);
          for (const w of layout.frames) assert.ok(w <= Math.min(width, 960), `${width} px: a framing card is ${w} px wide`);
        }
      }
    } finally {
      await browser.close();
    }
  });
});
