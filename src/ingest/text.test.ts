import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from './errors.js';
import { countSentences, parseFrontMatter, parseText, readsLikeHeadline, splitParagraphs } from './text.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseFrontMatter', () => {
  it('reads key: value lines, quoted values and inline lists; ignores unknown and nested keys', () => {
    const fm = parseFrontMatter(fixture('front-matter.md'));
    assert.ok(fm);
    assert.deepEqual(fm.fields, {
      title: 'Streik legt Bahnverkehr lahm: "Kein Zug fährt"',
      outlet: 'Westdeutsche Rundschau',
      url: 'https://www.rundschau.example/wirtschaft/streik-bahn',
      published: '13.09.2023',
      language: 'de-DE',
      author: 'Clara Vogel, Deniz Kaya',
    });
    assert.match(fm.rest, /^\n# Streik/);
  });

  it('is not front matter without a closing line, or with prose inside', () => {
    assert.equal(parseFrontMatter('---\ntitle: x\nno closing line\n'), null);
    assert.equal(parseFrontMatter('---\ntitle: x\n'), null);
    assert.equal(parseFrontMatter('---\nDies ist ein Satz ohne Doppelpunkt.\n---\n'), null);
    assert.equal(parseFrontMatter('Text\n---\ntitle: x\n---\n'), null);
  });
});

describe('splitParagraphs', () => {
  it('uses blank lines when there are any, joining the lines inside a paragraph', () => {
    assert.deepEqual(splitParagraphs('Eins ist\nhier.\n\n  Zwei   ist\tda.  \n\n\n\nDrei.'), ['Eins ist hier.', 'Zwei ist da.', 'Drei.']);
  });

  it('without blank lines, each line is a paragraph', () => {
    assert.deepEqual(splitParagraphs('Erster Satz.\nZweiter Satz!\nDritter Satz?\n„Zitat“'), [
      'Erster Satz.',
      'Zweiter Satz!',
      'Dritter Satz?',
      '„Zitat“',
    ]);
  });

  it('joins a line to the next when the next starts in lower case', () => {
    assert.deepEqual(splitParagraphs('Die Regierung hat\nbeschlossen, dass\nes so bleibt.\nNeuer Absatz.'), [
      'Die Regierung hat beschlossen, dass es so bleibt.',
      'Neuer Absatz.',
    ]);
  });

  it('does not join a short line without final punctuation to a capitalised line', () => {
    assert.deepEqual(splitParagraphs('Kurze Zeile\nNoch eine Zeile.'), ['Kurze Zeile', 'Noch eine Zeile.']);
  });

  it('joins hard-wrapped long lines even when the next line starts with a capital (German nouns)', () => {
    const text = [
      'Die Bundesregierung hat sich nach wochenlangen Verhandlungen auf ein neues',
      'Klimaschutzpaket geeinigt, das vor allem den Verkehrssektor und den',
      'Gebäudebereich betrifft.',
      'Umweltverbände kritisierten das Paket.',
    ].join('\n');
    assert.deepEqual(splitParagraphs(text), [
      'Die Bundesregierung hat sich nach wochenlangen Verhandlungen auf ein neues Klimaschutzpaket geeinigt, das vor allem den Verkehrssektor und den Gebäudebereich betrifft.',
      'Umweltverbände kritisierten das Paket.',
    ]);
  });

  it('strips light Markdown: headings, bullets, emphasis, links, images, rules', () => {
    const md = '# Titel\n\nEin **fetter** und *kursiver* Text mit [Link](https://x.example/a_(b)) und `code`.\n\n![Bild](x.png)\n\n---\n\n- Punkt eins\n- Punkt zwei';
    assert.deepEqual(splitParagraphs(md), [
      'Titel',
      'Ein fetter und kursiver Text mit Link und code.',
      'Punkt eins',
      'Punkt zwei',
    ]);
  });

  it('collapses inner whitespace and removes soft hyphens and NBSP runs', () => {
    assert.deepEqual(splitParagraphs('Gebäude\u00adenergie\u00a0\u00a0 gesetz   ist\u200b da.'), ['Gebäudeenergie gesetz ist da.']);
  });
});

