import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from './errors.js';
import { parseHtml } from './html.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const BODY_TEXT = [
  'Der Stadtrat hat am Mittwoch mit knapper Mehrheit den Bau neuer Radwege in der Innenstadt beschlossen, nachdem die Debatte mehrere Stunden gedauert hatte.',
  'Die Radwege sollen baulich von der Fahrbahn getrennt werden. Die Kosten werden auf rund zwölf Millionen Euro geschätzt, die zum Teil vom Land getragen werden.',
  'Kritik kam vom Einzelhandel, der den Wegfall von Parkplätzen befürchtet. Eine Bürgerinitiative kündigte an, die Pläne genau zu prüfen.',
];

interface Parts {
  htmlLang?: string;
  head?: string[];
  jsonLd?: unknown;
  bodyTop?: string;
}

/** A page whose metadata sources are switched on one by one to test each cascade step. */
function page(p: Parts): string {
  const ld = p.jsonLd === undefined ? '' : `<script type="application/ld+json">${JSON.stringify(p.jsonLd)}</script>`;
  return `<!DOCTYPE html><html${p.htmlLang ? ` lang="${p.htmlLang}"` : ''}><head><meta charset="utf-8">${(p.head ?? []).join('\n')}${ld}</head>
<body><article>${p.bodyTop ?? ''}${BODY_TEXT.map((t) => `<p>${t}</p>`).join('\n')}</article></body></html>`;
}

const parse = (html: string, url: string | null = null): ReturnType<typeof parseHtml> => parseHtml(html, { source: 'page.html', url });

describe('parseHtml: body', () => {
  it('keeps block elements as paragraphs and leaves out page furniture', () => {
    const a = parse(fixture('de-jsonld.html'));
    const paras = a.body.split('\n\n');
    assert.deepEqual(paras, [
      'Nach monatelangem Streit hat der Bundestag am Freitag das Gebäudeenergiegesetz beschlossen. In namentlicher Abstimmung votierten 399 Abgeordnete dafür, 275 dagegen.',
      'Das Gesetz sieht vor, dass neu eingebaute Heizungen künftig zu 65 Prozent mit erneuerbaren Energien betrieben werden müssen. Für bestehende Heizungen gelten Übergangsfristen.',
      'Kritik aus der Opposition',
      'Die Union kritisierte das Verfahren scharf. „Das ist kein guter Tag für die Demokratie“, sagte ein Fraktionssprecher nach der Abstimmung.',
      'Förderung bis zu 70 Prozent der Kosten',
      'Kommunale Wärmeplanung bis 2028',
      'Wir werden das Gesetz im Alltag überprüfen.',
      'Der Bundesrat soll sich Ende September mit dem Gesetz befassen. Eine Zustimmung gilt als wahrscheinlich, da es sich um ein Einspruchsgesetz handelt.',
    ]);
    assert.ok(!a.body.includes('Meistgelesen'));
    assert.ok(!a.body.includes('tracking'));
    assert.ok(!a.body.includes('Foto: dpa'));
    assert.ok(!a.body.includes('\u00ad'), 'soft hyphens removed');
  });

  it('never includes the headline in the body', () => {
    for (const name of ['de-jsonld.html', 'en-meta.html', 'en-time.html', 'de-textdate.html']) {
      const a = parse(fixture(name));
      assert.ok(a.title, name);
      assert.ok(!a.body.split('\n\n').includes(a.title), name);
    }
  });

  it('drops leading date lines and bylines from the body', () => {
    const a = parse(fixture('de-textdate.html'));
    assert.ok(a.body.startsWith('Der Stadtrat hat am Mittwoch'), a.body.slice(0, 80));
    const b = parse(fixture('en-time.html'));
    assert.ok(b.body.startsWith('The city council voted'), b.body.slice(0, 80));
  });

  it('falls back to the page structure when Readability finds no article', () => {
    const warnings: string[] = [];
    const a = parseHtml('<html><body><nav>Menü Start</nav><div>Kurze Meldung: Der Zug fällt aus.</div><footer>Impressum</footer></body></html>', {
      source: 'short.html',
      warn: (m) => warnings.push(m),
    });
    assert.equal(a.body, 'Kurze Meldung: Der Zug fällt aus.');
    assert.deepEqual(warnings, ['no article structure recognised; used the text of <body>']);
  });

  it('handles a fragment with no <html>, <head> or <body>', () => {
    const a = parse('<title>Fragment</title><p>Nur ein Absatz ohne Gerüst.</p><p>Und ein zweiter.</p>');
    assert.equal(a.title, 'Fragment');
    assert.equal(a.body, 'Nur ein Absatz ohne Gerüst.\n\nUnd ein zweiter.');
  });

  it('survives malformed HTML', () => {
    const a = parse(fixture('broken.html'));
    assert.match(a.body, /First paragraph of a broken page/);
    assert.match(a.body, /Third paragraph after stray closing tags/);
    assert.ok(!a.body.includes('not text'));
    assert.ok(a.body.split('\n\n').length >= 3, a.body);
  });

  it('throws "no article text found" for a page without text', () => {
    assert.throws(() => parse(fixture('no-text.html')), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.message, 'page.html: no article text found');
      return true;
    });
    assert.throws(() => parse(''), /page\.html: no article text found/);
  });
});

