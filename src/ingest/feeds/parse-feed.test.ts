import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from '../errors.js';
import { parseFeedBytes, parseFeedText } from './parse-feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeedText', () => {
  it('reads RSS 2.0: content:encoded over description, dc:creator, the channel language', () => {
    const feed = parseFeedText(fixture('rss.xml'), { source: 'rss.xml', url: 'https://rheinbote.example/rss.xml' });
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Rheinbote – Nachrichten');
    assert.equal(feed.homeUrl, 'https://rheinbote.example/');
    assert.equal(feed.language, 'de');
    const [first, second] = feed.items;
    assert.ok(first && second);
    assert.equal(first.guid, 'rheinbote-1001');
    assert.equal(first.url, 'https://rheinbote.example/lokales/faehre-hafen?utm_source=rss&utm_medium=feed');
    assert.equal(first.title, 'Neue Fähre verbindet Altstadt und Hafen');
    assert.equal(first.summary, 'Ab Montag fährt eine zweite Fähre über den Fluss.');
    assert.equal(first.text, 'Ab Montag fährt eine zweite Fähre zwischen Altstadt und Hafen.\n\nDie Stadtwerke rechnen mit 1.200 Fahrgästen am Tag.');
    assert.match(first.contentHtml ?? '', /<b>1\.200<\/b>/);
    assert.equal(first.published, '2024-03-12T07:30:00Z');
    assert.equal(first.author, 'Maria Beispiel');
    assert.equal(first.language, 'de');
    assert.equal(second.title, 'Stadtrat beschließt Haushalt & Sparpaket');
    assert.equal(second.text, 'Mit knapper Mehrheit hat der Stadtrat den Haushalt für 2024 verabschiedet.');
  });

  it('reads Atom: html titles as text, xhtml content, the alternate link, published before updated', () => {
    const feed = parseFeedText(fixture('atom.xml'), { source: 'atom.xml' });
    assert.equal(feed.format, 'atom');
    assert.equal(feed.title, 'Harbour Herald');
    assert.equal(feed.selfUrl, 'https://harbourherald.example/atom.xml');
    assert.equal(feed.language, 'en');
    const [ferry, budget] = feed.items;
    assert.ok(ferry && budget);
    assert.equal(ferry.title, 'Second ferry links old town and port');
    assert.equal(ferry.url, 'https://harbourherald.example/news/ferry#comments');
    assert.equal(ferry.text, 'A second ferry starts crossing the river on Monday.\n\nThe utility expects 1,200 passengers a day.');
    assert.equal(ferry.summary, 'A second ferry starts on Monday.');
    assert.equal(ferry.published, '2024-03-12T07:45:00Z');
    assert.equal(ferry.updated, '2024-03-12T08:00:00Z');
    assert.equal(ferry.author, 'Sam Example');
    assert.equal(budget.published, '2024-03-11T18:00:00Z', 'falls back to updated');
    assert.equal(budget.text, 'The council passed the 2024 budget by a narrow majority.');
    assert.equal(budget.contentHtml, null);
  });

  it('reads RDF (RSS 1.0) with Dublin Core dates and creators', () => {
    const feed = parseFeedText(fixture('rdf.xml'), { source: 'rdf.xml' });
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.language, 'de');
    const [item] = feed.items;
    assert.equal(item?.guid, 'https://talpost.example/artikel/brueckensanierung');
    assert.equal(item?.published, '2024-03-10T14:00:00+01:00');
    assert.equal(item?.author, 'Jonas Muster');
    assert.equal(item?.text, 'Die Sanierung der Talbrücke verzögert sich um drei Monate.');
  });

  it('reads JSON Feed: content_html lists become paragraphs, content_text keeps its paragraphs', () => {
    const feed = parseFeedText(fixture('feed.json'), { source: 'feed.json' });
    assert.equal(feed.format, 'json');
    assert.equal(feed.title, 'Küstenkurier');
    const [ferry, storm] = feed.items;
    assert.equal(ferry?.text, 'Eine zweite Fähre verbindet ab Montag Altstadt und Hafen.\n\nTakt: 20 Minuten\n\nPreis: 2 Euro');
    assert.equal(ferry?.author, 'Lena Probe');
    assert.equal(storm?.text, 'Der Wetterdienst warnt vor Böen bis 90 km/h.\n\nDie Fähren bleiben im Hafen.');
    assert.equal(storm?.contentHtml, null);
  });

  it('resolves relative item links against the URL the feed came from', () => {
    const rss = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a/1</link></item></channel></rss>';
    const feed = parseFeedText(rss, { source: 'x', url: 'https://site.example/feeds/all.xml' });
    assert.equal(feed.items[0]?.url, 'https://site.example/a/1');
  });

  it('accepts a feed without items', () => {
    const feed = parseFeedText('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', { source: 'q' });
    assert.deepEqual(feed.items, []);
  });

  it('names the feed and the problem in one line', () => {
    const cases: [string, RegExp][] = [
      [fixture('malformed.xml'), /^https:\/\/broken\.example\/rss: malformed feed: invalid XML \(.+\)$/],
      ['<!DOCTYPE html><html><body>Hi</body></html>', /: not a feed: an HTML page$/],
      ['{"version": "https://jsonfeed.org/version/1.1", "items": [', /: malformed JSON feed \(.+\)$/],
      ['{"hello": "world"}', /: not a feed: JSON without/],
      ['just words', /: not a feed: no RSS, Atom, RDF or JSON Feed found$/],
      ['   ', /: empty feed$/],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parseFeedText(text, { source: 'https://broken.example/rss' }),
        (e: unknown) => e instanceof InputError && message.test(e.message) && !e.message.includes('\n'),
        message.source,
      );
    }
  });
});

describe('parseFeedBytes', () => {
  it('decodes by the XML declaration when HTTP says nothing', () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Grüße</title></channel></rss>';
    const feed = parseFeedBytes(Buffer.from(xml, 'latin1'), { source: 'latin1.xml' });
    assert.equal(feed.title, 'Grüße');
  });
});