describe('headline heuristic', () => {
  it('countSentences ignores ordinals, initials and abbreviations', () => {
    assert.equal(countSentences('Am 13. September beginnt die Wahl'), 1);
    assert.equal(countSentences('U.S. Senate passes bill'), 1);
    assert.equal(countSentences('Dr. Müller tritt zurück'), 1);
    assert.equal(countSentences('Das ist eins. Das ist zwei.'), 2);
    assert.equal(countSentences('Was nun? Die SPD sucht ihren Weg'), 2);
  });

  it('readsLikeHeadline: short, one sentence, no final period, two words or more', () => {
    assert.equal(readsLikeHeadline('Bundestag beschließt Heizungsgesetz'), true);
    assert.equal(readsLikeHeadline('Wer zahlt für die Wärmepumpe?'), true);
    assert.equal(readsLikeHeadline('Der Bundestag hat das Gesetz beschlossen.'), false);
    assert.equal(readsLikeHeadline('Erster Satz. Zweiter Satz ohne Punkt'), false);
    assert.equal(readsLikeHeadline('x '.repeat(101).trim()), false);
    assert.equal(readsLikeHeadline('Sport'), false);
  });
});

describe('parseText', () => {
  it('takes the first paragraph as the headline when it reads like one', () => {
    const a = parseText('Bundestag beschließt Heizungsgesetz\n\nDer Bundestag hat am Freitag abgestimmt.\n\nDie Union ist dagegen.', { source: 'a.txt' });
    assert.equal(a.title, 'Bundestag beschließt Heizungsgesetz');
    assert.equal(a.provenance.title, 'headline-heuristic');
    assert.equal(a.body, 'Der Bundestag hat am Freitag abgestimmt.\n\nDie Union ist dagegen.');
    assert.equal(a.source, 'a.txt');
  });

  it('does not take a first paragraph that is a sentence, or the only paragraph', () => {
    const a = parseText('Der Bundestag hat abgestimmt.\n\nDie Union ist dagegen.', { source: 'a.txt' });
    assert.equal(a.title, null);
    assert.equal(a.provenance.title, undefined);
    assert.equal(a.body, 'Der Bundestag hat abgestimmt.\n\nDie Union ist dagegen.');
    const b = parseText('Nur eine Zeile ohne Punkt', { source: 'b.txt' });
    assert.equal(b.title, null);
    assert.equal(b.body, 'Nur eine Zeile ohne Punkt');
  });

  it('keeps a long first-line headline apart from a hard-wrapped body', () => {
    const a = parseText(fixture('wrapped.txt'), { source: 'wrapped.txt' });
    assert.equal(a.title, 'Storm leaves thousands without power along the eastern coast overnight');
    assert.deepEqual(a.body.split('\n\n'), [
      'A powerful storm swept across the eastern coast on Tuesday night, knocking out power to more than 40,000 homes and flooding several low-lying neighborhoods, officials said on Wednesday morning at a press conference.',
      'Wind gusts of up to 90 miles per hour were recorded near the harbor, according to the National Weather Service, which had issued warnings Monday.',
      'Schools in three counties remained closed.',
    ]);
  });

  it('a headline longer than the wrap width is not glued to a body starting with "Die"', () => {
    const a = parseText(
      [
        'Bundesregierung beschließt neues Klimaschutzpaket nach langen Verhandlungen',
        'Die Bundesregierung hat sich nach wochenlangen Verhandlungen auf ein neues',
        'Klimaschutzpaket geeinigt. Das teilte ein Sprecher am Mittwoch in Berlin',
        'mit. Umweltverbände kritisierten das Paket als unzureichend.',
      ].join('\n'),
      { source: 'de.txt' },
    );
    assert.equal(a.title, 'Bundesregierung beschließt neues Klimaschutzpaket nach langen Verhandlungen');
    assert.equal(
      a.body,
      'Die Bundesregierung hat sich nach wochenlangen Verhandlungen auf ein neues Klimaschutzpaket geeinigt. Das teilte ein Sprecher am Mittwoch in Berlin mit. Umweltverbände kritisierten das Paket als unzureichend.',
    );
  });

  it('a long line is not treated as hard-wrapped when the next word would have fitted on it', () => {
    const a = parseText(
      [
        'Heavy storm leaves thousands without power on the coast',
        'Officials said on Tuesday that more than 40,000 homes had lost power after',
        'the storm hit.',
      ].join('\n'),
      { source: 'en.txt' },
    );
    assert.equal(a.title, 'Heavy storm leaves thousands without power on the coast');
    assert.equal(a.body, 'Officials said on Tuesday that more than 40,000 homes had lost power after the storm hit.');
  });

  it('uses front matter with provenance, and drops a heading that repeats the title', () => {
    const a = parseText(fixture('front-matter.md'), { source: 'fm.md' });
    assert.equal(a.title, 'Streik legt Bahnverkehr lahm: "Kein Zug fährt"');
    assert.equal(a.outlet, 'Westdeutsche Rundschau');
    assert.equal(a.url, 'https://www.rundschau.example/wirtschaft/streik-bahn');
    assert.equal(a.published, '2023-09-13');
    assert.equal(a.language, 'de');
    assert.equal(a.author, 'Clara Vogel, Deniz Kaya');
    assert.deepEqual(a.provenance, {
      title: 'front-matter',
      outlet: 'front-matter',
      url: 'front-matter',
      published: 'front-matter',
      language: 'front-matter',
      author: 'front-matter',
    });
    assert.deepEqual(a.body.split('\n\n'), [
      'Die Gewerkschaft der Lokführer hat am Mittwoch zu einem bundesweiten Streik aufgerufen. Im Fernverkehr fielen nach Angaben der Deutschen Bahn rund 80 Prozent der Verbindungen aus.',
      'Pendler mussten auf Busse und Autos ausweichen. Auf den Autobahnen rund um die Großstädte bildeten sich lange Staus.',
      'Fernverkehr: 80 Prozent Ausfall',
      'Regionalverkehr: regional sehr unterschiedlich',
    ]);
  });

  it('warns about front matter values it cannot use', () => {
    const warnings: string[] = [];
    const a = parseText('---\npublished: someday\nurl: not a url\nlanguage: Deutsch\n---\nText hier.', {
      source: 'x.txt',
      warn: (m) => warnings.push(m),
    });
    assert.equal(a.published, null);
    assert.equal(a.url, null);
    assert.equal(a.language, null);
    assert.deepEqual(a.provenance, {});
    assert.equal(warnings.length, 3);
    assert.match(warnings[0]!, /unrecognised date "someday"/);
  });

  it('a Markdown heading is the headline even when followed by one paragraph', () => {
    const a = parseText('# Eine Überschrift\n\nDer Text.', { source: 'x.md' });
    assert.equal(a.title, 'Eine Überschrift');
    assert.equal(a.body, 'Der Text.');
  });

  it('throws InputError when there is no body text', () => {
    assert.throws(() => parseText('---\ntitle: Nur Titel\n---\n\n', { source: 'leer.md' }), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.message, 'leer.md: no article text found');
      return true;
    });
  });
});

describe('long inputs', () => {
  it('reads 200,000 short lines that never end a sentence (the wrap width was rescanned from every line)', () => {
    const article = parseText(`Titel\n\n${'Berlin\n'.repeat(200_000)}`, { source: 'zeilen.txt' });
    assert.equal(article.body.split(/\s+/).filter((w) => w === 'Berlin').length, 200_000);
  });
});
