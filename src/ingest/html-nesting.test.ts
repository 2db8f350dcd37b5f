import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitNesting, MAX_DEPTH } from './html-nesting.js';
import { parseHtml } from './html.js';
import { blockParagraphs } from './block-text.js';
import { parseHTML } from './dom.js';

const TEXT = 'Der Stadtrat hat am Dienstag über den neuen Haushalt beraten. Bürgermeisterin Anna Keller verteidigte den Entwurf vor den Abgeordneten.';

test('a page that never nests deeply comes back unchanged, however many tags it has', () => {
  const page = `<html><body>${'<p>Absatz<br><img src="x.png"></p>'.repeat(2000)}<ul>${'<li>Punkt'.repeat(1000)}</ul></body></html>`;
  assert.equal(limitNesting(page), page, 'unclosed <li> and void elements are no nesting');
  const scripts = `<html><body><script>${'<div>'.repeat(5000)}</script><p>${TEXT}</p></body></html>`;
  assert.equal(limitNesting(scripts), scripts, 'markup inside a script is text');
});

test('nesting past the bound is flattened and its text kept', () => {
  const page = `<html><body>${'<div><span>x</span>'.repeat(MAX_DEPTH * 4)}<p>${TEXT}</p>${'</div>'.repeat(MAX_DEPTH * 4)}</body></html>`;
  const flat = limitNesting(page);
  assert.ok(flat.length < page.length);
  assert.equal(flat.match(/<div>/g)!.length, MAX_DEPTH, 'html and body, whose tags may be left out, do not count');
  assert.equal(flat.match(/<\/div>/g)!.length, MAX_DEPTH, 'the closing tags of dropped ones go too');
  const text = (html: string) => html.replace(/<[^>]*>/g, '');
  assert.equal(text(flat), text(page), 'no text is lost');
});

test('a page of 50,000 unclosed <div>s gives its article text (the parser and Readability overflowed the stack)', () => {
  const page = `<html><head><title>Haushalt</title></head><body>${'<div>'.repeat(50_000)}<p>${TEXT}</p><p>${TEXT}</p></body></html>`;
  const article = parseHtml(page, { source: 'tief.html' });
  assert.ok(article.body.includes('Bürgermeisterin Anna Keller'));
});

test('the block reader walks deep trees without recursion', () => {
  const { document } = parseHTML(`<html><body>${'<section>'.repeat(20_000)}<p>${TEXT}</p>${'</section>'.repeat(20_000)}</body></html>`);
  assert.deepEqual(blockParagraphs(document.body as never, new Set()), [TEXT]);
});