describe('parseHtml: metadata from the fixtures', () => {
  it('German page with JSON-LD @graph: JSON-LD wins over meta and <time>', () => {
    const a = parse(fixture('de-jsonld.html'), 'https://www.tagesblatt.example/p?id=1');
    assert.equal(a.title, 'Bundestag beschließt umstrittenes Heizungsgesetz');
    assert.equal(a.outlet, 'Tagesblatt');
    assert.equal(a.author, 'Anna Schmidt, Ben Meier'); // second author via @id reference
    assert.equal(a.published, '2023-09-08T12:30:00+02:00');
    assert.equal(a.language, 'de');
    assert.equal(a.url, 'https://www.tagesblatt.example/politik/2023/09/08/heizungsgesetz-beschlossen');
    assert.deepEqual(a.provenance, {
      url: 'meta',
      outlet: 'meta',
      title: 'json-ld',
      author: 'json-ld',
      published: 'json-ld',
      language: 'meta',
    });
  });

  it('English page with meta tags only', () => {
    const a = parse(fixture('en-meta.html'));
    assert.equal(a.title, 'Storm batters coast, thousands without power'); // og:title, outlet suffix stripped
    assert.equal(a.outlet, 'The Daily Planet');
    assert.equal(a.author, 'Lois Lane'); // "By" stripped, Facebook URL in article:author ignored
    assert.equal(a.published, '2023-09-13T06:45:00Z');
    assert.equal(a.language, 'en'); // content-language before og:locale
    assert.equal(a.url, 'https://www.dailyplanet.example/news/storm-batters-coast');
    assert.deepEqual(a.provenance, { url: 'meta', outlet: 'meta', title: 'meta', author: 'meta', published: 'meta', language: 'meta' });
  });

  it('English page with <time>, rel=author and application-name', () => {
    const a = parse(fixture('en-time.html'), 'https://www.courier.example/news/cycle-lanes');
    assert.equal(a.title, 'Council approves new cycle lanes');
    assert.equal(a.provenance.title, 'html-title');
    assert.equal(a.outlet, 'Northern Courier');
    assert.equal(a.author, 'Jo Bloggs');
    assert.equal(a.provenance.author, 'text');
    assert.equal(a.published, '2023-09-13T09:00:00+01:00'); // the article's <time>, not the one in <nav>
    assert.equal(a.provenance.published, 'time-element');
    assert.equal(a.language, 'en');
    assert.equal(a.url, 'https://www.courier.example/news/cycle-lanes');
    assert.equal(a.provenance.url, 'url');
  });

  it('German page with only a written date in the text', () => {
    const a = parse(fixture('de-textdate.html'));
    assert.equal(a.published, '2023-09-13');
    assert.equal(a.provenance.published, 'text');
    assert.equal(a.outlet, null);
    assert.equal(a.url, null);
    assert.equal(a.author, null);
    assert.equal(a.language, null);
  });
});

describe('parseHtml: cascade order', () => {
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'LD headline',
    datePublished: '2023-01-02',
    author: { '@type': 'Person', name: 'LD Author' },
    publisher: { '@type': 'Organization', name: 'LD Publisher' },
  };

  it('title: JSON-LD → og:title → twitter:title → <h1> → <title>', () => {
    const head = ['<meta property="og:title" content="OG title">', '<meta name="twitter:title" content="Twitter title">', '<title>Title element</title>'];
    const h1 = '<h1>H1 heading</h1>';
    assert.deepEqual(pick(parse(page({ head, jsonLd: article, bodyTop: h1 })), 'title'), ['LD headline', 'json-ld']);
    assert.deepEqual(pick(parse(page({ head, bodyTop: h1 })), 'title'), ['OG title', 'meta']);
    assert.deepEqual(pick(parse(page({ head: head.slice(1), bodyTop: h1 })), 'title'), ['Twitter title', 'meta']);
    assert.deepEqual(pick(parse(page({ head: head.slice(2), bodyTop: h1 })), 'title'), ['H1 heading', 'html-title']);
    assert.deepEqual(pick(parse(page({ head: head.slice(2) })), 'title'), ['Title element', 'html-title']);
    assert.deepEqual(pick(parse(page({})), 'title'), [null, undefined]);
  });

  it('<title> loses an " | Outlet" or " - Outlet" suffix only when it names the outlet', () => {
    const withOutlet = (t: string): string | null =>
      parse(page({ head: ['<meta property="og:site_name" content="Die Zeitung">', `<title>${t}</title>`] })).title;
    assert.equal(withOutlet('Radwege beschlossen | Die Zeitung'), 'Radwege beschlossen');
    assert.equal(withOutlet('Radwege beschlossen - Die Zeitung'), 'Radwege beschlossen');
    assert.equal(withOutlet('Radwege beschlossen – die zeitung'), 'Radwege beschlossen');
    assert.equal(withOutlet('Radwege - Stadtrat entscheidet'), 'Radwege - Stadtrat entscheidet');
    // Host as outlet: "example.com" is not in the title, nothing is stripped.
    assert.equal(parse(page({ head: ['<title>A | B</title>'] }), 'https://example.com/x').title, 'A | B');
  });

  it('outlet: og:site_name → JSON-LD publisher → application-name → host without www → null', () => {
    const head = ['<meta property="og:site_name" content="Site name">', '<meta name="application-name" content="App name">'];
    const url = 'https://www.zeitung.example/a';
    assert.deepEqual(pick(parse(page({ head, jsonLd: article }), url), 'outlet'), ['Site name', 'meta']);
    assert.deepEqual(pick(parse(page({ head: head.slice(1), jsonLd: article }), url), 'outlet'), ['LD Publisher', 'json-ld']);
    assert.deepEqual(pick(parse(page({ head: head.slice(1) }), url), 'outlet'), ['App name', 'meta']);
    assert.deepEqual(pick(parse(page({}), url), 'outlet'), ['zeitung.example', 'host']);
    assert.deepEqual(pick(parse(page({})), 'outlet'), [null, undefined]);
  });

  it('author: JSON-LD (arrays too) → meta author → article:author → rel=author', () => {
    const head = ['<meta name="author" content="Meta Author">'];
    const rel = '<p>Von <a rel="author" href="/a">Rel Author</a></p>';
    assert.deepEqual(pick(parse(page({ head, jsonLd: article, bodyTop: rel })), 'author'), ['LD Author', 'json-ld']);
    const many = { ...article, author: [{ name: 'A One' }, 'B Two', { name: 'A One' }] };
    assert.deepEqual(pick(parse(page({ jsonLd: many })), 'author'), ['A One, B Two', 'json-ld']);
    assert.deepEqual(pick(parse(page({ head, bodyTop: rel })), 'author'), ['Meta Author', 'meta']);
    const articleAuthor = ['<meta property="article:author" content="Article Author">'];
    assert.deepEqual(pick(parse(page({ head: articleAuthor, bodyTop: rel })), 'author'), ['Article Author', 'meta']);
    assert.deepEqual(pick(parse(page({ bodyTop: rel })), 'author'), ['Rel Author', 'text']);
    assert.deepEqual(pick(parse(page({})), 'author'), [null, undefined]);
  });

  it('published: JSON-LD → meta → <time datetime> → URL path → text near the top', () => {
    const metaDate = ['<meta property="article:published_time" content="2023-02-03T04:05:06Z">'];
    const time = '<time datetime="2023-03-04">4. März</time>';
    const text = '<p>Stand: 05.04.2023, 12:00 Uhr</p>';
    const url = 'https://x.example/2023/05/06/slug';
    assert.deepEqual(pick(parse(page({ head: metaDate, jsonLd: article, bodyTop: time + text }), url), 'published'), ['2023-01-02', 'json-ld']);
    assert.deepEqual(pick(parse(page({ head: metaDate, bodyTop: time + text }), url), 'published'), ['2023-02-03T04:05:06Z', 'meta']);
    assert.deepEqual(pick(parse(page({ bodyTop: time + text }), url), 'published'), ['2023-03-04', 'time-element']);
    assert.deepEqual(pick(parse(page({ bodyTop: text }), url), 'published'), ['2023-05-06', 'url']);
    assert.deepEqual(pick(parse(page({ bodyTop: text })), 'published'), ['2023-04-05', 'text']);
    assert.deepEqual(pick(parse(page({})), 'published'), [null, undefined]);
  });

  it('published: each listed meta name is read', () => {
    for (const tag of [
      '<meta property="og:published_time" content="2023-09-13">',
      '<meta name="date" content="2023-09-13">',
      '<meta name="pubdate" content="20230913">',
      '<meta name="DC.date" content="2023-09-13">',
      '<meta name="parsely-pub-date" content="2023-09-13">',
      '<meta name="sailthru.date" content="Wed, 13 Sep 2023 00:00:00 GMT">',
    ]) {
      assert.match(parse(page({ head: [tag] })).published ?? '', /^2023-09-13/, tag);
    }
  });

  it('published: JSON-LD in arrays, @graph and with other article types; unknown types ignored', () => {
    const of = (jsonLd: unknown): string | null => parse(page({ jsonLd })).published;
    assert.equal(of([{ '@type': 'BreadcrumbList' }, { '@type': 'ReportageNewsArticle', datePublished: '2023-07-01' }]), '2023-07-01');
    assert.equal(of({ '@graph': [{ '@type': 'BlogPosting', datePublished: '2023-07-02' }] }), '2023-07-02');
    assert.equal(of({ '@type': 'Article', datePublished: ['2023-07-03'] }), '2023-07-03');
    assert.equal(of({ '@type': 'Recipe', headline: 'Kuchen', datePublished: 'not a date' }), null);
  });

  it('tolerates JSON-LD with raw newlines and trailing commas, and ignores broken JSON-LD', () => {
    const html = (ld: string): string =>
      page({}).replace('</head>', `<script type="application/ld+json">${ld}</script></head>`);
    assert.equal(parse(html('{"@type":"NewsArticle","headline":"Zeile\neins",}')).title, 'Zeile eins');
    assert.equal(parse(html('{"@type": "NewsArticle", headline: broken')).title, null);
    assert.equal(parse(html('{"@type":"NewsArticle","headline":"Tom &amp; Jerry &#8211; &quot;live&quot;"}')).title, 'Tom & Jerry – "live"');
  });

  it('a title that is only the outlet name is no title', () => {
    const a = parse(page({ head: ['<meta property="og:site_name" content="Tagesblatt">', '<title>Tagesblatt</title>'] }));
    assert.equal(a.title, null);
  });

  it('language: <html lang> → content-language → og:locale', () => {
    const head = ['<meta http-equiv="Content-Language" content="fr">', '<meta property="og:locale" content="it_IT">'];
    assert.deepEqual(pick(parse(page({ htmlLang: 'de-AT', head })), 'language'), ['de', 'meta']);
    assert.deepEqual(pick(parse(page({ head })), 'language'), ['fr', 'meta']);
    assert.deepEqual(pick(parse(page({ head: head.slice(1) })), 'language'), ['it', 'meta']);
    assert.deepEqual(pick(parse(page({})), 'language'), [null, undefined]);
  });

  it('url: canonical → og:url → fetched URL, relative links resolved', () => {
    const head = ['<link rel="canonical" href="/kanonisch">', '<meta property="og:url" content="https://og.example/og">'];
    const fetched = 'https://www.fetched.example/path/page?x=1';
    assert.deepEqual(pick(parse(page({ head }), fetched), 'url'), ['https://www.fetched.example/kanonisch', 'meta']);
    assert.deepEqual(pick(parse(page({ head: head.slice(1) }), fetched), 'url'), ['https://og.example/og', 'meta']);
    assert.deepEqual(pick(parse(page({}), fetched), 'url'), [fetched, 'url']);
    // A canonical naming the home page from an article page is a misconfiguration: the next source decides.
    const home = ['<link rel="canonical" href="https://www.fetched.example/">'];
    assert.deepEqual(pick(parse(page({ head: home }), fetched), 'url'), [fetched, 'url']);
    assert.deepEqual(pick(parse(page({ head: home }), 'https://www.fetched.example/'), 'url'), ['https://www.fetched.example/', 'meta']);
    // A relative canonical cannot be resolved without a base URL: ignored.
    assert.deepEqual(pick(parse(page({ head: head.slice(0, 1) })), 'url'), [null, undefined]);
  });
});

function pick(a: ReturnType<typeof parseHtml>, field: 'title' | 'outlet' | 'author' | 'published' | 'language' | 'url'): [string | null, string | undefined] {
  return [a[field], a.provenance[field]];
}
